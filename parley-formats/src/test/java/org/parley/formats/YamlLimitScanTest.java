package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.util.SizeLimit;

/**
 * {@link YamlLimitScan} against the YAML reader itself ({@link ParleyYaml#parse(String, Path)}, which does not scan),
 * with the limits lowered to a few values and issues: on generated scenarios (keys in any order, issues as block or
 * flow mappings at several indentations, values as flow or block lists, quoted and plain scalars, comments and blank
 * lines) and on mutants carrying what the scan must not accept (anchors, aliases, tags, block scalars, tabs, carriage
 * returns, four-byte characters, document markers, stray indicators and indentation, invalid UTF-8 after the refused value)
 * ({@code YamlLimitScanAnacIT}: every ANAC scenario written as YAML). Whenever the scan refuses a file, the reader refuses it
 * with the same message; and the scan refuses most of the files the reader refuses for a limit.
 */
class YamlLimitScanTest {

    private static final long SEED = 20_261_130L;
    private static final String[] HOSTILE = {"&a ", "*a", "!!str ", "|\n", ">\n", "? ", "\t", "\r", "\u00e9", "---\n",
        "%YAML 1.2\n", ": ", " #", "#", "[", "]", "{", "}", ",", "'", "\"", "\\", "- ", "\n  ", "\n", "\n      ",
        "x: y\n", "values:\n", "issues:\n", "  - ", "@", "`", ":", "-", "\u0000", "\n- {name: q, values: [a]}\n",
        "\n    values: [p, q, r, s]\n", "\n  - name: z\n", "\ud83d\ude00", "\u0085", "\u2028", "\uFEFF", "\u00a0",
        "\u0080", "caf\u00e9"};

    private String beforeValues;
    private String beforeIssues;

    @BeforeEach
    void lowerTheLimits() {
        beforeValues = System.getProperty(SizeLimit.VALUES.property());
        beforeIssues = System.getProperty(SizeLimit.ISSUES.property());
        System.setProperty(SizeLimit.VALUES.property(), "6");
        System.setProperty(SizeLimit.ISSUES.property(), "3");
    }

