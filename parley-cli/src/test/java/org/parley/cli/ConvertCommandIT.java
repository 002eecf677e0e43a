package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;

/** Lossless round trips through all three formats, driven through the command line. */
class ConvertCommandIT {

    @Test
    void xmlToYamlToGeniusWebToYamlToXmlKeepsEveryUtility(@TempDir Path dir) throws Exception {
        String[] itex = CliRunner.itex2010();
        Scenario original = Scenarios.load(List.of(Path.of(itex[0]), Path.of(itex[1]), Path.of(itex[2])));

        Path yaml1 = dir.resolve("a.yaml");
        ok(AnalyzeCommandIT.concat(AnalyzeCommandIT.concat(new String[] {"convert"}, itex), "--to", "yaml",
                yaml1.toString()));
        Path json = dir.resolve("json");
        List<String> jsonFiles = ok("convert", yaml1.toString(), "--to", "geniusweb", json.toString());
        Path yaml2 = dir.resolve("b.yaml");
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(jsonFiles);
        args.addAll(List.of("--to", "yaml", yaml2.toString()));
        ok(args.toArray(String[]::new));
        Path xml = dir.resolve("xml");
        List<String> xmlFiles = ok("convert", yaml2.toString(), "--to", "genius", xml.toString());

        for (Scenario s : List.of(Scenarios.load(List.of(yaml1)), Scenarios.load(List.of(yaml2)),
                Scenarios.load(xmlFiles.stream().map(Path::of).toList()))) {
            assertEquals(original.domain().issueCount(), s.domain().issueCount());
            for (int i = 0; i < s.domain().issueCount(); i++) {
                assertEquals(original.domain().issue(i).name(), s.domain().issue(i).name());
                assertEquals(original.domain().issue(i).size(), s.domain().issue(i).size());
            }
            original.domain().outcomeSpace().forEach(o -> {
                for (int j = 0; j < 2; j++) {
                    assertEquals(original.profiles().get(j).utility(o), s.profiles().get(j).utility(o), 1e-12);
                }
            });
            for (int j = 0; j < 2; j++) {
                assertEquals(original.profiles().get(j).reservationValue(), s.profiles().get(j).reservationValue());
                assertEquals(original.profiles().get(j).discountFactor(), s.profiles().get(j).discountFactor());
            }
        }
    }

    /** Runs a successful command; returns the files it reports, in order (domain first, then each party). */
    private static List<String> ok(String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return run.out().lines().filter(l -> l.startsWith("wrote ")).map(l -> l.substring(6)).toList();
    }

    @Test
    void lossyConversionWarnsOnStderr(@TempDir Path dir) {
        Path out = dir.resolve("gw");
        CliRunner.Run run = CliRunner.run("convert", "../examples/coffee.yaml", "--to", "geniusweb", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("warning") && run.err().contains("discount"), run.err());
    }

    @Test
    void failedConversionWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "parley: 1\nissues:\n  - {name: x, values: [a]}\nparties:\n  - name: p\n"
                + "    weights: {x: -1}\n    utilities: {x: {a: 1}}\n");
        Path out = dir.resolve("out.yaml");
        CliRunner.Run run = CliRunner.run("convert", bad.toString(), "--to", "yaml", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.yaml:6"), run.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary files left behind");
        }
    }
}
