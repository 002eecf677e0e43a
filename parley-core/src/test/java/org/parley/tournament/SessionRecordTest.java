package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Session records and planned sessions are values: nothing they were built from or hand out changes them. */
class SessionRecordTest {

    @Test
    void aRecordKeepsItsOwnArraysListsAndAgreement() {
        double[] u = {0.8, 0.4};
        double[] du = {0.7, 0.3};
        List<String> agents = new ArrayList<>(List.of("a", "b"));
        Map<String, String> deal = new LinkedHashMap<>(Map.of("Price", "low"));
        SessionRecord r = new SessionRecord(3, "s", 0, 3, agents, List.of("p1", "p2"), "180rounds", "agreement",
                deal, 10, 0.5, 19, u, du, 1.2, 0, Double.NaN, new org.parley.protocol.GeniusCsv.Analysis(0, 0, 0,
                false), null, null, 0.001);
        u[0] = 0;
        du[0] = 0;
        agents.set(0, "x");
        deal.put("Price", "high");
        r.utilities()[1] = 0;
        r.discountedUtilities()[1] = 0;
        assertArrayEquals(new double[] {0.8, 0.4}, r.utilities());
        assertArrayEquals(new double[] {0.7, 0.3}, r.discountedUtilities());
        assertEquals(0.4, r.utility(1));
        assertEquals(List.of("a", "b"), r.agents());
        assertEquals(Map.of("Price", "low"), r.agreement());
        assertThrows(UnsupportedOperationException.class, () -> r.agreement().put("Price", "high"));
        assertThrows(UnsupportedOperationException.class, () -> r.agents().set(0, "x"));
    }

    @Test
    void recordsAreEqualByContent() {
        SessionRecord a = TournamentSummaryTest.record(1, List.of("a", "b"), new double[] {0.8, 0.4},
                new double[] {0.8, 0.4}, true, 0.1, Double.NaN, null);
        SessionRecord b = TournamentSummaryTest.record(1, List.of("a", "b"), new double[] {0.8, 0.4},
                new double[] {0.8, 0.4}, true, 0.1, Double.NaN, null);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, TournamentSummaryTest.record(1, List.of("a", "b"), new double[] {0.8, 0.5},
                new double[] {0.8, 0.4}, true, 0.1, Double.NaN, null));
    }

    @Test
    void aPlannedSessionKeepsItsOwnArrays() {
        int[] agents = {0, 1};
        int[] profiles = {1, 0};
        PlannedSession p = new PlannedSession(4, 0, agents, profiles, 1, 2, 99);
        agents[0] = 7;
        p.profiles()[0] = 7;
        assertArrayEquals(new int[] {0, 1}, p.agents());
        assertArrayEquals(new int[] {1, 0}, p.profiles());
        assertEquals(new PlannedSession(4, 0, new int[] {0, 1}, new int[] {1, 0}, 1, 2, 99), p);
        assertNotEquals(new PlannedSession(4, 0, new int[] {1, 0}, new int[] {1, 0}, 1, 2, 99), p);
    }
}
