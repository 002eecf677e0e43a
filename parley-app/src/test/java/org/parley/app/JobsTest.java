package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agent.AgentRegistry;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.formats.Scenarios;
import org.parley.formats.cases.TrancheRecorder;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackages;
import org.parley.mediation.Tranche;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionResult;

/**
 * The jobs called directly, as a server would: the values they return (GENIUS's reference negotiation, the README's
 * case figures) and their refusals, whose messages name the input and never a command-line flag.
 */
class JobsTest {

    @TempDir
    Path tmp;

    private static void noFlag(IllegalArgumentException e) {
        assertFalse(e.getMessage().contains("--"), "no command-line flag below the command line: " + e.getMessage());
    }

    @Test
    void analyzeReturnsTheExactAnalysis() {
        Scenario coffee = Inputs.coffee();
        AnalyzeJob.Result r = AnalyzeJob.run(coffee, AnalyzeJob.DEFAULT_MAX_OUTCOMES);
        assertEquals(30, r.analysis().outcomes().intValue());
        assertEquals(new OutcomeSpaceAnalysis(coffee.profiles()).analyze().frontier().points().size(),
                r.analysis().frontier().points().size());
        assertTrue(r.seconds() >= 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalyzeJob.run(new Scenario("empty", coffee.domain(), List.of()), 10));
        assertEquals("scenario 'empty' has no parties; the analysis needs at least two profiles on the domain",
                e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> AnalyzeJob.run(new Scenario("alone", coffee.domain(), coffee.profiles().subList(0, 1)), 10));
        assertEquals("scenario 'alone' has one party ('buyer'); the analysis needs at least two profiles on the "
                + "domain", one.getMessage(), "issue 13: one party was analysed silently");
    }

