package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.formats.FormatException;
import org.parley.util.SizeLimit;

/**
 * {@link XmlLimitScan} against {@link SafeXml}'s own parse (the scan switched off), with the limits lowered to a few
 * values and issues: on generated GENIUS-like files (comments, CDATA, processing instructions, entities, both quotes,
 * CRLF and CR line ends, declarations first and late, nested objectives) and on mutants of them carrying what the scan
 * must not accept (a DOCTYPE, non-ASCII names, four-byte characters, a byte that is not UTF-8, bare ampersands, character references, mismatched tags, duplicate
 * attributes, "--" in comments, control characters) ({@code XmlLimitScanAnacIT}: every file of the ANAC corpus).
 * Whenever the scan refuses a file, the parse refuses it with the same message; and the scan does refuse most of the files the parse refuses for
 * a limit, so that it is not a scan that never says anything.
 */
class XmlLimitScanTest {

    private static final long SEED = 20_261_130L;
    private static final String[] HOSTILE = {"&", "& ", "<!DOCTYPE x>", "\u00e9", "\u0001", "--", "]]>", "</x>",
        "<a b='<'/>", "&#65;", "&foo;", "<?xml version='1.0'?>", "<a b='1' b='2'/>", "<a b='1'c='2'/>", "< a/>",
        "<1a/>", "\"", "'", ">", "<", "\r", "\t", "<![CDATA[x]]>", "<!-- - -->", "<?pi x?>", "<item/>", "<issue>",
        "</issue>", "<?xml-stylesheet x?>", "\uFEFF", "\uFFFE", "\ud83d\ude00", "\u0085", "\u2028", "\u0080",
        "<caf\u00e9/>"};

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

