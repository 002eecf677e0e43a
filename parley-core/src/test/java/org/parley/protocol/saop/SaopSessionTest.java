package org.parley.protocol.saop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.InternalFault;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

class SaopSessionTest {

    /** One issue {a, b, c}; party j scores value v as table[j][v] / max. */
    static List<Profile> profiles(double reservation, double discount, double[]... tables) {
        Domain domain = new Domain("abc", List.of(new DiscreteIssue("x", List.of("a", "b", "c"))));
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < tables.length; j++) {
            Map<String, Double> ev = new LinkedHashMap<>();
            ev.put("a", tables[j][0]);
            ev.put("b", tables[j][1]);
            ev.put("c", tables[j][2]);
            List<Evaluator> evs = List.of(new DiscreteEvaluator(ev, true));
            out.add(new Profile("p" + j, new AdditiveUtility(domain, new double[] {1.0}, evs), reservation, discount));
        }
        return out;
    }

    static SessionResult run(List<Profile> profiles, Deadline deadline, Agent... agents) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).instances(List.of(agents))
                .deadline(deadline).keepTrace(true).build());
    }

    @Test
    void twoPartiesAgreeWhenTheOtherAcceptsAndTimeIsRoundOverRPlusOne() {
        List<Profile> p = profiles(0.0, 0.5, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        ScriptedAgent a = ScriptedAgent.offering("A", 1);
        ScriptedAgent b = ScriptedAgent.acceptingFrom("B", 3);
        SessionResult r = run(p, Deadline.rounds(9), a, b);
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertArrayEquals(new int[] {1}, r.agreement());
        assertEquals(3, r.round());
        assertEquals(3.0 / 10, r.time(), 0.0);
        assertEquals(6, r.actions());
        assertEquals(0.5, r.utilities()[0], 1e-12);
        assertEquals(0.5 * Math.pow(0.5, 0.3), r.discountedUtilities()[0], 1e-12);
        assertArrayEquals(new int[] {1}, a.endedWith);
        assertEquals(3, a.received.size(), "A hears B's two offers and the accept");
        assertEquals(6, r.trace().size());
        assertEquals(0.1, r.trace().get(0).time(), 0.0);
    }

    @Test
    void threePartiesNeedBothOthersToAcceptConsecutively() {
        List<Profile> p = profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10},
                new double[] {5, 10, 1});
        ScriptedAgent a = ScriptedAgent.offering("A", 2);
        ScriptedAgent b = ScriptedAgent.acceptingFrom("B", 1);
        // C offers in round 1, then accepts: round 1 = A offer, B accept, C offer; round 2 = A offer (new), B accept,
        // C accept -> agreement on A's offer in round 2
        ScriptedAgent[] c = new ScriptedAgent[1];
        c[0] = new ScriptedAgent("C", (s, t) -> t.round() == 1 ? new Offer(s.party(), new int[] {0})
                : new Accept(s.party(), c[0].lastOffer()));
        SessionResult r = run(p, Deadline.rounds(5), a, b, c[0]);
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(2, r.round());
        assertArrayEquals(new int[] {2}, r.agreement());
        assertEquals(6, r.actions());
    }

    @Test
    void deadlineWithoutAgreementGivesDiscountedReservationAtTimeOne() {
        List<Profile> p = profiles(0.4, 0.5, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        SessionResult r = run(p, Deadline.rounds(4), ScriptedAgent.offering("A", 0), ScriptedAgent.offering("B", 2));
        assertEquals(SessionResult.End.DEADLINE, r.endedBy());
        assertNull(r.agreement());
        assertEquals(8, r.actions());
        assertEquals(4, r.round());
        assertEquals(0.4, r.utilities()[1], 0.0);
        assertEquals(0.2, r.discountedUtilities()[1], 1e-12);
    }

    @Test
    void endNegotiationEndsAtOnce() {
        List<Profile> p = profiles(0.3, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        SessionResult r = run(p, Deadline.rounds(10), ScriptedAgent.offering("A", 0),
                new ScriptedAgent("B", (s, t) -> new EndNegotiation(s.party())));
        assertEquals(SessionResult.End.END_NEGOTIATION, r.endedBy());
        assertEquals(2, r.actions());
        assertEquals(0.3, r.utilities()[0], 0.0);
    }

    @Test
    void illegalActionsEndTheSessionWithAnErrorNamingTheAgent() {
        List<Profile> p = profiles(0.25, 0.5, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        Map<String, Agent> culprits = new LinkedHashMap<>();
        culprits.put("accepted before any offer", new ScriptedAgent("Eager", (s, t) -> new Accept(s.party(),
                new int[] {0})));
        culprits.put("which is not the latest offer", new ScriptedAgent("Eager", (s, t) -> new Accept(s.party(),
                new int[] {2})));
        culprits.put("threw IllegalStateException: boom", new ScriptedAgent("Eager", (s, t) -> {
            throw new IllegalStateException("boom");
        }));
        culprits.put("returned no action", new ScriptedAgent("Eager", (s, t) -> null));
        culprits.put("offered an invalid outcome", new ScriptedAgent("Eager", (s, t) -> new Offer(s.party(),
                new int[] {7})));
        culprits.put("in the name of party", new ScriptedAgent("Eager", (s, t) -> new EndNegotiation(0)));
        for (Map.Entry<String, Agent> e : culprits.entrySet()) {
            boolean first = e.getKey().equals("accepted before any offer");
            Agent other = ScriptedAgent.offering("Other", 0);
            SessionResult r = first ? run(p, Deadline.rounds(5), e.getValue(), other)
                    : run(p, Deadline.rounds(5), other, e.getValue());
            assertEquals(SessionResult.End.ERROR, r.endedBy(), e.getKey());
            assertTrue(r.error().contains("Eager") && r.error().contains(e.getKey()), r.error());
            assertEquals(first ? 0 : 1, r.errorParty(), e.getKey());
            assertEquals(0.25, r.utilities()[0], 0.0);
            assertEquals(0.25, r.discountedUtilities()[0], 0.0, "errors log undiscounted reservation values");
        }
    }

    @Test
    void anActionInAnotherPartysNameNamesBothPartiesFrom1AndTheIndexTheAgentGave() {
        List<Profile> p = profiles(0.25, 0.5, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        SessionResult r = run(p, Deadline.rounds(5), ScriptedAgent.offering("Other", 0),
                new ScriptedAgent("Eager", (s, t) -> new Accept(0, new int[] {0})));
        assertEquals(SessionResult.End.ERROR, r.endedBy());
        assertTrue(r.error().endsWith("(party 2) acted in the name of party 1 (index 0); it is party 2 (index 1)"),
                r.error());
    }

    @Test
    void aCallOverItsBudgetIsAnError() {
        List<Profile> p = profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        AtomicLong now = new AtomicLong();
        ScriptedAgent slow = new ScriptedAgent("Slow", (s, t) -> {
            now.addAndGet(2_000_000_000L);
            return new Offer(s.party(), new int[] {1});
        });
        SessionResult r = SessionFactory.standard().run(SessionSpec.builder().profiles(p)
                .instances(List.of(ScriptedAgent.offering("A", 0), slow)).deadline(Deadline.rounds(5))
                .callBudgetNanos(1_000_000_000L).clock(now::get).build());
        assertEquals(SessionResult.End.ERROR, r.endedBy());
        assertEquals(1, r.errorParty());
        assertTrue(r.error().contains("Slow") && r.error().contains("time budget"), r.error());
    }

    @Test
    void timeDeadlineUsesTheClock() {
        List<Profile> p = profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        AtomicLong now = new AtomicLong();
        ScriptedAgent ticking = new ScriptedAgent("T", (s, t) -> {
            now.addAndGet(100_000_000L);
            return new Offer(s.party(), new int[] {0});
        });
        SessionResult r = SessionFactory.standard().run(SessionSpec.builder().profiles(p)
                .instances(List.of(ticking, ScriptedAgent.offering("B", 2))).deadline(Deadline.seconds(1))
                .clock(now::get).build());
        assertEquals(SessionResult.End.DEADLINE, r.endedBy());
        assertEquals(1.0, r.time(), 0.0);
        // A spends 0.1 s per turn; before B's 10th turn 1.0 s have passed, so the deadline ends the session there
        assertEquals(19, r.actions());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard only: a regression would wait forever
    void anAgentThatNeverReturnsIsAbandonedNotStopped() throws InterruptedException {
        List<Profile> p = profiles(0.1, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        // a scripted clock (not at 0: the session reads a call start of 0 as "no call in progress"); only the stuck
        // agent moves it, so the overrun is the same on a busy machine as on an idle one
        AtomicLong now = new AtomicLong(1_000_000_000L);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedAgent stuck = new ScriptedAgent("Stuck", (s, t) -> {
            now.addAndGet(250_000_000L);
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            interrupted.countDown();
            return new Offer(s.party(), new int[] {0});
        });
        SessionSpec spec = SessionSpec.builder().profiles(p).instances(List.of(ScriptedAgent.offering("A", 0), stuck))
                .deadline(Deadline.rounds(5)).callBudgetNanos(100_000_000L).clock(now::get).build();
        SessionResult r = SessionFactory.standard().runIsolated(spec);
        assertEquals(SessionResult.End.ERROR, r.endedBy());
        assertEquals(1, r.errorParty());
        assertEquals("agent Stuck (party 2) exceeded its time budget of 0.100 s in chooseAction (0.250 s)", r.error());
        // the runner returned while the agent was still inside its call, then interrupted its thread (never stopped it)
        interrupted.await();
    }

    @Test
    void agentsSeeOnlyTheirOwnProfile() {
        List<Profile> p = profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        ScriptedAgent a = ScriptedAgent.offering("A", 0);
        ScriptedAgent b = ScriptedAgent.acceptingFrom("B", 1);
        run(p, Deadline.rounds(3), a, b);
        assertTrue(a.settings.profile() == p.get(0) && b.settings.profile() == p.get(1));
        assertEquals(2, a.settings.partyCount());
        assertTrue(a.settings.seed() != b.settings.seed());
    }

    /** A clock that fails from its {@code n}-th reading on: a fault of the session's own machinery. */
    static LongSupplier breaksAfter(int n) {
        AtomicInteger readings = new AtomicInteger();
        return () -> {
            if (readings.incrementAndGet() >= n) {
                throw new IllegalStateException("clock broke");
            }
            return 1;
        };
    }

    @Test
    void aFaultOfTheSessionItselfIsThrownNotBlamedOnAnAgent() {
        List<Profile> p = profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        for (int n = 1; n < 12; n++) {
            SessionSpec spec = SessionSpec.builder().profiles(p).instances(List.of(ScriptedAgent.offering("A", 0),
                    ScriptedAgent.acceptingFrom("B", 3))).deadline(Deadline.rounds(5)).clock(breaksAfter(n)).build();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> SessionFactory.standard().run(spec), "breaks at reading " + n);
            assertEquals("clock broke", e.getMessage());
            SessionSpec again = SessionSpec.builder().profiles(p).instances(List.of(ScriptedAgent.offering("A", 0),
                    ScriptedAgent.acceptingFrom("B", 3))).deadline(Deadline.rounds(5)).clock(breaksAfter(n)).build();
            InternalFault f = assertThrows(InternalFault.class, () -> SessionFactory.standard().runIsolated(again));
            assertEquals("internal error: IllegalStateException: clock broke", f.getMessage());
            assertEquals(e.getClass(), f.getCause().getClass());
        }
    }
}
