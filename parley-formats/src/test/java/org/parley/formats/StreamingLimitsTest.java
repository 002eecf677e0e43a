package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * Issue 13: the GENIUS XML and GeniusWeb JSON readers count values and issues while they parse and stop at the first
 * one over the limit, naming the file, its line:column, the limit and the property that raises it. Each file here
 * goes on, after the offending element, with text that is not even well-formed: a reader that parsed the whole file
 * before checking would report that instead. The values limit is lowered to 1,000 for these tests (generated files of
 * millions of values are in {@code HostileCorpusIT}).
 */
class StreamingLimitsTest {

    private static final int LIMIT = 1_000;
    private static final int MAX_ISSUES = (int) SizeLimit.ISSUES.defaultValue();
    private static final String RAISE_ISSUES = " (raise it with the Java system property parley.maxIssues)";

    @TempDir
    Path tmp;

    private String before;

    @BeforeEach
    void lowerTheLimit() {
        before = System.getProperty(SizeLimit.VALUES.property());
        System.setProperty(SizeLimit.VALUES.property(), String.valueOf(LIMIT));
    }

    @AfterEach
    void restoreTheLimit() {
        if (before == null) {
            System.clearProperty(SizeLimit.VALUES.property());
        } else {
            System.setProperty(SizeLimit.VALUES.property(), before);
        }
    }

    private Path write(String name, CharSequence text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String JUNK = "\n<<< not XML, not JSON {{{ ]]] &&&";

    @Test
    void geniusXmlStopsAtTheFirstValueOverTheLimit() throws IOException {
        StringBuilder xml = new StringBuilder("<negotiation_template><utility_space><objective index=\"0\" "
                + "name=\"root\" type=\"objective\"><issue index=\"1\" name=\"I\" type=\"discrete\">\n");
        for (int i = 0; i < LIMIT + 1; i++) {
            xml.append("  <item index=\"").append(i + 1).append("\" value=\"v").append(i).append("\"/>\n");
        }
        xml.append(JUNK);
        Path file = write("big_domain.xml", xml);
        FormatException e = assertThrows(FormatException.class, () -> GeniusXml.readDomain(file));
        // line 1 opens the issue, so value k is on line k + 1, its '<' in column 3
        assertEquals(file + ":" + (LIMIT + 2) + ":3: value 1,001 (an <item> of issue 'I'), above the limit of 1,000 "
                + "values in one domain (summed over its issues) (raise it with the Java system property "
                + "parley.maxValues)", e.getMessage());
        assertEquals(SizeLimit.VALUES, ((SizeLimitException) e.getCause()).limit());
    }

    @Test
    void geniusXmlProfilesAreCountedToo() throws IOException {
        StringBuilder xml = new StringBuilder("<utility_space><objective index=\"0\" name=\"root\" type=\"objective\">"
                + "<issue index=\"1\" name=\"I\" type=\"discrete\">\n");
        for (int i = 0; i < LIMIT + 1; i++) {
            xml.append("<item index=\"").append(i + 1).append("\" value=\"v").append(i).append("\" evaluation=\"1\"/>\n");
        }
        xml.append(JUNK);
        Path file = write("big_a.xml", xml);
        FormatException e = assertThrows(FormatException.class, () -> GeniusXml.readProfileWithImpliedDomain(file));
        assertTrue(e.getMessage().startsWith(file + ":" + (LIMIT + 2) + ":1: value 1,001"), e.getMessage());
    }

    @Test
    void geniusXmlStopsAtTheFirstIssueOverTheLimit() throws IOException {
        StringBuilder xml = new StringBuilder("<negotiation_template><utility_space><objective index=\"0\" "
                + "name=\"root\" type=\"objective\">\n");
        for (int i = 0; i < MAX_ISSUES + 1; i++) {
            xml.append("<issue index=\"").append(i + 1).append("\" name=\"i").append(i).append("\"><item index=\"1\" "
                    + "value=\"a\"/></issue>\n");
        }
        xml.append(JUNK);
        Path file = write("many_domain.xml", xml);
        System.clearProperty(SizeLimit.VALUES.property()); // 1,001 values are under the default limit
        FormatException e = assertThrows(FormatException.class, () -> GeniusXml.readDomain(file));
        assertEquals(file + ":" + (MAX_ISSUES + 2) + ":1: issue 1,001, above the limit of 1,000 issues in "
                + "one domain" + RAISE_ISSUES, e.getMessage());
    }

    @Test
    void geniusWebJsonStopsAtTheFirstValueOverTheLimit() throws IOException {
        StringBuilder json = new StringBuilder("{\"name\": \"d\", \"issuesValues\": {\"I\": {\"values\": [\n");
        for (int i = 0; i < LIMIT + 1; i++) {
            json.append("  \"v").append(i).append("\",\n");
        }
        json.append(JUNK);
        Path file = write("big.json", json);
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readDomain(file));
        assertEquals(file + ":" + (LIMIT + 2) + ":3: value 1,001 (of issue 'I'), above the limit of 1,000 values in "
                + "one domain (summed over its issues) (raise it with the Java system property parley.maxValues)",
                e.getMessage());
        assertEquals(SizeLimit.VALUES, ((SizeLimitException) e.getCause()).limit());
    }