    /** The scan's refusal, or null. */
    static String scan(byte[] bytes) {
        try {
            XmlLimitScan.check("f.xml", new ByteArrayInputStream(bytes), SafeXml.MAX_DEPTH, SafeXml.MAX_ELEMENTS);
            return null;
        } catch (FormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parse's error (the scan off), or null when it reads the file. */
    static String parse(byte[] bytes) {
        try {
            SafeXml.parse("f.xml", bytes, SafeXml.MAX_FILE_BYTES, SafeXml.MAX_DEPTH, SafeXml.MAX_ELEMENTS);
            return null;
        } catch (FormatException e) {
            return e.getMessage();
        }
    }

    private static boolean isLimit(String message) {
        return message != null && (message.contains("parley.maxValues") || message.contains("parley.maxIssues"));
    }

    /** Compares the two on {@code text}; returns 1 when the scan refused it, else 0. */
    static int compare(String what, byte[] bytes) {
        String scanned = scan(bytes);
        String parsed = parse(bytes);
        if (scanned != null) {
            assertEquals(parsed, scanned, what + "\n" + new String(bytes, StandardCharsets.ISO_8859_1));
            return 1;
        }
        return 0;
    }

    private static String attribute(SplittableRandom r, String name, String value) {
        String v = r.nextInt(8) == 0 ? value.replace("a", "&amp;").replace("b", "&lt;") : value;
        if (r.nextInt(10) == 0) {
            v = v + "\t" + (r.nextBoolean() ? "\n" : "\r\n") + "x";
        }
        char q = r.nextBoolean() ? '"' : '\'';
        return (r.nextInt(5) == 0 ? "\n   " : " ") + name + (r.nextInt(6) == 0 ? " = " : "=") + q + v + q;
    }

    private static String filler(SplittableRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> "<!-- a comment with <item> and & inside -->";
            case 1 -> "<![CDATA[ <item value=\"x\"/> & ]]>";
            case 2 -> "<?parley note?>";
            case 3 -> "text &amp; more &lt;x&gt; \u00e9t\u00e9";
            case 4 -> "\r\n";
            case 5 -> "\r";
            default -> r.nextBoolean() ? "\n" : "  ";
        };
    }

    /** A GENIUS-like domain or profile of random shape. */
    private static String generate(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        switch (r.nextInt(5)) {
            case 0 -> b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            case 1 -> b.append("<!-- profile 1 -->\n<?xml version='1.0' encoding='utf-8'?>\n");
            case 2 -> b.append("\uFEFF<?xml version=\"1.0\" standalone=\"yes\"?>");
            case 3 -> b.append("  \n");
            default -> { }
        }
        b.append(r.nextBoolean() ? "<negotiation_template>" : "<utility_space").append(r.nextBoolean() ? "" : " ");
        boolean template = b.toString().endsWith("<negotiation_template>");
        if (!template) {
            b.append(attribute(r, "type", "linear")).append('>');
        }
        if (template) {
            b.append("<utility_space>");
        }
        int objectives = r.nextInt(3);
        for (int o = 0; o < objectives; o++) {
            b.append("<objective").append(attribute(r, "index", "" + o)).append(attribute(r, "name", "root")).append('>');
        }
        int issues = r.nextInt(6);
        for (int i = 0; i < issues; i++) {
            b.append(filler(r));
            b.append("<issue");
            if (r.nextInt(8) != 0) {
                b.append(attribute(r, "name", "issue " + i + (r.nextBoolean() ? " ab" : r.nextBoolean() ? " caf\u00e9"
                        : " \u20ac\u4e2d")));
            }
            b.append(attribute(r, "index", "" + (i + 1)));
            int items = r.nextInt(5);
            if (items == 0 && r.nextBoolean()) {
                b.append("/>");
                continue;
            }
            b.append('>');
            for (int k = 0; k < items; k++) {
                b.append(filler(r));
                if (r.nextInt(6) == 0) {
                    b.append("<evaluator ftype=\"linear\"><item value=\"nested\"/></evaluator>");
                }
                b.append("<item").append(attribute(r, "index", "" + (k + 1))).append(attribute(r, "value", "v" + k));
                if (r.nextBoolean()) {
                    b.append(attribute(r, "evaluation", "" + r.nextInt(10)));
                }
                b.append(r.nextBoolean() ? "/>" : "></item>");
            }
            b.append(filler(r)).append("</issue").append(r.nextInt(6) == 0 ? " " : "").append('>');
        }
        for (int o = 0; o < objectives; o++) {
            b.append("</objective>");
        }
        b.append(template ? "</utility_space></negotiation_template>" : "</utility_space>");
        if (r.nextInt(4) == 0) {
            b.append("\n<!-- end -->\n");
        }
        return b.toString();
    }

    @Test
    void theScanRefusesExactlyAsTheParseDoesOnGeneratedFiles() {
        int refused = 0;
        int limitRefusals = 0;
        int total = 4_000;
        for (int k = 0; k < total; k++) {
            SplittableRandom r = new SplittableRandom(SEED + k);
            String text = generate(r);
            if (k % 2 == 1) {
                int at = r.nextInt(text.length() + 1);
                text = text.substring(0, at) + HOSTILE[r.nextInt(HOSTILE.length)] + text.substring(at);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (k % 7 == 3) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                bytes[bytes.length - 1] = (byte) 0xE9; // not UTF-8: the parse reads the whole file as windows-1252
            }
            refused += compare("seed " + (SEED + k), bytes);
            if (isLimit(parse(bytes))) {
                limitRefusals++;
            }
        }
        // most files over a limit are refused by the scan already (the rest hold what it leaves to the parse)
        assertTrue(limitRefusals > 800 && refused > limitRefusals / 2, refused + " of " + limitRefusals);
    }

    @Test
    void aHostileFileIsRefusedAtItsFirstValueOverTheLimitAndAGoodOneIsLeftToTheParse() {
        StringBuilder xml = new StringBuilder("<negotiation_template><utility_space><objective index=\"0\" "
                + "name=\"root\" type=\"objective\"><issue index=\"1\" name=\"I\" type=\"discrete\">\n");
        for (int i = 0; i < 100; i++) {
            xml.append("  <item index=\"").append(i + 1).append("\" value=\"v").append(i).append("\"/>\n");
        }
        String message = scan(xml.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals("f.xml:8:3: value 7 (an <item> of issue 'I'), above the limit of 6 values in one domain (summed "
                + "over its issues) (raise it with the Java system property parley.maxValues)", message);
        String many = "<a>" + "<issue name='x'/>".repeat(4) + "</a>";
        assertEquals("f.xml:1:55: issue 4, above the limit of 3 issues in one domain (raise it with the Java system "
                + "property parley.maxIssues)", scan(many.getBytes(StandardCharsets.US_ASCII)));
        String fine = "<a><issue name='x'><item/><item/></issue></a>";
        assertNull(scan(fine.getBytes(StandardCharsets.US_ASCII)));
        assertNotNull(SafeXml.parse("f.xml", fine.getBytes(StandardCharsets.US_ASCII)));
        for (String h : List.of("\ud83d\ude00", "&#65;", "<!DOCTYPE a>")) {
            String text = h.startsWith("<!") ? h + xml : xml.toString().replace("discrete\">", "discrete\">" + h);
            assertNull(scan(text.getBytes(StandardCharsets.UTF_8)), h);
        }
    }
}
