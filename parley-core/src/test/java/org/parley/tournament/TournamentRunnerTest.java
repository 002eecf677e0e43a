package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.agent.AgentSpec;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.GeniusCsv;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

class TournamentRunnerTest {

    private static final List<Scenario> SCENARIOS = List.of(TournamentPlanTest.scenario("s1", 2, 11),
            TournamentPlanTest.scenario("s2", 2, 12));

    private static TournamentSettings settings(List<String> agents, double budget) {
        List<Entrant> es = new ArrayList<>();
        for (String a : agents) {
            es.add(Entrant.of(a));
        }
        return new TournamentSettings(7, Deadline.rounds(40), 2, TournamentSettings.Roles.ALL, 2, false, budget, es);
    }

    static TournamentRunner runner(TournamentSettings settings, List<Scenario> scenarios) {
        return new TournamentRunner(settings, scenarios, FaultyAgent.AGENTS, SessionFactory.standard());
    }

    /** Every field but the run time, as text. */
    static String key(SessionRecord r) {
        return r.id() + r.scenario() + r.repetition() + "|" + r.seed() + r.agents() + r.profiles() + r.deadline()
                + r.endedBy() + r.agreement() + r.round() + "|" + r.time() + "|" + r.actions()
                + Arrays.toString(r.utilities()) + Arrays.toString(r.discountedUtilities()) + r.welfare() + "|"
                + r.distPareto() + "|" + r.distNash() + r.genius() + r.error() + r.errorAgent();
    }

    private static Map<Integer, SessionRecord> run(TournamentRunner runner, int threads, BitSet done)
            throws InterruptedException {
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        runner.run(threads, done, r -> assertNull(out.put(r.id(), r), "session " + r.id() + " delivered twice"));
        return new TreeMap<>(out);
    }

