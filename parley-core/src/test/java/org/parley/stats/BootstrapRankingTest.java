package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapRankingTest {

    @Test
    void separatedGroupsHaveCertainRanks() {
        List<BootstrapRanking.Place> places = BootstrapRanking.rank(List.of(new double[] {0.1, 0.2, 0.15},
                new double[] {0.9, 0.8, 0.85, 0.95}, new double[] {0.5, 0.55}), 1000, 7);
        assertEquals(3, places.get(0).rank());
        assertEquals(1, places.get(1).rank());
        assertEquals(2, places.get(2).rank());
        for (BootstrapRanking.Place p : places) {
            assertEquals(p.rank(), p.rankLow());
            assertEquals(p.rank(), p.rankHigh());
        }
        assertEquals(0.875, places.get(1).mean(), 1e-15);
        // resampled means of {0.5, 0.55} are 0.5, 0.525 (half the time) or 0.55: the 95% interval is the extremes
        assertEquals(0.5, places.get(2).meanLow(), 1e-15);
        assertEquals(0.55, places.get(2).meanHigh(), 1e-15);
    }

    @Test
    void aConstantGroupHasAPointIntervalAndOverlapWidensRanks() {
        List<BootstrapRanking.Place> places = BootstrapRanking.rank(List.of(new double[] {0.5, 0.5, 0.5},
                new double[] {0.0, 1.0, 0.2, 0.9, 0.6}), 2000, 11);
        assertEquals(0.5, places.get(0).meanLow(), 0);
        assertEquals(0.5, places.get(0).meanHigh(), 0);
        assertEquals(1, places.get(1).rank(), "0.54 beats 0.5");
        assertEquals(1, places.get(0).rankLow(), "the noisy group often falls below 0.5");
        assertEquals(2, places.get(0).rankHigh());
        assertTrue(places.get(1).meanLow() < 0.5 && places.get(1).meanHigh() > 0.54);
    }

    @Test
    void theSeedFixesTheIntervals() {
        List<double[]> groups = List.of(new double[] {0.1, 0.7, 0.3}, new double[] {0.2, 0.6, 0.4, 0.5});
        assertEquals(BootstrapRanking.rank(groups, 500, 3), BootstrapRanking.rank(groups, 500, 3));
    }

    @Test
    void ranksShareTheBestPlaceOnEqualMeans() {
        assertEquals(List.of(1, 1, 3), java.util.Arrays.stream(BootstrapRanking.ranks(new double[] {2, 2, 1}))
                .boxed().toList());
        assertEquals(List.of(2, 1), java.util.Arrays.stream(BootstrapRanking.ranks(new double[] {Double.NaN, 0}))
                .boxed().toList());
    }
}
