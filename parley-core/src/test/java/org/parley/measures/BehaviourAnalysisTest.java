package org.parley.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;

/**
 * The behaviour measures on a hand-computed dance ({@link MeasureProfiles#pair()}): A offers v0, v2, v4, v1; B
 * offers v3, v3, v1, then accepts. In (u_A, u_B): A goes (1, .1) → (.5, .5) → (.4, .3) → (.6, .6), B (.2, 1) →
 * (.2, 1) → (.6, .6).
 */
class BehaviourAnalysisTest {

    private static final double EPS = 1e-12;

    private static List<ActionRecord> trace() {
        int[][] steps = {{0, 0}, {1, 3}, {0, 2}, {1, 3}, {0, 4}, {1, 1}, {0, 1}};
        List<ActionRecord> out = new ArrayList<>();
        int round = 1;
        for (int[] s : steps) {
            Action a = new Offer(s[0], new int[] {s[1]});
            out.add(new ActionRecord(round, round / 10.0, a));
            round += s[0];
        }
        out.add(new ActionRecord(round, round / 10.0, new Accept(1, new int[] {1})));
        return out;
    }

    @Test
    void handComputedDance() {
        List<Profile> profiles = MeasureProfiles.pair();
        ParetoFrontier frontier = OutcomeSpaceAnalysis.frontier(profiles, 1000);
        assertEquals(3, frontier.size());
        BehaviourAnalysis.Result r = BehaviourAnalysis.of(trace(), profiles, frontier);

        Behaviour a = r.parties().get(0);
        assertEquals(4, a.offers());
        assertEquals(3, a.moves());
        // v0→v2: Δs = −.5, Δo = +.4 concession; v2→v4: −.1, −.2 unfortunate; v4→v1: +.2, +.3 fortunate
        assertEquals(1.0 / 3, a.share(MoveKind.CONCESSION), EPS);
        assertEquals(1.0 / 3, a.share(MoveKind.UNFORTUNATE), EPS);
        assertEquals(1.0 / 3, a.share(MoveKind.FORTUNATE), EPS);
        assertEquals(0, a.share(MoveKind.SELFISH), EPS);
        assertEquals(0, a.share(MoveKind.SILENT), EPS);
        assertEquals(0, a.share(MoveKind.NICE), EPS);
        assertEquals((0.5 + 0.1) / 2, a.averageConcession(), EPS);
        // max 1, full yield u_A(v3) = .2, lowest demand .4: (1 − .4)/(1 − .2)
        assertEquals(0.75, a.concessionRate(), EPS);
        // v0 and v1 on the frontier; v2 (.5,.5) is √.02 from v1, v4 (.4,.3) √.13 from v1
        assertEquals((Math.sqrt(0.02) + Math.sqrt(0.13)) / 4, a.offerDistance(), EPS);

        Behaviour b = r.parties().get(1);
        assertEquals(3, b.offers());
        assertEquals(2, b.moves());
        assertEquals(0.5, b.share(MoveKind.SILENT), EPS);
        assertEquals(0.5, b.share(MoveKind.CONCESSION), EPS);
        assertEquals(0.4, b.averageConcession(), EPS);
        // max 1, full yield u_B(v0) = .1, lowest demand .6: .4/.9
        assertEquals(0.4 / 0.9, b.concessionRate(), EPS);
        assertEquals(0, b.offerDistance(), EPS);

        Behaviour s = r.session();
        assertEquals(7, s.offers());
        assertEquals(5, s.moves());
        assertEquals(0.4, s.share(MoveKind.CONCESSION), EPS);
        assertEquals(0.2, s.share(MoveKind.SILENT), EPS);
        assertEquals(0.2, s.share(MoveKind.UNFORTUNATE), EPS);
        assertEquals(0.2, s.share(MoveKind.FORTUNATE), EPS);
        assertEquals(1.0 / 3, s.averageConcession(), EPS);
        assertEquals((Math.sqrt(0.02) + Math.sqrt(0.13)) / 7, s.offerDistance(), EPS);
        assertTrue(Double.isNaN(s.concessionRate()));
    }

    @Test
    void withoutFrontierOrMovesTheMeasuresAreUndefined() {
        List<Profile> profiles = MeasureProfiles.pair();
        List<ActionRecord> one = List.of(new ActionRecord(1, 0.1, new Offer(0, new int[] {2})));
        BehaviourAnalysis.Result r = BehaviourAnalysis.of(one, profiles, null);
        Behaviour a = r.parties().get(0);
        assertEquals(1, a.offers());
        assertEquals(0, a.moves());
        assertTrue(a.shares().isEmpty());
        assertTrue(Double.isNaN(a.share(MoveKind.SILENT)));
        assertTrue(Double.isNaN(a.concessionRate()) && Double.isNaN(a.offerDistance())
                && Double.isNaN(a.averageConcession()));
        assertEquals(0, r.parties().get(1).offers());
    }

    @Test
    void concessionRateFormula() {
        assertEquals(0, ConcessionRate.of(1, 0.2, 1), EPS, "never left its best");
        assertEquals(1, ConcessionRate.of(1, 0.2, 0.2), EPS, "reached the full yield");
        assertEquals(1, ConcessionRate.of(1, 0.2, 0.1), EPS, "went below it");
        assertTrue(Double.isNaN(ConcessionRate.of(1, 1, 0.5)), "nothing to concede");
    }
}
