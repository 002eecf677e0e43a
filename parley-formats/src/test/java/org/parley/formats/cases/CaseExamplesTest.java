package org.parley.formats.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;
import org.parley.mediation.GapStatus;
import org.parley.mediation.OptionSpace;
import org.parley.mediation.Preferences;

/** compare, propose and ledger on the two shipped examples, with the values worked out by hand. */
class CaseExamplesTest {

    private static final double EPS = 1e-9;

    static Case peace() {
        return CaseYaml.read(Path.of("../examples/peace-talks-2025/case.yaml"));
    }

    static Case labour() {
        return CaseYaml.read(Path.of("../examples/labour-2026/case.yaml"));
    }

    @Test
    void peaceTalksCompare() {
        CaseComparison.Result r = CaseComparison.compare(peace(), "ukraine", "russia", null);
        // Ukraine's own text: ceasefire 0.20 + territory 0.35·0.7 + neutrality 0.15 + aid 0.15 + sanctions 0.03
        //   + POWs 0.04 + remains (silent → agreed 6,000) 0.02 + children 0.06 = 0.895
        // Russia's own: 0.15 + 0.35 + 0.20 + 0.15 + 0.10 + 0.02 + 0.01 + children case-by-case 0.02·0.6 = 0.992
        // Ukraine reading Russia's: local pauses 0.2·0.2 + POWs 0.04 + remains 0.02 + case-by-case 0.06·0.4 = 0.124
        // Russia reading Ukraine's: line of contact 0.35·0.1 + partly lifted 0.1·0.5 + 0.02 + 0.01 = 0.115
        assertArrayEquals(new double[] {0.895, 0.992}, r.own(), EPS);
        assertArrayEquals(new double[] {0.124, 0.115}, r.other(), EPS);
        List<GapStatus> status = r.issues().stream().map(CaseComparison.IssueGap::status).toList();
        assertEquals(List.of(GapStatus.CONFLICTING, GapStatus.CONFLICTING, GapStatus.CONFLICTING,
                GapStatus.CONFLICTING, GapStatus.CONFLICTING, GapStatus.COMPATIBLE, GapStatus.ONE_SIDE_ONLY,
                GapStatus.CONFLICTING), status);
        // ceasefire: full (rank 3) vs {local pauses 1, conditional 2} → 1/3; sanctions {0, 1} vs 2 → 1/2
        assertEquals(1.0 / 3, r.issues().get(0).distance(), EPS);
        assertEquals(0.5, r.issues().get(4).distance(), EPS);
        assertNull(r.issues().get(6).distance());
        // G = Σ ω g / Σ ω with ω the mean weights, remains left out:
        // (0.175/3 + 0.35 + 0.175 + 0.15 + 0.065·0.5 + 0 + 0.04·0.5) / 0.985
        assertEquals((0.175 / 3 + 0.35 + 0.175 + 0.15 + 0.0325 + 0.02) / 0.985, r.aggregateGap(), EPS);
        assertEquals(List.of("ceasefire", "territory"), r.blocking());
        assertEquals(List.of("territory"), r.space().deadlocked());
        assertTrue(r.zone().empty());
        assertEquals(BigInteger.ZERO, r.zone().outcomes());
        assertEquals("no agreement zone: completely contradictory on ceasefire and territory", r.verdict());
    }

    @Test
    void peaceTalksUnderTheCostOfDelay() {
        // 2025-06-20 → 2025-12-20 is 183 days = 183/30.4375 months; c/V = 0.23/12 and 0.027/12 per month
        CaseComparison.Result r = CaseComparison.compare(peace(), "ukraine", "russia", LocalDate.of(2025, 12, 20));
        double k = 183 / 30.4375;
        assertEquals(0.45 * Math.exp(-0.23 / 12 * k), r.reservations()[0], EPS);
        assertEquals(0.5 * Math.exp(-0.027 / 12 * k), r.reservations()[1], EPS);
        assertTrue(r.zone().empty());
    }

