package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;

class SortedOutcomesTest {

    // outcome i has utility u[i]; sorted positions: 1.0, 0.8, 0.6, 0.4, 0.2
    private final Profile profile = TestProfiles.oneIssue("p", 0, 0.4, 1.0, 0.2, 0.8, 0.6);
    private final SortedOutcomes sorted = SortedOutcomes.sort(profile);

    @Test
    void sortsBestFirstAndIsSharedPerProfileWithinARun() {
        assertEquals(5, sorted.size());
        assertEquals(1.0, sorted.maxUtility());
        assertEquals(0.2, sorted.minUtility());
        assertEquals(1, sorted.outcomeIndex(0));
        assertEquals(0.6, sorted.utility(2));
        assertEquals(4, sorted.outcome(2)[0]);
        RunContext run = new RunContext();
        AgentSettings a = new AgentSettings(0, 2, profile, Deadline.rounds(10), "SAOP", 1, run);
        AgentSettings b = new AgentSettings(1, 2, profile, Deadline.rounds(10), "SAOP", 2, run);
        SortedOutcomes shared = SortedOutcomes.of(a);
        assertSame(shared, SortedOutcomes.of(b));
        assertNotSame(shared, SortedOutcomes.of(new AgentSettings(0, 2, profile, Deadline.rounds(10), "SAOP", 1)),
                "another run builds its own");
        assertEquals(sorted.outcomeIndex(4), shared.outcomeIndex(4));
        SortedOutcomes genius = SortedOutcomes.geniusOrder(a);
        assertSame(genius, SortedOutcomes.of(b, true), "GENIUS's order is shared under its own key");
        assertNotSame(shared, genius);
        assertSame(shared, SortedOutcomes.of(b, false));
    }

    @Test
    void nearestPicksTheCloserNeighbourAndTheHigherOnATie() {
        assertEquals(2, sorted.nearest(0.59));
        assertEquals(2, sorted.nearest(0.61));
        assertEquals(1, sorted.nearest(0.75));
        // binary fractions: 0.625 lies exactly half-way between 0.75 and 0.5
        SortedOutcomes exact = SortedOutcomes.sort(TestProfiles.oneIssue("q", 0, 0.5, 0.25, 1.0, 0.75, 0.75));
        assertEquals(1, exact.nearest(0.625));
        assertEquals(1, exact.nearest(0.75));
        assertEquals(3, exact.outcomeIndex(1));
        assertEquals(4, exact.outcomeIndex(2));
        assertEquals(0, sorted.nearest(1.5));
        assertEquals(4, sorted.nearest(-1));
    }

