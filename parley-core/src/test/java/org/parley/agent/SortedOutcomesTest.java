package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
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
    void geniusNearestMissesTheCloserOutcomeAboveWhenTheSearchEndsBelowTheTarget() {
        // probes 0.6 (> 0.59), then 0.2, then 0.4 (< 0.59): ends on 0.4 and only looks further down
        assertEquals(3, sorted.nearestGenius(0.59));
        // probes 0.6 (< 0.61), then 0.8: ends above and checks the one below, 0.6, which is closer
        assertEquals(2, sorted.nearestGenius(0.61));
        assertEquals(0, sorted.nearestGenius(1.5));
        assertEquals(4, sorted.nearestGenius(-1));
        assertEquals(2, sorted.nearestGenius(0.6));
    }

    @Test
    void geniusNearestRoundsTheProbeUp() {
        // probes 0.6, 0.2, then 0.4 (> 0.39) and keeps it; with the probe rounded down it would probe 0.6, 0.4,
        // then 0.2 and return 0.2 (the reference negotiation tells the two apart, see SortedOutcomes)
        assertEquals(3, sorted.nearestGenius(0.39));
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
