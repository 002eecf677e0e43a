package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.analysis.EgalitarianSolution;
import org.parley.analysis.NashSolution;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

class PostSettlementTest {

    private static PostSettlement.Candidate<String> c(String name, double a, double b) {
        return new PostSettlement.Candidate<>(name, new double[] {a, b});
    }

    /**
     * Baseline (0.5, 0.5). Gains: A (0.25, 0) min 0; B (0.25, 0.125) min 0.125, Nash 0.03125; C (0.125, 0.125) min
     * 0.125, Nash 0.015625; D (0.09375, 0.5) min 0.09375, Nash 0.046875; E is worse for the second party, F equals
     * the baseline. MMG ranking: B, C (same min gain, smaller welfare), D, A. The Nash point is D.
     */
    private static final List<PostSettlement.Candidate<String>> CANDIDATES = List.of(c("A", 0.75, 0.5),
            c("B", 0.75, 0.625), c("C", 0.625, 0.625), c("D", 0.59375, 1.0), c("E", 1, 0.25), c("F", 0.5, 0.5));

    @Test
    void ranksByMinimumGainThenWelfare() {
        PostSettlement.Result<String> r = PostSettlement.rank(CANDIDATES.iterator(), new double[] {0.5, 0.5}, 10);
        assertEquals(List.of("B", "C", "D", "A"), r.ranked().stream().map(PostSettlement.Improvement::item).toList());
        assertEquals(4, r.improving());
        PostSettlement.Improvement<String> mmg = r.mmg();
        assertEquals("B", mmg.item());
        assertArrayEquals(new double[] {0.25, 0.125}, mmg.gains(), 0.0);
        assertEquals(0.125, mmg.minGain(), 0.0);
        assertEquals(0.03125, mmg.nashProduct(), 0.0);
        assertEquals("D", r.nash().item());
        assertEquals(0.046875, r.nash().nashProduct(), 0.0);
    }

    @Test
    void keepsOnlyTheBestButCountsAll() {
        PostSettlement.Result<String> r = PostSettlement.rank(CANDIDATES.stream(), new double[] {0.5, 0.5}, 2);
        assertEquals(List.of("B", "C"), r.ranked().stream().map(PostSettlement.Improvement::item).toList());
        assertEquals(4, r.improving());
        assertEquals("D", r.nash().item());
    }

    /** Utilities that differ from the baseline's only by rounding are equal: no improvement, no strict gain. */
    @Test
    void roundingIsNoImprovement() {
        double third = 0.1 + 0.2; // 0.30000000000000004
        PostSettlement.Result<String> r = PostSettlement.rank(Stream.of(c("same", third, 0.5), c("less", 0.3, 0.5),
                c("up", 0.3, 0.75)), new double[] {0.3, 0.5}, 5);
        assertEquals(List.of("up"), r.ranked().stream().map(PostSettlement.Improvement::item).toList());
        // near-tied minimum gains (0 and 4e-17) go to the larger welfare
        r = PostSettlement.rank(Stream.of(c("x", third, 0.625), c("y", 0.3, 0.75)), new double[] {0.3, 0.5}, 5);
        assertEquals(List.of("y", "x"), r.ranked().stream().map(PostSettlement.Improvement::item).toList());
        assertEquals("y", r.nash().item());
    }

    @Test
    void nothingImprovesOnAnEfficientBaseline() {
        PostSettlement.Result<String> r = PostSettlement.rank(CANDIDATES.stream(), new double[] {0.75, 0.625}, 5);
        assertTrue(r.baselineEfficient());
        assertNull(r.mmg());
        assertNull(r.nash());
        assertThrows(IllegalArgumentException.class,
                () -> PostSettlement.rank(Stream.of(c("x", 1, 1)), new double[] {0.5}, 5));
        assertThrows(IllegalArgumentException.class,
                () -> PostSettlement.rank(Stream.of(c("x", 1, 1)), new double[] {0.5, 0.5}, 0));
    }

    /**
     * From profiles, over the frontier: the MMG value and the best Nash product of gains equal brute force over every
     * outcome; every ranked package improves on the baseline, and the number of improving frontier points is the
     * number of distinct Pareto-optimal improving vectors.
     */
    @Property(tries = 400, seed = "1985")
    void frontierGivesTheOptimaOfTheWholeSpace(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain d = TestProfiles.domain(r, 4, 4);
        List<Profile> profiles = TestProfiles.profiles(r, d, parties, r.nextBoolean());
        int[] baseline = new int[d.issueCount()];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = r.nextInt(d.issue(i).size());
        }
        PostSettlement.Result<int[]> result = PostSettlement.fromProfiles(profiles, baseline, 5);
        List<PostSettlement.Candidate<int[]>> all = new ArrayList<>();
        d.outcomeSpace().forEach(o -> {
            double[] u = new double[parties];
            for (int j = 0; j < parties; j++) {
                u[j] = profiles.get(j).utility(o);
            }
            all.add(new PostSettlement.Candidate<>(o.clone(), u));
        });
        PostSettlement.Result<int[]> brute = PostSettlement.rank(all.iterator(), result.baseline(), 1);
        String msg = "seed " + seed;
        if (brute.improving() == 0) {
            assertTrue(result.baselineEfficient(), msg);
            return;
        }
        assertNotNull(result.mmg(), msg);
        assertEquals(brute.mmg().minGain(), result.mmg().minGain(), 1e-9, msg);
        assertEquals(brute.nash().nashProduct(), result.nash().nashProduct(), 1e-9, msg);
        // MMG is the egalitarian rule and Nash of gains the Nash rule, each with the baseline as disagreement point
        ParetoFrontier frontier = Frontiers.of(profiles, Long.MAX_VALUE);
        ParetoFrontier.Point egalitarian = new EgalitarianSolution().solve(frontier, result.baseline()).get();
        ParetoFrontier.Point nash = new NashSolution().solve(frontier, result.baseline()).get();
        double min = Double.POSITIVE_INFINITY;
        double product = 1;
        for (int j = 0; j < parties; j++) {
            min = Math.min(min, egalitarian.utility(j) - result.baseline()[j]);
            product *= nash.utility(j) - result.baseline()[j];
        }
        assertEquals(min, result.mmg().minGain(), 1e-9, msg);
        assertEquals(product, result.nash().nashProduct(), 1e-9, msg);
        for (PostSettlement.Improvement<int[]> imp : result.ranked()) {
            for (int j = 0; j < parties; j++) {
                assertEquals(imp.utilities()[j], profiles.get(j).utility(imp.item()), 0.0, msg);
                assertTrue(imp.gains()[j] >= -1e-9, msg);
            }
        }
    }
}
