package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasePackagesTest {

    private static final double EPS = 1e-9;

    private static CasePackage find(List<CasePackage> ps, String method) {
        return ps.stream().filter(p -> p.method().equals(method)).findFirst().orElseThrow();
    }

    @Test
    void nashAndKalaiSmorodinskyByHand() {
        // d = (0.5, 0.3). In the zone: (p, lo) = (0.6, 0.7) and (p, mid) = (0.8, 0.35).
        // Nash: 0.1·0.4 = 0.04 > 0.3·0.05 = 0.015 → (p, lo).
        // KS: ideal (0.8, 0.7); (p, lo) r = (1/3, 1) min 1/3 > (p, mid) r = (1, 1/8) min 1/8 → (p, lo).
        // Egalitarian: min gain 0.1 > 0.05 → (p, lo). Max welfare: 1.3 > 1.15 → (p, lo).
        CasePackages.Proposal p = CasePackages.propose(ToyCase.build(0.5, 0.3, false));
        assertFalse(p.againstZero());
        for (String m : List.of("nash", "kalaiSmorodinsky", "egalitarian", "maxWelfare")) {
            assertArrayEquals(new int[] {0, 0}, find(p.solutions(), m).outcome(), m);
            assertArrayEquals(new double[] {0.6, 0.7}, find(p.solutions(), m).utilities(), EPS);
        }
    }

    @Test
    void nashAgainstZeroDiffersFromKalaiSmorodinsky() {
        // d = (0, 0): frontier (0, 1), (0.6, 0.7), (0.8, 0.35), (1, 0).
        // Nash products 0, 0.42, 0.28, 0 → (p, lo). KS ideal (1, 1): smallest shares 0, 0.6, 0.35, 0 → (p, lo).
        CasePackages.Proposal p = CasePackages.propose(ToyCase.build(0, 0, false));
        assertArrayEquals(new double[] {0.6, 0.7}, find(p.solutions(), "nash").utilities(), EPS);
        assertArrayEquals(new double[] {0.6, 0.7}, find(p.solutions(), "kalaiSmorodinsky").utilities(), EPS);
    }

    @Test
    void logrollingFollowsThePriorityRatio() {
        // Each party rates its best option 1 and the other's 0, so the stakes are the weights:
        // ρ_x = 0.6/0.3 = 2, ρ_y = 0.4/0.7: A gets x first, then y.
        CasePackages.Proposal p = CasePackages.propose(ToyCase.build(0.5, 0.3, false));
        assertEquals(List.of("x", "y"), p.logrollOrder());
        assertArrayEquals(new int[] {1, 0}, p.logroll().get(0).outcome());
        assertArrayEquals(new int[] {0, 0}, p.logroll().get(1).outcome());
        assertTrue(p.logroll().get(1).inZone());
        assertArrayEquals(new int[] {0, 2}, p.logroll().get(2).outcome());
    }

    @Test
    void logrollingRanksIssuesByStakesAndSkipsCommonGround() {
        // Stakes s_P = w_P·(v_P(own best) − v_P(other's best)): x: s_A = 0.5·1, s_B = 0.3·1 → ρ = 5/3;
        // y: s_A = 0.3·(1 − 0.2) = 0.24, s_B = 0.5·1 → ρ = 0.48 (the weight ratio 0.3/0.5 = 0.6 would misstate
        // what the step trades); z: both want u, stakes 0, not traded but settled at u in every package.
        CasePackages.Proposal p = CasePackages.propose(ToyCase.threeIssues());
        assertEquals(List.of("x", "y"), p.logrollOrder());
        assertEquals(3, p.logroll().size());
        assertArrayEquals(new int[] {1, 0, 0}, p.logroll().get(0).outcome());
        assertArrayEquals(new double[] {0.26, 1.0}, p.logroll().get(0).utilities(), EPS);
        assertArrayEquals(new int[] {0, 0, 0}, p.logroll().get(1).outcome());
        assertTrue(p.logroll().get(1).why().endsWith("(priority ratio 1.67)"), p.logroll().get(1).why());
        // A gains 0.24 and B loses 0.5 on y
        assertArrayEquals(new int[] {0, 2, 0}, p.logroll().get(2).outcome());
        assertArrayEquals(new double[] {1.0, 0.2}, p.logroll().get(2).utilities(), EPS);
        assertTrue(p.logroll().get(2).why().endsWith("(priority ratio 0.48)"), p.logroll().get(2).why());
    }

    @Test
    void adjustedWinnerSplitsTheOrdinalIssue() {
        // Points A (60, 40), B (30, 70). A wins x (60), B wins y (70). B is ahead and must give up part of y:
        // B keeps p = (60 + 40 − 0)/(70 + 40) = 10/11; both end at 700/11 = 63.64.
        AdjustedWinnerPackage aw = CasePackages.propose(ToyCase.build(0.5, 0.3, false)).adjustedWinner();
        assertEquals("y", aw.split());
        assertEquals(1.0 / 11, aw.shareA(), EPS);
        assertArrayEquals(new double[] {700.0 / 11, 700.0 / 11}, aw.total(), 1e-9);
        assertArrayEquals(new int[] {0, 0}, aw.pkg().outcome());
    }

    @Test
    void postSettlementImprovesOnTheStatusQuo() {
        // Baseline (q, mid) = (0.2, 0.65); only (p, lo) = (0.6, 0.7) improves both: min gain 0.05.
        CasePackages.Proposal p = CasePackages.propose(ToyCase.build(0.5, 0.3, false));
        assertArrayEquals(new double[] {0.2, 0.65}, p.baseline().utilities(), EPS);
        assertEquals(1, p.improvements().size());
        assertArrayEquals(new int[] {0, 0}, p.improvements().get(0).outcome());
    }

    @Test
    void whatItTakes() {
        // B refuses x = p: the space is x = q only, (0, 1), (0.2, 0.65), (0.4, 0.3). A needs 0.5: empty.
        CasePackages.Proposal p = CasePackages.propose(ToyCase.build(0.5, 0.3, true));
        assertTrue(p.zone().empty());
        Relaxation a = p.whatItTakes().get(0);
        assertEquals(0.4, a.reservationTo(), EPS);
        Relaxation b = p.whatItTakes().get(1);
        assertNull(b.reservationTo());
        assertEquals(1, b.redLines().size());
        Relaxation.RedLineLift lift = b.redLines().get(0);
        assertEquals("p", lift.option());
        assertTrue(lift.opens());
        assertEquals(BigInteger.TWO, lift.zoneOutcomes());
        assertEquals(0.7, lift.best(), EPS);
    }

    private static List<CasePackage> every(CasePackages.Proposal p) {
        List<CasePackage> all = new java.util.ArrayList<>(p.solutions());
        all.addAll(p.logroll());
        if (p.adjustedWinner() != null) {
            all.add(p.adjustedWinner().pkg());
        }
        all.add(p.baseline());
        all.addAll(p.improvements());
        return all;
    }

    /**
     * The tester's peace case: every package contained territory=line-of-contact, on one party's red line, and none
     * was flagged, because the red lines leave territory no option and every package leaves it at the status quo. A
     * red line is a hard constraint: the option is flagged whatever put it there.
     */
    @Test
    void anUnresolvedIssueAtTheStatusQuoOnARedLineIsFlaggedInEveryPackage() {
        // A refuses x = q (the status quo), B refuses x = p: nothing is left on x
        Case c = ToyCase.build(0, 0, List.of(new org.parley.preference.RedLine("a", "x", List.of(1), "", "")),
                List.of(new org.parley.preference.RedLine("b", "x", List.of(0), "", "")));
        CasePackages.Proposal p = CasePackages.propose(c);
        assertEquals(List.of("x"), p.unresolved());
        List<CasePackage> all = every(p);
        assertTrue(all.size() >= 7, all.size() + " packages");
        for (CasePackage pkg : all) {
            assertEquals(1, pkg.outcome()[0], pkg.method());
            assertEquals(List.of("a: x=q"), pkg.crossesRedLines(), pkg.method());
            assertFalse(pkg.inZone(), pkg.method());
        }
    }

    /** A user's baseline whose status quo is on the other side's red line was not flagged either. */
    @Test
    void aBaselineOnARedLineIsFlagged() {
        // B refuses x = q, the status quo; x = p is still open, so nothing is deadlocked
        Case c = ToyCase.build(0, 0, List.of(), List.of(new org.parley.preference.RedLine("b", "x", List.of(1), "",
                "")));
        CasePackages.Proposal p = CasePackages.propose(c);
        assertEquals(List.of(), p.unresolved());
        assertArrayEquals(new int[] {1, 1}, p.baseline().outcome());
        assertEquals(List.of("b: x=q"), p.baseline().crossesRedLines());
        assertFalse(p.baseline().inZone());
        for (CasePackage pkg : p.solutions()) {
            assertEquals(List.of(), pkg.crossesRedLines(), pkg.method());
        }
    }
}
