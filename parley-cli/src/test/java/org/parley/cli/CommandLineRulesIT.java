package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.protocol.Deadline;

/**
 * The command-line rules on whole commands: a list option stands anywhere and never swallows the files or options
 * after it (every command with one), the one default deadline, a file of the wrong kind names the command that reads
 * it, and a case exported as a scenario is read by analyze and negotiate.
 */
class CommandLineRulesIT {

    private static final Path ROOT = TournamentFiles.EXAMPLES.getParent();
    private static final String COFFEE = ROOT.resolve("examples/coffee.yaml").toString();
    private static final String LABOUR = ROOT.resolve("examples/labour-2026/case.yaml").toString();
    private static final String PEACE = ROOT.resolve("examples/peace-talks-2025/case.yaml").toString();

    @TempDir
    Path tmp;

    private static String[] args(String... a) {
        return a;
    }

    /** The JSON output without its timing. */
    private static String json(CliRunner.Run r) {
        assertEquals(0, r.exit(), r.err());
        return r.out().replaceAll("\"(runSeconds|analysisSeconds|seconds)\":[0-9.Ee-]+", "");
    }

    @Test
    void negotiateTakesItsAgentsBeforeOrAfterTheFilesAsWordsOrAsACommaList() {
        String expected = json(CliRunner.run("negotiate", COFFEE, "--agents", "boulware", "conceder", "--rounds", "50",
                "--json"));
        List<String[]> spellings = List.of(
                args("negotiate", "--rounds", "50", "--agents", "boulware", "conceder", COFFEE, "--json"),
                args("negotiate", "--agents", "boulware", "conceder", COFFEE, "--rounds", "50", "--json"),
                args("negotiate", "--agents", "boulware,conceder", COFFEE, "--rounds", "50", "--json"),
                args("negotiate", COFFEE, "--agents=boulware,conceder", "--json", "--rounds", "50"),
                args("negotiate", "--agents", "boulware", "--agents", "conceder", "--rounds", "50", COFFEE, "--json"));
        for (String[] a : spellings) {
            assertEquals(expected, json(CliRunner.run(a)), String.join(" ", a));
        }
        CliRunner.Run three = CliRunner.run("negotiate", "--agents", "boulware", "conceder", "linear", COFFEE);
        assertEquals(Main.BAD_INPUT, three.exit());
        assertEquals("parley: --agents names 3 agents (boulware, conceder, linear) for 2 parties; give one agent per "
                + "party, in party order\n", three.err());
        CliRunner.Run none = CliRunner.run("negotiate", COFFEE, "--agents", "--rounds", "5");
        assertEquals(Main.BAD_INPUT, none.exit());
        assertTrue(none.err().startsWith("parley: Missing value for --agents (AGENT...): give the values after it, "
                + "e.g. --agents A B or --agents A,B\n"), none.err());
    }

    @Test
    void aBoaSpecWithCommasIsOneAgent() {
        String spec = "boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))";
        CliRunner.Run r = CliRunner.run("negotiate", "--agents", spec, "conceder", COFFEE, "--rounds", "20", "--json");
        // the spec is echoed with its defaults filled in: one BOA agent and the conceder
        assertTrue(json(r).matches("(?s).*\"agents\":\\[\"boa\\(offer=td\\(e=0\\.1,k=0\\),model=hardheaded[^\"]*"
                + "accept=combi\\([^\"]*t=0\\.98\\)\\)\",\"conceder\"\\].*"), r.out());
        CliRunner.Run comma = CliRunner.run("negotiate", "--agents", spec + ",conceder", COFFEE, "--rounds", "20",
                "--json");
        assertEquals(json(r), json(comma));
    }

    @Test
    void caseSimulateTakesItsAgentsAnywhereAndHasTheDeadlineOptionsOfNegotiate() {
        String expected = json(CliRunner.run("case", "simulate", LABOUR, "--agents", "boulware", "conceder", "--rounds",
                "40", "--json"));
        for (String[] a : List.of(
                args("case", "simulate", "--agents", "boulware", "conceder", LABOUR, "--rounds", "40", "--json"),
                args("case", "simulate", "--agents", "boulware,conceder", "--rounds", "40", LABOUR, "--json"),
                args("case", "simulate", LABOUR, "--agents", "boulware", "conceder", "--json", "--rounds", "40"))) {
            assertEquals(expected, json(CliRunner.run(a)), String.join(" ", a));
        }
        CliRunner.Run seconds = CliRunner.run("case", "simulate", LABOUR, "--agents", "boulware", "conceder",
                "--seconds", "2");
        assertEquals(0, seconds.exit(), seconds.err());
        assertTrue(seconds.out().contains("Agents: boulware vs conceder, 2.0 s ("), seconds.out());
    }

    @Test
    void theDefaultDeadlineIsTheSameEverywhere() {
        // two agents that never concede play to the deadline: the round of a session without agreement is its last
        String negotiate = json(CliRunner.run("negotiate", COFFEE, "--agents", "hardliner", "hardliner", "--json"));
        assertTrue(negotiate.contains("\"agreement\":null,\"round\":" + Deadline.DEFAULT_ROUNDS + ","), negotiate);
        CliRunner.Run simulate = CliRunner.run("case", "simulate", LABOUR, "--agents", "hardliner", "hardliner");
        assertEquals(0, simulate.exit(), simulate.err());
        assertTrue(simulate.out().contains("Agents: hardliner vs hardliner, " + Deadline.DEFAULT_ROUNDS + " rounds ("),
                simulate.out());
        assertTrue(simulate.out().contains(" in round " + Deadline.DEFAULT_ROUNDS + ")"), simulate.out());
    }

