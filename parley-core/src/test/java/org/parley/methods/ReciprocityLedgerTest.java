package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocityLedgerTest {

    private static final double TOL = 1e-15;

    /**
     * Istanbul, 2 June 2025 (mediation-model.md §3.1): remains "6,000 for 6,000"; on 11 June 1,212 bodies were
     * handed over by A (Russia) against 27 by B (Ukraine). Completion min(1,212, 27)/6,000 = 27/6,000 = 0.0045,
     * balance 1,185, flagged. A further tranche of about 1,200 from A was reported on 13 June (illustrative here):
     * A 2,412, balance 2,385, completion unchanged.
     */
    @Test
    void sixThousandForSixThousand() {
        ReciprocityLedger ledger = new ReciprocityLedger(new ReciprocityLedger.NForN(6000));
        ReciprocityLedger.Status s = ledger.status(new double[] {1212}, new double[] {27});
        assertEquals(1212, s.sentA(), 0.0);
        assertEquals(27, s.sentB(), 0.0);
        assertEquals(1185, s.balance(), 0.0);
        assertEquals(27.0 / 6000, s.completion(), TOL);
        assertArrayEquals(new double[] {1212.0 / 6000, 1212.0 / 6000}, s.completionA(), TOL);
        assertTrue(s.flagged());
        assertEquals(List.of("the text says 6,000 for 6,000, but A has handed over 1,212 and B 27 (balance 1,185)"),
                s.flags());

        ReciprocityLedger.Status later = ledger.status(new double[] {1212, 1200}, new double[] {27, 0});
        assertArrayEquals(new double[] {1212, 2412}, later.cumulativeA(), 0.0);
        assertArrayEquals(new double[] {27, 27}, later.cumulativeB(), 0.0);
        assertEquals(2385, later.balance(), 0.0);
        assertEquals(27.0 / 6000, later.completion(), TOL);
    }

    @Test
    void balancedExchangeWithinToleranceIsNotFlagged() {
        double[] a = {50};
        double[] b = {49};
        assertFalse(new ReciprocityLedger(new ReciprocityLedger.NForN(100), 1).status(a, b).flagged());
        assertTrue(new ReciprocityLedger(new ReciprocityLedger.NForN(100)).status(a, b).flagged());
        assertEquals(0.49, new ReciprocityLedger(new ReciprocityLedger.NForN(100)).status(a, b).completion(), TOL);
        ReciprocityLedger.Status over = new ReciprocityLedger(new ReciprocityLedger.NForN(40))
                .status(new double[] {50}, new double[] {50});
        assertEquals(2, over.flags().size());
        assertEquals("A has handed over 50, more than the 40 in the text", over.flags().get(0));
    }

    /** 2:1, tranches (20, 10) and (10, 5): 30/(2·15) = 1. Then (10, 10): 40/(2·25) = 0.8, flagged. */
    @Test
    void ratioCompliance() {
        ReciprocityLedger ledger = new ReciprocityLedger(new ReciprocityLedger.Ratio(2));
        ReciprocityLedger.Status ok = ledger.status(new double[] {20, 10}, new double[] {10, 5});
        assertEquals(1.0, ok.compliance(), 0.0);
        assertFalse(ok.flagged());
        ReciprocityLedger.Status short_ = ledger.status(new double[] {20, 10, 10}, new double[] {10, 5, 10});
        assertEquals(0.8, short_.compliance(), TOL);
        assertEquals(List.of("the text says 2 for 1, but A has handed over 40 against 25 from B (50 expected from A)"),
                short_.flags());
        assertEquals(Double.POSITIVE_INFINITY,
                ledger.status(new double[] {5}, new double[] {0}).compliance());
        assertTrue(Double.isNaN(ledger.status(new double[0], new double[0]).compliance()));
    }

    /** Pools A 1,000–1,200 and B 800–1,000; 390 + 307 each way: A [697/1,200, 697/1,000], B [697/1,000, 697/800]. */
    @Test
    void allForAllCompletionIsAnInterval() {
        ReciprocityLedger ledger = new ReciprocityLedger(new ReciprocityLedger.AllForAll(1000, 1200, 800, 1000));
        ReciprocityLedger.Status s = ledger.status(new double[] {390, 307}, new double[] {390, 307});
        assertArrayEquals(new double[] {697.0 / 1200, 697.0 / 1000}, s.completionA(), TOL);
        assertArrayEquals(new double[] {697.0 / 1000, 697.0 / 800}, s.completionB(), TOL);
        assertEquals(697.0 / 1200, s.completion(), TOL);
        assertFalse(s.flagged());
        ReciprocityLedger.Status beyond = ledger.status(new double[] {0}, new double[] {1100});
        assertEquals(List.of("B has handed over 1,100, more than the top estimate of its pool, 1,000; the estimate "
                + "needs revising"), beyond.flags());
    }

    @Test
    void oneWay() {
        ReciprocityLedger.Status s = new ReciprocityLedger(new ReciprocityLedger.OneWay(0, 6000))
                .status(new double[] {1212}, new double[] {27});
        assertEquals(0.202, s.completion(), TOL);
        assertEquals(List.of("the text has only A handing over, but B has handed over 27"), s.flags());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new ReciprocityLedger.NForN(0));
        assertThrows(IllegalArgumentException.class, () -> new ReciprocityLedger.AllForAll(10, 5, 1, 2));
        ReciprocityLedger ledger = new ReciprocityLedger(new ReciprocityLedger.NForN(10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ledger.status(new double[] {1, -3}, new double[] {1, 0}));
        assertEquals("tranche 1 count from A must be ≥ 0, got -3.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ledger.status(new double[] {1}, new double[0]));
        assertEquals("the counts from A cover 1 tranches but those from B cover 0; give one count per side for every "
                + "tranche", e.getMessage());
    }
}
