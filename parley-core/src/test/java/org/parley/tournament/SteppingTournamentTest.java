package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.agent.AgentSpec;
import org.parley.preference.Scenario;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.InJvmBatchedAgent;
import org.parley.protocol.SessionFactory;

/**
 * Tournaments whose workers step several sessions at once ({@link SteppingWorker}), with agents that wait in batches
 * as agent processes do ({@link InJvmBatchedAgent}): the same records, session for session, as the same tournament
 * run one session per worker; a hang in one session of a worker costs that session only (the worker's other sessions
 * are played again by a fresh worker, and nothing is recorded twice); a batched agent's fault costs its session.
 */
class SteppingTournamentTest {

    private static final List<Scenario> SCENARIOS = List.of(TournamentPlanTest.scenario("s1", 2, 21),
            TournamentPlanTest.scenario("s2", 2, 22), TournamentPlanTest.scenario("s3", 3, 23));

    /** The built-ins and the faulty test agents, and {@code batched-NAME}: agent NAME waiting in batches. */
    private static final AgentRegistry AGENTS = FaultyAgent.AGENTS.with(List.of(new AgentProvider() {
        @Override
        public List<String> names() {
            return List.of("batched-boulware", "batched-conceder", "batched-random", "batched-test-thrower");
        }

        @Override
        public String description(String name) {
            return "a built-in agent waiting in batches";
        }

        @Override
        public AgentFactory factory(AgentSpec spec) {
            spec.requireNoOptions();
            return InJvmBatchedAgent.factory(FaultyAgent.AGENTS.factory(spec.name().substring("batched-".length())),
                    true);
        }
    }));

    /** Entrants {@code name=spec}: the name in results, the spec the agent. */
    private static TournamentSettings settings(Deadline deadline, int parties, double budget, String... entrants) {
        List<Entrant> es = new ArrayList<>();
        for (String e : entrants) {
            String[] ns = e.split("=");
            es.add(new Entrant(ns[0], ns.length > 1 ? ns[1] : ns[0]));
        }
        return new TournamentSettings(11, deadline, 2, TournamentSettings.Roles.ALL, parties, false, budget, es);
    }

    private static TournamentRunner runner(TournamentSettings s, List<Scenario> scenarios) {
        return new TournamentRunner(s, scenarios, AGENTS, SessionFactory.standard());
    }

    private static Map<Integer, SessionRecord> run(TournamentRunner runner, int threads) throws InterruptedException {
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        runner.run(threads, new BitSet(), r -> assertNull(out.put(r.id(), r), "session " + r.id()
                + " recorded twice"));
        return new TreeMap<>(out);
    }

    @Test
    void sameRecordsAsOneSessionPerWorker() throws InterruptedException {
        String[] batched = {"boulware=batched-boulware", "conceder=batched-conceder", "random=batched-random",
            "linear"};
        String[] plain = {"boulware", "conceder", "random", "linear"};
        for (int parties : new int[] {2, 3}) {
            List<Scenario> scenarios = parties == 2 ? SCENARIOS.subList(0, 2) : SCENARIOS.subList(2, 3);
            TournamentRunner stepping = runner(settings(Deadline.rounds(40), parties, 5, batched), scenarios);
            TournamentRunner classic = runner(settings(Deadline.rounds(40), parties, 5, plain), scenarios);
            assertTrue(stepping.stepping());
            assertFalse(classic.stepping());
            Map<Integer, SessionRecord> expected = run(classic, 2);
            for (int threads : new int[] {1, 2}) {
                Map<Integer, SessionRecord> got = run(stepping, threads);
                assertEquals(stepping.plan().size(), got.size());
                for (int id = 0; id < got.size(); id++) {
                    assertEquals(TournamentRunnerTest.key(expected.get(id)), TournamentRunnerTest.key(got.get(id)),
                            parties + " parties, " + threads + " threads, session " + id);
                    assertNull(got.get(id).error(), got.get(id).error());
                }
            }
            // and one session alone, unstepped, through the same runner
            assertEquals(TournamentRunnerTest.key(expected.get(3)), TournamentRunnerTest.key(stepping.runOne(3)));
        }
    }

