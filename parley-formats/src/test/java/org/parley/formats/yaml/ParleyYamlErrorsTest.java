package org.parley.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.formats.FormatException;

/** Every bad input gives one line: file, line:column, problem. */
class ParleyYamlErrorsTest {

    static final String BASE = """
            parley: 1
            name: t
            issues:
              - name: Bean
                values: [Arabica, Robusta]
              - name: Cups
                integer: [1, 5]
              - name: Temp
                real: [60, 90]
            parties:
              - name: buyer
                discount: 0.8
                weights: {Bean: 0.5, Cups: 0.25, Temp: 0.25}
                utilities:
                  Bean: {Arabica: 10, Robusta: 4}
                  Cups: {linear: {slope: -0.25, offset: 1.0}}
                  Temp: {linear: {slope: 0.01, intercept: 0.2}}
                reservation: {outcome: {Bean: Arabica, Cups: 2, Temp: 75}}
              - name: seller
                rectangles:
                  max: 10
                  constraints:
                    - {utility: 7, includes: {Cups: [2, 4]}}
            """;

    @TempDir
    Path tmp;

    @Test
    void baseIsValid() throws IOException {
        var s = ParleyYaml.read(write(BASE));
        assertEquals(2, s.profiles().size());
        // 0.5·1 + 0.25·(1 − 0.25) + 0.25·(0.01·75 + 0.2)
        assertEquals(0.5 + 0.1875 + 0.2375, s.profiles().get(0).reservationValue(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            syntax error      | [Arabica, Robusta]            | [Arabica, Robusta      | `:6:9: expected ',' or ']', but got : (while parsing a flow sequence at 5:13)`
            tab indentation   | `    discount: 0.8`           | `\tdiscount: 0.8`      | `:12:1: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)`
            unknown key       | `    weights:`                | `    wieghts:`         | `:13:5: unknown key 'wieghts'; did you mean 'weights'?`
            unknown top key   | `name: t`                     | `nmae: t`              | `:2:1: unknown key 'nmae'; did you mean 'name'?`
            unknown issue in weights | `Cups: 0.25, Temp`     | `Cupz: 0.25, Temp`     | `:13:26: unknown issue 'Cupz' in weights; did you mean 'Cups'?`
            option the issue lacks | `Robusta: 4}`            | `Robustaa: 4}`         | `:15:27: issue 'Bean' has no option 'Robustaa'; did you mean 'Robusta'?`
            negative weight   | `{Bean: 0.5,`                 | `{Bean: -0.5,`         | `:13:21: the weight of issue 'Bean' is negative (-0.5)`
            NaN weight        | `{Bean: 0.5,`                 | `{Bean: .nan,`         | `:13:21: the weight of issue 'Bean' must be a finite number, got .nan`
            quoted weight     | `{Bean: 0.5,`                 | `{Bean: '0.5',`        | `:13:21: the weight of issue 'Bean' must be a number, got the quoted text '0.5'`
            missing weight    | `{Bean: 0.5, `                | `{`                    | `:13:14: issue 'Bean' has no weight`
            missing utility   | `      Bean: {Arabica: 10, Robusta: 4}\\n` | ``          | `:15:7: issue 'Bean' has no utility`
            missing version   | `parley: 1\\n`                | ``                     | `:1:1: missing 'parley: 1' (the format version) at the top of the file`
            wrong version     | `parley: 1`                   | `parley: 2`            | `:1:9: unsupported format version 2; this parley reads version 1`
            duplicate key     | `name: t\\n`                  | `name: t\\nname: u\\n` | `:3:1: duplicate key 'name' (first at 2:1)`
            discount too big  | `discount: 0.8`               | `discount: 1.5`        | `:12:15: discount must lie in (0, 1], got 1.5`
            offset on real    | `0.01, intercept`             | `0.01, offset`         | `:17:36: 'offset' applies to integer issues only; issue 'Temp' is real, so use 'intercept' (slope·x + intercept)`
            unknown form      | `Cups: {linear`               | `Cups: {linaer`        | `:16:14: unknown utility form 'linaer' for integer issue 'Cups'; did you mean 'linear'?`
            bad normalize     | `Bean: {Arabica: 10, Robusta: 4}` | `Bean: {values: {Arabica: 1}, normalize: min}` | `:15:47: normalize must be 'max' or 'none', got 'min'`
            inverted integer  | `integer: [1, 5]`             | `integer: [5, 1]`      | `:6:5: integer issue 'Cups' has upper bound 1 below its lower bound 5`
            issue of two kinds | `integer: [1, 5]`            | `integer: [1, 5]\\n    values: [a]` | `:6:5: issue 'Cups' needs exactly one of 'values' (discrete), 'integer: [lower, upper]' or 'real: [lower, upper]'`
            duplicate option  | `[Arabica, Robusta]`          | `[Arabica, Arabica]`   | `:5:23: issue 'Bean' lists option 'Arabica' twice`
            reservation value unknown | `Temp: 75}}`          | `Temp: 76}}`           | `:18:59: issue 'Temp' has no value '76'`
            rectangles and weights | `    rectangles:`         | `    weights: {}\\n    rectangles:` | `:20:5: party 'seller' has 'rectangles', so it cannot also have 'weights'`
            bound on real issue | `{Cups: [2, 4]}`            | `{Temp: [2, 4]}`       | `:23:35: constraints bound integer issues only; issue 'Temp' is real`
            empty bound       | `{Cups: [2, 4]}`              | `{Cups: [4, 2]}`       | `:23:41: the bound of issue 'Cups' is empty: min 4 > max 2`
            non-positive max  | `max: 10`                     | `max: 0`               | `:21:12: max must be positive, got 0.0`
            scores negative   | `Robusta: 4}`                 | `Robusta: -4}`         | `:15:36: the score of option 'Robusta' is negative (-4.0)`
            utilities above 1 | `Bean: {Arabica: 10, Robusta: 4}` | `Bean: {values: {Arabica: 10}, normalize: none}` | `:15:13: the utility of value 'Arabica' is 10.0; utilities must lie in [0, 1]`
            """)
    void badInput(String what, String from, String to, String expected) throws IOException {
        String f1 = from.translateEscapes();
        assertTrue(BASE.contains(f1), what);
        Path f = write(BASE.replace(f1, to.translateEscapes()));
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.read(f));
        assertEquals(f + expected, e.getMessage());
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder bomb = new StringBuilder(BASE).append("bomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("  l").append(i).append(": &l").append(i).append(" [")
                    .append(("*l" + (i - 1) + ", ").repeat(6)).append("x]\n");
        }
        Path f = write(bomb.toString());
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.read(f));
        assertEquals(f + ":34:22: more than 50 aliases to lists or mappings; refused as a possible alias bomb",
                e.getMessage());
    }

    @Test
    void aKeyThatIsNotTextIsRefusedByTheReader() throws IOException {
        // snakeyaml-engine 3 can refuse such keys itself; parley lets them through and words the error
        Path f = write("parley: 1\n? [a, b]\n: complex key\n");
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.read(f));
        assertEquals(f + ":2:3: keys must be plain text, got a list", e.getMessage());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path f = write("parley: 1\nissues: " + "[".repeat(100) + "]".repeat(100) + "\n");
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.read(f));
        assertEquals(f + ":2:72: nesting deeper than 64 levels", e.getMessage());
    }

    @Test
    void emptyAndNonUtf8Files() throws IOException {
        Path empty = write("# nothing here\n");
        assertEquals(empty + ": the file holds no YAML document",
                assertThrows(FormatException.class, () -> ParleyYaml.read(empty)).getMessage());
        Path bad = tmp.resolve("latin1.yaml");
        Files.write(bad, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertEquals(bad + ": file is not valid UTF-8",
                assertThrows(FormatException.class, () -> ParleyYaml.read(bad)).getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(ParleyYaml.MAX_BYTES + 1L);
        }
        assertEquals(f + ": file is larger than the limit of 16777216 bytes (16 MiB)",
                assertThrows(FormatException.class, () -> ParleyYaml.read(f)).getMessage());
    }

    @Test
    void documentThatIsNotAMapping() throws IOException {
        Path f = write("- just\n- a list\n");
        assertEquals(f + ":1:1: a parley scenario must be a mapping (key: value), got a list",
                assertThrows(FormatException.class, () -> ParleyYaml.read(f)).getMessage());
    }

    private Path write(String text) throws IOException {
        Path p = Files.createTempFile(tmp, "scenario", ".yaml");
        Files.writeString(p, text);
        return p;
    }
}
