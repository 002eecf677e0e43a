package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.formats.yaml.YamlDoc;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** YAML 1.1 typing as PyYAML applies it: the cases negmas-formats §2.4 lists. */
class Yaml11Test {

    private static List<Object> values(String flowList) {
        Node root = YamlDoc.parse(Path.of("t.yml"), "v: " + flowList + "\n", 1 << 20, Yaml11.SCHEMA);
        Node list = ((org.snakeyaml.engine.v2.nodes.MappingNode) root).getValue().get(0).getValueNode();
        return ((SequenceNode) list).getValue().stream().map(n -> Yaml11.value((ScalarNode) n)).toList();
    }

    @Test
    void integersInYaml11Forms() {
        assertEquals(List.of(16L, 10L, 90L, 20L, 255L, 5L, -3L, 0L, 1000L), values("[0_20, 012, 1:30, 20, 0xff, 0b101, "
                + "-3, 0, 1_000]"));
    }

    @Test
    void floatsNeedADotAndASignedExponent() {
        assertEquals(List.of(1.0e-05, 1.0e10, 0.5, -0.0, 2.5, 1.0, 5400.5), values("[1.0e-05, 1.0E+10, .5, -0.0, "
                + "2.5, 1., 1:30:00.5]"));
        assertEquals(List.of("1e-05", "1E-5", "1.0E10", "1e5"), values("[1e-05, 1E-5, 1.0E10, 1e5]"));
        List<Object> special = values("[.inf, -.inf, .NaN]");
        assertEquals(Double.POSITIVE_INFINITY, special.get(0));
        assertEquals(Double.NEGATIVE_INFINITY, special.get(1));
        assertTrue(Double.isNaN((Double) special.get(2)));
    }

    @Test
    void booleansNullsAndText() {
        List<Object> v = values("[yes, No, ON, off, true, y, n, ~, null, 'yes', '0_20', \"012\", Infinity, NaN]");
        assertEquals(true, v.get(0));
        assertEquals(false, v.get(1));
        assertEquals(true, v.get(2));
        assertEquals(false, v.get(3));
        assertEquals(true, v.get(4));
        assertEquals("y", v.get(5));
        assertEquals("n", v.get(6));
        assertEquals(null, v.get(7));
        assertEquals(null, v.get(8));
        assertEquals(List.of("yes", "0_20", "012", "Infinity", "NaN"), v.subList(9, 14));
    }

    @Test
    void datesAreRecognisedSoThatTheyCanBeRefused() {
        assertEquals(new Yaml11.Date("2024-05-01"), values("[2024-05-01]").get(0));
    }

    @Test
    void whatMustBeQuoted() {
        for (String s : List.of("0_20", "012", "1:30", "yes", "off", "null", "~", "", "1.0e-05", ".inf", "3")) {
            assertTrue(Yaml11.needsQuotes(s), s);
        }
        for (String s : List.of("arabica", "1e5", "y", "1.0E10", "Infinity", "0_a")) {
            assertFalse(Yaml11.needsQuotes(s), s);
        }
    }
}
