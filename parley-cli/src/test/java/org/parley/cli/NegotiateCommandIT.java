package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.saop.SaopProtocol;
import picocli.CommandLine;

/** {@code parley negotiate} end to end, on the GENIUS reference scenario (ANAC 2012 ItexvsCypress, profile set A). */
class NegotiateCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String[] itexA(String... rest) {
        String[] files = {CliRunner.anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml").toString(),
            CliRunner.anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-prof1.xml").toString(),
            CliRunner.anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-prof2.xml").toString()};
        return AnalyzeCommandIT.concat(AnalyzeCommandIT.concat(new String[] {"negotiate"}, files), rest);
    }

    @Test
    void reproducesTheGeniusPartyReferenceAsJson() throws Exception {
        CliRunner.Run run = CliRunner.run(itexA("--agents", "boulware-party", "conceder-party", "--rounds", "180",
                "--json"));
        assertEquals(0, run.exit(), run.err());
        JsonNode root = JSON.readTree(run.out());
        for (String key : List.of("agreement", "round", "time", "actions", "error")) {
            assertTrue(root.has(key), key);
        }
        assertEquals(103, root.get("round").asInt());
        JsonNode a = root.get("agreement");
        assertEquals(0.904, a.get("utilities").get(0).asDouble(), 5e-4);
        assertEquals(0.256, a.get("utilities").get(1).asDouble(), 5e-4);
        assertEquals(0.610, a.get("discountedUtilities").get(0).asDouble(), 5e-4);
        assertEquals(0.173, a.get("discountedUtilities").get(1).asDouble(), 5e-4);
        assertEquals("$4.37", a.get("outcome").get("Price").asText());
        assertTrue(root.get("error").isNull());
        assertEquals(103.0 / 181, root.get("time").asDouble(), 1e-12);
    }

