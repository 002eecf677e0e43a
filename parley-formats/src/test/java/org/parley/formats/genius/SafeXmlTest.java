package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.FormatException;

class SafeXmlTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** Asserts a one-line message "file:line:col: problem" containing {@code fragment}. */
    static FormatException assertFails(Path file, String lineCol, String fragment, Runnable action) {
        FormatException e = assertThrows(FormatException.class, action::run);
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ":" + lineCol + ": "), () -> "expected " + file + ":" + lineCol + " in: " + m);
        assertTrue(m.contains(fragment), () -> "expected '" + fragment + "' in: " + m);
        assertFalse(m.contains("\n"), "one line");
        assertEquals(lineCol, e.location());
        return e;
    }

    @Test
    void recordsTheStartPositionOfEveryElement() throws IOException {
        Path f = write("pos.xml", "<?xml version=\"1.0\"?>\r\n<a>\r\n\t<b x=\"1\"\r\n     y=\"2\"/>  <c>text &amp; more</c>\n"
                + "<!-- note --><d/></a>");
        XmlElement a = SafeXml.parse(f);
        assertEquals("2:1", a.location());
        assertEquals("3:2", a.child("b").location());
        assertEquals("2", a.child("b").attribute("y"));
        assertEquals("4:15", a.child("c").location());
        assertEquals("text & more", a.child("c").text());
        assertEquals("5:14", a.child("d").location());
        assertEquals(3, a.children().size());
    }

    @Test
    void countsLoneCarriageReturnsAsLineEnds() throws IOException {
        Path f = write("cr.xml", "<u>\r <i/>\r\n  <j/>\r\r<k/></u>");
        XmlElement u = SafeXml.parse(f);
        assertEquals("2:2", u.child("i").location());
        assertEquals("3:3", u.child("j").location());
        assertEquals("5:1", u.child("k").location());
    }

    @Test
    void malformedXmlReportsTheParserMessageAndPosition() throws IOException {
        Path f = write("bad.xml", "<a>\n  <b></a>");
        assertFails(f, "2:8", "malformed XML: The element type \"b\" must be terminated", () -> SafeXml.parse(f));
    }

    @Test
    void trailingContentIsMalformed() throws IOException {
        Path f = write("trail.xml", "<a/>\n<b/>");
        assertFails(f, "2:2", "malformed XML", () -> SafeXml.parse(f));
    }

    @Test
    void refusesDoctypeWithExternalEntity() throws IOException {
        Path f = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<negotiation_template>&e;</negotiation_template>");
        FormatException e = assertFails(f, "2:1", "DOCTYPE is not allowed", () -> SafeXml.parse(f));
        assertFalse(e.getMessage().contains("root:"), "no file content leaks");
    }

    @Test
    void refusesBillionLaughsBeforeExpandingAnything() throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<lolz>&lol9;</lolz>");
        Path f = write("lol.xml", sb.toString());
        // refused at 1:1, the DOCTYPE itself: no entity is ever declared, so none can be expanded (the parse cost is
        // that of reading the declaration; how fast is for the benchmarks, not for a test)
        assertFails(f, "1:1", "DOCTYPE is not allowed", () -> SafeXml.parse(f));
    }

    @Test
    void undeclaredEntityIsMalformed() throws IOException {
        Path f = write("ent.xml", "<a>&xxe;</a>");
        assertFails(f, "1:9", "\"xxe\" was referenced, but not declared", () -> SafeXml.parse(f));
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path f = write("empty.xml", "");
        assertFails(f, "1:1", "the file is empty", () -> SafeXml.parse(f));
        Path g = write("blank.xml", "  \n ");
        assertFails(g, "1:1", "the file is empty", () -> SafeXml.parse(g));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() throws IOException {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        Path f = write("deep.xml", deep);
        assertFails(f, "1:" + (3 * SafeXml.MAX_DEPTH + 1), "nested more than 64 deep", () -> SafeXml.parse(f));
        Path ok = write("ok.xml", "<a>".repeat(SafeXml.MAX_DEPTH) + "</a>".repeat(SafeXml.MAX_DEPTH));
        assertEquals("a", SafeXml.parse(ok).name());
    }

    @Test
    void refusesMoreElementsThanTheLimit() throws IOException {
        Path f = write("many.xml", "<a>\n<b/>\n<b/>\n<b/>\n</a>");
        assertFails(f, "4:1", "more than 3 elements", () -> SafeXml.parse(f, 1000, 64, 3));
    }

    @Test
    void refusesFilesLargerThanTheLimit() throws IOException {
        Path f = write("big.xml", "<a>" + " ".repeat(100) + "</a>");
        assertFails(f, "1:1", "larger than 50 bytes", () -> SafeXml.parse(f, 50, 64, 100));
    }

    @Test
    void readsBareAmpersandsAsText() throws IOException {
        Path f = write("amp.xml", "<a v=\"AT & T\" w=\"x &amp; y\">Coffee & Tea &#65;</a>");
        XmlElement a = SafeXml.parse(f);
        assertEquals("AT & T", a.attribute("v"));
        assertEquals("x & y", a.attribute("w"));
        assertEquals("Coffee & Tea A", a.text());
    }

    @Test
    void skipsAnXmlDeclarationAfterLeadingComments() throws IOException {
        Path f = write("late.xml", "\n<!-- profile 1 -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<u>\n <i/></u>");
        XmlElement u = SafeXml.parse(f);
        assertEquals("4:1", u.location());
        assertEquals("5:2", u.child("i").location());
    }

    @Test
    void decodesInvalidUtf8AsWindows1252() throws IOException {
        Path f = dir.resolve("cp1252.xml");
        byte[] head = "<item value=\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "10,000\"/>".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0x80;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(f, all);
        assertEquals("€10,000", SafeXml.parse(f).attribute("value"));
    }

    @Test
    void honoursADeclaredEncodingAndAByteOrderMark() throws IOException {
        Path latin = dir.resolve("latin.xml");
        Files.write(latin, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a v=\"café\"/>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("café", SafeXml.parse(latin).attribute("v"));
        Path bom = dir.resolve("bom.xml");
        byte[] body = "<a v=\"€\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(bom, all);
        XmlElement a = SafeXml.parse(bom);
        assertEquals("€", a.attribute("v"));
        assertEquals("1:1", a.location());
    }

    @Test
    void keepsAttributeWhitespaceExactly() throws IOException {
        Path f = write("ws.xml", "<item value=\"jobs \"/>");
        assertEquals("jobs ", SafeXml.parse(f).attribute("value"));
    }
}
