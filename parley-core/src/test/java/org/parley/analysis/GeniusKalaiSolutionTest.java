package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** GENIUS's equal-utility point: its definition, its start value 2, its tie order, and where parley's ties differ. */
class GeniusKalaiSolutionTest {

    private static OutcomeSpaceAnalysis.Result analyze(double[][] points, double... reservations) {
        return new OutcomeSpaceAnalysis(PointScenarios.of(points, reservations)).analyze();
    }

    @Test
    void smallestSpreadIgnoringReservationValues() {
        double[][] points = {{1, 0.1}, {0.7, 0.68}, {0.4, 0.9}};
        // (0.7, 0.68) is below the second party's reservation value 0.8: GENIUS still picks it
        OutcomeSpaceAnalysis.Result r = analyze(points, 0, 0.8);
        assertArrayEquals(new double[] {0.7, 0.68}, r.geniusKalai().utilities(), 0);
        assertArrayEquals(new double[] {0.4, 0.9}, r.kalaiSmorodinsky().utilities(), 0);
    }

    /** Four parties: every spread is 4, not below GENIUS's start value 2, so there is no point. */
    @Test
    void noPointWhenEverySpreadIsTwoOrMore() {
        double[][] points = {{1, 1, 0, 0}, {0, 0, 1, 1}, {1, 0, 1, 0}, {0, 1, 0, 1}};
        assertNull(analyze(points, 0, 0, 0, 0).geniusKalai());
        double[][] more = {{1, 1, 0, 0}, {0, 0, 1, 1}, {1, 0, 1, 0}, {0, 1, 0, 1}, {0.5, 0.5, 0.5, 0.5}};
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, analyze(more, 0, 0, 0, 0).geniusKalai().utilities(), 0);
    }

    /** Mirror images tie exactly in spread and welfare: the smaller first-party utility, as in GENIUS's sweep. */
    @Test
    void exactTieGoesWhereGeniusPutsIt() {
        double[][] points = {{1, 0}, {0.8, 0.6}, {0.6, 0.8}, {0, 1}};
        assertArrayEquals(new double[] {0.6, 0.8}, analyze(points, 0, 0).geniusKalai().utilities(), 0);
    }

    /**
     * |0.5 − 0.7| = 0.19999999999999996 and |0.75 − 0.55| = 0.20000000000000007: GENIUS's strict comparison takes
     * (0.5, 0.7) by rounding; parley treats the spreads as equal and takes the larger welfare (1.3 against 1.2).
     */
    @Test
    void nearTieGoesToLargerWelfare() {
        double[][] points = {{1, 0}, {0.75, 0.55}, {0.5, 0.7}, {0, 1}};
        assertArrayEquals(new double[] {0.75, 0.55}, analyze(points, 0, 0).geniusKalai().utilities(), 0);
    }
}
