package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentRegistry;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;

/** A fault in parley's own code is an internal error: counted apart, blamed on no agent, the rest unaffected. */
class InternalErrorTest {

    private static final List<Scenario> SCENARIOS = List.of(TournamentPlanTest.scenario("s1", 2, 11),
            TournamentPlanTest.scenario("s2", 2, 12));

    private static TournamentSettings settings() {
        return new TournamentSettings(7, Deadline.rounds(40), 2, TournamentSettings.Roles.ALL, 2,
                false, 5, List.of(Entrant.of("boulware"), Entrant.of("conceder"), Entrant.of("random")));
    }

    @Test
    void injectedFaultsAreInternalErrorsNotAgentErrors() throws InterruptedException {
        TournamentRunner clean = new TournamentRunner(settings(), SCENARIOS);
        Map<Integer, SessionRecord> expected = new ConcurrentHashMap<>();
        clean.run(2, new BitSet(), r -> expected.put(r.id(), r));
        assertEquals(clean.plan().size(), expected.size());
        // choose the faulty sessions by seed: every third session crashes, every fifth gets a malformed result
        BitSet crashIds = new BitSet();
        BitSet badIds = new BitSet();
        for (int id = 0; id < clean.plan().size(); id++) {
            if (id % 3 == 0) {
                crashIds.set(id);
            } else if (id % 5 == 0) {
                badIds.set(id);
            }
        }
        Set<Long> crashSeeds = seeds(clean, crashIds);
        Set<Long> badSeeds = seeds(clean, badIds);
        SessionFactory faulty = new SessionFactory(new FaultyProtocol(crashSeeds::contains, badSeeds::contains),
                System::nanoTime);
        TournamentRunner runner = new TournamentRunner(settings(), SCENARIOS, AgentRegistry.builtIns(), faulty);
        Map<Integer, SessionRecord> got = new ConcurrentHashMap<>();
        TournamentRunner.Stats stats = runner.run(2, new BitSet(), r -> assertNull(got.put(r.id(), r)));
        assertEquals(clean.plan().size(), got.size());
        assertEquals(crashIds.cardinality() + badIds.cardinality(), stats.internalErrors());
        assertEquals(0, stats.errors(), "no agent is blamed");
        TournamentSummary summary = new TournamentSummary();
        for (SessionRecord r : got.values()) {
            summary.add(r);
            if (crashIds.get(r.id()) || badIds.get(r.id())) {
                assertEquals("internal_error", r.endedBy(), r.error());
                assertTrue(r.isInternalError());
                assertNull(r.errorAgent());
                assertNull(r.agreement());
                // a crash names the exception; a malformed result fails while its record is analysed
                String cause = crashIds.get(r.id())
                        ? "internal error: IllegalStateException: injected fault in session " + r.seed()
                        : "internal error: ";
                assertTrue(r.error().startsWith(cause), r.error());
            } else {
                assertEquals(TournamentRunnerTest.key(expected.get(r.id())), TournamentRunnerTest.key(r));
            }
            // the JIT may drop a hot exception's message (OmitStackTraceInFastThrow): compare up to the class name
            assertEquals(withoutDetail(TournamentRunnerTest.key(runner.runOne(r.id()))),
                    withoutDetail(TournamentRunnerTest.key(r)));
        }
        assertEquals(stats.internalErrors(), summary.internalErrors());
        assertEquals(0, summary.errors());
        int seats = 0;
        for (TournamentSummary.AgentRow row : summary.rows()) {
            assertEquals(0, row.errors(), row.agent());
            seats += row.n();
        }
        assertEquals(2 * (clean.plan().size() - stats.internalErrors()), seats, "internal errors count for no agent");
    }

    private static Set<Long> seeds(TournamentRunner runner, BitSet ids) {
        Set<Long> out = new HashSet<>();
        ids.stream().forEach(id -> out.add(runner.plan().session(id).seed()));
        return out;
    }

    /** A record key with any exception message after "internal error: Class" removed. */
    private static String withoutDetail(String key) {
        return key.replaceAll("(internal error: [A-Za-z.]+)(: [^\\n]*?)?(null|$)", "$1$3");
    }
}