    @Test
    void writesTraceGeniusCsvAndPlot(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Path jsonl = dir.resolve("t.jsonl");
        Path genius = dir.resolve("g.csv");
        Path plot = dir.resolve("dance.png");
        CliRunner.Run run = CliRunner.run(itexA("--agents", "boulware", "conceder", "--rounds", "180", "--trace",
                csv.toString(), "--genius-csv", genius.toString(), "--plot", plot.toString()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Agreement in round 161"), run.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + 322, rows.size(), "header and one row per action");
        assertTrue(rows.get(0).startsWith("round,time,party,agent,kind,outcome,utility "));
        assertTrue(rows.get(rows.size() - 1).contains(",Accept,"));
        List<String> g = Files.readAllLines(genius);
        assertEquals("sep=;", g.get(0));
        assertTrue(g.get(1).startsWith("Run time (s);Round;Exception;deadline;Agreement;"));
        String[] cols = g.get(2).split(";", -1);
        assertEquals("162", cols[1], "GENIUS logs rounds + 1");
        assertEquals("180rounds", cols[3]);
        assertEquals("Yes", cols[4]);
        assertTrue(plot.toFile().length() > 5000);

        CliRunner.Run again = CliRunner.run(itexA("--agents", "boulware", "conceder", "--rounds", "180", "--trace",
                jsonl.toString()));
        assertEquals(0, again.exit(), again.err());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(322, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(1, first.get("party").asInt());
        assertEquals("Offer", first.get("kind").asText());
        assertEquals(2, first.get("utilities").size());
    }

    @Test
    void badAgentsAndOptionsAreOneLineErrors() {
        String[][] cases = {
            {"--agents", "bulware", "conceder", "--rounds", "10"},
            {"--agents", "boulware", "--rounds", "10"},
            {"--agents", "boulware", "conceder", "--call-budget", "0"}, // no deadline is fine: the default applies
            {"--agents", "boulware", "conceder", "--rounds", "10", "--seconds", "3"},
            {"--agents", "boulware", "conceder", "--rounds", "0"},
            {"--agents", "boulware", "conceder", "--rounds", "10", "--trace", "x.txt"},
        };
        for (String[] c : cases) {
            CliRunner.Run run = CliRunner.run(itexA(c));
            assertEquals(2, run.exit(), String.join(" ", c) + ": " + run.err());
            assertTrue(run.err().startsWith("parley: "), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        assertTrue(CliRunner.run(itexA(cases[0])).err().contains("did you mean boulware"));
    }

    @Test
    void sameSeedSameResult() {
        String[] args = itexA("--agents", "random", "micro", "--rounds", "60", "--seed", "7", "--json");
        assertEquals(CliRunner.run(args).out(), CliRunner.run(args).out());
    }

    @Test
    void anInternalFaultFailsTheCommandAndIsNotBlamedOnAnAgent() throws Exception {
        // parley's own machinery fails: the session's clock breaks once the session is under way
        java.util.concurrent.atomic.AtomicInteger readings = new java.util.concurrent.atomic.AtomicInteger();
        SessionFactory broken = new SessionFactory(SaopProtocol.INSTANCE, () -> {
            if (readings.incrementAndGet() > 20) {
                throw new IllegalStateException("clock broke");
            }
            return System.nanoTime();
        });
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == NegotiateCommand.class ? cls.cast(new NegotiateCommand(broken))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Main.commandLine(factory), itexA("--agents", "boulware", "conceder",
                "--rounds", "180", "--json"), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, exit, err.toString());
        assertEquals("parley: internal error: IllegalStateException: clock broke (run again with --stacktrace for "
                + "the trace)", err.toString().strip());
        assertEquals("", out.toString(), "no result is printed as if the session had ended");
    }

    @Test
    void anUnknownAgentSaysHowToAddOne(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run(itexA("--agents", "boulware", "MyAgent", "--rounds", "10"));
        assertEquals(2, run.exit());
        String err = run.err().strip();
        assertTrue(err.startsWith("parley: unknown agent 'MyAgent'; known: agentgg, agentk, atlas3, boa, "), err);
        assertTrue(err.endsWith("(docs/agent-api.md); to use an agent from your own jar, pass the jar (or its "
                + "folder) with --agent-path JAR|DIR"), err);
        assertEquals(1, err.lines().count());
        Path missing = dir.resolve("missing.jar");
        CliRunner.Run bad = CliRunner.run(itexA("--agents", "boulware", "conceder", "--rounds", "10",
                "--agent-path", missing.toString()));
        assertEquals(2, bad.exit());
        assertEquals("parley: agent path " + missing.toAbsolutePath() + " does not exist", bad.err().strip());
    }

    @Test
    void agentsListsEveryNameWithItsDescription() {
        CliRunner.Run run = CliRunner.run("agents");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(org.parley.agent.AgentRegistry.builtIns().names().size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("boulware {2,}time-dependent, e = 0\\.2: concedes late")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("boa-mac {2,}BOA preset boa\\(offer=td\\(e=0\\.1\\).*")),
                run.out());
        int column = lines.stream().filter(l -> l.startsWith("boa ")).findFirst().orElseThrow()
                .indexOf("an agent assembled");
        assertTrue(lines.stream().allMatch(l -> l.length() > column && l.charAt(column - 1) == ' '
                && l.charAt(column) != ' '), "descriptions start in one column:\n" + run.out());
    }

    /** The single negotiating text from the command line: truthful parties under veto end on the frontier. */
    @Test
    void singleNegotiatingText() throws Exception {
        Path csv = Files.createTempFile("snt", ".csv");
        CliRunner.Run run = CliRunner.run(itexA("--protocol", "snt", "--agents", "truthful", "truthful", "--rounds",
                "2000", "--seed", "5", "--genius-csv", csv.toString()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Protocol: single negotiating text, snt(rule=veto,mediator=search)"), run.out());
        // the search ran out of changes long before the deadline: the text is Pareto optimal, signed or not
        assertTrue(run.out().contains("Agreement in round") || run.out().contains("the mediator had nothing left"),
                run.out());
        List<String> lines = Files.readAllLines(csv);
        String[] cells = lines.get(2).split(";");
        List<String> header = List.of(lines.get(1).split(";"));
        int round = Integer.parseInt(cells[header.indexOf("Round")]);
        assertTrue(round < 2000, lines.get(2));
        if (run.out().contains("Agreement in round")) {
            assertEquals(0.0, Double.parseDouble(cells[header.indexOf("Dist. to Pareto")]), 1e-9, lines.get(2));
        }
        Files.delete(csv);

        CliRunner.Run bad = CliRunner.run(itexA("--protocol", "snt(rule=consensus)", "--agents", "truthful",
                "truthful", "--rounds", "10"));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown voting rule 'consensus'; use veto or majority"), bad.err());
        CliRunner.Run typo = CliRunner.run(itexA("--protocol", "soap", "--agents", "boulware", "conceder", "--rounds",
                "10"));
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("did you mean saop?"), typo.err());
    }
}
