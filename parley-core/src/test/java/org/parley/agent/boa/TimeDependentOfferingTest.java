package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.agent.SortedOutcomes;
import org.parley.preference.Profile;

/** Targets of the time-dependent offering and the bids it picks with and without a model. */
class TimeDependentOfferingTest {

    private static final double EPS = 1e-12;
    /** Profile A on 3 issues × 4 values: utilities from 0.25 (worst) to 1 (best). */
    private static final Profile A = BoaFixtures.opposed(3, 4)[0];

    private static TimeDependentOffering init(TimeDependentOffering td) {
        td.init(new BoaContext(BoaFixtures.settings(A, 1)));
        return td;
    }

    @Test
    void targetsFollowTheFormula() {
        // Pmin = 0.25, Pmax = 1: p(t) = 0.25 + 0.75·(1 − k − (1 − k)·t^(1/e))
        TimeDependentOffering boulware = init(new TimeDependentOffering(0.5));
        assertEquals(1.0, boulware.target(0), EPS);
        assertEquals(0.25 + 0.75 * 0.75, boulware.target(0.5), EPS); // t² = 0.25
        assertEquals(0.25 + 0.75 * 0.19, boulware.target(0.9), EPS); // 1 − 0.81
        assertEquals(0.25, boulware.target(1), EPS);
        TimeDependentOffering conceder = init(new TimeDependentOffering(2));
        assertEquals(0.25 + 0.75 * 0.5, conceder.target(0.25), EPS); // √0.25 = 0.5
        assertEquals(0.25 + 0.75 * 0.1, conceder.target(0.81), EPS); // √0.81 = 0.9
        TimeDependentOffering linearK = init(new TimeDependentOffering(1, 0.1, Double.NaN, Double.NaN));
        assertEquals(0.25 + 0.75 * 0.9, linearK.target(0), EPS); // 1 − k
        assertEquals(0.25 + 0.75 * 0.45, linearK.target(0.5), EPS); // 1 − 0.1 − 0.9·0.5
        TimeDependentOffering bounded = init(new TimeDependentOffering(1, 0, 0.5, 0.9));
        assertEquals(0.9, bounded.target(0), EPS);
        assertEquals(0.7, bounded.target(0.5), EPS);
        assertEquals(0.5, bounded.target(1), EPS);
        TimeDependentOffering hardliner = init(new TimeDependentOffering(0));
        assertEquals(1.0, hardliner.target(0.3), EPS);
        assertEquals(1.0, hardliner.target(1), EPS); // no 1^∞ = NaN
    }

    @Test
    void withoutAModelTheBidIsTheNearestOutcome() {
        TimeDependentOffering td = init(new TimeDependentOffering(1));
        SortedOutcomes sorted = SortedOutcomes.sort(A);
        for (double t : new double[] {0, 0.2, 0.5, 0.77, 1}) {
            int[] bid = td.nextBid(t);
            assertArrayEquals(sorted.outcome(sorted.nearest(td.target(t))), bid);
        }
        assertArrayEquals(new int[] {0, 0, 0}, td.openingBid(0));
    }

    @Test
    void withAModelBestBidPicksTheModelsFavouriteInTheWindow() {
        BoaContext ctx = new BoaContext(BoaFixtures.settings(A, 1));
        BestBid oms = new BestBid();
        ctx.setModels(HardHeadedFrequencyModel::new, oms);
        oms.init(ctx);
        TimeDependentOffering td = new TimeDependentOffering(1);
        td.init(ctx);
        // the opponent insists on value 3 of every issue
        for (int k = 0; k < 5; k++) {
            int[] bid = {3, 3, 3};
            ctx.recordOpponentBid(1, bid, 0.1 * k);
            ctx.opponentModel().update(bid, 0.1 * k);
        }
        int[] bid = td.nextBid(0.5);
        SortedWindow w = new SortedWindow(SortedOutcomes.sort(A), A.domain()).select(td.target(0.5));
        double best = -1;
        for (int j = 0; j < w.size(); j++) {
            best = Math.max(best, ctx.opponentModel().evaluate(w.outcome(j, new int[3])));
        }
        assertEquals(best, ctx.opponentModel().evaluate(bid), 0);
        double u = A.utility(bid);
        assertEquals(true, u >= w.lower() && u <= w.upper());
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new TimeDependentOffering(-1));
        assertThrows(IllegalArgumentException.class, () -> new TimeDependentOffering(1, 1.5, Double.NaN, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TimeDependentOffering(1, 0, 0.9, 0.5));
        assertEquals("td(e=0.2,k=0)", new TimeDependentOffering(0.2).toString());
        assertEquals("td(e=1,k=0.1,min=0.5,max=0.9)", new TimeDependentOffering(1, 0.1, 0.5, 0.9).toString());
    }
}