    @Test
    void geniusOrdersEqualUtilitiesByTheSignedHashOfTheWrappedBid() {
        // values best (1.0), b, Oat, a (0.5 each). Key of a bid with hash h at utility 0.5, time tag -1:
        // 31·(31·(31 + h) + 1071644672) + (-1074790400) = 961·h + 2081453151 (mod 2^32). "a" = 97 and "b" = 98 give
        // 2081546368 and 2081547329; "Oat" = 79042 gives 961·79042 + 2081453151 = 2157412513, past 2^31 - 1, so
        // it wraps to -2137554783 and comes first. parley's order is by index: b, Oat, a.
        Profile p = TestProfiles.oneIssue("h", List.of("best", "b", "Oat", "a", "low"), 0, 1.0, 0.5, 0.5, 0.5, 0.2);
        SortedOutcomes parley = SortedOutcomes.sort(p);
        SortedOutcomes genius = SortedOutcomes.sortGenius(p);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, positions(parley));
        assertArrayEquals(new int[] {0, 2, 3, 1, 4}, positions(genius));
        assertEquals(-2137554783, GeniusHashes.details("Oat".hashCode(), 0.5, -1.0));
        assertFalse(parley.isGeniusOrder());
        assertTrue(genius.isGeniusOrder());
        // the nearest utility is the same. Target 0.6: the level below (0.5) is nearer than 1.0, and GENIUS's search
        // steps from the last outcome above the target to the next, the first 0.5 of its order (Oat); parley takes
        // the first 0.5 of its order (b)
        assertEquals(1, parley.nearest(0.6));
        assertEquals(1, genius.nearest(0.6));
        assertEquals(2, genius.outcomeIndex(genius.nearest(0.6)));
        assertEquals(1, parley.outcomeIndex(parley.nearest(0.6)));
        // target 0.4: the level above (0.5) is nearer than 0.2, and GENIUS's search keeps the last outcome above
        // the target, the last 0.5 of its order (b); parley takes the first of its order (also b)
        assertEquals(3, genius.nearest(0.4));
        assertEquals(1, genius.outcomeIndex(3));
        assertEquals(1, parley.nearest(0.4));
        // exactly on a level: the first of it in both orders; above the best or below the worst: the ends
        assertEquals(1, genius.nearest(0.5));
        assertEquals(0, genius.nearest(1.5));
        assertEquals(4, genius.nearest(-1));
    }

    @Test
    void geniusOrderMatchesAStableSortOfGeniussEnumerationOnEveryTie() {
        // two issues scored alike, so (i, j) and (j, i) tie in utility and in bid hash: GENIUS's enumeration order
        // (first issue fastest) decides between them; a third issue with labels of other lengths mixes the hashes
        Domain d = new Domain("ties", List.of(new DiscreteIssue("x", List.of("v0", "v1", "v2", "v3")),
                new DiscreteIssue("y", List.of("v0", "v1", "v2", "v3")),
                new DiscreteIssue("z", List.of("Oat", "milk", "a"))));
        Map<String, Double> up = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            up.put("v" + i, (double) i);
        }
        Map<String, Double> z = Map.of("Oat", 1.0, "milk", 1.0, "a", 0.0);
        Profile p = new Profile("t", new AdditiveUtility(d, new double[] {0.25, 0.25, 0.5},
                List.of(new DiscreteEvaluator(up, true), new DiscreteEvaluator(up, true), new DiscreteEvaluator(z,
                        true))), 0, 1);
        // brute force, as GENIUS builds it: enumerate (first issue fastest), Collections.sort (stable) by utility
        // descending, then Objects.hash(bid hash, utility, -1.0) ascending
        record Wrapped(int[] outcome, double u, int key) {
        }
        List<Wrapped> all = new ArrayList<>();
        for (int k = 0; k < 4 * 4 * 3; k++) {
            int[] o = {k % 4, k / 4 % 4, k / 16};
            int h = 0;
            for (int i = 0; i < 3; i++) {
                h += ((DiscreteIssue) d.issue(i)).values().get(o[i]).hashCode();
            }
            double u = p.utility(o);
            all.add(new Wrapped(o, u, java.util.Objects.hash(h, u, -1.0)));
        }
        all.sort((a, b) -> {
            int c = Double.compare(b.u(), a.u());
            return c != 0 ? c : Integer.compare(a.key(), b.key());
        });
        SortedOutcomes genius = SortedOutcomes.sortGenius(p);
        int swapped = 0;
        SortedOutcomes parley = SortedOutcomes.sort(p);
        for (int k = 0; k < all.size(); k++) {
            assertArrayEquals(all.get(k).outcome(), genius.outcome(k), "position " + k);
            assertEquals(all.get(k).u(), genius.utility(k));
            if (!java.util.Arrays.equals(genius.outcome(k), parley.outcome(k))) {
                swapped++;
            }
        }
        assertTrue(swapped > 0, "the two orders differ on this profile");
    }

    private static int[] positions(SortedOutcomes s) {
        int[] out = new int[s.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = s.outcomeIndex(k);
        }
        return out;
    }

    @Test
    void countAtLeastCountsTheLeadingPositions() {
        assertEquals(0, sorted.countAtLeast(1.1));
        assertEquals(1, sorted.countAtLeast(1.0));
        assertEquals(3, sorted.countAtLeast(0.5));
        assertEquals(3, sorted.countAtLeast(0.6));
        assertEquals(5, sorted.countAtLeast(0));
    }
}
