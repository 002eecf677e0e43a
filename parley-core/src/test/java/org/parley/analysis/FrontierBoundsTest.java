package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.SyntheticScenarios;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * Issue 13: a zero-sum scenario of n two-valued issues with distinct weights has all 2^n outcomes on its Pareto
 * frontier (16 issues took 30 s, 20 never finished, 24 exhausted memory); one issue whose 100,000 values are all
 * Pareto-optimal was filtered pairwise. The frontier is now exact where it fits, refused with the limit where it
 * does not, and a single issue is swept, not compared pairwise. Timeouts only guard against a hang.
 */
class FrontierBoundsTest {

    /** Two zero-sum profiles over {@code n} issues of values a, b, with seeded random weights summing to 1. */
    static List<Profile> zeroSum(int n, long seed) {
        return zeroSum(n, seed, true);
    }

    /**
     * As {@link #zeroSum(int, long)}; without {@code normalize} the weights add up to about {@code 0.6·n}, so GENIUS's
     * cap at 1 binds for both parties.
     */
    static List<Profile> zeroSum(int n, long seed, boolean normalize) {
        return SyntheticScenarios.zeroSum(n, 0.1, normalize, seed).profiles();
    }

    @Test
    void aSmallZeroSumSpaceHasEveryOutcomeOnItsFrontierAsBruteForceSays() {
        long seed = 13;
        List<Profile> ps = zeroSum(10, seed);
        ParetoFrontier f = OutcomeSpaceAnalysis.frontier(ps, 0);
        BruteForce b = new BruteForce(ps);
        assertEquals(b.frontier.size(), f.points().size(), "seed " + seed);
        assertEquals(BigInteger.valueOf(1024), f.paretoOutcomes(), "seed " + seed);
    }

    /** With the cap binding, the two-party merge is swept too (it was pairwise: 16 issues took 30 s, 20 never). */
    @Test
    void aCappedZeroSumSpaceHasTheFrontierBruteForceFinds() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Profile> ps = zeroSum(10, seed, false);
            ParetoFrontier f = OutcomeSpaceAnalysis.frontier(ps, 0);
            BruteForce b = new BruteForce(ps);
            assertEquals(b.frontier.size(), f.points().size(), "seed " + seed);
            BigInteger total = BigInteger.ZERO;
            for (BigInteger c : b.counts) {
                total = total.add(c);
            }
            assertEquals(total, f.paretoOutcomes(), "seed " + seed);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyCappedIssuesFinish() {
        assertTrue(OutcomeSpaceAnalysis.frontier(zeroSum(20, 20, false), 0).points().size() > 0);
    }

    /**
     * Weights adding up to about 12 per party: outcomes reach utility (1, 1) once each party holds a few issues, so
     * the frontier is that one point and its count is the number of outcomes reaching it. Partial sums of at least 1
     * are held at 1 (they were kept apart and doubled with every issue: refused after 21 issues). Counted here by
     * summing every outcome's contributions in issue order, as the utility does.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyCappedIssuesGiveExactlyTheOutcomesThatReachTheCap() {
        for (long seed = 21; seed <= 22; seed++) {
            List<Profile> ps = zeroSum(20, seed, false);
            AdditiveUtility a = (AdditiveUtility) ps.get(0).utility();
            AdditiveUtility b = (AdditiveUtility) ps.get(1).utility();
            long both = 0;
            for (int mask = 0; mask < 1 << 20; mask++) {
                double ua = 0.0;
                double ub = 0.0;
                for (int i = 0; i < 20; i++) {
                    int v = mask >> i & 1;
                    ua += a.contribution(i, v);
                    ub += b.contribution(i, v);
                }
                if (ua >= 1.0 && ub >= 1.0) {
                    both++;
                }
            }
            ParetoFrontier f = OutcomeSpaceAnalysis.frontier(ps, 0);
            assertTrue(both > 0, "seed " + seed);
            assertEquals(1, f.points().size(), "seed " + seed);
            assertArrayEquals(new double[] {1.0, 1.0}, f.points().get(0).utilities(), "seed " + seed);
            assertEquals(BigInteger.valueOf(both), f.paretoOutcomes(), "seed " + seed);
        }
    }

    /**
     * Four random profiles over 30 issues of 5 values: the frontier of four parties grows into the tens of thousands,
     * and its k-d tree of kept vectors is asked about every candidate; the steps it may take are bounded (100 per
     * vector of the limit), so it is refused after about a second instead of comparing vectors pairwise for 14.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fourPartiesAreRefusedByTheStepsTheirTreeTakes() {
        SizeLimitException e = refusedWithFrontierLimit("100000",
                SyntheticScenarios.randomAdditive(30, 5, 4, 0.0, 30).profiles());
        assertTrue(e.getMessage().startsWith("the Pareto frontier of 4 profiles on domain 'random-30x5' (30 "
                + "issues) needs more than 10,000,000 steps of comparing and merging utility vectors (100 per "
                + "vector of the limit), above the limit of 100,000 utility vectors"), e.getMessage());
    }

    /** The refusal of the frontier of {@code profiles} with {@code parley.maxFrontier} set to {@code limit}. */
    private static SizeLimitException refusedWithFrontierLimit(String limit, List<Profile> profiles) {
        String before = System.getProperty(SizeLimit.FRONTIER.property());
        System.setProperty(SizeLimit.FRONTIER.property(), limit);
        try {
            SizeLimitException e = assertThrows(SizeLimitException.class,
                    () -> OutcomeSpaceAnalysis.frontier(profiles, 0));
            assertEquals(SizeLimit.FRONTIER, e.limit());
            return e;
        } finally {
            if (before == null) {
                System.clearProperty(SizeLimit.FRONTIER.property());
            } else {
                System.setProperty(SizeLimit.FRONTIER.property(), before);
            }
        }
    }