    /** Sessions in progress at once at most, seen through the journal (started) and the sink (recorded). */
    private static int mostAtOnce(TournamentRunner runner, boolean alone) throws InterruptedException {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        TournamentRunner.Journal journal = new TournamentRunner.Journal() {
            @Override
            public void started(int id) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
            }

            @Override
            public void exited(int id, int party) {
            }
        };
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        java.util.function.Consumer<SessionRecord> sink = r -> {
            now.decrementAndGet();
            assertNull(out.put(r.id(), r));
        };
        if (alone) {
            runner.runAlone(new BitSet(), journal, Map.of(), sink);
        } else {
            runner.run(1, new BitSet(), journal, Map.of(), sink);
        }
        assertEquals(runner.plan().size(), out.size());
        return most.get();
    }

    @Test
    void runAloneRunsOneSessionAtATimeEvenWhenWorkersStep() throws InterruptedException {
        TournamentRunner runner = runner(settings(Deadline.rounds(40), 2, 5, "boulware=batched-boulware",
                "conceder"), SCENARIOS.subList(0, 2));
        assertTrue(runner.stepping());
        assertTrue(mostAtOnce(runner, false) > 1, "a stepping worker holds several sessions");
        assertEquals(1, mostAtOnce(runner, true));
    }

    @Test
    void stepsOnlyRoundDeadlinesWithBatchedAgents() {
        assertFalse(runner(settings(Deadline.seconds(1), 2, 1, "a=batched-boulware", "conceder"), SCENARIOS)
                .stepping(), "a time deadline: one session per worker");
        assertFalse(runner(settings(Deadline.rounds(10), 2, 1, "boulware", "conceder"), SCENARIOS).stepping());
        assertTrue(runner(settings(Deadline.rounds(10), 2, 1, "a=batched-boulware", "conceder"), SCENARIOS)
                .stepping());
    }

    @Test
    void aBatchedAgentsFaultCostsItsSessionsOnly() throws InterruptedException {
        TournamentRunner runner = runner(settings(Deadline.rounds(40), 2, 5, "boulware=batched-boulware", "conceder",
                "thrower=batched-test-thrower"), SCENARIOS.subList(0, 2));
        TournamentRunner clean = runner(settings(Deadline.rounds(40), 2, 5, "boulware=batched-boulware",
                "conceder"), SCENARIOS.subList(0, 2));
        Map<String, String> expected = byAgents(run(clean, 1));
        Map<Integer, SessionRecord> got = run(runner, 2);
        assertEquals(runner.plan().size(), got.size());
        int errors = 0;
        for (SessionRecord r : got.values()) {
            if (r.agents().contains("thrower")) {
                errors++;
                assertEquals("thrower", r.errorAgent());
                assertTrue(r.error().matches("agent test-thrower \\(party \\d\\) threw IllegalStateException: boom "
                        + "in chooseAction"), r.error());
            } else {
                assertEquals(expected.get(r.agents() + " " + r.profiles() + " " + r.repetition() + " "
                        + r.scenario()), rest(r), r.toString());
            }
        }
        assertEquals(got.size() * 2 / 3, errors);
    }

    private static Map<String, String> byAgents(Map<Integer, SessionRecord> rs) {
        Map<String, String> m = new TreeMap<>();
        for (SessionRecord r : rs.values()) {
            m.put(r.agents() + " " + r.profiles() + " " + r.repetition() + " " + r.scenario(), rest(r));
        }
        return m;
    }

    /** The key without the id (ids differ between plans with other entrants). */
    private static String rest(SessionRecord r) {
        String k = TournamentRunnerTest.key(r);
        return k.substring(Integer.toString(r.id()).length());
    }

    @Test
    @Timeout(120)
    void aHangCostsItsSessionOnlyAndTheWorkersOtherSessionsArePlayedAgain() throws InterruptedException {
        TournamentRunner runner = runner(settings(Deadline.rounds(40), 2, 0.3, "boulware=batched-boulware",
                "conceder=batched-conceder", "spinner=test-spinner"), SCENARIOS.subList(0, 2));
        TournamentRunner clean = runner(settings(Deadline.rounds(40), 2, 0.3, "boulware=batched-boulware",
                "conceder=batched-conceder"), SCENARIOS.subList(0, 2));
        assertTrue(runner.stepping());
        Map<String, String> expected = byAgents(run(clean, 1));
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        TournamentRunner.Stats stats = runner.run(2, new BitSet(), r -> assertNull(out.put(r.id(), r), "session "
                + r.id() + " recorded twice"));
        assertEquals(runner.plan().size(), out.size(), "every session recorded once");
        assertEquals(runner.plan().size(), stats.sessions());
        assertTrue(stats.abandoned() >= 1 && stats.abandoned() <= TournamentRunner.MAX_HANGS + 1, stats.toString());
        int spinner = 0;
        for (SessionRecord r : out.values()) {
            if (r.agents().contains("spinner")) {
                spinner++;
                assertEquals("spinner", r.errorAgent(), r.toString());
                assertTrue(r.error().contains("exceeded its time budget") || r.error().startsWith("skipped: agent "
                        + "spinner"), r.error());
            } else {
                assertNull(r.error(), r.error());
                assertEquals(expected.get(r.agents() + " " + r.profiles() + " " + r.repetition() + " "
                        + r.scenario()), rest(r), "played again from the start, the same: " + r);
            }
        }
        assertEquals(out.size() * 2 / 3, spinner);
    }
}
