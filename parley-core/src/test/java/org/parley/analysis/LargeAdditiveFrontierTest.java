package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.preference.SyntheticScenarios;

/** A 40-issue, 5^40-outcome additive scenario is analysed exactly, without enumeration. */
class LargeAdditiveFrontierTest {

    static List<Profile> fortyIssues(long seed) {
        return SyntheticScenarios.randomAdditive(40, 5, 2, 0.4, seed).profiles();
    }

    @Test
    void fiveToTheFortyIsAnalysedExactly() {
        long seed = 40;
        List<Profile> profiles = fortyIssues(seed);
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(profiles).analyze();
        assertEquals(BigInteger.valueOf(5).pow(40), result.outcomes());
        assertFalse(result.enumerated());
        List<ParetoFrontier.Point> points = result.frontier().points();
        assertTrue(points.size() > 100, "frontier size " + points.size());
        // sorted by u1 descending, u2 strictly ascending: mutually non-dominated
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).utilities()[0] < points.get(i - 1).utilities()[0], "seed " + seed);
            assertTrue(points.get(i).utilities()[1] > points.get(i - 1).utilities()[1], "seed " + seed);
        }
        for (ParetoFrontier.Point p : points) {
            assertEquals(p.utilities()[0], profiles.get(0).utility(p.outcome()), 0.0);
            assertEquals(p.utilities()[1], profiles.get(1).utility(p.outcome()), 0.0);
        }
        // no random outcome, nor any single-issue change of a frontier outcome, dominates a frontier point
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> probes = new ArrayList<>();
        for (int s = 0; s < 5_000; s++) {
            int[] o = new int[40];
            for (int i = 0; i < 40; i++) {
                o[i] = r.nextInt(5);
            }
            probes.add(new double[] {profiles.get(0).utility(o), profiles.get(1).utility(o)});
        }
        for (int k = 0; k < points.size(); k += 7) {
            ParetoFrontier.Point p = points.get(k);
            for (int i = 0; i < 40; i++) {
                for (int v = 0; v < 5; v++) {
                    int[] o = p.outcome().clone();
                    o[i] = v;
                    probes.add(new double[] {profiles.get(0).utility(o), profiles.get(1).utility(o)});
                }
            }
        }
        for (double[] q : probes) {
            for (ParetoFrontier.Point p : points) {
                assertFalse(Dominance.dominates(q, p.utilities()), "seed " + seed + ": frontier point dominated");
            }
        }
        assertTrue(result.nash() != null && result.kalaiSmorodinsky() != null);
    }
}
