package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHasTheDocumentedKeysAndReferenceValues() throws Exception {
        CliRunner.Run run = CliRunner.run(concat(new String[] {"analyze"}, concat(CliRunner.itex2010(), "--json")));
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.out().strip().lines().count(), "exactly one JSON object on one line");
        JsonNode root = JSON.readTree(run.out());
        for (String key : List.of("outcomes", "pareto", "nash", "kalaiSmorodinsky", "egalitarian", "maxWelfare",
                "geniusKalai", "opposition", "agreementZone")) {
            assertTrue(root.has(key), "missing key " + key);
        }
        assertEquals(180, root.get("outcomes").asLong());
        assertEquals(18, root.get("pareto").size());
        JsonNode nash = root.get("nash");
        assertEquals(0.7215, nash.get("utilities").get(0).asDouble(), 1e-4);
        assertEquals(0.6705, nash.get("utilities").get(1).asDouble(), 1e-4);
        assertEquals("$3.47", nash.get("outcome").get("Price").asText());
        assertEquals(0.431462, root.get("opposition").asDouble(), 1e-6);
        assertEquals(180, root.get("agreementZone").get("outcomes").asLong());
        assertFalse(root.get("agreementZone").get("empty").asBoolean());
    }

    /**
     * A heap smaller than the work the limits let in: a 1,000-issue zero-sum space whose weights add up to far more
     * than 1 (its partial vectors grow until the merges' bound) in a JVM of 40 MB ran out of memory with Java's stack
     * trace; it is one line naming the heap and how to give Java more, exit 1.
     */
    @Test
    void runningOutOfMemoryIsOneLineThatSaysHowToGiveJavaMore(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("parley: 1\nissues:\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  - {name: i").append(i).append(", values: [a, b]}\n");
        }
        yaml.append("parties:\n");
        double[] w = new java.util.SplittableRandom(1).doubles(1000, 0.01, 1.01).toArray();
        for (String[] party : new String[][] {{"p", "1", "0"}, {"q", "0", "1"}}) {
            yaml.append("  - name: ").append(party[0]).append("\n    weights: {");
            for (int i = 0; i < 1000; i++) {
                yaml.append(i == 0 ? "" : ", ").append("i").append(i).append(": ").append(w[i]);
            }
            yaml.append("}\n    utilities:\n");
            for (int i = 0; i < 1000; i++) {
                yaml.append("      i").append(i).append(": {values: {a: ").append(party[1]).append(", b: ")
                        .append(party[2]).append("}, normalize: none}\n");
            }
        }
        Path file = dir.resolve("capped.yaml");
        Files.writeString(file, yaml);
        Path jar = Path.of("target/parley.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the IT runs after package: " + jar);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx40m",
                "-XX:+UseSerialGC", "-cp", jar.toString(), "org.parley.cli.Main", "analyze", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "no answer");
        assertEquals(1, p.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("parley: out of memory: the Java heap (at most "), err);
        assertTrue(err.contains(" MB) is full; give Java more, e.g. PARLEY_JAVA_OPTS=-Xmx1024m bin/parley ..."), err);
    }

    @Test
    void numericIssuesAreJsonNumbersAndMissingSolutionsAreNull(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("hard.yaml");
        Files.writeString(yaml, String.join("\n",
                "parley: 1",
                "issues:",
                "  - {name: price, integer: [1, 3]}",
                "parties:",
                "  - name: buyer",
                "    reservation: 0.9",
                "    weights: {price: 1}",
                "    utilities: {price: {linear: {slope: -0.5, offset: 1}}}",
                "  - name: seller",
                "    reservation: 0.9",
                "    weights: {price: 1}",
                "    utilities: {price: {linear: {slope: 0.5, offset: 0}}}", ""));
        CliRunner.Run run = CliRunner.run("analyze", yaml.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertTrue(root.get("pareto").get(0).get("outcome").get("price").isNumber());
        assertTrue(root.get("nash").isNull());
        assertTrue(root.get("kalaiSmorodinsky").isNull());
        assertTrue(root.get("egalitarian").isNull());
        assertFalse(root.get("maxWelfare").isNull());
        // GENIUS's equal-utility point ignores reservation values: (0.5, 0.5) at price 2
        assertEquals(0.5, root.get("geniusKalai").get("utilities").get(0).asDouble(), 1e-12);
        assertEquals(2, root.get("geniusKalai").get("outcome").get("price").asInt());
        assertTrue(root.get("agreementZone").get("empty").asBoolean());
        assertEquals(0, root.get("agreementZone").get("outcomes").asLong());
    }

    /** Camera-B: the KS point is the max-min point; GENIUS's "Kalai" point is its own key and line. */
    @Test
    void kalaiSmorodinskyAndGeniusKalaiOnCameraB() throws Exception {
        String[] files = {CliRunner.anac("anac__y2012__Camera", "Camera-B-domain.xml").toString(),
            CliRunner.anac("anac__y2012__Camera", "Camera-B-prof1.xml").toString(),
            CliRunner.anac("anac__y2012__Camera", "Camera-B-prof2.xml").toString()};
        JsonNode root = JSON.readTree(CliRunner.run(concat(concat(new String[] {"analyze"}, files), "--json")).out());
        assertEquals(0.8207, root.get("kalaiSmorodinsky").get("utilities").get(0).asDouble(), 1e-4);
        assertEquals(0.8907, root.get("kalaiSmorodinsky").get("utilities").get(1).asDouble(), 1e-4);
        assertEquals(0.8394, root.get("geniusKalai").get("utilities").get(0).asDouble(), 1e-4);
        assertEquals(0.8184, root.get("geniusKalai").get("utilities").get(1).asDouble(), 1e-4);
        CliRunner.Run text = CliRunner.run(concat(new String[] {"analyze"}, files));
        assertTrue(text.out().contains("Kalai-Smorodinsky  (0.8207, 0.8907)"), text.out());
        assertTrue(text.out().contains("GENIUS Kalai       (0.8394, 0.8184)"), text.out());
    }

    @Test
    void textReportNamesTheSolutions() {
        CliRunner.Run run = CliRunner.run(concat(new String[] {"analyze"}, CliRunner.itex2010()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Pareto frontier: 18 distinct utility vectors"), run.out());
        assertTrue(run.out().contains("Nash               (0.7215, 0.6705)"), run.out());
    }

    @Test
    void plotsPngAndSvg(@TempDir Path dir) {
        for (String name : List.of("plot.png", "plot.svg")) {
            Path file = dir.resolve(name);
            CliRunner.Run run = CliRunner.run(concat(new String[] {"analyze"},
                    concat(CliRunner.itex2010(), "--plot", file.toString())));
            assertEquals(0, run.exit(), run.err());
            assertTrue(Files.exists(file), name);
            assertTrue(file.toFile().length() > 1000, name + " is too small");
        }
    }

    @Test
    void badInputGivesOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path xxe = dir.resolve("evil.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<negotiation_template>&e;</negotiation_template>\n");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "parley: 1\nissues: [\n");
        String[][] cases = {
            {dir.resolve("missing.xml").toString(), dir.resolve("missing2.xml").toString()},
            {xxe.toString(), xxe.toString()},
            {broken.toString()},
            {dir.resolve("scenario.txt").toString(), "x"},
            {CliRunner.itex2010()[0], CliRunner.itex2010()[1], "--plot", dir.resolve("p.gif").toString()},
            {"--no-such-option"},
        };
        for (String[] c : cases) {
            CliRunner.Run run = CliRunner.run(concat(new String[] {"analyze"}, c));
            assertEquals(2, run.exit(), String.join(" ", c) + ": " + run.err());
            assertFalse(run.err().contains("\tat "), "stack trace for " + String.join(" ", c) + ": " + run.err());
            assertTrue(run.err().startsWith("parley: "), run.err());
            assertFalse(run.err().contains("root:"), "external entity resolved: " + run.err());
        }
        CliRunner.Run xxeRun = CliRunner.run("analyze", xxe.toString(), xxe.toString());
        assertTrue(xxeRun.err().contains("evil.xml") && xxeRun.err().contains("DOCTYPE"), xxeRun.err());
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