    @Test
    void caseCompareTakesItsTwoPartiesAnywhere() {
        String expected = json(CliRunner.run("case", "compare", PEACE, "--parties", "russia", "ukraine", "--json"));
        assertEquals(expected, json(CliRunner.run("case", "compare", "--parties", "russia", "ukraine", PEACE,
                "--json")));
        assertEquals(expected, json(CliRunner.run("case", "compare", "--parties", "russia,ukraine", PEACE, "--json")));
        CliRunner.Run one = CliRunner.run("case", "compare", "--parties", "russia", PEACE);
        assertEquals(Main.BAD_INPUT, one.exit());
        assertEquals("parley: --parties names 1 parties (russia); give exactly two\n", one.err());
    }

    @Test
    void caseRecordTakesItsCountsAnywhere() throws Exception {
        List<String> recorded = new ArrayList<>();
        int i = 0;
        for (String[] a : List.of(
                args("--delivered", "russia=1200", "ukraine=~", "CASE", "--commitment", "C3"),
                args("CASE", "--commitment", "C3", "--delivered", "russia=1200,ukraine=~"),
                args("--delivered", "russia=1200", "--delivered", "ukraine=~", "CASE", "--commitment", "C3"))) {
            Path copy = tmp.resolve("case" + i++ + ".yaml");
            Files.copy(Path.of(PEACE), copy);
            List<String> full = new ArrayList<>(List.of("case", "record"));
            for (String s : a) {
                full.add(s.equals("CASE") ? copy.toString() : s);
            }
            full.addAll(List.of("--date", "2025-06-16", "--source", "news", "--by", "test", "--recorded-at",
                    "2025-06-17T00:00:00Z"));
            CliRunner.Run r = CliRunner.run(full.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            String text = Files.readString(copy);
            recorded.add(text.substring(Files.readString(Path.of(PEACE)).length() - 1));
        }
        assertEquals(recorded.get(0), recorded.get(1));
        assertEquals(recorded.get(0), recorded.get(2));
        assertTrue(recorded.get(0).contains("delivered: {\"russia\": 1200, \"ukraine\": ~}"), recorded.get(0));
    }

    @Test
    void aFileOfTheWrongKindNamesTheCommandThatReadsIt() {
        CliRunner.Run caseToAnalyze = CliRunner.run("analyze", LABOUR);
        assertEquals(Main.BAD_INPUT, caseToAnalyze.exit());
        assertTrue(caseToAnalyze.err().startsWith("parley: " + LABOUR + ":"), caseToAnalyze.err());
        assertTrue(caseToAnalyze.err().contains("this is a case file ('parley-case'), read by the 'parley case' "
                + "commands (compare, propose, ledger, record, simulate, export-scenario), not a parley scenario; "
                + "turn a case into a scenario with 'parley case export-scenario CASE.yaml SCENARIO.yaml'"),
                caseToAnalyze.err());
        CliRunner.Run scenarioToCase = CliRunner.run("case", "compare", COFFEE);
        assertEquals(Main.BAD_INPUT, scenarioToCase.exit());
        assertTrue(scenarioToCase.err().contains("this is a parley scenario ('parley'), read by 'parley analyze', "
                + "'parley negotiate', 'parley convert' and tournament files, not a case file; a case file starts "
                + "with 'parley-case: 1' (docs/cases.md)"), scenarioToCase.err());
        String tournament = ROOT.resolve("examples/quick-tournament.yaml").toString();
        CliRunner.Run tournamentToNegotiate = CliRunner.run("negotiate", tournament, "--agents", "a", "b");
        assertTrue(tournamentToNegotiate.err().contains("this is a tournament file ('parley-tournament'), read by "
                + "'parley tournament', not a parley scenario"), tournamentToNegotiate.err());
        CliRunner.Run scenarioToTournament = CliRunner.run("tournament", COFFEE, "--out",
                tmp.resolve("t").toString());
        assertTrue(scenarioToTournament.err().contains("this is a parley scenario ('parley'), read by"),
                scenarioToTournament.err());
    }

    @Test
    void aCaseExportedAsAScenarioIsWhatSimulateNegotiatesAndAnalyzeReadsIt() throws Exception {
        Path scenario = tmp.resolve("labour.yaml");
        CliRunner.Run export = CliRunner.run("case", "export-scenario", LABOUR, scenario.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("wrote " + scenario + "\n", export.out());
        assertTrue(export.err().startsWith("parley: note: union: δ = "), export.err());
        CliRunner.Run analyze = CliRunner.run("analyze", scenario.toString());
        assertEquals(0, analyze.exit(), analyze.err());
        assertTrue(analyze.out().startsWith("Scenario labour-2026"), analyze.out());
        // the same session on the exported scenario and in case simulate: same round and outcome
        CliRunner.Run negotiate = CliRunner.run("negotiate", scenario.toString(), "--agents", "boulware", "conceder",
                "--json");
        CliRunner.Run simulate = CliRunner.run("case", "simulate", LABOUR, "--agents", "boulware", "conceder",
                "--json");
        String n = json(negotiate);
        String s = json(simulate);
        String round = n.replaceAll("(?s).*?\"round\":(\\d+),.*", "$1");
        assertTrue(s.contains("\"round\":" + round + ","), "round " + round + " in " + s);
        Path genius = tmp.resolve("genius");
        assertEquals(0, CliRunner.run("case", "export-scenario", LABOUR, "--to", "genius", genius.toString()).exit());
        try (var files = Files.list(genius)) {
            assertEquals(3, files.count(), "a domain and one profile per party");
        }
    }
}
