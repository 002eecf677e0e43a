package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseComparisonTest {

    private static final double EPS = 1e-9;

    @Test
    void gapMatrixOfTheToyCase() {
        CaseComparison.Result r = CaseComparison.compare(ToyCase.build(0.5, 0.3, true), "a", "b", null);
        CaseComparison.IssueGap x = r.issues().get(0);
        CaseComparison.IssueGap y = r.issues().get(1);
        assertEquals(GapStatus.CONFLICTING, x.status());
        assertEquals(1.0, x.distance(), EPS);
        // A {mid, hi} vs B {lo}: nearest ranks 1 and 0 of K = 3 → 1/2
        assertEquals(GapStatus.CONFLICTING, y.status());
        assertEquals(0.5, y.distance(), EPS);
        // A reads its own text as (p, hi) = 1.0 and B's as (q, lo) = 0.0;
        // B reads its own as (q, lo) = 1.0 and A's as (p, mid) = 0.3·0 + 0.7·0.5 = 0.35
        assertArrayEquals(new double[] {1.0, 1.0}, r.own(), EPS);
        assertArrayEquals(new double[] {0.0, 0.35}, r.other(), EPS);
        assertEquals(0.6, x.concessionA(), EPS);
        assertEquals(0.4, y.concessionA(), EPS);
        assertEquals(0.3, x.concessionB(), EPS);
        assertEquals(0.35, y.concessionB(), EPS);
        // ω = (0.45, 0.55): G = 0.45·1 + 0.55·0.5 = 0.725
        assertEquals(0.725, r.aggregateGap(), EPS);
    }

    @Test
    void blockingIssueNamedInTheVerdict() {
        CaseComparison.Result r = CaseComparison.compare(ToyCase.build(0.5, 0.3, true), "a", "b", null);
        // x: B's q leaves A at (q, hi) = 0.4 < 0.5; A's p is on B's red line → blocks. y: A accepts lo at (p, lo).
        assertTrue(r.issues().get(0).blocking());
        assertEquals("a: below its reservation level; b: red line", r.issues().get(0).reason());
        assertFalse(r.issues().get(1).blocking());
        assertTrue(r.zone().empty());
        assertEquals("no agreement zone: completely contradictory on x", r.verdict());
    }

    @Test
    void zoneWithoutRedLines() {
        CaseComparison.Result r = CaseComparison.compare(ToyCase.build(0.5, 0.3, false), "a", "b", null);
        // (p, lo) = (0.6, 0.7) and (p, mid) = (0.8, 0.35) clear (0.5, 0.3)
        assertFalse(r.zone().empty());
        assertEquals(BigInteger.TWO, r.zone().outcomes());
        assertEquals("agreement zone of 2 packages (of 6 within the red lines); conflicting on x and y, to be traded",
                r.verdict());
    }

    @Test
    void costOfDelayShrinksTheReservationLevels() {
        // B: c/V = 0.1 per month; 2026-01-01 → 2026-07-02 is 182 days = 182/30.4375 months
        CaseComparison.Result r = CaseComparison.compare(ToyCase.build(0.5, 0.3, false), "a", "b",
                LocalDate.of(2026, 7, 2));
        double k = 182 / 30.4375;
        assertEquals(k, r.periods(), EPS);
        assertEquals(0.5, r.reservations()[0], EPS);
        assertEquals(0.3 * Math.exp(-0.1 * k), r.reservations()[1], EPS);
        assertThrows(IllegalArgumentException.class,
                () -> CaseComparison.compare(ToyCase.build(0.5, 0.3, false), "a", "b", LocalDate.of(2025, 1, 1)),
                "no memorandum is dated before 2026-01-01");
        assertEquals(0, CaseComparison.periods(ToyCase.build(0.5, 0.3, false), LocalDate.of(2025, 12, 1)));
    }

    @Test
    void distanceBetweenPositionsIsTheNearestPair() {
        assertEquals(1.0, CaseComparison.distance(CaseIssueTest.COLOUR, Position.one(0), Position.one(2)), EPS);
        assertEquals(0.0, CaseComparison.distance(CaseIssueTest.COLOUR, Position.set(List.of(0, 2)),
                Position.one(2)), EPS);
        // {none, low} vs {high}: nearest ranks 2 and 4 of K = 5 → 2/4
        assertEquals(0.5, CaseComparison.distance(CaseIssueTest.SCALE, Position.set(List.of(0, 1)),
                Position.one(3)), EPS);
        assertNull(CaseComparison.distance(CaseIssueTest.WAGE, Position.SILENT, Position.one(3)));
    }

    @Test
    void aggregateLeavesOutSilentIssues() {
        // ω = mean of (0.6, 0.2, 0.2) and (0.4, 0.4, 0.2) = (0.5, 0.3, 0.2); the 0.3 issue has no distance:
        // G = (0.5·1 + 0.2·0.25) / 0.7
        assertEquals((0.5 + 0.05) / 0.7, CaseComparison.aggregateGap(Arrays.asList(1.0, null, 0.25),
                new double[] {0.6, 0.2, 0.2}, new double[] {0.4, 0.4, 0.2}), EPS);
        assertEquals(0.0, CaseComparison.aggregateGap(Arrays.asList(null, null, null), new double[] {0.6, 0.2, 0.2},
                new double[] {0.4, 0.4, 0.2}));
    }

    @Test
    void joinsListsInPlainLanguage() {
        assertEquals("a", CaseComparison.join(List.of("a")));
        assertEquals("a and b", CaseComparison.join(List.of("a", "b")));
        assertEquals("a, b and c", CaseComparison.join(List.of("a", "b", "c")));
    }
}
