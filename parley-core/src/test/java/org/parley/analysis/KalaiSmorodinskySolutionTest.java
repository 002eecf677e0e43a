package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

/** The Kalai–Smorodinsky point as the max-min point of normalised gains, by hand and against brute force. */
class KalaiSmorodinskySolutionTest {

    private static OutcomeSpaceAnalysis.Result analyze(List<Profile> profiles) {
        return new OutcomeSpaceAnalysis(profiles).analyze();
    }

    /**
     * Two parties, d = (0.2, 0.1), ideals (1, 0.9) (the points (1, 0.1) and (0.2, 0.9)): at (0.6, 0.5) the normalised
     * gains are (0.4/0.8, 0.4/0.8) = (0.5, 0.5), the KS point of the textbook. The equal-utility point (0.52, 0.55)
     * has gains (0.4, 0.5625); (0.8, 0.3) has (0.75, 0.25).
     */
    @Test
    void twoPartiesEqualSharesOfTheirPossibleGain() {
        double[][] points = {{1.0, 0.1}, {0.8, 0.3}, {0.6, 0.5}, {0.52, 0.55}, {0.45, 0.6}, {0.3, 0.85}, {0.2, 0.9}};
        OutcomeSpaceAnalysis.Result r = analyze(PointScenarios.of(points, 0.2, 0.1));
        assertArrayEquals(new double[] {0.6, 0.5}, r.kalaiSmorodinsky().utilities(), 0);
        assertArrayEquals(new double[] {0.52, 0.55}, r.geniusKalai().utilities(), 0);
    }

    /**
     * Three parties, d = 0, ideals 1: X = (0.55, 0.55, 0.62) has the smaller spread (0.14 against 0.6), so the spread
     * rule (and GENIUS) picks it, but its smallest normalised gain 0.55 is below Y = (0.9, 0.9, 0.6)'s 0.6, and Y is
     * the KS point. Neither dominates the other.
     */
    @Test
    void threePartiesSpreadRuleAndMaxMinDiffer() {
        double[][] points = {{0.55, 0.55, 0.62}, {0.9, 0.9, 0.6}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        List<Profile> profiles = PointScenarios.of(points, 0, 0, 0);
        OutcomeSpaceAnalysis.Result r = analyze(profiles);
        assertArrayEquals(new double[] {0.9, 0.9, 0.6}, r.kalaiSmorodinsky().utilities(), 0);
        assertArrayEquals(new double[] {0.55, 0.55, 0.62}, r.geniusKalai().utilities(), 0);
        BruteForce ref = new BruteForce(profiles);
        assertEquals(0.6, ref.ksValue(), 0);
        assertEquals(ref.ksValue(), ref.ksScore(r.kalaiSmorodinsky().utilities(), ref.ideal()), 0);
    }

    /** A party with nothing to gain (ideal = d) is left out of the minimum; the others decide. */
    @Test
    void degeneratePartyIsLeftOut() {
        double[][] points = {{0.9, 0.2, 0.5}, {0.5, 0.6, 0.5}, {0.2, 0.9, 0.5}, {1, 1, 0.1}};
        OutcomeSpaceAnalysis.Result r = analyze(PointScenarios.of(points, 0.1, 0.1, 0.5));
        // (1, 1, 0.1) is below party 3's reservation; the rational points all give party 3 exactly 0.5
        assertArrayEquals(new double[] {0.5, 0.6, 0.5}, r.kalaiSmorodinsky().utilities(), 0);
        // every party degenerate: the single rational point
        r = analyze(PointScenarios.of(new double[][] {{0.5, 0.5}, {1, 0}, {0, 1}}, 0.5, 0.5));
        assertArrayEquals(new double[] {0.5, 0.5}, r.kalaiSmorodinsky().utilities(), 0);
    }

    /**
     * Seeded random three-party scenarios: the KS point always has the brute-force largest smallest normalised gain,
     * and in some of them the point of smallest spread of normalised gains (the former rule) is worse, so the check
     * can tell the two rules apart.
     */
    @Test
    void threePartiesAgainstBruteForce() {
        long seed = 20_261_130L;
        SplittableRandom r = new SplittableRandom(seed);
        int differ = 0;
        for (int t = 0; t < 400; t++) {
            long s = r.nextLong();
            SplittableRandom sr = new SplittableRandom(s);
            Domain domain = RandomScenarios.domain(sr, 4, 4);
            List<Profile> profiles = RandomScenarios.additiveProfiles(sr, domain, 3);
            BruteForce ref = new BruteForce(profiles);
            OutcomeSpaceAnalysis.Result result = analyze(profiles);
            if (Double.isNaN(ref.ksValue())) {
                assertEquals(null, result.kalaiSmorodinsky(), "scenario seed " + s);
                continue;
            }
            double[] ideal = ref.ideal();
            double got = ref.ksScore(result.kalaiSmorodinsky().utilities(), ideal);
            assertEquals(ref.ksValue(), got, 1e-12, "scenario seed " + s);
            double[] spreadPick = null;
            double bestSpread = Double.POSITIVE_INFINITY;
            for (double[] u : ref.frontier) {
                if (ref.rational(u) && normalisedSpread(ref, u, ideal) < bestSpread) {
                    bestSpread = normalisedSpread(ref, u, ideal);
                    spreadPick = u;
                }
            }
            if (ref.ksScore(spreadPick, ideal) < got - 1e-6) {
                differ++;
            }
        }
        assertTrue(differ > 0, "no scenario where the spread rule and max-min differ (seed " + seed + ")");
    }

    private static double normalisedSpread(BruteForce ref, double[] u, double[] ideal) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            for (int k = j + 1; k < u.length; k++) {
                if (ideal[j] > ref.d[j] && ideal[k] > ref.d[k]) {
                    s += Math.abs((u[j] - ref.d[j]) / (ideal[j] - ref.d[j]) - (u[k] - ref.d[k]) / (ideal[k] - ref.d[k]));
                }
            }
        }
        return s;
    }
}
