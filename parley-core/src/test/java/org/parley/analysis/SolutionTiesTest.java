package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.util.Tolerance;

/**
 * Near-ties, against brute force: on scenarios whose weights and values are small fractions (so that utilities equal
 * in exact arithmetic differ by rounding), every solution has the brute-force best score to 1e-9, and no outcome
 * eligible for it beats it by more than rounding for one party while matching it (to 1e-9) for the others.
 */
class SolutionTiesTest {

    @Property(tries = 800, seed = "20261130")
    void noSolutionIsDominatedByAnotherCandidate(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Profile> profiles = gridProfiles(r, parties);
        String msg = "seed " + seed + " parties " + parties;
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(profiles).analyze();
        BruteForce ref = new BruteForce(profiles);
        double[] d = ref.d;
        Predicate<double[]> rational = u -> ref.rational(u);
        double[] ideal = ref.ideal();
        check(msg + " Nash", result.nash(), ref.all, rational, u -> {
            double p = 1;
            for (int j = 0; j < u.length; j++) {
                p *= u[j] - d[j];
            }
            return p;
        });
        check(msg + " KS", result.kalaiSmorodinsky(), ref.all, rational, u -> ref.ksScore(u, ideal));
        check(msg + " egalitarian", result.egalitarian(), ref.all, rational, u -> {
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < u.length; j++) {
                min = Math.min(min, u[j] - d[j]);
            }
            return min;
        });
        check(msg + " max welfare", result.maxWelfare(), ref.all, u -> true, org.parley.util.TieRule::welfare);
        // the spread is not monotone: GENIUS's point is checked against the frontier points of tied spread only
        ParetoFrontier.Point g = result.geniusKalai();
        if (g != null) {
            double spread = BruteForce.spread(g.utilities());
            assertEquals(ref.geniusKalaiSpread(), spread, 1e-9, msg);
            for (double[] u : ref.frontier) {
                if (Tolerance.close(BruteForce.spread(u), spread)) {
                    assertFalse(dominates(u, g.utilities()), msg + " GENIUS Kalai");
                }
            }
        }
    }

    /** The scenarios above do contain utilities and welfare values that are equal up to rounding only. */
    @Property(tries = 1, seed = "1")
    void theScenariosHaveNearTies(@ForAll @IntRange(min = 0, max = 0) int unused) {
        int utilities = 0;
        int welfare = 0;
        SplittableRandom r = new SplittableRandom(99);
        for (int t = 0; t < 300; t++) {
            BruteForce ref = new BruteForce(gridProfiles(r, 2 + r.nextInt(3)));
            for (double[] u : ref.frontier) {
                for (double[] v : ref.frontier) {
                    double a = org.parley.util.TieRule.welfare(u);
                    double b = org.parley.util.TieRule.welfare(v);
                    welfare += a != b && Tolerance.close(a, b) ? 1 : 0;
                    for (int j = 0; j < u.length; j++) {
                        utilities += u[j] != v[j] && Tolerance.close(u[j], v[j]) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(utilities > 0 && welfare > 0, "near-ties: " + utilities + " in utilities, " + welfare
                + " in welfare");
    }

    private static void check(String msg, ParetoFrontier.Point chosen, List<double[]> all, Predicate<double[]> eligible,
            ToDoubleFunction<double[]> score) {
        double best = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double[] u : all) {
            if (eligible.test(u)) {
                any = true;
                best = Math.max(best, score.applyAsDouble(u));
            }
        }
        if (!any) {
            return;
        }
        assertNotNull(chosen, msg);
        assertEquals(best, score.applyAsDouble(chosen.utilities()), 1e-9, msg + ": score");
        for (double[] u : all) {
            if (eligible.test(u) && dominates(u, chosen.utilities())) {
                throw new AssertionError(msg + ": " + java.util.Arrays.toString(chosen.utilities())
                        + " is dominated by " + java.util.Arrays.toString(u));
            }
        }
    }

    /** {@code q} at least as good as {@code p} for every party (to 1e-9) and better by more than 1e-9 for one. */
    static boolean dominates(double[] q, double[] p) {
        boolean strict = false;
        for (int j = 0; j < p.length; j++) {
            if (q[j] < p[j] - Tolerance.EPS) {
                return false;
            }
            strict |= q[j] > p[j] + Tolerance.EPS;
        }
        return strict;
    }

    /** Discrete issues; weights k/Σk and values in sixths or twentieths; reservation values in twentieths. */
    static List<Profile> gridProfiles(SplittableRandom r, int parties) {
        int n = 1 + r.nextInt(4);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < 1 + r.nextInt(5); v++) {
                values.add("v" + v);
            }
            issues.add(new DiscreteIssue("i" + i, values));
        }
        Domain domain = new Domain("grid", issues);
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            double[] w = new double[n];
            int total = 0;
            int[] k = new int[n];
            for (int i = 0; i < n; i++) {
                k[i] = 1 + r.nextInt(4);
                total += k[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] = (double) k[i] / total;
            }
            int steps = r.nextBoolean() ? 6 : 20;
            List<Evaluator> ev = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Double> table = new LinkedHashMap<>();
                for (String v : ((DiscreteIssue) domain.issue(i)).values()) {
                    table.put(v, r.nextInt(steps + 1) / (double) steps);
                }
                ev.add(new DiscreteEvaluator(table, false));
            }
            double reservation = r.nextInt(3) == 0 ? 0 : r.nextInt(12) / 20.0;
            out.add(new Profile("p" + j, new AdditiveUtility(domain, w, ev), reservation, 1));
        }
        return out;
    }
}