    @AfterEach
    void restoreTheLimits() {
        restore(SizeLimit.VALUES.property(), beforeValues);
        restore(SizeLimit.ISSUES.property(), beforeIssues);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    static String scan(byte[] bytes) {
        try {
            YamlLimitScan.check("f.yaml", new ByteArrayInputStream(bytes));
            return null;
        } catch (FormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader's error, or null when it reads the scenario. */
    static String read(byte[] bytes) {
        try {
            ParleyYaml.parse(Sources.utf8("f.yaml", bytes, ParleyYaml.MAX_BYTES), Path.of("f.yaml"));
            return null;
        } catch (FormatException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static boolean isLimit(String message) {
        return message != null && (message.contains("parley.maxValues") || message.contains("parley.maxIssues"));
    }

    static int compare(String what, byte[] bytes) {
        String scanned = scan(bytes);
        if (scanned != null) {
            assertEquals(read(bytes), scanned, what + "\n" + new String(bytes, StandardCharsets.ISO_8859_1));
            return 1;
        }
        return 0;
    }

    private static String scalar(SplittableRandom r, String s) {
        return switch (r.nextInt(6)) {
            case 0 -> "'" + s + "'";
            case 1 -> "\"" + s + "\"";
            case 2 -> s + " x";
            case 3 -> s + "\u00e9\u20ac";
            default -> s;
        };
    }

    private static String comment(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> "  # a comment";
            case 1 -> "\n# a line of comment";
            case 2 -> "\n";
            default -> "";
        };
    }

    private static String flowList(SplittableRandom r, String prefix, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < n; k++) {
            b.append(k == 0 ? "" : r.nextInt(4) == 0 ? " ,  " : ", ").append(scalar(r, prefix + k));
        }
        return b.append(r.nextInt(5) == 0 ? " ]" : "]").toString();
    }

    /** A parley scenario of random shape (only the parts the scan looks at need to be right). */
    private static String generate(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append("# scenario\n\n");
        }
        List<String> top = new java.util.ArrayList<>(List.of("parley: 1", "name: " + scalar(r, "coffee"),
                "domain: d"));
        for (int i = top.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = top.get(i);
            top.set(i, top.get(j));
            top.set(j, t);
        }
        for (String t : top) {
            if (r.nextInt(4) != 0) {
                b.append(t).append(comment(r)).append('\n');
            }
        }
        b.append("issues:").append(comment(r)).append('\n');
        String s = " ".repeat(2 * r.nextInt(3));
        int issues = r.nextInt(6);
        for (int i = 0; i < issues; i++) {
            int values = r.nextInt(5);
            switch (r.nextInt(3)) {
                case 0 -> b.append(s).append("- {name: ").append(scalar(r, "i" + i)).append(", values: ")
                        .append(flowList(r, "v", values)).append("}").append(comment(r)).append('\n');
                case 1 -> {
                    String m = s + "  ";
                    b.append(s).append("- name: ").append(scalar(r, "i" + i)).append(comment(r)).append('\n');
                    b.append(m).append("values: ").append(flowList(r, "v", values)).append(comment(r)).append('\n');
                }
                default -> {
                    String m = s + "  ";
                    b.append(s).append("- name: ").append(scalar(r, "i" + i)).append('\n');
                    b.append(m).append("values:").append(comment(r)).append('\n');
                    String v = m + (r.nextBoolean() ? "" : "  ");
                    for (int k = 0; k < values; k++) {
                        b.append(v).append("- ").append(scalar(r, "v" + k)).append(comment(r)).append('\n');
                    }
                    if (r.nextInt(3) == 0) {
                        b.append(m).append("integer: [1, 3]\n");
                    }
                }
            }
        }
        b.append("parties:\n  - name: a\n    weights: {i0: 1}\n");
        return b.toString();
    }

    @Test
    void theScanRefusesExactlyAsTheReaderDoesOnGeneratedScenarios() {
        int refused = 0;
        int limitRefusals = 0;
        for (int k = 0; k < 4_000; k++) {
            SplittableRandom r = new SplittableRandom(SEED + k);
            String text = generate(r);
            byte[] bytes;
            if (k % 2 == 1) {
                int at = r.nextInt(text.length() + 1);
                text = text.substring(0, at) + HOSTILE[r.nextInt(HOSTILE.length)] + text.substring(at);
            }
            bytes = text.getBytes(StandardCharsets.UTF_8);
            if (k % 7 == 3) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                bytes[bytes.length - 1] = (byte) 0xC3; // not UTF-8: the reader refuses the whole file for it
            }
            refused += compare("seed " + (SEED + k), bytes);
            if (isLimit(read(bytes))) {
                limitRefusals++;
            }
        }
        assertTrue(limitRefusals > 800 && refused > limitRefusals / 2, refused + " of " + limitRefusals);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHostileScenarioIsRefusedAtItsFirstEntryOverTheLimit() {
        StringBuilder many = new StringBuilder("parley: 1\nname: many\nissues:\n");
        for (int i = 0; i < 10; i++) {
            many.append("  - name: i").append(i).append("\n    values: [a, b]\n");
        }
        assertEquals("f.yaml:10:5: issue 4, above the limit of 3 issues in one domain (raise it with the Java system "
                + "property parley.maxIssues)", scan(many.toString().getBytes(StandardCharsets.US_ASCII)));
        String big = "parley: 1\nname: big\nissues:\n  - name: I\n    values: [v0, v1, v2, v3, v4, v5, v6, v7]\n";
        assertEquals("f.yaml:5:38: value 7 (in issue 1), above the limit of 6 values in one domain (summed over its "
                + "issues) (raise it with the Java system property parley.maxValues)",
                scan(big.getBytes(StandardCharsets.US_ASCII)));
        assertNull(scan(big.replace("v7]", "v7, &a x]").getBytes(StandardCharsets.US_ASCII)));
        assertNull(scan(big.replace("v0", "\ud83d\ude00").getBytes(StandardCharsets.UTF_8)));
        assertNull(scan(big.replace("v0, v1, v2, ", "").getBytes(StandardCharsets.US_ASCII)));
        // a run of spaces longer than the scan's buffer ends the scan, not in a loop
        String wide = "parley: 1\nissues:\n  - name: I\n    values:" + " ".repeat(70_000) + "\n      - a\n";
        assertNull(scan(wide.getBytes(StandardCharsets.US_ASCII)));
    }
}