    @Test
    void peaceTalksLedger() {
        CaseLedger.Entry c3 = CaseLedger.of(peace(), null).get(2);
        assertEquals("C3", c3.commitment().id());
        assertEquals(6000L, c3.pledgedA());
        assertEquals(2412, c3.deliveredA());
        assertEquals(27, c3.deliveredB());
        assertEquals(2385, c3.balance());
        assertEquals(27 / 6000.0, c3.completion(), EPS);
        assertEquals(List.of("T2 (2025-06-11): the text says \"6,000 for 6,000\" but russia delivered 1,212 "
                + "against 27 from ukraine", "T3 (2025-06-13): no count reported for ukraine",
                "T3 (2025-06-13): figures reported as approximate", "in total the text says \"6,000 for 6,000\" but "
                + "russia delivered 2,412 against 27 from ukraine"), c3.flags());
        assertEquals(List.of("T2 (2025-06-11)", "T3 (2025-06-13)"), c3.unverified());
    }

    @Test
    void labourCompare() {
        Case c = labour();
        CaseComparison.Result r = CaseComparison.compare(c, "union", "employer", null);
        assertEquals("D3", r.documentB().id());
        // union: 0.45·5/6 + 0.2 (35h) + 0.2 + 0.1 (24 months) + 0.05 = 0.925
        // employer: 0.4·0.5 (3%) + 0.25 (40h) + 0.15·0.8 + 0.15 (36 months) + 0.05·0.6 = 0.75
        // union reading D3: 0.45·0.5 + 0.2·0.5 (38h) + 0.2·0.3 + 0.1 (24) + 0.05 = 0.535
        // employer reading D1: 0.4/6 (5%) + 0.25·0.4 (37h) + 0 + 0.15·0.5 (24) + 0.03 = 0.271666…
        assertArrayEquals(new double[] {0.925, 0.75}, r.own(), EPS);
        assertArrayEquals(new double[] {0.535, 0.4 / 6 + 0.1 + 0.075 + 0.03}, r.other(), EPS);
        assertEquals(1.0 / 3, r.issues().get(0).distance(), EPS);
        assertEquals(GapStatus.COMPATIBLE, r.issues().get(3).status());
        assertEquals(GapStatus.CONGRUENT, r.issues().get(4).status());
        assertEquals(BigInteger.valueOf(bruteForceZone(c)), r.zone().outcomes());
        assertEquals(BigInteger.valueOf(152), r.zone().outcomes());
        assertEquals("agreement zone of 152 packages (of 234 within the red lines); conflicting on wage, hours and "
                + "pension, to be traded", r.verdict());
        // on 15 February the employer's first offer (1.5–2.5%) was on the table: |5 − 2.5| / 6
        CaseComparison.Result feb = CaseComparison.compare(c, "union", "employer", LocalDate.of(2026, 2, 15));
        assertEquals("D2", feb.documentB().id());
        assertEquals(2.5 / 6, feb.issues().get(0).distance(), EPS);
    }

    /** Counts the packages within the red lines that give both parties their reservation levels. */
    private static long bruteForceZone(Case c) {
        OptionSpace s = OptionSpace.zone(c);
        long n = 0;
        int[] x = new int[c.issues().size()];
        return count(c, s, x, 0, n);
    }

    private static long count(Case c, OptionSpace s, int[] x, int i, long n) {
        if (i == x.length) {
            for (Preferences p : c.preferences()) {
                if (p.utility(x) < p.reservation()) {
                    return n;
                }
            }
            return n + 1;
        }
        for (int o : s.allowed(i)) {
            x[i] = o;
            n = count(c, s, x, i + 1, n);
        }
        return n;
    }