    /**
     * Held at 1, the partial vectors of 1,000 capped issues no longer double, but still grow with every issue (those
     * below the cap in one party stay apart): what all the merges hold together is bounded too, at 5 per vector of
     * the limit.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void manyCappedIssuesAreRefusedByWhatTheirMergesHoldInAll() {
        SizeLimitException e = refusedWithFrontierLimit("200000", zeroSum(1000, 1000, false));
        assertTrue(e.getMessage().startsWith("the Pareto frontier of domain 'zero-sum-1000' has merged "),
                e.getMessage());
        assertTrue(e.getMessage().contains(": more than 1,000,000 in all (5 per vector of the limit), above the "
                + "limit of 200,000 utility vectors"), e.getMessage());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixteenIssuesGiveTheirWholeFrontier() {
        ParetoFrontier f = OutcomeSpaceAnalysis.frontier(zeroSum(16, 16), 0);
        assertEquals(BigInteger.valueOf(65_536), f.paretoOutcomes(), "every outcome of a zero-sum space is optimal");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFrontierBeyondTheLimitIsRefusedNamingTheLimit() {
        SizeLimitException e = assertThrows(SizeLimitException.class,
                () -> new OutcomeSpaceAnalysis(zeroSum(24, 24)).analyze());
        assertEquals(SizeLimit.FRONTIER, e.limit());
        assertTrue(e.getMessage().startsWith("the Pareto frontier of domain 'zero-sum-24' reaches "), e.getMessage());
        assertTrue(e.getMessage().endsWith("above the limit of 1,000,000 utility vectors held while computing a Pareto "
                + "frontier (raise it with the Java system property parley.maxFrontier)"), e.getMessage());
    }

    /** One issue whose values are all Pareto-optimal (utilities k/n and 1 − k/n): n frontier points. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneIssueOfAHundredThousandOpposedValuesIsSweptNotComparedPairwise() {
        int n = 100_000;
        List<String> values = new ArrayList<>(n);
        Map<String, Double> up = new LinkedHashMap<>();
        Map<String, Double> down = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            values.add("v" + k);
            up.put("v" + k, k / (double) (n - 1));
            down.put("v" + k, 1 - k / (double) (n - 1));
        }
        Domain d = new Domain("line", List.of(new DiscreteIssue("I", values)));
        List<Profile> ps = List.of(
                new Profile("p", new AdditiveUtility(d, new double[] {1}, List.of(new DiscreteEvaluator(up, false))),
                        0, 1),
                new Profile("q", new AdditiveUtility(d, new double[] {1},
                        List.of(new DiscreteEvaluator(down, false))), 0, 1));
        ParetoFrontier f = OutcomeSpaceAnalysis.frontier(ps, 0);
        assertEquals(n, f.points().size());
        assertEquals(BigInteger.valueOf(n), f.paretoOutcomes());
    }
}
