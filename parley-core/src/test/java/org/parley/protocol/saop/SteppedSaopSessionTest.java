package org.parley.protocol.saop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentRegistry;
import org.parley.preference.Scenario;
import org.parley.preference.SyntheticScenarios;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentBatch;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.InJvmBatchedAgent;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SteppedSession;
import org.parley.protocol.Timeline;

/**
 * The stepped SAOP session plays exactly as the plain one: the same agents on the same seeded random scenarios give
 * the same result, field for field (but run time), whether no seat, some or every seat waits in a batch; it waits
 * exactly once per request of a batched agent; faults are the same faults.
 */
class SteppedSaopSessionTest {

    private static final AgentRegistry AGENTS = AgentRegistry.builtIns();
    private static final SessionFactory SESSIONS = SessionFactory.standard();
    private static final List<String> SPECS = List.of("boulware", "conceder", "linear", "hardliner", "tit-for-tat",
            "random", "micro", "agentk", "hardheaded", "atlas3", "cuhkagent", "ponpoko");

    static void assertSameResult(SessionResult expected, SessionResult actual, String msg) {
        assertEquals(expected.endedBy(), actual.endedBy(), msg);
        assertArrayEquals(expected.agreement(), actual.agreement(), msg);
        assertEquals(expected.round(), actual.round(), msg);
        assertEquals(expected.time(), actual.time(), 0.0, msg);
        assertEquals(expected.actions(), actual.actions(), msg);
        assertArrayEquals(expected.utilities(), actual.utilities(), 0.0, msg);
        assertArrayEquals(expected.discountedUtilities(), actual.discountedUtilities(), 0.0, msg);
        assertEquals(expected.error(), actual.error(), msg);
        assertEquals(expected.errorParty(), actual.errorParty(), msg);
        assertEquals(expected.agentNames(), actual.agentNames(), msg);
        assertEquals(expected.trace(), actual.trace(), msg);
    }

    private static SessionSpec spec(Scenario s, List<AgentFactory> agents, long seed, int rounds, RunContext ctx) {
        return SESSIONS.spec().profiles(s.profiles()).agents(agents).deadline(Deadline.rounds(rounds)).seed(seed)
                .keepTrace(true).context(ctx).build();
    }

    /** Steps the session as a driver does: step, and complete the batch while it waits; returns the waits. */
    private static int drive(SteppedSession s, AgentBatch batch) {
        int waits = 0;
        while (!s.step()) {
            waits++;
            batch.complete();
        }
        return waits;
    }

    @Test
    void playsAsThePlainSessionWithAnySeatsBatched() {
        long seed = new Random().nextLong();
        Random rng = new Random(seed);
        try (RunContext ctx = new RunContext()) {
            for (int i = 0; i < 60; i++) {
                int parties = rng.nextInt(4) == 0 ? 3 : 2;
                Scenario s = SyntheticScenarios.randomAdditive(1 + rng.nextInt(4), 2 + rng.nextInt(5), parties,
                        rng.nextDouble() * 0.4, rng.nextLong());
                List<AgentFactory> plain = new ArrayList<>();
                List<AgentFactory> mixed = new ArrayList<>();
                int batchedSeats = 0;
                for (int j = 0; j < parties; j++) {
                    AgentFactory f = AGENTS.factory(SPECS.get(rng.nextInt(SPECS.size())));
                    plain.add(f);
                    boolean batched = rng.nextBoolean();
                    batchedSeats += batched ? 1 : 0;
                    mixed.add(batched ? InJvmBatchedAgent.factory(f, true) : f);
                }
                long sessionSeed = rng.nextLong();
                int rounds = 1 + rng.nextInt(60);
                String msg = "case " + i + ", seed " + seed;
                SessionResult expected = SESSIONS.run(spec(s, plain, sessionSeed, rounds, ctx));
                try (AgentBatch batch = new AgentBatch()) {
                    SteppedSession alone = SESSIONS.createStepped(spec(s, plain, sessionSeed, rounds, ctx), batch);
                    assertEquals(0, drive(alone, batch), "no batched seat, no wait: " + msg);
                    assertSameResult(expected, alone.result(), msg);
                    SteppedSession stepped = SESSIONS.createStepped(spec(s, mixed, sessionSeed, rounds, ctx), batch);
                    int waits = drive(stepped, batch);
                    SessionResult r = stepped.result();
                    assertSameResult(expected, r, msg);
                    // one wait per batched seat's init and per turn it took
                    int turns = 0;
                    for (var a : r.trace()) {
                        turns += a.action().party() < parties && mixedSeat(mixed, a.action().party()) ? 1 : 0;
                    }
                    if (r.error() == null && r.endedBy() != SessionResult.End.DEADLINE) {
                        assertEquals(batchedSeats + turns, waits, msg);
                    }
                }
            }
        }
    }

    private static boolean mixedSeat(List<AgentFactory> seats, int party) {
        return seats.get(party).batched();
    }

    @Test
    void anAgentThatCannotWaitIsCalledDirectly() {
        Scenario s = SyntheticScenarios.randomAdditive(3, 4, 2, 0.1, 17);
        try (RunContext ctx = new RunContext(); AgentBatch batch = new AgentBatch()) {
            List<AgentFactory> plain = List.of(AGENTS.factory("boulware"), AGENTS.factory("conceder"));
            List<AgentFactory> declining = List.of(InJvmBatchedAgent.factory(plain.get(0), false), plain.get(1));
            SessionResult expected = SESSIONS.run(spec(s, plain, 3, 100, ctx));
            SteppedSession stepped = SESSIONS.createStepped(spec(s, declining, 3, 100, ctx), batch);
            assertEquals(0, drive(stepped, batch));
            assertSameResult(expected, stepped.result(), "declined to wait");
        }
    }

