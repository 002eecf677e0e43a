package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.AgentRegistry;
import org.parley.preference.Scenario;
import org.parley.preference.SyntheticScenarios;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * Agent processes in sessions, with the repository's Python kit and its faulty test agent: the kit's time-dependent
 * agent negotiates exactly as the Java one; a process serves session after session; every kind of fault costs only
 * its session, is recorded with its cause and naming the agent, and the next session gets a working process; nothing
 * is left running once the run's context is closed.
 */
@Tag("slow")
class ProcessAgentIT {

    private static final AgentRegistry AGENTS = AgentRegistry.builtIns();
    private static final SessionFactory SESSIONS = SessionFactory.standard();

    private static Scenario scenario(long seed) {
        return SyntheticScenarios.randomAdditive(3, 5, 2, 0.1, seed);
    }

    private static SessionResult run(RunContext ctx, Scenario s, List<String> specs, long seed, double budget) {
        List<AgentFactory> fs = specs.stream().map(AGENTS::factory).toList();
        SessionSpec spec = SESSIONS.spec().profiles(s.profiles()).agents(fs).labels(specs)
                .deadline(Deadline.rounds(180)).seed(seed).keepTrace(true).callBudgetNanos((long) (budget * 1e9))
                .context(ctx).build();
        return SESSIONS.runIsolated(spec);
    }

    private static void assertSame(SessionResult expected, SessionResult actual) {
        assertNull(actual.error(), actual.error());
        assertEquals(expected.endedBy(), actual.endedBy());
        assertArrayEquals(expected.agreement(), actual.agreement());
        assertEquals(expected.round(), actual.round());
        assertEquals(expected.trace().size(), actual.trace().size());
        for (int i = 0; i < expected.trace().size(); i++) {
            assertEquals(expected.trace().get(i), actual.trace().get(i), "action " + (i + 1));
        }
        assertArrayEquals(expected.utilities(), actual.utilities());
        assertArrayEquals(expected.discountedUtilities(), actual.discountedUtilities());
    }