    @Test
    void labourPropose() {
        Case c = labour();
        CasePackages.Proposal p = CasePackages.propose(c);
        assertFalse(p.againstZero());
        CasePackage nash = p.solutions().get(0);
        assertEquals("nash", nash.method());
        // wage 3.5%, 40h, higher employer contribution, 36 months: union 0.45·3.5/6 + 0.2 + 0.06 + 0.05 = 0.5725,
        // employer 0.4·2.5/6 + 0.25 + 0 + 0.15 + 0.03 = 0.596666…
        assertEquals("{wage=3.5, hours=40h, pension=higher-employer-contribution, term=36, safety=joint-committee}",
                c.format(nash.outcome()));
        assertArrayEquals(new double[] {0.5725, 0.4 * 2.5 / 6 + 0.43}, nash.utilities(), EPS);
        int[] x = nash.outcome();
        double product = (c.preferences().get(0).utility(x) - 0.35) * (c.preferences().get(1).utility(x) - 0.4);
        assertEquals(bruteForceNash(c), product, EPS);
        // ρ = s_union/s_employer over the allowed options (35h and the pension switch are red lines):
        // pension 0.2·(1 − 0.3) / 0.15·(0.8 − 0) = 7/6, wage 0.45/0.40, hours 0.2·0.75 / 0.25·(1 − 0.4) = 1,
        // term 0.1·(1 − 0.6) / 0.15·(1 − 0.5) = 8/15. (The weight ratios 4/3, 9/8, 4/5 and 2/3 give the same order but
        // not the trade each step makes.)
        assertEquals(List.of("pension", "wage", "hours", "term"), p.logrollOrder());
        assertEquals(List.of("1.17", "1.13", "1.00", "0.53"), p.logroll().stream().skip(1)
                .map(step -> step.why().replaceAll(".*priority ratio ([0-9.]+)\\).*", "$1")).toList());
        assertEquals("wage", p.adjustedWinner().split());
        assertTrue(p.improvements().size() > 0);
        assertTrue(p.whatItTakes().stream().allMatch(w -> w.reservationTo() != null));
    }

    /**
     * The near-tie a new user met: KS chose (0.560, 0.5966666666666668) over the Nash package (0.5725,
     * 0.5966666666666667), which dominates it. No bargaining package is now dominated by any package within the red
     * lines (brute force), beyond rounding.
     */
    @Test
    void labourPackagesAreNotDominated() {
        Case c = labour();
        CasePackages.Proposal p = CasePackages.propose(c);
        CasePackage nash = p.solutions().get(0);
        CasePackage ks = p.solutions().get(1);
        assertEquals("kalaiSmorodinsky", ks.method());
        assertArrayEquals(nash.outcome(), ks.outcome());
        assertArrayEquals(new double[] {0.5725, 0.4 * 2.5 / 6 + 0.43}, ks.utilities(), EPS);
        List<double[]> all = new java.util.ArrayList<>();
        OptionSpace s = OptionSpace.zoneOrStatusQuo(c);
        every(c, s, new int[c.issues().size()], 0, all);
        for (CasePackage pkg : p.solutions()) {
            for (double[] u : all) {
                boolean atLeast = true;
                boolean strict = false;
                for (int j = 0; j < u.length; j++) {
                    atLeast &= u[j] >= pkg.utilities()[j] - 1e-9;
                    strict |= u[j] > pkg.utilities()[j] + 1e-9;
                }
                assertFalse(atLeast && strict, pkg.method() + " is dominated by " + java.util.Arrays.toString(u));
            }
        }
    }

    private static void every(Case c, OptionSpace s, int[] x, int i, List<double[]> out) {
        if (i == x.length) {
            out.add(OptionSpace.utilities(c, x));
            return;
        }
        for (int o : s.allowed(i)) {
            x[i] = o;
            every(c, s, x, i + 1, out);
        }
    }

    private static double bruteForceNash(Case c) {
        OptionSpace s = OptionSpace.zone(c);
        double[] best = {Double.NEGATIVE_INFINITY};
        int[] x = new int[c.issues().size()];
        nash(c, s, x, 0, best);
        return best[0];
    }

    private static void nash(Case c, OptionSpace s, int[] x, int i, double[] best) {
        if (i == x.length) {
            double ua = c.preferences().get(0).utility(x) - 0.35;
            double ub = c.preferences().get(1).utility(x) - 0.4;
            if (ua >= 0 && ub >= 0) {
                best[0] = Math.max(best[0], ua * ub);
            }
            return;
        }
        for (int o : s.allowed(i)) {
            x[i] = o;
            nash(c, s, x, i + 1, best);
        }
    }
}
