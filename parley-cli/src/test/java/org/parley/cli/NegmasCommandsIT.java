package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;

/**
 * NegMAS scenario folders through every command that takes a scenario: each gives the same result as on the same
 * scenario converted to parley YAML, and bad folders are one line with exit code 2.
 */
class NegmasCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String negmas(String name) {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).resolve("negmas").resolve(name)
                .toString();
    }

    private static CliRunner.Run ok(String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    private static Path toYaml(String folder, Path dir) {
        Path yaml = dir.resolve(Paths.get(folder).getFileName() + ".yaml");
        ok("convert", folder, "--to", "yaml", yaml.toString());
        return yaml;
    }

    @Test
    void analyzeReadsAFolderAsItsParleyYamlConversion(@TempDir Path dir) throws Exception {
        String fisheries = negmas("Fisheries");
        CliRunner.Run run = ok("analyze", fisheries, "--json");
        ObjectNode folder = (ObjectNode) JSON.readTree(run.out());
        assertEquals(99, folder.get("outcomes").asInt());
        assertEquals(3, folder.get("parties").size());
        assertTrue(run.err().contains("parley: note: ministry.yml: no reserved value"), run.err());
        ObjectNode yaml = (ObjectNode) JSON.readTree(ok("analyze", toYaml(fisheries, dir).toString(), "--json").out());
        folder.remove("analysisSeconds");
        yaml.remove("analysisSeconds");
        assertEquals(yaml, folder);
        CliRunner.Run text = ok("analyze", negmas("Catering"));
        assertTrue(text.out().startsWith("Scenario Catering: 2 issues, 123 outcomes"), text.out());
    }

    @Test
    void negotiateOnAFolderIsTheSameSessionAsOnItsConversion(@TempDir Path dir) throws Exception {
        String catering = negmas("Catering");
        String[] agents = {"--agents", "boulware", "conceder", "--rounds", "60", "--json"};
        JsonNode folder = JSON.readTree(ok(concat(new String[] {"negotiate", catering}, agents)).out());
        JsonNode yaml = JSON.readTree(ok(concat(new String[] {"negotiate", toYaml(catering, dir).toString()}, agents))
                .out());
        assertFalse(folder.get("agreement").isNull(), folder.toString());
        assertEquals(yaml, folder);
    }

    @Test
    void tournamentEntriesNameFoldersDirectlyOrByGlob(@TempDir Path dir) throws Exception {
        Path base = Paths.get(negmas("")).toAbsolutePath().normalize();
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "parley-tournament: 1\nname: n\nseed: 3\ndeadline: {rounds: 30}\nagents: [boulware, "
                + "conceder]\nscenarios:\n  - " + base.resolve("Catering") + "\n  - " + base + "/{Sublet,Pie7}\n"
                + "  - {name: coffee-bar, domain: " + base.resolve("Catering") + "}\n");
        Path out = dir.resolve("out");
        CliRunner.Run run = ok("tournament", file.toString(), "--out", out.toString());
        // 4 scenarios × 2 agent orders × 2 role orders
        assertTrue(run.out().startsWith("Tournament n: 16 sessions (2 agents, 4 scenarios); 16 ran"), run.out());
        Map<Integer, String> results = TournamentFiles.results(out);
        for (String name : List.of("Catering", "Sublet", "Pie7", "coffee-bar")) {
            assertTrue(results.values().stream().anyMatch(l -> l.contains("\"scenario\":\"" + name + "\"")), name);
        }
        assertTrue(results.values().stream().noneMatch(l -> l.contains("\"error\":\"")));
        assertTrue(run.err().contains("parley: note: Sublet: landlord.yml: discount 0.95"), run.err());
        CliRunner.Run resumed = ok("tournament", file.toString(), "--out", out.toString(), "--resume");
        assertTrue(resumed.out().contains("0 ran"), resumed.out());
    }

    @Test
    void convertWritesAndReadsNegmasFolders(@TempDir Path dir) throws Exception {
        // NegMAS → GENIUS → NegMAS keeps every utility
        String sublet = negmas("Sublet");
        Path xml = dir.resolve("xml");
        List<String> xmlFiles = ok("convert", sublet, "--to", "genius", xml.toString()).out().lines()
                .map(l -> l.substring("wrote ".length())).toList();
        Path back = dir.resolve("back");
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(xmlFiles);
        args.addAll(List.of("--to", "negmas", back.toString()));
        CliRunner.Run run = ok(args.toArray(String[]::new));
        assertEquals(List.of("wrote " + back.resolve("Sublet.yml"), "wrote " + back.resolve("landlord.yml"),
                "wrote " + back.resolve("tenant.yml")), run.out().lines().toList());
        assertTrue(run.err().contains("parley: warning: landlord: discount 0.95 is written as an ExpDiscountedUFun"),
                run.err());
        Scenario original = Scenarios.load(List.of(Path.of(sublet)));
        Scenario again = Scenarios.load(List.of(back));
        original.domain().outcomeSpace().forEach(o -> {
            for (int p = 0; p < 2; p++) {
                assertEquals(original.profiles().get(p).utility(o), again.profiles().get(p).utility(o), 1e-12);
            }
        });
        // a folder already holding other YAML files is refused, and nothing is written
        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("old.yml"), "type: LinearAdditiveUtilityFunction\n");
        CliRunner.Run refused = CliRunner.run("convert", sublet, "--to", "negmas", busy.toString());
        assertEquals(2, refused.exit());
        List<String> lines = refused.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("parley: " + busy + " already holds old.yml, which NegMAS "
                + "would read"), refused.err());
        try (var list = Files.list(busy)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void badFoldersAreOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("d.yml"), "type: DiscreteCartesianOutcomeSpace\nissues:\n- name: x\n  type: "
                + "CategoricalIssue\n  values: [a, b]\n");
        Files.writeString(bad.resolve("u.yml"), "type: LinearAdditiveUtilityFunction\nvalues:\n- type: TableFun\n"
                + "  mapping: {a: 1.0, b: 0.5}\nwieghts: [1.0]\n");
        for (String command : List.of("analyze", "negotiate")) {
            CliRunner.Run run = CliRunner.run(command, bad.toString(), "--agents", "boulware", "conceder", "--rounds",
                    "10");
            if (command.equals("analyze")) {
                run = CliRunner.run(command, bad.toString());
            }
            assertEquals(2, run.exit(), run.err());
            assertEquals("parley: " + bad.resolve("u.yml") + ":5:1: unknown key 'wieghts' in a "
                    + "LinearAdditiveUtilityFunction; did you mean 'weights'?\n", run.err());
        }
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        CliRunner.Run run = CliRunner.run("analyze", empty.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("parley: " + empty + ": scenario 'empty' has no NegMAS domain file"),
                run.err());
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