    @ParameterizedTest
    @CsvSource({"boulware,conceder", "conceder,boulware", "linear,hardliner", "hardliner,linear",
        "boulware,boulware", "conceder,conceder"})
    void theKitsTimeDependentAgentNegotiatesExactlyAsTheJavaOne(String python, String java) throws Exception {
        String tag = Scripts.tag();
        try (RunContext ctx = new RunContext()) {
            for (long seed = 1; seed <= 4; seed++) {
                Scenario s = scenario(seed);
                String py = Scripts.spec(Scripts.kit(python, tag));
                assertSame(run(ctx, s, List.of(python, java), seed, 60), run(ctx, s, List.of(py, java), seed, 60));
                assertSame(run(ctx, s, List.of(java, python), seed, 60), run(ctx, s, List.of(java, py), seed, 60));
            }
            // one process served all eight sessions
            assertEquals(1, ctx.resource(ProcessPool.class, ProcessPool::new).size());
        }
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5), "no agent process left");
    }

    @Test
    void pythonAgainstPythonNeedsTwoProcessesAndKeepsThem() throws Exception {
        String tag = Scripts.tag();
        String py = Scripts.spec(Scripts.kit("boulware", tag));
        try (RunContext ctx = new RunContext()) {
            for (long seed = 1; seed <= 3; seed++) {
                Scenario s = scenario(seed);
                assertSame(run(ctx, s, List.of("boulware", "boulware"), seed, 60), run(ctx, s, List.of(py, py), seed,
                        60));
            }
            assertEquals(2, ctx.resource(ProcessPool.class, ProcessPool::new).size());
            List<String> pythons = Scripts.tagged(tag).stream().filter(p -> !p.contains("/bin/sh")).toList();
            assertEquals(2, pythons.size(), Scripts.tagged(tag).toString());
        }
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5));
    }

    /** Each fault ends its session with an error naming the agent and the cause; the next session is clean. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "crash     => exited with code 1 in chooseAction; its log ends: .*RuntimeError: crashed on purpose in "
                + "session 2",
        "exit      => exited with code 0 in chooseAction",
        "sleep     => did not answer within its time budget of 2.000 s \\(killed with its process group\\) in "
                + "chooseAction; its log ends: going to sleep( \\| Killed)?", // the shell may report the kill
        "garbage   => answered act with a line that is not JSON \\(1:1: unexpected character 'g'\\): 'garbage, not "
                + "json' in chooseAction",
        "flood     => wrote a line longer than 1 MiB \\(flooding its output\\?\\) in chooseAction",
        "logflood  => flooded its log \\(over 16 MiB on stderr in one session; killed with its process group\\) in "
                + "(chooseAction|receive|negotiationEnded).*",
        "unasked   => wrote output parley did not ask for: '\\{\"type\":\"end_negotiation\"\\}' in chooseAction",
        "illegal   => accepted before any offer was made",
        "badreply  => answered act with an offer or accept whose outcome is not a list of value indices: "
                + "'\\{\"type\":\"offer\",\"outcome\":\"the best one\"\\}' in chooseAction",
        "version   => speaks protocol version 99, which parley does not \\(it speaks \\[1, 2\\]\\) in init"})
    void aFaultCostsOnlyItsSession(String mode, String cause) throws Exception {
        String tag = Scripts.tag();
        String bad = Scripts.spec(Scripts.faulty(mode, 2, tag));
        Scenario s = scenario(7);
        try (RunContext clean = new RunContext(); RunContext ctx = new RunContext()) {
            SessionResult expected = run(clean, s, List.of("boulware", "conceder"), 7, 60);
            // session 1 of the process is clean, session 2 breaks, session 3 runs on a fresh process (or on the same
            // one, for the faults that leave it alive); "version" breaks at hello, in every session
            SessionResult first = run(ctx, s, List.of(bad, "conceder"), 7, 2);
            if (!mode.equals("version")) {
                assertSame(expected, first);
            }
            SessionResult broken = run(ctx, s, List.of(bad, "conceder"), 7, 2);
            assertEquals(SessionResult.End.ERROR, broken.endedBy());
            assertEquals(0, broken.errorParty());
            String who = "agent " + Scripts.faulty(mode, 2, tag) + " (party 1) ";
            assertTrue(broken.error().startsWith(who), broken.error());
            String rest = broken.error().substring(who.length());
            assertTrue(rest.matches(cause), "'" + rest + "' should match '" + cause + "'");
            if (!mode.equals("version") && !mode.equals("illegal")) {
                SessionResult after = run(ctx, s, List.of(bad, "conceder"), 7, 2);
                assertSame(expected, after); // a fresh process: its session 1 again
            }
        }
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5), "no agent process left");
    }

    @Test
    void aCommandThatDoesNotStartIsTheAgentsFault(@TempDir Path tmp) throws Exception {
        Scenario s = scenario(3);
        try (RunContext ctx = new RunContext()) {
            SessionResult r = run(ctx, s, List.of("process(cmd='no-such-program-xyz --flag', name=ghost)", "boulware"),
                    3, 60);
            assertEquals(SessionResult.End.ERROR, r.endedBy());
            assertTrue(r.error().matches("agent ghost \\(party 1\\) exited with code 127 in init; its log ends: "
                    + ".*no-such-program-xyz.*not found"), r.error());
            SessionResult r2 = run(ctx, s, List.of("process(cmd='true', dir='" + tmp.resolve("missing") + "')",
                    "boulware"), 3, 60);
            assertEquals("agent true (party 1) could not be started: its working folder " + tmp.resolve("missing")
                    + " does not exist in init", r2.error());
        }
    }

    @Test
    void theLogOfEverySessionIsKeptInTheLogFolder(@TempDir Path tmp) throws Exception {
        String tag = Scripts.tag();
        Path logs = tmp.resolve("logs");
        String spec = "process(cmd='" + Scripts.faulty("crash", 3, tag) + "', name=crasher, log='" + logs + "')";
        Scenario s = scenario(5);
        try (RunContext ctx = new RunContext()) {
            for (int i = 1; i <= 4; i++) {
                SessionResult r = run(ctx, s, List.of(spec, "conceder"), 5, 60);
                assertEquals(i == 3, r.error() != null, "session " + i + ": " + r.error());
            }
        }
        List<Path> files;
        try (var l = Files.list(logs)) {
            files = l.sorted().toList();
        }
        // the crash's process wrote its traceback in session 3; the fresh one wrote nothing
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).getFileName().toString().matches("crasher-\\d+\\.log"), files.toString());
        String log = Files.readString(files.get(0));
        assertTrue(log.startsWith("# session seed="), log);
        assertTrue(log.contains(" party=1\nTraceback (most recent call last):"), log + "|||" + files);
        assertTrue(log.contains("RuntimeError: crashed on purpose in session 3"), log);
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5));
    }

}
