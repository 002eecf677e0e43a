package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.formats.genius.SafeXmlTest.assertFails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.RealIssue;

class GeniusDomainReaderTest {

    @TempDir
    Path dir;

    /** A domain file whose third line is {@code issues}. */
    private Path domain(String issues) throws IOException {
        Path f = dir.resolve("d.xml");
        Files.writeString(f, "<negotiation_template>\n<utility_space><objective index=\"0\" name=\"r\">\n" + issues
                + "\n</objective></utility_space></negotiation_template>", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsNestedObjectivesDepthFirstAndAllTypeSpellings() throws IOException {
        Path f = domain("<issue index=\"3\" name=\"a\" vtype=\"integer\" lowerbound=\"-2\" upperbound=\"2\"/>"
                + "<objective index=\"9\" name=\"sub\"><issue index=\"1\" name=\"b\" etype=\"real\">"
                + "<range lowerbound=\"0.5\" upperbound=\"1.5\"/></issue></objective>"
                + "<issue index=\"2\" name=\"c\"><item value=\"x\"/><item value=\"y\"/></issue>");
        GeniusDomain gd = GeniusXml.readGeniusDomain(f);
        Domain d = gd.domain();
        assertEquals(List.of("a", "b", "c"), d.issues().stream().map(i -> i.name()).toList());
        assertEquals(List.of(3, 1, 2), gd.issueIndices());
        assertEquals(5, d.issue(0).size());
        assertEquals(21, d.issue(1).size());
        assertEquals("0.55", ((RealIssue) d.issue(1)).label(1));
        assertEquals(new DiscreteIssue("c", List.of("x", "y")), d.issue(2));
    }

    @Test
    void collapsesAnItemRepeatedVerbatim() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"d\"><item index=\"1\" value=\"x\"/><item index=\"2\" value=\"y\"/>"
                + "<item index=\"2\" value=\"y\"/></issue>");
        assertEquals(2, GeniusXml.readDomain(f).issue(0).size());
    }

    @Test
    void refusesAnIntegerIssueWithUpperBelowLower() throws IOException {
        Path f = domain("  <issue index=\"1\" name=\"n\" type=\"integer\" lowerbound=\"5\" upperbound=\"1\"/>");
        assertFails(f, "3:3", "integer issue 'n' has its bounds reversed: upper bound 1 is below lower bound 5",
                () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesAnIssueWithMoreThanMaxValues() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"n\" type=\"integer\" lowerbound=\"0\" upperbound=\"10000000\"/>");
        assertFails(f, "3:1", "spans 0..10000000, 10000001 values; the limit is 10000000",
                () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesAnIssueWithoutValues() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"Price\" type=\"discrete\"></issue>");
        assertFails(f, "3:1", "issue 'Price' has no values", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesAnUnknownIssueType() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"x\" type=\"fuzzy\"/>");
        assertFails(f, "3:1", "issue 'x' has unknown type 'fuzzy'", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesADuplicateIssueIndex() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"a\"><item value=\"x\"/></issue>"
                + "<issue index=\"1\" name=\"b\"><item value=\"x\"/></issue>");
        assertFails(f, "3:52", "duplicate issue index 1", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesADuplicateValue() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"a\"><item index=\"1\" value=\"x\"/><item index=\"2\" value=\"x\"/></issue>");
        assertFails(f, "3:54", "duplicate value 'x' in issue 'a' (also at 3:27)", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesABadNumber() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"r\" type=\"real\"><range lowerbound=\"zero\" upperbound=\"1\"/></issue>");
        assertFails(f, "3:39", "real issue 'r': lowerbound 'zero' is not a number", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesTheWrongRootElement() throws IOException {
        Path f = dir.resolve("p.xml");
        Files.writeString(f, "<utility_space/>");
        assertFails(f, "1:1", "expected root element <negotiation_template>", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = dir.resolve("e.xml");
        Files.writeString(f, "");
        assertFails(f, "1:1", "the file is empty", () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesMalformedXml() throws IOException {
        Path f = domain("<issue index=\"1\" name=\"a\"><item value=\"x\"></issue>");
        assertFails(f, "3:45", "malformed XML: The element type \"item\" must be terminated",
                () -> GeniusXml.readDomain(f));
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansion() throws IOException {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<negotiation_template>&e;"
                + "</negotiation_template>");
        assertFails(xxe, "1:1", "DOCTYPE is not allowed", () -> GeniusXml.readDomain(xxe));
        Path lol = dir.resolve("lol.xml");
        Files.writeString(lol, "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<negotiation_template>&c;</negotiation_template>");
        assertFails(lol, "2:1", "DOCTYPE is not allowed", () -> GeniusXml.readDomain(lol));
    }
}