    @Test
    void geniusWebJsonProfilesCountTheirValueUtilities() throws IOException {
        StringBuilder json = new StringBuilder("{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {\"I\": "
                + "{\"DiscreteValueSetUtilities\": {\"valueUtilities\": {\n");
        for (int i = 0; i < LIMIT + 1; i++) {
            json.append("  \"v").append(i).append("\": 0.5,\n");
        }
        json.append(JUNK);
        Path file = write("big_profile.json", json);
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readProfile(file));
        assertTrue(e.getMessage().startsWith(file + ":" + (LIMIT + 2) + ":3: value utility 1,001, above the limit of "
                + "1,000 values"), e.getMessage());
    }

    @Test
    void geniusWebJsonStopsAtTheFirstIssueOverTheLimit() throws IOException {
        StringBuilder json = new StringBuilder("{\"name\": \"d\", \"issuesValues\": {\n");
        for (int i = 0; i < MAX_ISSUES + 1; i++) {
            json.append("\"i").append(i).append("\": {\"values\": [\"a\"]},\n");
        }
        json.append(JUNK);
        Path file = write("many.json", json);
        System.clearProperty(SizeLimit.VALUES.property());
        FormatException e = assertThrows(FormatException.class, () -> GeniusWebJson.readDomain(file));
        assertEquals(file + ":" + (MAX_ISSUES + 2) + ":1: issue 1,001 ('i1000'), above the limit of 1,000 "
                + "issues in one domain" + RAISE_ISSUES, e.getMessage());
    }

    @Test
    void yamlScenariosStopAtTheFirstValueOverTheLimit() {
        StringBuilder yaml = new StringBuilder("parley: 1\nname: big\nissues:\n  - name: small\n    values: [a, b]\n"
                + "  - name: I\n    values:\n");
        for (int i = 0; i < LIMIT - 1; i++) {
            yaml.append("      - v").append(i).append('\n');
        }
        yaml.append(JUNK);
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.parse(yaml.toString(),
                Path.of("big.yaml")));
        // values 1 and 2 are on line 5, the list of issue I starts on line 8 with value 3: value k > 2 is on line k + 5
        assertEquals("big.yaml:" + (LIMIT + 1 + 5) + ":9: value 1,001 (in issue 2), above the limit of 1,000 "
                + "values in one domain (summed over its issues) (raise it with the Java system property "
                + "parley.maxValues)", e.getMessage());
        assertEquals(SizeLimit.VALUES, ((SizeLimitException) e.getCause()).limit());
    }

    @Test
    void yamlScenariosStopAtTheFirstIssueOverTheLimit() {
        StringBuilder yaml = new StringBuilder("parley: 1\nname: many\nissues:\n");
        for (int i = 0; i < MAX_ISSUES + 1; i++) {
            yaml.append("  - {name: i").append(i).append(", values: [a, b]}\n");
        }
        yaml.append(JUNK);
        System.clearProperty(SizeLimit.VALUES.property());
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.parse(yaml.toString(),
                Path.of("many.yaml")));
        assertEquals("many.yaml:" + (MAX_ISSUES + 4) + ":5: issue 1,001, above the limit of 1,000 issues in "
                + "one domain" + RAISE_ISSUES, e.getMessage());
    }

    @Test
    void valuesElsewhereInAYamlScenarioAreNotCountedAsIssueValues() {
        // a list under a key named 'values' outside 'issues' does not count against the limit
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < LIMIT + 10; i++) {
            list.append(i == 0 ? "" : ", ").append('u').append(i);
        }
        String yaml = "parley: 1\nname: ok\ndescription: {values: [" + list + "]}\nissues:\n  - name: x\n"
                + "    values: [a, b]\nparties:\n  - name: p\n    weights: {x: 1}\n    utilities:\n      x: {a: 1, b: 0}\n"
                + "  - name: q\n    weights: {x: 1}\n    utilities:\n      x: {a: 0, b: 1}\n";
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.parse(yaml, Path.of("ok.yaml")));
        assertTrue(e.getMessage().contains("description") && !e.getMessage().contains("limit"), e.getMessage());
        assertEquals(2, ParleyYaml.parse(yaml.replaceAll("description: .*\n", ""), Path.of("ok.yaml")).profiles()
                .size());
    }
}