    @Test
    void negotiateReproducesGeniusAndRefusesBadRequestsWithoutNamingFlags() {
        NegotiateJob job = new NegotiateJob(AgentRegistry.builtIns()::factory);
        Scenario itex = Inputs.itex2012();
        NegotiateJob.Result r = job.run(new NegotiateJob.Request(itex, List.of("boulware-party", "conceder-party"),
                Deadline.rounds(180), 0, null, false));
        SessionResult s = r.session();
        assertEquals(SessionResult.End.AGREEMENT, s.endedBy());
        assertEquals(103, s.round(), "GENIUS 9.1.10 agrees in round 103");
        assertEquals(0.9042, s.utilities()[0], 5e-5);
        assertEquals(0.2562, s.utilities()[1], 5e-5);
        assertTrue(s.trace().isEmpty(), "no trace unless asked");

        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> job.run(
                new NegotiateJob.Request(itex, List.of("boulware"), Deadline.rounds(10), 0, null, false)));
        assertEquals("1 agents given for 2 parties; give one agent per party, in party order", count.getMessage());
        IllegalArgumentException budget = assertThrows(IllegalArgumentException.class, () -> job.run(
                new NegotiateJob.Request(itex, List.of("boulware", "conceder"), Deadline.rounds(10), 0, 0.0, false)));
        assertEquals("the call budget must be positive, got 0.0 seconds", budget.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> job.run(
                new NegotiateJob.Request(itex, List.of("boulware", "concedr"), Deadline.rounds(10), 0, null, false)));
        assertTrue(unknown.getMessage().startsWith("unknown agent 'concedr'"), unknown.getMessage());
        for (IllegalArgumentException e : List.of(count, budget, unknown)) {
            noFlag(e);
        }
    }

    @Test
    void negotiateFindsAgentsThroughTheLookupItIsGiven() {
        List<String> asked = new ArrayList<>();
        NegotiateJob job = new NegotiateJob(spec -> {
            asked.add(spec);
            return AgentRegistry.builtIns().factory(spec.equals("mine") ? "conceder" : spec);
        });
        NegotiateJob.Result r = job.run(new NegotiateJob.Request(Inputs.coffee(), List.of("boulware", "mine"),
                Deadline.rounds(50), 0, null, true));
        assertEquals(List.of("boulware", "mine"), asked);
        assertEquals(r.session().actions(), r.session().trace().size(), "the trace is kept when asked");
    }

    @Test
    void caseJobsGiveTheReadmeFigures() {
        CaseComparison.Result compare = CaseCompareJob.run(Inputs.peace(), null, null, null);
        assertEquals("no agreement zone: completely contradictory on ceasefire and territory", compare.verdict());
        assertEquals(0.798, compare.aggregateGap(), 5e-4);
        CaseComparison.Result swapped = CaseCompareJob.run(Inputs.labour(), "employer", "union", null);
        assertEquals("employer", swapped.caseFile().parties().get(swapped.a()).id());
        assertThrows(IllegalArgumentException.class, () -> CaseCompareJob.run(Inputs.labour(), "employer", null,
                null));

        CasePackages.Proposal p = CaseProposeJob.run(Inputs.labour());
        assertEquals(152, p.zone().outcomes().intValue(), "agreement zone of 152 packages");
        assertEquals("nash", p.solutions().get(0).method());
        assertEquals(0.573, p.solutions().get(0).utilities()[0], 5e-4);
        assertEquals(0.597, p.solutions().get(0).utilities()[1], 5e-4);

        CaseLedgerJob.Result ledger = CaseLedgerJob.run(Inputs.peace(), null);
        CaseLedger.Entry entry = ledger.entries().stream().filter(e -> e.commitment().id().equals("C3")).findFirst()
                .orElseThrow();
        assertEquals(2412, entry.deliveredA(), "russia 2,412 delivered under C3");
        assertEquals(27, entry.deliveredB(), "ukraine 27");
        assertEquals(LocalDate.of(2025, 6, 10), CaseLedgerJob.run(Inputs.peace(), LocalDate.of(2025, 6, 10)).at());
    }

    @Test
    void caseSimulateReachesTheSameDealAsTheCommandLine() {
        CaseSimulateJob.Result r = new CaseSimulateJob(AgentRegistry.builtIns()::factory).run(new CaseSimulateJob.Request(
                Inputs.labour(), List.of("boulware", "conceder"), 100, 0)); // as 'case simulate ... --rounds 100'
        assertEquals(86, r.session().round());
        assertEquals("agreement", r.deal().method());
        assertEquals(0.6825, r.deal().utilities()[0], 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseSimulateJob(
                AgentRegistry.builtIns()::factory).run(new CaseSimulateJob.Request(Inputs.labour(), List.of("boulware"), 10, 0)));
        noFlag(e);
    }

    @Test
    void caseRecordAppendsToTextWithoutAFile() throws IOException {
        Path file = Inputs.EXAMPLES.resolve("peace-talks-2025").resolve("case.yaml");
        String text = Files.readString(file);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("russia", 1200L);
        counts.put("ukraine", null);
        CaseRecordJob.Result r = CaseRecordJob.append(text, file, new TrancheRecorder.Entry(null, "C3",
                LocalDate.of(2025, 6, 16), counts, Tranche.Status.REPORTED, "news reports", false, "analyst",
                "2025-06-17T10:00:00Z", null));
        assertEquals("T4", r.tranche().id());
        assertEquals(Map.of("russia", 1200L), r.tranche().delivered());
        assertTrue(r.text().startsWith(text.substring(0, text.indexOf("tranches:"))), "the text before is kept");
        assertEquals(text, Files.readString(file), "the file is not touched");
    }

    @Test
    void convertWritesYamlThatReadsBackAndRefusesAFileForAFolder() throws IOException {
        Scenario coffee = Inputs.coffee();
        ConvertJob.Result yaml = ConvertJob.run(coffee, Scenarios.Format.YAML, tmp);
        assertEquals(List.of(tmp.resolve("coffee.yaml")), yaml.files());
        assertEquals(ParleyYaml.toString(coffee), Files.readString(yaml.files().get(0)));
        ConvertJob.Result web = ConvertJob.run(coffee, Scenarios.Format.GENIUSWEB, tmp.resolve("web"));
        assertEquals(3, web.files().size());
        assertFalse(web.warnings().isEmpty(), "GeniusWeb cannot express the discount factor");
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvertJob.run(coffee, Scenarios.Format.GENIUS, file));
        assertEquals(file + ": genius output is a folder, and this is a file", e.getMessage());
    }

    /** Issue 13: converting into the folder that holds the inputs overwrote them silently. */
    @Test
    void convertRefusesToOverwriteItsInputs() throws IOException {
        Scenario coffee = Inputs.coffee();
        Path dir = tmp.resolve("genius");
        ConvertJob.Result first = ConvertJob.run(coffee, Scenarios.Format.GENIUS, dir);
        List<Path> inputs = first.files();
        List<String> before = new java.util.ArrayList<>();
        for (Path p : inputs) {
            before.add(Files.readString(p));
        }
        Scenario read = Scenarios.load(inputs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvertJob.run(read, Scenarios.Format.GENIUS, dir, inputs));
        assertTrue(e.getMessage().endsWith("is one of the files being converted, and converting would overwrite it; "
                + "write to another folder"), e.getMessage());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(before.get(i), Files.readString(inputs.get(i)), "the input is untouched");
        }
        Path yaml = ConvertJob.run(coffee, Scenarios.Format.YAML, tmp.resolve("c.yaml")).files().get(0);
        assertThrows(IllegalArgumentException.class, () -> ConvertJob.run(ParleyYaml.read(yaml),
                Scenarios.Format.YAML, yaml, List.of(yaml)));
        assertEquals(3, ConvertJob.run(read, Scenarios.Format.GENIUS, tmp.resolve("elsewhere"), inputs).files()
                .size(), "another folder is fine");
    }

    @Test
    void tournamentRunsIntoAStoreAndReportSummarisesIt() throws Exception {
        Path file = tmp.resolve("t.yaml");
        Files.writeString(file, "parley-tournament: 1\nname: small\ndeadline: {rounds: 30}\nagents: [boulware, "
                + "conceder, linear]\nscenarios: [" + Inputs.EXAMPLES.resolve("coffee.yaml").toAbsolutePath() + "]\n");
        TournamentDefinition def = TournamentYaml.read(file);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios());
        TournamentJob job = TournamentJob.prepare(def, scenarios);
        assertEquals(3 * 2 * 2, job.sessions());
        Path out = tmp.resolve("out");
        AtomicInteger heard = new AtomicInteger();
        TournamentJob.Result r;
        try (ResultStore store = ResultStore.open(out, job.manifest(), 2, job.sessions(), false)) {
            r = job.run(store, 2, rec -> heard.incrementAndGet());
        }
        assertEquals(12, r.stats().sessions());
        assertEquals(12, heard.get());
        assertEquals(0, r.recordedBefore());
        ReportJob.Summary s = ReportJob.summarize(out);
        assertEquals("small", s.name());
        assertEquals(12, s.planned());
        assertEquals(12, s.summary().sessions());
        ReportJob.Written w = ReportJob.write(out, s);
        assertEquals(5, w.plots().size());
        assertTrue(Files.readString(w.markdown()).startsWith("# Tournament small\n\n12 sessions of 12 planned"));

        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> TournamentJob.checkThreads(0));
        noFlag(threads);
        ResultFolderException none = assertThrows(ResultFolderException.class, () -> ReportJob.summarize(tmp));
        assertEquals(ResultFolderException.Problem.NO_RESULTS, none.problem());
        assertEquals(tmp + " holds no results.jsonl", none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TournamentJob.prepare(def, List.of()));
    }

    /** The single negotiating text in a tournament: voters and an alternating-offers agent, every session voted. */
    @Test
    void singleTextTournament() throws Exception {
        Path file = tmp.resolve("snt.yaml");
        Files.writeString(file, "parley-tournament: 1\nname: text\nprotocol: snt(rule=majority)\n"
                + "deadline: {rounds: 40}\nagents: [truthful, strategic, conceder]\nscenarios: ["
                + Inputs.EXAMPLES.resolve("coffee.yaml").toAbsolutePath() + "]\n");
        TournamentDefinition def = TournamentYaml.read(file);
        assertEquals("snt(rule=majority,mediator=search)", def.protocol());
        TournamentJob job = TournamentJob.prepare(def, TournamentScenarios.load(def.scenarios()));
        assertTrue(job.manifest().contains("\"protocol\":\"snt(rule=majority,mediator=search)\""), job.manifest());
        Path out = tmp.resolve("snt-out");
        TournamentJob.Result r;
        try (ResultStore store = ResultStore.open(out, job.manifest(), 2, job.sessions(), false)) {
            r = job.run(store, 2, rec -> { });
        }
        assertEquals(12, r.stats().sessions());
        assertEquals(0, r.stats().errors(), "every agent can vote");
        assertEquals("saop", TournamentYaml.read(Inputs.EXAMPLES.resolve("quick-tournament.yaml")).protocol());
    }

    @Test
    void resultRecordsAreImmutableValues() {
        CaseLedgerJob.Result ledger = CaseLedgerJob.run(Inputs.peace(), null);
        assertThrows(UnsupportedOperationException.class, () -> ledger.entries().clear());
        org.parley.app.report.CaseCharts.Chart chart = new org.parley.app.report.CaseCharts.Chart("t",
                new byte[] {1, 2});
        chart.png()[0] = 9;
        assertArrayEquals(new byte[] {1, 2}, chart.png(), "the chart's bytes cannot be changed from outside");
    }
}
