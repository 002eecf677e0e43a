package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.preference.SyntheticScenarios;

/**
 * A 40-issue, 5^40-outcome additive scenario is analysed exactly, without enumeration: the frontier is sound (no
 * outcome dominates a point) and, on scenarios built so that doubles add exactly, complete (every Pareto-optimal
 * vector is found, with the right number of outcomes) as an independent dynamic programme shows.
 */
class LargeAdditiveFrontierTest {

    private static final int ISSUES = 40;
    private static final int VALUES = 5;
    /** Evaluations are k/16 for a whole k in 0..16. */
    private static final int STEPS = 16;
    /** A prime modulus for the second count check: with 2^64 it pins every count below 2^125 > 5^40. */
    private static final long PRIME = (1L << 61) - 1;

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

    /**
     * 40 issues of 5 values; both parties weigh every issue {@code weight} (a power of two) and score each value
     * {@code k/16} for a whole {@code k}: party 1's k is uniform in 0..16 and party 2's is {@code 16 − k} give or
     * take 4, so the parties mostly disagree, some values tie and some are dominated. Every contribution is a whole
     * multiple of {@code weight/16}, a power of two, and every sum stays far inside a double's 53-bit significand,
     * so the analysis adds exactly and utilities are the whole totals {@code k[p][i][v]} summed, times
     * {@code weight/16}, capped at 1.
     */
    private static Grid grid(long seed, double weight) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> labels = List.of("a", "b", "c", "d", "e");
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            issues.add(new DiscreteIssue("issue" + i, labels));
        }
        Domain domain = new Domain("grid-40x5", issues);
        int[][][] k = new int[2][ISSUES][VALUES];
        for (int i = 0; i < ISSUES; i++) {
            for (int v = 0; v < VALUES; v++) {
                k[0][i][v] = r.nextInt(STEPS + 1);
                k[1][i][v] = Math.max(0, Math.min(STEPS, STEPS - k[0][i][v] + r.nextInt(-4, 5)));
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            double[] w = new double[ISSUES];
            List<Evaluator> evs = new ArrayList<>();
            for (int i = 0; i < ISSUES; i++) {
                w[i] = weight;
                Map<String, Double> ev = new LinkedHashMap<>();
                for (int v = 0; v < VALUES; v++) {
                    ev.put(labels.get(v), k[p][i][v] / (double) STEPS);
                }
                evs.add(new DiscreteEvaluator(ev, false));
            }
            profiles.add(new Profile("p" + p, new AdditiveUtility(domain, w, evs), 0.0, 1.0));
        }
        return new Grid(profiles, k, weight / STEPS);
    }

    /** A grid scenario: the profiles, the whole evaluations {@code k[party][issue][value]}, and one unit of utility. */
    private record Grid(List<Profile> profiles, int[][][] k, double unit) {
    }

    /** One expected frontier vector in units, with its outcome count modulo 2^64 and modulo {@link #PRIME}. */
    private record Expected(int u1, int u2, long countMod64, long countModPrime) {
    }

    /**
     * The exact frontier by an independent method: a dynamic programme over the whole totals. {@code cnt[a][b]}
     * counts the outcomes of the issues seen so far whose totals are (a, b), issue by issue (each value adds its
     * k's); after all 40 issues every reachable total pair is known with its count. Totals are capped at
     * {@code cap} units (the utility cap of 1), equal capped pairs pooled, and the Pareto-optimal ones kept: sorted
     * by u1 descending then u2 descending, a pair is optimal iff its u2 beats every u2 seen before it.
     */
    private static List<Expected> frontierByDynamicProgramme(int[][][] k, int cap) {
        int max = ISSUES * STEPS;
        int side = max + 1;
        boolean[] reach = new boolean[side * side];
        long[] lo = new long[side * side];
        long[] hi = new long[side * side];
        reach[0] = true;
        lo[0] = 1;
        hi[0] = 1;
        for (int i = 0; i < ISSUES; i++) {
            boolean[] nReach = new boolean[side * side];
            long[] nLo = new long[side * side];
            long[] nHi = new long[side * side];
            int bound = i * STEPS; // totals after i issues are at most this
            for (int a = 0; a <= bound; a++) {
                for (int b = 0; b <= bound; b++) {
                    int cell = a * side + b;
                    if (!reach[cell]) {
                        continue;
                    }
                    for (int v = 0; v < VALUES; v++) {
                        int to = (a + k[0][i][v]) * side + b + k[1][i][v];
                        nReach[to] = true;
                        nLo[to] += lo[cell];
                        long h = nHi[to] + hi[cell];
                        nHi[to] = h >= PRIME ? h - PRIME : h;
                    }
                }
            }
            reach = nReach;
            lo = nLo;
            hi = nHi;
        }
        int cside = cap + 1;
        boolean[] cReach = new boolean[cside * cside];
        long[] cLo = new long[cside * cside];
        long[] cHi = new long[cside * cside];
        for (int a = 0; a <= max; a++) {
            for (int b = 0; b <= max; b++) {
                int cell = a * side + b;
                if (reach[cell]) {
                    int to = Math.min(a, cap) * cside + Math.min(b, cap);
                    cReach[to] = true;
                    cLo[to] += lo[cell];
                    long h = cHi[to] + hi[cell];
                    cHi[to] = h >= PRIME ? h - PRIME : h;
                }
            }
        }
        List<Expected> out = new ArrayList<>();
        int bestU2 = -1;
        for (int a = cap; a >= 0; a--) {
            for (int b = cap; b > bestU2; b--) {
                int cell = a * cside + b;
                if (cReach[cell]) {
                    out.add(new Expected(a, b, cLo[cell], cHi[cell]));
                    bestU2 = b;
                    break;
                }
            }
        }
        return out;
    }

    private static void assertFrontierIsExactlyTheProgrammes(long seed, double weight, int cap) {
        Grid g = grid(seed, weight);
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(g.profiles()).analyze();
        assertEquals(BigInteger.valueOf(VALUES).pow(ISSUES), result.outcomes());
        assertFalse(result.enumerated(), "seed " + seed);
        List<ParetoFrontier.Point> points = result.frontier().points();
        List<Expected> expected = frontierByDynamicProgramme(g.k(), cap);
        assertTrue(expected.size() > 100, "seed " + seed + ": a frontier worth checking, " + expected.size());
        assertEquals(expected.size(), points.size(), "seed " + seed + ": frontier size");
        BigInteger prime = BigInteger.valueOf(PRIME);
        BigInteger total = BigInteger.ZERO;
        for (int n = 0; n < points.size(); n++) {
            ParetoFrontier.Point p = points.get(n);
            Expected e = expected.get(n);
            String where = "seed " + seed + ", frontier point " + n + " (" + e.u1() + ", " + e.u2() + ") units";
            assertEquals(Math.min(1.0, e.u1() * g.unit()), p.utilities()[0], 0.0, where);
            assertEquals(Math.min(1.0, e.u2() * g.unit()), p.utilities()[1], 0.0, where);
            assertEquals(p.utilities()[0], g.profiles().get(0).utility(p.outcome()), 0.0, where + ": its outcome");
            assertEquals(p.utilities()[1], g.profiles().get(1).utility(p.outcome()), 0.0, where + ": its outcome");
            assertEquals(e.countMod64(), p.count().longValue(), where + ": outcome count mod 2^64");
            assertEquals(e.countModPrime(), p.count().mod(prime).longValueExact(), where + ": outcome count mod p");
            total = total.add(p.count());
        }
        assertEquals(total, result.frontier().paretoOutcomes(), "seed " + seed);
    }

    @Test
    void fiveToTheFortyFrontierIsCompleteOnAnExactGrid() {
        // weights 1/64: a unit is 1/1024 and the largest total 640/1024, so the cap never binds
        assertFrontierIsExactlyTheProgrammes(41, 1.0 / 64, ISSUES * STEPS);
    }

    @Test
    void fiveToTheFortyFrontierIsCompleteWhenTheCapBinds() {
        // weights 1/32: a unit is 1/512 and totals reach 640/512, so utilities are cut at 1 = 512 units and many
        // outcomes below the cap in one party but not the other become equal there
        assertFrontierIsExactlyTheProgrammes(42, 1.0 / 32, 512);
    }

    /**
     * 300 issues of ten values worth v and 9 - v units to the two parties (a unit is 1/8192, so every sum is exact):
     * a zero-sum space whose every outcome is Pareto-optimal, with 2,701 frontier vectors (digit sums 0..2,700), each
     * reached by as many outcomes as there are 300-digit strings of that digit sum. Its merges hold about 4 million
     * candidates in all, more than twice the frontier limit (the bound refused it before) and within five times.
     */
    @Test
    void threeHundredIssuesOfTenValuesAreExactWithinTheMergesBound() {
        int issues = 300;
        List<Issue> domainIssues = new ArrayList<>();
        List<Evaluator> first = new ArrayList<>();
        List<Evaluator> second = new ArrayList<>();
        List<String> digits = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Map<String, Double> up = new LinkedHashMap<>();
        Map<String, Double> down = new LinkedHashMap<>();
        for (int v = 0; v < 10; v++) {
            up.put(digits.get(v), v / 16.0);
            down.put(digits.get(v), (9 - v) / 16.0);
        }
        double[] weights = new double[issues];
        for (int i = 0; i < issues; i++) {
            domainIssues.add(new DiscreteIssue("d" + i, digits));
            first.add(new DiscreteEvaluator(up, false));
            second.add(new DiscreteEvaluator(down, false));
            weights[i] = 1.0 / 512;
        }
        Domain d = new Domain("digits", domainIssues);
        List<Profile> profiles = List.of(new Profile("up", new AdditiveUtility(d, weights, first), 0, 1),
                new Profile("down", new AdditiveUtility(d, weights, second), 0, 1));
        // ways[s]: 300-digit strings of digit sum s, one digit at a time
        BigInteger[] ways = {BigInteger.ONE};
        for (int i = 0; i < issues; i++) {
            BigInteger[] next = new BigInteger[ways.length + 9];
            Arrays.fill(next, BigInteger.ZERO);
            for (int s = 0; s < ways.length; s++) {
                for (int v = 0; v < 10; v++) {
                    next[s + v] = next[s + v].add(ways[s]);
                }
            }
            ways = next;
        }
        ParetoFrontier f = OutcomeSpaceAnalysis.frontier(profiles, 0);
        assertEquals(2701, f.points().size());
        assertEquals(BigInteger.TEN.pow(issues), f.paretoOutcomes());
        for (ParetoFrontier.Point p : f.points()) {
            int s = (int) Math.round(p.utilities()[0] * 8192);
            assertEquals(s / 8192.0, p.utilities()[0], 0.0);
            assertEquals((2700 - s) / 8192.0, p.utilities()[1], 0.0, "digit sum " + s);
            assertEquals(ways[s], p.count(), "outcomes of digit sum " + s);
            assertEquals(p.utilities()[0], profiles.get(0).utility(p.outcome()), 0.0, "digit sum " + s);
        }
    }
}