    /** A plain agent that throws on its third turn. */
    private static final class Throwing implements Agent {
        private final Agent inner;
        private int turns;

        Throwing(Agent inner) {
            this.inner = inner;
        }

        @Override
        public void init(org.parley.protocol.AgentSettings settings) {
            inner.init(settings);
        }

        @Override
        public void receive(Action action, Timeline timeline) {
            inner.receive(action, timeline);
        }

        @Override
        public Action chooseAction(Timeline timeline) {
            if (++turns == 3) {
                throw new IllegalStateException("third turn");
            }
            return inner.chooseAction(timeline);
        }

        @Override
        public String name() {
            return "thrower";
        }
    }

    @Test
    void aBatchedAgentsFaultIsTheSameFault() {
        Scenario s = SyntheticScenarios.randomAdditive(3, 4, 2, 0.1, 5);
        AgentFactory thrower = () -> new Throwing(AGENTS.factory("boulware").create());
        try (RunContext ctx = new RunContext(); AgentBatch batch = new AgentBatch()) {
            SessionResult expected = SESSIONS.run(spec(s, List.of(AGENTS.factory("hardliner"), thrower), 9, 100,
                    ctx));
            assertEquals("agent thrower (party 2) threw IllegalStateException: third turn in chooseAction",
                    expected.error());
            List<InJvmBatchedAgent> made = new ArrayList<>();
            AgentFactory batched = () -> {
                InJvmBatchedAgent a = new InJvmBatchedAgent(thrower.create(), true);
                made.add(a);
                return a;
            };
            SteppedSession stepped = SESSIONS.createStepped(spec(s, List.of(AGENTS.factory("hardliner"), batched), 9,
                    100, ctx), batch);
            drive(stepped, batch);
            assertSameResult(expected, stepped.result(), "a fault in a batched call");
            assertTrue(made.get(0).closed, "the external agent is closed at the end");
        }
    }

    @Test
    void aSessionGivenUpClosesItsAgentsAndOneThatEndedStepsNoMore() {
        Scenario s = SyntheticScenarios.randomAdditive(3, 4, 2, 0.1, 5);
        List<InJvmBatchedAgent> made = new ArrayList<>();
        AgentFactory batched = () -> {
            InJvmBatchedAgent a = new InJvmBatchedAgent(AGENTS.factory("boulware").create(), true);
            made.add(a);
            return a;
        };
        try (RunContext ctx = new RunContext(); AgentBatch batch = new AgentBatch()) {
            SteppedSession s1 = SESSIONS.createStepped(spec(s, List.of(batched, AGENTS.factory("conceder")), 1, 50,
                    ctx), batch);
            assertFalse(s1.step(), "waits for init");
            assertThrows(IllegalStateException.class, s1::result);
            s1.close();
            assertTrue(made.get(0).closed);
            SteppedSession s2 = SESSIONS.createStepped(spec(s, List.of(AGENTS.factory("boulware"),
                    AGENTS.factory("conceder")), 1, 50, ctx), batch);
            assertTrue(s2.step(), "no batched agent: to the end in one step");
            assertThrows(IllegalStateException.class, s2::step);
        }
    }

    @Test
    void completingACallBeforeItsBatchFailsThatCall() {
        Scenario s = SyntheticScenarios.randomAdditive(2, 3, 2, 0.0, 2);
        List<InJvmBatchedAgent> made = new ArrayList<>();
        AgentFactory batched = () -> {
            InJvmBatchedAgent a = new InJvmBatchedAgent(AGENTS.factory("boulware").create(), true);
            made.add(a);
            return a;
        };
        try (RunContext ctx = new RunContext(); AgentBatch batch = new AgentBatch()) {
            SteppedSession stepped = SESSIONS.createStepped(spec(s, List.of(batched, AGENTS.factory("conceder")), 1,
                    50, ctx), batch);
            assertFalse(stepped.step());
            // stepping again without completing the batch: the agent has no answer yet
            SessionResult r = stepped.step() ? stepped.result() : null;
            assertEquals(SessionResult.End.ERROR, r.endedBy());
            assertTrue(r.error().contains("a call was completed before its batch"), r.error());
            assertTrue(made.get(0).closed);
        }
    }

    @Test
    void runStepsTheSessionAlone() {
        Scenario s = SyntheticScenarios.randomAdditive(3, 4, 2, 0.1, 8);
        List<AgentFactory> plain = List.of(AGENTS.factory("boulware"), AGENTS.factory("conceder"));
        try (RunContext ctx = new RunContext(); AgentBatch batch = new AgentBatch()) {
            SessionResult expected = SESSIONS.run(spec(s, plain, 4, 180, ctx));
            SteppedSession stepped = SESSIONS.createStepped(spec(s, List.of(InJvmBatchedAgent.factory(plain.get(0),
                    true), InJvmBatchedAgent.factory(plain.get(1), true)), 4, 180, ctx), batch);
            assertSameResult(expected, stepped.run(), "run()");
            assertThrows(IllegalStateException.class, stepped::run);
            assertTrue(batch.channel(InJvmBatchedAgent.Channel.class, InJvmBatchedAgent.Channel::new).rounds > 2);
        }
    }
}
