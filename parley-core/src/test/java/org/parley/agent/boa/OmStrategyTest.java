package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.agent.SortedOutcomes;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

/** The window helper and the three OM strategies. */
class OmStrategyTest {

    /** Candidates whose single issue value is the position; the model rates value j as {@code ratings[j]}. */
    private static final class Rated implements Candidates, OpponentModel {
        private final double[] ratings;

        Rated(double... ratings) {
            this.ratings = ratings;
        }

        @Override
        public int size() {
            return ratings.length;
        }

        @Override
        public double utility(int j) {
            return 1 - j * 0.001;
        }

        @Override
        public int[] outcome(int j, int[] buffer) {
            buffer[0] = j;
            return buffer;
        }

        @Override
        public void init(BoaContext context) {
        }

        @Override
        public void update(int[] bid, double time) {
        }

        @Override
        public double evaluate(int[] outcome) {
            return ratings[outcome[0]];
        }
    }

    private static <T extends OmStrategy> T init(T oms, long seed) {
        Profile p = BoaFixtures.opposed(1, 200)[0];
        oms.init(new BoaContext(BoaFixtures.settings(p, seed)));
        return oms;
    }

    private static void checkWindow(Profile p, double target) {
        SortedOutcomes sorted = SortedOutcomes.sort(p);
        SortedWindow w = new SortedWindow(sorted, p.domain()).select(target);
        assertTrue(w.size() >= SortedWindow.MIN_BIDS || w.upper() >= SortedWindow.UPPER_LIMIT, "stopped early");
        int inside = 0;
        int insideNarrower = 0;
        for (int k = 0; k < sorted.size(); k++) {
            double u = sorted.utility(k);
            inside += u >= target && u <= w.upper() ? 1 : 0;
            insideNarrower += u >= target && u <= w.upper() - SortedWindow.STEP ? 1 : 0;
        }
        assertEquals(inside, w.size(), "window is exactly the outcomes in [target, upper]");
        for (int j = 0; j < w.size(); j++) {
            double u = w.utility(j);
            assertTrue(u >= target && u <= w.upper());
            int[] o = w.outcome(j, new int[p.domain().issueCount()]);
            assertEquals(u, p.utility(o), 0, "decoded outcome has the sorted utility");
        }
        if (w.upper() > target + SortedWindow.STEP * 1.5) {
            assertTrue(insideNarrower < SortedWindow.MIN_BIDS, "widened once too often");
        }
    }

    @Test
    void windowGrowsToHundredBidsOrPastOne() {
        Profile mid = BoaFixtures.opposed(3, 6)[0]; // 216 outcomes
        for (double target = 0; target <= 1.0; target += 0.05) {
            checkWindow(mid, target);
        }
        Profile small = BoaFixtures.opposed(3, 4)[0]; // 64 outcomes: never 100, so the window runs past 1
        SortedWindow w = new SortedWindow(SortedOutcomes.sort(small), small.domain()).select(0.6);
        assertTrue(w.upper() >= 1.01);
        assertEquals(0, w.from());
        checkWindow(small, 0.6);
        Profile dense = BoaFixtures.opposed(6, 6)[0]; // 46,656 outcomes: the first window is already full
        SortedWindow d = new SortedWindow(SortedOutcomes.sort(dense), dense.domain()).select(0.5);
        assertEquals(0.5 + 0.01, d.upper(), 0);
        assertTrue(d.size() >= 100);
        checkWindow(dense, 0.5);
        // above every outcome: empty
        assertEquals(0, new SortedWindow(SortedOutcomes.sort(small), small.domain()).select(1.2).size());
    }

    @Test
    void bestBidTakesTheHighestRatingAndTheFirstOnATie() {
        BestBid b = init(new BestBid(), 1);
        assertEquals(2, b.choose(new Rated(0.1, 0.5, 0.9, 0.3), new Rated(0.1, 0.5, 0.9, 0.3)));
        Rated tie = new Rated(0.2, 0.7, 0.7);
        assertEquals(1, b.choose(tie, tie));
    }

    @Test
    void bestBidIsRandomWhenEveryRatingIsZeroAndSeeded() {
        Rated zeros = new Rated(new double[50]);
        Set<Integer> seen = new HashSet<>();
        BestBid b1 = init(new BestBid(), 7);
        BestBid b2 = init(new BestBid(), 7);
        for (int k = 0; k < 100; k++) {
            int c = b1.choose(zeros, zeros);
            assertEquals(c, b2.choose(zeros, zeros));
            seen.add(c);
        }
        assertTrue(seen.size() > 10);
    }

    @Test
    void offerBestNDrawsOnlyAmongTheBestN() {
        Rated r = new Rated(0.1, 0.8, 0.3, 0.9, 0.8, 0.2, 0.85);
        OfferBestN bn = init(new OfferBestN(3), 3);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            seen.add(bn.choose(r, r));
        }
        assertEquals(Set.of(3, 6, 1), seen); // 0.9, 0.85, then the first 0.8
        Set<Integer> few = new HashSet<>();
        Rated two = new Rated(0.5, 0.4);
        for (int k = 0; k < 100; k++) {
            few.add(bn.choose(two, two));
        }
        assertEquals(Set.of(0, 1), few);
        assertEquals("bestn(n=3)", bn.toString());
    }

    @Test
    void nullStrategyIsUniformAndSeeded() {
        Rated r = new Rated(new double[10]);
        NullStrategy a = init(new NullStrategy(), 5);
        NullStrategy b = init(new NullStrategy(), 5);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            int c = a.choose(r, r);
            assertEquals(c, b.choose(r, r));
            seen.add(c);
        }
        assertEquals(10, seen.size());
        assertTrue(a.canUpdateModel(0.99));
    }

    @Test
    void decodingMatchesTheOutcomeSpace() {
        Profile p = BoaFixtures.opposed(3, 6)[1];
        Domain d = p.domain();
        SortedOutcomes sorted = SortedOutcomes.sort(p);
        SortedWindow w = new SortedWindow(sorted, d).select(0.0);
        int[] buf = new int[3];
        for (int j = 0; j < w.size(); j++) {
            assertEquals(java.util.Arrays.toString(sorted.outcome(w.position(j))),
                    java.util.Arrays.toString(w.outcome(j, buf)));
        }
    }
}
