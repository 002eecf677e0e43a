package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.protocol.GeniusCsv;

/**
 * Agents a and b each meet c on repetitions 0..8 in seat 0 (c in seat 1); a also meets b. a's utilities are the
 * Hollander–Wolfe "x" values scaled by 1/4, b's the "y" values: the matched comparison of a and b is R's example,
 * V = 40, exact two-sided p = 20/512.
 */
class TournamentStatisticsTest {

    private static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    private static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    private static SessionRecord record(int id, int repetition, String a0, String a1, double u0, double u1) {
        double[] u = {u0, u1};
        return new SessionRecord(id, "s", repetition, id, List.of(a0, a1), List.of("p1", "p2"), "180rounds",
                "agreement", java.util.Map.of("x", "v"), 10, 0.5, 19, u, u, u0 + u1, 0, 0,
                new GeniusCsv.Analysis(0, 0, 0, false), null, null, 0.001);
    }

    private static TournamentStatistics statistics() {
        TournamentStatistics s = new TournamentStatistics();
        int id = 0;
        for (int rep = 0; rep < 9; rep++) {
            s.add(record(id++, rep, "a", "c", X[rep] / 4, 0.2));
            s.add(record(id++, rep, "b", "c", Y[rep] / 4, 0.3));
            s.add(record(id++, rep, "a", "b", 0.5, 0.5)); // head to head: matches nothing
        }
        return s;
    }

    @Test
    void matchedPairsGiveRsWilcoxonAndHolmCorrects() {
        List<TournamentStatistics.Comparison> cs = statistics().comparisons();
        assertEquals(3, cs.size());
        TournamentStatistics.Comparison ab = cs.stream().filter(c -> c.agentA().equals("a") && c.agentB().equals("b"))
                .findFirst().orElseThrow();
        assertEquals(9, ab.pairs(), "the nine sessions against c in seat 0; a–b sessions match nothing");
        assertEquals(40, ab.test().wPlus(), 1e-9);
        assertTrue(ab.test().exact());
        assertEquals(20.0 / 512, ab.test().pValue(), 1e-12);
        double meanDiff = 0;
        for (int i = 0; i < 9; i++) {
            meanDiff += (X[i] - Y[i]) / 4 / 9;
        }
        assertEquals(meanDiff, ab.meanDifference(), 1e-12);
        assertEquals(35.0 / 45, ab.test().rankBiserial(), 1e-12);
        // b and c both sat in seat 1 against a (b in the head-to-head sessions, c against a): 9 pairs, every
        // difference 0.5 − 0.2 = 0.3, all tied: normal approximation, σ² = 9·10·19/24 − (9³ − 9)/48 = 56.25,
        // z = (45 − 22.5 − 0.5)/7.5. a and c share no condition (a never sits in seat 1).
        TournamentStatistics.Comparison bc = cs.stream().filter(c -> c.agentA().equals("b")).findFirst()
                .orElseThrow();
        assertEquals(9, bc.pairs());
        assertFalse(bc.test().exact());
        assertEquals(22.0 / 7.5, bc.test().z(), 1e-12);
        double pBc = 2 * org.parley.stats.NormalDistribution.upperTail(22.0 / 7.5);
        assertEquals(pBc, bc.test().pValue(), 1e-12);
        TournamentStatistics.Comparison ac = cs.stream().filter(c -> c.agentB().equals("c") && c.agentA().equals("a"))
                .findFirst().orElseThrow();
        assertEquals(0, ac.pairs());
        assertTrue(Double.isNaN(ac.pHolm()));
        // Holm over the two p-values: 2·p_bc, then max(2·p_bc, 1·p_ab)
        assertEquals(2 * pBc, bc.pHolm(), 1e-12);
        assertEquals(20.0 / 512, ab.pHolm(), 1e-12);
        assertTrue(ab.significant());
    }

    @Test
    void rankingWithIntervals() {
        List<TournamentStatistics.Ranked> r = statistics().ranking();
        assertEquals(List.of("a", "b", "c"), r.stream().map(TournamentStatistics.Ranked::agent).toList());
        assertEquals(18, r.get(0).n());
        double meanA = 0;
        for (double x : X) {
            meanA += (x / 4 + 0.5) / 18;
        }
        assertEquals(meanA, r.get(0).place().mean(), 1e-12);
        assertTrue(r.get(0).place().meanLow() <= meanA && meanA <= r.get(0).place().meanHigh());
        assertEquals(r.get(0).place(), statistics().ranking().get(0).place(), "seeded");
        assertFalse(r.get(2).place().rankLow() < 2, "c is last or next to last in every replicate");
    }

    @Test
    void sameRecordsInAnotherOrderGiveTheSameRankingAndTests() {
        List<SessionRecord> records = new java.util.ArrayList<>();
        int id = 0;
        for (int rep = 0; rep < 9; rep++) {
            records.add(record(id++, rep, "a", "c", X[rep] / 4, 0.2));
            records.add(record(id++, rep, "b", "c", Y[rep] / 4, 0.3));
            records.add(record(id++, rep, "a", "b", 0.5, 0.5));
        }
        long seed = new java.util.Random().nextLong();
        List<SessionRecord> shuffled = new java.util.ArrayList<>(records);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        shuffled.remove(records.get(1));
        shuffled.add(0, records.get(1)); // b, then c, are seen first; a last
        TournamentStatistics inOrder = new TournamentStatistics();
        records.forEach(inOrder::add);
        TournamentStatistics reordered = new TournamentStatistics();
        shuffled.forEach(reordered::add);
        assertEquals(inOrder.ranking(), reordered.ranking(), "seed " + seed);
        assertEquals(inOrder.comparisons().toString(), reordered.comparisons().toString(), "seed " + seed);
    }
}