    @Test
    void sameResultsWhateverTheThreadCountAndSessionBySession() throws InterruptedException {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder", "random"), 5),
                SCENARIOS);
        assertEquals(48, runner.plan().size());
        Map<Integer, SessionRecord> one = run(runner, 1, new BitSet());
        Map<Integer, SessionRecord> two = run(runner(runner.plan().settings(), SCENARIOS), 2,
                new BitSet());
        assertEquals(48, one.size());
        assertEquals(48, two.size());
        for (int id = 0; id < 48; id++) {
            assertEquals(key(one.get(id)), key(two.get(id)));
            assertEquals(key(one.get(id)), key(runner.runOne(id)));
            assertNull(one.get(id).error());
        }
        assertTrue(one.values().stream().anyMatch(SessionRecord::hasAgreement));
    }

    @Test
    void fillsARepositoryAndResumesFromIt() throws InterruptedException {
        TournamentRunner runner = new TournamentRunner(settings(List.of("boulware", "conceder"), 5), SCENARIOS);
        int size = runner.plan().size();
        InMemoryResults results = new InMemoryResults();
        for (int id = 0; id < size; id += 3) {
            results.append(runner.runOne(id));
        }
        AtomicInteger seen = new AtomicInteger();
        TournamentRunner.Stats stats = runner.run(2, results, r -> seen.incrementAndGet());
        assertEquals(size - (size + 2) / 3, stats.sessions());
        assertEquals(stats.sessions(), seen.get());
        assertEquals(size, results.size());
        assertEquals(size, results.done().cardinality());
        Map<Integer, SessionRecord> all = new TreeMap<>();
        results.records().forEach(r -> assertNull(all.put(r.id(), r), "session " + r.id() + " recorded twice"));
        for (int id = 0; id < size; id++) {
            assertEquals(key(runner.runOne(id)), key(all.get(id)));
        }
        TournamentSummary whole = TournamentSummary.of(results);
        assertEquals(size, whole.sessions());
        results.close();
        assertThrows(IllegalStateException.class, () -> results.append(all.get(0)));
    }

    @Test
    void runsOnlyTheSessionsNotDone() throws InterruptedException {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder"), 5), SCENARIOS);
        BitSet done = new BitSet();
        for (int id = 0; id < runner.plan().size(); id += 2) {
            done.set(id);
        }
        Map<Integer, SessionRecord> rest = run(runner, 2, done);
        assertEquals(runner.plan().size() / 2, rest.size());
        for (SessionRecord r : rest.values()) {
            assertEquals(1, r.id() % 2);
            assertEquals(key(runner.runOne(r.id())), key(r));
        }
    }

    @Test
    void runsARangeOfIdsSkippingThoseDoneWithinIt() throws InterruptedException {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder"), 5), SCENARIOS);
        int size = runner.plan().size();
        int from = 3;
        int to = size - 2;
        BitSet done = new BitSet();
        done.set(from - 3); // outside the range: ignored
        done.set(from + 1);
        done.set(from + 4);
        Map<Integer, SessionRecord> got = new java.util.concurrent.ConcurrentSkipListMap<>();
        TournamentRunner.Stats stats = runner.run(2, from, to, done, r -> got.put(r.id(), r));
        assertEquals(to - from - 2, stats.sessions());
        assertEquals(to - from - 2, got.size());
        for (int id = 0; id < size; id++) {
            boolean expected = id >= from && id < to && id != from + 1 && id != from + 4;
            assertEquals(expected, got.containsKey(id), "id " + id);
            if (expected) {
                assertEquals(key(runner.runOne(id)), key(got.get(id)));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> runner.run(1, 2, size + 1, new BitSet(), r -> { }));
        assertEquals(0, runner.run(1, 4, 4, new BitSet(), r -> { }).sessions());
    }

    @Test
    void recordsMatchTheSessionAndBruteForceDistances() {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder"), 5), SCENARIOS);
        for (int id : new int[] {0, 3, 8, 10}) {
            PlannedSession ps = runner.plan().session(id);
            List<Profile> seated = new ArrayList<>();
            for (int p : ps.profiles()) {
                seated.add(SCENARIOS.get(ps.scenario()).profiles().get(p));
            }
            assertEquals(List.of(0, 1), List.of(ps.agent(0), ps.agent(1)), "boulware opens");
            SessionResult direct = SessionFactory.standard().run(SessionSpec.builder().profiles(seated).agents(List.of(
                    FaultyAgent.AGENTS.factory("boulware"), FaultyAgent.AGENTS.factory("conceder")))
                    .deadline(Deadline.rounds(40)).seed(ps.seed()).build());
            SessionRecord r = runner.runOne(id);
            assertEquals(Arrays.toString(direct.utilities()), Arrays.toString(r.utilities()));
            assertEquals(direct.round(), r.round());
            double[] u = r.utilities();
            List<double[]> pareto = bruteForcePareto(seated);
            double best = Double.POSITIVE_INFINITY;
            for (double[] f : pareto) {
                best = Math.min(best, Math.hypot(u[0] - f[0], u[1] - f[1]));
            }
            assertEquals(best, r.distPareto(), 1e-12, "session " + id);
            double[] nash = null;
            double bestProduct = Double.NEGATIVE_INFINITY;
            for (double[] f : pareto) {
                double prod = (f[0] - seated.get(0).reservationValue()) * (f[1] - seated.get(1).reservationValue());
                if (f[0] >= seated.get(0).reservationValue() && f[1] >= seated.get(1).reservationValue()
                        && prod > bestProduct) {
                    bestProduct = prod;
                    nash = f;
                }
            }
            assertEquals(Math.hypot(u[0] - nash[0], u[1] - nash[1]), r.distNash(), 1e-12, "session " + id);
            assertEquals(u[0] + u[1], r.welfare(), 1e-15);
            GeniusCsv.Analysis g = GeniusCsv.analyse(direct, seated, OutcomeSpaceAnalysis.frontier(seated, 1000));
            assertEquals(g, r.genius());
            assertEquals(List.of(seated.get(0).name(), seated.get(1).name()), r.profiles());
        }
    }

    private static List<double[]> bruteForcePareto(List<Profile> profiles) {
        List<double[]> all = new ArrayList<>();
        profiles.get(0).domain().outcomeSpace().forEach(o -> all.add(new double[] {profiles.get(0).utility(o),
            profiles.get(1).utility(o)}));
        List<double[]> front = new ArrayList<>();
        for (double[] a : all) {
            boolean dominated = false;
            for (double[] b : all) {
                dominated |= b[0] >= a[0] && b[1] >= a[1] && (b[0] > a[0] || b[1] > a[1]);
            }
            if (!dominated) {
                front.add(a);
            }
        }
        return front;
    }

    @Test
    void aThrowingAgentCostsOnlyItsOwnSessions() throws InterruptedException {
        TournamentRunner runner = runner(settings(List.of("boulware", "test-thrower", "conceder"), 5),
                SCENARIOS);
        Map<Integer, SessionRecord> all = run(runner, 2, new BitSet());
        assertEquals(runner.plan().size(), all.size());
        for (SessionRecord r : all.values()) {
            if (r.agents().contains("test-thrower")) {
                assertEquals("error", r.endedBy());
                assertEquals("test-thrower", r.errorAgent());
                assertTrue(r.error().contains("threw IllegalStateException: boom in chooseAction"), r.error());
            } else {
                assertNull(r.error());
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard only: if hung agents held their workers it never ends
    void aHungAgentIsGivenUpThenQuarantinedAndTheRestFinishes() throws InterruptedException {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder", "test-spinner"), 0.2),
                SCENARIOS);
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        TournamentRunner.Stats stats = runner.run(2, new BitSet(), r -> assertNull(out.put(r.id(), r)));
        assertEquals(48, out.size());
        assertTrue(stats.abandoned() >= TournamentRunner.MAX_HANGS
                && stats.abandoned() <= TournamentRunner.MAX_HANGS + 1, "abandoned " + stats.abandoned());
        int skipped = 0;
        int overBudget = 0;
        for (SessionRecord r : out.values()) {
            if (!r.agents().contains("test-spinner")) {
                assertNull(r.error());
                assertEquals(key(runner.runOne(r.id())), key(r));
                continue;
            }
            assertEquals("test-spinner", r.errorAgent(), r.error());
            skipped += r.error().startsWith("skipped: agent test-spinner") ? 1 : 0;
            overBudget += r.error().contains("exceeded its time budget of 0.200 s in chooseAction") ? 1 : 0;
        }
        assertEquals(stats.abandoned(), overBudget);
        assertEquals(32 - stats.abandoned(), skipped);
        assertEquals(32, stats.errors());
    }

    @Test
    void aFailingSinkStopsTheRunWithItsException() {
        TournamentRunner runner = runner(settings(List.of("boulware", "conceder"), 5), SCENARIOS);
        AtomicInteger n = new AtomicInteger();
        UncheckedIOException boom = new UncheckedIOException(new java.io.IOException("disk full"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> runner.run(2, new BitSet(), r -> {
            if (n.incrementAndGet() == 5) {
                throw boom;
            }
        }));
        assertSame(boom, e);
        assertTrue(n.get() < runner.plan().size());
    }

    /**
     * Agents on a scripted clock: {@code slow} is boulware spending {@code step} of the clock in every
     * chooseAction; {@code slow-maker} is boulware whose factory spends {@code make}.
     */
    private static AgentRegistry onClock(AtomicLong now, long step, long make) {
        AgentRegistry builtIns = AgentRegistry.builtIns();
        return builtIns.with(List.of(new AgentProvider() {
            @Override
            public List<String> names() {
                return List.of("slow", "slow-maker");
            }

            @Override
            public String description(String name) {
                return "boulware on a scripted clock";
            }

            @Override
            public AgentFactory factory(AgentSpec spec) {
                AgentFactory boulware = builtIns.factory("boulware");
                if (spec.name().equals("slow-maker")) {
                    return () -> {
                        now.addAndGet(make);
                        return boulware.create();
                    };
                }
                return () -> new Agent() {
                    final Agent inner = boulware.create();

                    @Override
                    public void init(AgentSettings s) {
                        inner.init(s);
                    }

                    @Override
                    public void receive(Action a, Timeline t) {
                        inner.receive(a, t);
                    }

                    @Override
                    public Action chooseAction(Timeline t) {
                        now.addAndGet(step);
                        return inner.chooseAction(t);
                    }

                    @Override
                    public String name() {
                        return "slow";
                    }
                };
            }
        }));
    }

    @Test
    void theRunsTimingReadsTheSessionFactorysClock() throws InterruptedException {
        AtomicLong now = new AtomicLong(1);
        SessionFactory sessions = SessionFactory.standard().withClock(now::get);
        TournamentRunner runner = new TournamentRunner(settings(List.of("slow", "conceder"), 5), SCENARIOS,
                onClock(now, 1_000_000_000L, 0), sessions);
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        // one worker: the scripted clock is shared, and another session's turns would count in this one's calls
        TournamentRunner.Stats stats = runner.run(1, new BitSet(), r -> out.put(r.id(), r));
        assertEquals(runner.plan().size(), out.size());
        long turns = 0;
        for (SessionRecord r : out.values()) {
            assertNull(r.error());
            int seat = r.agents().indexOf("slow");
            long mine = (r.actions() + (seat == 0 ? 1 : 0)) / 2; // seat 0 moves first
            assertEquals(mine, r.runSeconds(), 0.0, "session " + r.id() + ": one clock second per turn of slow");
            turns += mine;
        }
        assertTrue(turns > 0);
        assertEquals(turns, stats.seconds(), 0.0, "the run's seconds are the clock's");
    }

    @Test
    void makingAnAgentCountsAgainstTheCallBudgetOnTheSessionFactorysClock() {
        AtomicLong now = new AtomicLong(1);
        SessionFactory sessions = SessionFactory.standard().withClock(now::get);
        TournamentRunner runner = new TournamentRunner(settings(List.of("slow-maker", "conceder"), 5), SCENARIOS,
                onClock(now, 0, 6_000_000_000L), sessions);
        TournamentRunner fast = new TournamentRunner(settings(List.of("slow-maker", "conceder"), 5), SCENARIOS,
                onClock(now, 0, 4_000_000_000L), sessions);
        for (int id = 0; id < runner.plan().size(); id++) {
            SessionRecord r = runner.runOne(id);
            assertEquals("error", r.endedBy());
            assertEquals("slow-maker", r.errorAgent());
            int seat = r.agents().indexOf("slow-maker");
            assertEquals("agent slow-maker (party " + (seat + 1) + ") took longer than the call budget of 5.0 s to "
                    + "be created", r.error());
            assertEquals(1, r.round());
            assertEquals(0.0, r.time());
            assertNull(fast.runOne(id).error(), "4 s of a 5 s budget is within it");
        }
    }
}
