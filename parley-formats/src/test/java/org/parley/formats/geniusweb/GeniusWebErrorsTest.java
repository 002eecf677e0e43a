package org.parley.formats.geniusweb;

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

/** Every broken input gives one line naming the file, the JSON path (or line:column) and the problem. */
class GeniusWebErrorsTest {

    static final String BASE = """
            {"LinearAdditiveUtilitySpace": {
              "domain": {"name": "d", "issuesValues": {
                "color": {"values": ["red", "blue"]},
                "price": {"range": {"low": 1, "high": 3, "step": 1}}}},
              "name": "p",
              "issueUtilities": {
                "color": {"DiscreteValueSetUtilities": {"valueUtilities": {"red": 1.0, "blue": 0.5}}},
                "price": {"NumberValueSetUtilities": {"lowValue": 1, "lowUtility": 1.0, "highValue": 3, "highUtility": 0.0}}},
              "issueWeights": {"color": 0.4, "price": 0.6},
              "reservationBid": {"issuevalues": {"color": "blue", "price": 2}}}}
            """;
    static final String P = "$.LinearAdditiveUtilitySpace";

    @TempDir
    Path tmp;

    @Test
    void baseIsValid() throws IOException {
        var p = GeniusWebJson.readProfile(write(BASE));
        // 0.4·0.5 + 0.6·0.5
        assertEquals(0.5, p.reservationValue(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            negative weight   | "price": 0.6}        | "price": -0.2}      | ` at $.LinearAdditiveUtilitySpace.issueWeights.price: weight is negative (-0.2)`
            NaN weight        | "price": 0.6}        | "price": NaN}       | ` at $.LinearAdditiveUtilitySpace.issueWeights.price: weight is not a finite number (NaN)`
            weight as text    | "price": 0.6}        | "price": "0.6"}     | ` at $.LinearAdditiveUtilitySpace.issueWeights.price: expected a number for the weight, got string "0.6"`
            sum not 1         | "price": 0.6}        | "price": 0.5}       | ` at $.LinearAdditiveUtilitySpace.issueWeights: weights sum to 0.9, not 1 (GeniusWeb requires a sum of 1 within 1.0E-6)`
            missing weight    | "color": 0.4, "price": 0.6} | "price": 1.0} | ` at $.LinearAdditiveUtilitySpace.issueWeights: issue 'color' has no weight`
            unknown issue     | "color": 0.4         | "colour": 0.4       | ` at $.LinearAdditiveUtilitySpace.issueWeights.colour: unknown issue 'colour' (the domain has [color, price])`
            value not in domain | "blue": 0.5        | "green": 0.5        | ` at $.LinearAdditiveUtilitySpace.issueUtilities.color.DiscreteValueSetUtilities.valueUtilities.green: issue 'color' has no value 'green'`
            value lacks utility | , "blue": 0.5      | ``                  | ` at $.LinearAdditiveUtilitySpace.issueUtilities.color.DiscreteValueSetUtilities.valueUtilities: value 'blue' of issue 'color' has no utility`
            utility above 1   | "red": 1.0           | "red": 1.5          | ` at $.LinearAdditiveUtilitySpace.issueUtilities.color.DiscreteValueSetUtilities.valueUtilities.red: utility 1.5 is outside [0, 1]`
            bad range step    | "step": 1}           | "step": 0.7}        | ` at $.LinearAdditiveUtilitySpace.domain.issuesValues.price.range: range 1..3 is not a whole number of steps of 0.7 ((high - low) / step = 2.857142857142857)`
            zero range step   | "step": 1}           | "step": 0}          | ` at $.LinearAdditiveUtilitySpace.domain.issuesValues.price.range: range step must be positive, got 0`
            inverted range    | "low": 1, "high": 3  | "low": 3, "high": 1 | ` at $.LinearAdditiveUtilitySpace.domain.issuesValues.price.range: range high 1 is below low 3`
            number utils on discrete | "color": {"DiscreteValueSetUtilities": {"valueUtilities": {"red": 1.0, "blue": 0.5}}} | "color": {"numberutils": {"lowValue": 1, "lowUtility": 1, "highValue": 3, "highUtility": 0}} | ` at $.LinearAdditiveUtilitySpace.issueUtilities.color.numberutils: issue 'color' is discrete, so it needs DiscreteValueSetUtilities`
            unknown utilities type | DiscreteValueSetUtilities | DiscreteUtils | ` at $.LinearAdditiveUtilitySpace.issueUtilities.color: unknown value-set utilities type 'DiscreteUtils'; expected DiscreteValueSetUtilities or NumberValueSetUtilities (or the old discreteutils, numberutils)`
            bad number utils  | "highValue": 3       | "highValue": 1      | ` at $.LinearAdditiveUtilitySpace.issueUtilities.price.NumberValueSetUtilities: number utilities need highValue > lowValue, got 1.0 and 1.0`
            unsupported class | LinearAdditiveUtilitySpace | SumOfGroupsUtilitySpace | ` at $: profile class 'SumOfGroupsUtilitySpace' is not supported; parley reads LinearAdditiveUtilitySpace profiles only`
            unknown field     | "name": "p",         | "nmae": "p",        | ` at $.LinearAdditiveUtilitySpace.nmae: unknown field 'nmae'; expected one of [domain, name, issueUtilities, issueWeights, reservationBid]`
            bid value unknown | "color": "blue", "price": 2 | "color": "blue", "price": 7 | ` at $.LinearAdditiveUtilitySpace.reservationBid.issuevalues.price: issue 'price' has no value '7'`
            bid incomplete    | "color": "blue", "price": 2 | "color": "blue" | ` at $.LinearAdditiveUtilitySpace.reservationBid.issuevalues: the bid has no value for issue 'price'`
            odd key path      | "color": {"values": ["red", "blue"]} | "color": {"values": ["red", "blue"]}, "my issue": {"values": []} | ` at $.LinearAdditiveUtilitySpace.domain.issuesValues['my issue'].values: issue 'my issue' has no values`
            malformed JSON    | "name": "p",         | "name": "p",,       | `:5:15: Unexpected character (',' (code 44)): was expecting double-quote to start field name`
            duplicate key     | "name": "p",         | "name": "p", "name": "q", | `:5:22: Duplicate field 'name'`
            """)
    void brokenProfile(String what, String from, String to, String expected) throws IOException {
        assertTrue(BASE.contains(from), what);
        Path f = write(BASE.replace(from, to));
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readProfile(f));
        assertEquals(f + expected, e.getMessage());
    }

    @Test
    void tooDeeplyNested() throws IOException {
        Path f = write("[".repeat(100) + "]".repeat(100));
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readDomain(f));
        assertTrue(e.getMessage().startsWith(f + ": Document nesting depth (65) exceeds the maximum allowed (64"),
                e.getMessage());
    }

    @Test
    void domainFileIsNotAProfile() throws IOException {
        Path f = write("{\"name\": \"d\", \"issuesValues\": {\"a\": {\"values\": [\"x\"]}}}");
        assertEquals(1, GeniusWebJson.readDomain(f).issueCount());
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readProfile(f));
        assertEquals(f + " at $: a profile must be an object with exactly one member naming its type, got 2 members",
                e.getMessage());
    }

    @Test
    void profileWithoutDomainNeedsOne() throws IOException {
        Path f = write(BASE.replaceAll("(?s)\"domain\": \\{.*?}}},", ""));
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readProfile(f));
        assertEquals(f + " at " + P + ": the profile embeds no domain; read it with the domain file", e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(JsonFile.MAX_BYTES + 1);
        }
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readDomain(f));
        assertEquals(f + ": file is larger than the limit of 67108864 bytes (64 MiB)", e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("");
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readDomain(f));
        assertEquals(f + ": file is empty", e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path p = Files.createTempFile(tmp, "profile", ".json");
        Files.writeString(p, text);
        return p;
    }
}
