package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.formats.yaml.TournamentYaml;
import org.snakeyaml.engine.v2.nodes.Node;

/** The one YAML loader: the same refusals, with file:line:col, for scenarios, tournaments and case files. */
class SafeYamlTest {

    @TempDir
    Path dir;

    private static String smallCase() throws IOException {
        try (InputStream in = SafeYamlTest.class.getResourceAsStream("/cases/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Issue 13: a case file accepted {@code id: small} followed by a second {@code id}; every format refuses it. */
    @Test
    void duplicateKeysAreRefusedByEveryFormat() throws IOException {
        String c = smallCase().replace("id: small\n", "id: small\nid: other\n");
        FormatException e = assertThrows(FormatException.class, () -> CaseYaml.parse(c, Path.of("case.yaml")));
        assertEquals("case.yaml:3:1: duplicate key 'id' (first at 2:1)", e.getMessage());

        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "parley: 1\nname: t\nname: u\n");
        e = assertThrows(FormatException.class, () -> ParleyYaml.read(scenario));
        assertEquals(scenario + ":3:1: duplicate key 'name' (first at 2:1)", e.getMessage());

        Path tournament = dir.resolve("t.yaml");
        Files.writeString(tournament, "parley-tournament: 1\nseed: 3\nseed: 4\n");
        e = assertThrows(FormatException.class, () -> TournamentYaml.read(tournament));
        assertEquals(tournament + ":3:1: duplicate key 'seed' (first at 2:1)", e.getMessage());

        // nested mappings too, in flow style
        e = assertThrows(FormatException.class, () -> SafeYaml.load(null, "a: {b: 1, c: 2, b: 3}\n", 1000));
        assertEquals("<input>:1:17: duplicate key 'b' (first at 1:5)", e.getMessage());
    }

    @Test
    void keysMustBePlainText() {
        FormatException e = assertThrows(FormatException.class, () -> SafeYaml.load(null, "? [a, b]\n: 1\n", 1000));
        assertEquals("<input>:1:3: keys must be plain text, got a list", e.getMessage());
    }

    /**
     * 24 levels of {@code [*prev, *prev]} use 48 aliases, under the alias count, but expand to 2^24 nodes: refused
     * at once, in every format, before any reader walks the tree.
     */
    @Test
    void aliasExpansionIsBounded() throws IOException {
        StringBuilder bomb = new StringBuilder("x: &l0 [lol]\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append("x").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        FormatException e = assertThrows(FormatException.class, () -> SafeYaml.load(null, bomb.toString(), 1 << 20));
        assertTrue(e.getMessage().startsWith("<input>:1:1: aliases expand the document by "), e.getMessage());
        assertTrue(e.getMessage().endsWith("more than 100000; refused as a possible alias bomb"), e.getMessage());
        String c = smallCase() + "extra:\n" + bomb.toString().indent(2);
        e = assertThrows(FormatException.class, () -> CaseYaml.parse(c, Path.of("case.yaml")));
        assertTrue(e.getMessage().contains("refused as a possible alias bomb"), e.getMessage());
        // a few aliases that repeat small parts are fine
        Node ok = SafeYaml.load(null, "a: &a {x: 1, y: 2}\nb: *a\nc: [*a, *a, *a]\n", 1000);
        assertEquals("1:1", SafeYaml.at(ok));
    }

    @Test
    void nestingAndSizeAreBounded() {
        FormatException e = assertThrows(FormatException.class,
                () -> SafeYaml.load(null, "a: " + "[".repeat(SafeYaml.MAX_DEPTH + 1) + "]".repeat(65) + "\n", 1000));
        // the top mapping is level 1, so the 64th bracket (column 3 + 64) is level 65
        assertEquals("<input>:1:" + (3 + SafeYaml.MAX_DEPTH) + ": nesting deeper than 64 levels", e.getMessage());
        e = assertThrows(FormatException.class, () -> SafeYaml.load(null, "a: " + "b".repeat(2000) + "\n", 1000));
        assertTrue(e.getMessage().startsWith("<input>: "), e.getMessage());
        e = assertThrows(FormatException.class, () -> SafeYaml.load(null, "# nothing\n", 1000));
        assertEquals("<input>: the file holds no YAML document", e.getMessage());
    }
}
