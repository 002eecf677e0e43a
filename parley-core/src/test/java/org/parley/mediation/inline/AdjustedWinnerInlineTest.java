package org.parley.mediation.inline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdjustedWinnerInlineTest {

    @Test
    void bobAndCarolFromBramsAndTaylor() {
        // Items: retirement account, home, summer cottage, investments, other.
        double[] carol = {50, 20, 15, 10, 5};
        double[] bob = {40, 30, 10, 10, 10};
        // Carol wins the account and the cottage (65), Bob the home and other (40) and the tied investments (50).
        // Carol hands over part of the account (ratio 50/40 < 15/10): 15 + 50p = 50 + 40(1 − p) → p = 5/6.
        AdjustedWinnerInline.Result r = AdjustedWinnerInline.allocate(carol, bob);
        assertEquals(0, r.split());
        assertEquals(5.0 / 6, r.shareA(), 1e-12);
        assertEquals(170.0 / 3, r.pointsA(), 1e-9);
        assertEquals(170.0 / 3, r.pointsB(), 1e-9);
        assertArrayEquals(new int[] {0, 1, 0, 1, 1}, r.winner());
    }

    @Test
    void wholeItemsMoveBeforeTheSplit() {
        // A wins items 0-2 (90), B item 3 (25). Equal ratios 30/25: item 0 moves whole (90 − 30 = 60 ≥ 25 + 25),
        // then item 1 is split: A keeps p = (50 + 25 − 30)/(30 + 25) = 9/11; both end at 30 + 30·9/11 = 600/11.
        AdjustedWinnerInline.Result r = AdjustedWinnerInline.allocate(new double[] {30, 30, 30, 10},
                new double[] {25, 25, 25, 25});
        assertEquals(1, r.split());
        assertEquals(9.0 / 11, r.shareA(), 1e-12);
        assertEquals(600.0 / 11, r.pointsA(), 1e-9);
        assertEquals(600.0 / 11, r.pointsB(), 1e-9);
        assertArrayEquals(new int[] {1, 0, 0, 1}, r.winner());
    }

    @Test
    void theRicherSideHandsOverPartOfAnItem() {
        // A wins item 0 (40), B items 1 and 2 (80). B keeps p = (40 + 30 − 40)/(40 + 30) = 3/7 of item 1.
        AdjustedWinnerInline.Result r = AdjustedWinnerInline.allocate(new double[] {40, 30, 30},
                new double[] {20, 40, 40});
        assertEquals(1, r.split());
        assertEquals(4.0 / 7, r.shareA(), 1e-12);
        assertEquals(40 + 30 * 4.0 / 7, r.pointsA(), 1e-9);
        assertEquals(r.pointsA(), r.pointsB(), 1e-9);
    }

    @Test
    void noSplitWhenAlreadyEqual() {
        AdjustedWinnerInline.Result r = AdjustedWinnerInline.allocate(new double[] {50, 50}, new double[] {50, 50});
        // all tied, untied totals equal → A gets both, then hands one over whole: 50 = 50
        assertEquals(-1, r.split());
        assertEquals(50, r.pointsA(), 1e-12);
        assertEquals(50, r.pointsB(), 1e-12);
    }
}
