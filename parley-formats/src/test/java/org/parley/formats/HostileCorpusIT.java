package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.EnumeratingParetoFrontier;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Scenario;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * The hostile inputs of issue 13 that hung or ended in an internal error, generated at test time: one issue of 10^6
 * values (GENIUS XML, GeniusWeb JSON), 10^4 issues, zero-sum binary domains of 16 to 24 issues through the analysis,
 * real issues of 10^7 and more points, bounds like {@code 1e999999999}, tiny steps, huge case ranges, YAML alias
 * bombs of 40 to 50 levels. Each gives a result or a clear error naming the limit; none an internal error. An
 * integration test because it writes and reads files of tens of megabytes; the timeouts only guard against a hang.
 */
class HostileCorpusIT {

    /** Bytes one of these inputs may allocate (garbage included): the files themselves are tens of megabytes. */
    private static final long BIG = 8L << 30;
    /**
     * Bytes a refusal of one of these files by a reader's limit scan may allocate: the scans hold a small buffer, so
     * what a refusal allocates does not grow with the file (reading a 37 MB file whole allocated over 200 MB).
     */
    private static final long SCANNED = 8L << 20;

    @TempDir
    Path tmp;

    private Path write(String name, CharSequence text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String yamlScenario(String issues, String weights, String utilitiesA, String utilitiesB) {
        return "parley: 1\nname: hostile\nissues:\n" + issues + "parties:\n  - name: a\n    weights: {" + weights
                + "}\n    utilities:\n" + utilitiesA + "  - name: b\n    weights: {" + weights + "}\n    utilities:\n"
                + utilitiesB;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneIssueOfAMillionValuesIsRefusedNamingTheLimit() throws IOException {
        int n = 1_000_000;
        StringBuilder xml = new StringBuilder("<negotiation_template><utility_space><objective index=\"0\" "
                + "name=\"root\" type=\"objective\"><issue index=\"1\" name=\"I\" type=\"discrete\">\n");
        StringBuilder json = new StringBuilder("{\"name\":\"d\",\"issuesValues\":{\"I\":{\"values\":[");
        for (int i = 0; i < n; i++) {
            xml.append("<item index=\"").append(i + 1).append("\" value=\"v").append(i).append("\"/>\n");
            json.append(i == 0 ? "" : ",").append("\"v").append(i).append('"');
        }
        xml.append("</issue></objective></utility_space></negotiation_template>");
        json.append("]}}}");
        Path domainXml = write("big_domain.xml", xml);
        Path domainJson = write("big.json", json);
        List<ReaderFuzzTest.Reader> readers = List.of(t -> GeniusXml.readDomain(domainXml),
                t -> GeniusWebJson.readDomain(domainJson));
        for (int k = 0; k < 2; k++) {
            Path file = k == 0 ? domainXml : domainJson;
            ReaderFuzzTest.Reader reader = readers.get(k);
            ReaderFuzzTest.check("10^6 values", file.toString(), "", reader, false, SCANNED);
            FormatException e = assertThrows(FormatException.class, () -> reader.read(""));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            // refused at the first value over the limit, while streaming, with its line:column
            assertTrue(e.getMessage().startsWith(file + ":" + (k == 0 ? "100002:1: value 100,001" : "1:")),
                    e.getMessage());
            assertTrue(e.getMessage().contains("above the limit of 100,000 values")
                    && e.getMessage().contains("parley.maxValues"), e.getMessage());
            assertEquals(SizeLimit.VALUES, ((SizeLimitException) e.getCause()).limit());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aYamlScenarioOfAMillionValuesOrTenThousandIssuesIsRefusedNamingTheLimit() throws IOException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            values.append(i == 0 ? "" : ", ").append('v').append(i);
        }
        Path big = write("big.yaml", "parley: 1\nname: hostile\nissues:\n  - name: I\n    values: [" + values + "]\n");
        ReaderFuzzTest.check("10^6 values", big.toString(), "", t -> ParleyYaml.read(big), false, SCANNED);
        FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.read(big));
        // value k sits at column 14 + the length of "v0, v1, ..., v(k-2), "
        long column = 14;
        for (int i = 0; i < 100_000; i++) {
            column += 3 + String.valueOf(i).length();
        }
        assertEquals(big + ":5:" + column + ": value 100,001 (in issue 1), above the limit of 100,000 values in one "
                + "domain (summed over its issues) (raise it with the Java system property parley.maxValues)",
                e.getMessage());
        StringBuilder issues = new StringBuilder("parley: 1\nname: many\nissues:\n");
        for (int i = 0; i < 10_000; i++) {
            issues.append("  - name: i").append(i).append("\n    values: [a, b]\n");
        }
        Path many = write("many.yaml", issues);
        ReaderFuzzTest.check("10^4 issues", many.toString(), "", t -> ParleyYaml.read(many), false, SCANNED);
        e = assertThrows(FormatException.class, () -> ParleyYaml.read(many));
        assertEquals(many + ":2004:5: issue 1,001, above the limit of 1,000 issues in one domain (raise it with the "
                + "Java system property parley.maxIssues)", e.getMessage());
        assertEquals(SizeLimit.ISSUES, ((SizeLimitException) e.getCause()).limit());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenThousandIssuesGiveAResultOrTheLimit() {
        int n = 10_000;
        StringBuilder issues = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        StringBuilder ua = new StringBuilder();
        StringBuilder ub = new StringBuilder();
        for (int i = 0; i < n; i++) {
            issues.append("  - name: i").append(i).append("\n    values: [a, b]\n");
            weights.append(i == 0 ? "" : ", ").append('i').append(i).append(": 0.0001");
            ua.append("      i").append(i).append(": {values: {a: 1, b: 0}, normalize: none}\n");
            ub.append("      i").append(i).append(i % 3 == 0 ? ": {values: {a: 1, b: 0}, normalize: none}\n"
                    : ": {values: {a: 0, b: 1}, normalize: none}\n");
        }
        String text = yamlScenario(issues.toString(), weights.toString(), ua.toString(), ub.toString());
        ReaderFuzzTest.check("10^4 issues", "", text, t -> {
            Scenario s = ParleyYaml.parse(t, Path.of("many.yaml"));
            new OutcomeSpaceAnalysis(s.profiles()).analyze();
        }, false, BIG);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void zeroSumBinaryDomainsGiveTheirFrontierOrTheLimit() {
        for (int n : new int[] {16, 20, 24}) {
            SplittableRandom r = new SplittableRandom(n);
            StringBuilder issues = new StringBuilder();
            StringBuilder weights = new StringBuilder();
            StringBuilder ua = new StringBuilder();
            StringBuilder ub = new StringBuilder();
            for (int i = 0; i < n; i++) {
                issues.append("  - name: i").append(i).append("\n    values: [a, b]\n");
                weights.append(i == 0 ? "" : ", ").append('i').append(i).append(": ").append(0.01 + r.nextDouble());
                ua.append("      i").append(i).append(": {values: {a: 1, b: 0}, normalize: none}\n");
                ub.append("      i").append(i).append(": {values: {a: 0, b: 1}, normalize: none}\n");
            }
            Scenario s = ParleyYaml.parse(yamlScenario(issues.toString(), weights.toString(), ua.toString(),
                    ub.toString()), Path.of("zero-sum.yaml"));
            if (n < 24) {
                // the weights add up to about n/2, so the cap at 1 binds: checked against the streaming frontier
                ParetoFrontier merged = new OutcomeSpaceAnalysis(s.profiles()).analyze().frontier();
                ParetoFrontier streamed = new EnumeratingParetoFrontier(s.profiles().stream().map(p -> p.utility())
                        .toList()).compute();
                assertEquals(streamed.points().size(), merged.points().size(), "n = " + n);
                assertEquals(streamed.paretoOutcomes(), merged.paretoOutcomes(), "n = " + n);
            } else {
                try {
                    assertTrue(new OutcomeSpaceAnalysis(s.profiles()).analyze().frontier().size() > 0);
                } catch (SizeLimitException e) {
                    assertEquals(SizeLimit.FRONTIER, e.limit(), e.getMessage());
                }
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void realIssuesOfTooManyPointsOrAbsurdBoundsAreClearErrors() {
        String parties = "parties:\n  - name: a\n    weights: {x: 1}\n    utilities:\n      x: {linear: {slope: 1, "
                + "intercept: 0}}\n  - name: b\n    weights: {x: 1}\n    utilities:\n      x: {linear: {slope: -1, "
                + "intercept: 1}}\n";
        for (String issue : new String[] {"real: [0, 1]\n    intervals: 9999999", "real: [0, 1]\n    intervals: "
            + "100000000", "real: [0, 1e999999999]", "real: [-1e999999999, 1e999999999]", "real: [1e-999999999, "
            + "2e-999999999]", "real: [0, 1]\n    intervals: 99999999999999999999"}) {
            String text = "parley: 1\nname: r\nissues:\n  - name: x\n    " + issue + "\n" + parties;
            ReaderFuzzTest.check("real issue", issue, text, t -> ParleyYaml.parse(t, Path.of("r.yaml")), false);
            assertThrows(FormatException.class, () -> ParleyYaml.parse(text, Path.of("r.yaml")), issue);
        }
        for (String range : new String[] {"[0, 1, 1e-9]", "[0, 1, 1e-999999999]", "[0, 1e999999999, 1]",
            "{\"low\": 0, \"high\": 1e300, \"step\": 1e-300}"}) {
            String json = "{\"name\":\"d\",\"issuesValues\":{\"x\":{\"range\":" + range + "}}}";
            ReaderFuzzTest.check("GeniusWeb range", range, json, t -> GeniusWebJson.readDomain(write("r.json", t)),
                    false);
        }
        for (String bounds : new String[] {"lowerbound=\"0\" upperbound=\"1e999999999\"",
            "lowerbound=\"-1e999999999\" upperbound=\"1e999999999\""}) {
            String xml = "<negotiation_template><utility_space><objective index=\"0\" name=\"root\" "
                    + "type=\"objective\"><issue index=\"1\" name=\"x\" type=\"real\"><range " + bounds + "/></issue>"
                    + "</objective></utility_space></negotiation_template>";
            ReaderFuzzTest.check("GENIUS real", bounds, xml, t -> GeniusXml.readDomain(write("r_domain.xml", t)),
                    false);
            assertThrows(FormatException.class, () -> GeniusXml.readDomain(write("r_domain.xml", xml)), bounds);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void caseIssuesWithHugeRangesOrTinyStepsAreClearErrors() throws IOException {
        String labour = Files.readString(Path.of(System.getProperty("parley.scenarios", "../scenarios"))
                .toAbsolutePath().getParent().resolve("examples/labour-2026/case.yaml"));
        String range = "range: {min: 0, max: 6, step: 0.5}";
        assertTrue(labour.contains(range));
        for (String hostile : new String[] {"range: {min: 0, max: 1e300, step: 1}", "range: {min: 0, max: 6, step: "
            + "1e-999999999}", "range: {min: -1e999999999, max: 1e999999999, step: 1}", "range: {min: 0, max: 6, "
            + "step: 1e-9}", "range: {min: 0, max: 6, step: 0}", "range: {min: 0, max: 6, step: -1}"}) {
            String text = labour.replace(range, hostile);
            ReaderFuzzTest.check("case range", hostile, text, t -> CaseYaml.parse(t, Path.of("case.yaml")), false);
            assertThrows(FormatException.class, () -> CaseYaml.parse(text, Path.of("case.yaml")), hostile);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aliasBombsOfFortyToFiftyLevelsAreRefusedAtOnce() {
        for (int levels : new int[] {25, 40, 45, 50}) {
            for (int fan : new int[] {2, 3, 9}) {
                StringBuilder b = new StringBuilder("parley: 1\nname: x\nissues:\n  - name: q\n    values: &v0 [a, b]\n"
                        + "junk:\n");
                for (int i = 1; i < levels; i++) {
                    b.append("  k").append(i).append(": &v").append(i).append(" [");
                    for (int f = 0; f < fan; f++) {
                        b.append(f == 0 ? "" : ", ").append("*v").append(i - 1);
                    }
                    b.append("]\n");
                }
                String text = b.toString();
                ReaderFuzzTest.check("alias bomb", levels + "x" + fan, text,
                        t -> ParleyYaml.parse(t, Path.of("bomb.yaml")), false);
                ReaderFuzzTest.check("alias bomb (case)", levels + "x" + fan, text.replace("parley: 1", "parley-case: "
                        + "1"), t -> CaseYaml.parse(t, Path.of("bomb.yaml")), false);
                assertThrows(FormatException.class, () -> ParleyYaml.parse(text, Path.of("bomb.yaml")));
            }
        }
    }

    @Test
    void theLimitsOfTheCorpusAreTheDefaults() {
        assertEquals(SizeLimit.VALUES.defaultValue(), SizeLimit.VALUES.value());
        assertEquals(SizeLimit.FRONTIER.defaultValue(), SizeLimit.FRONTIER.value());
    }
}
