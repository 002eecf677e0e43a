package org.parley.mediation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.methods.CostOfDelay;
import org.parley.preference.RedLine;

/**
 * A two-issue case small enough to analyse by hand (utilities (A, B)):
 * <pre>
 *            y=lo        y=mid        y=hi
 *   x=p   (0.6, 0.7)  (0.8, 0.35)  (1.0, 0.0)
 *   x=q   (0.0, 1.0)  (0.2, 0.65)  (0.4, 0.3)
 * </pre>
 * A: w = (0.6, 0.4), v_x = (p 1, q 0), v_y = (0, 0.5, 1); B: w = (0.3, 0.7), v_x = (0, 1), v_y = (1, 0.5, 0).
 * Status quo (q, mid). A's memorandum: x = p, y ∈ {mid, hi}; B's: x = q, y = lo.
 */
final class ToyCase {

    private ToyCase() {
    }

    static Case build(double rvA, double rvB, boolean bRefusesP) {
        List<RedLine> red = bRefusesP ? List.of(new RedLine("b", "x", List.of(0), "never p", "")) : List.of();
        return build(rvA, rvB, List.of(), red);
    }

    /** The toy case with the given red lines of A and B. */
    static Case build(double rvA, double rvB, List<RedLine> redA, List<RedLine> redB) {
        CaseIssue x = new CaseIssue("x", "X", "", OptionKind.CATEGORICAL, List.of("p", "q"), List.of(), "", false, 1);
        CaseIssue y = new CaseIssue("y", "Y", "", OptionKind.ORDINAL, List.of("lo", "mid", "hi"), List.of(), "", false,
                1);
        Preferences a = new Preferences("a", Preferences.Elicitation.WEIGHTS, new double[] {0.6, 0.4},
                List.of(new double[] {1, 0}, new double[] {0, 0.5, 1}), rvA, redA, null, "");
        Preferences b = new Preferences("b", Preferences.Elicitation.WEIGHTS, new double[] {0.3, 0.7},
                List.of(new double[] {0, 1}, new double[] {1, 0.5, 0}), rvB, redB,
                new CostOfDelay(0.1, "", "", ""), "");
        Map<String, Position> pa = new LinkedHashMap<>();
        pa.put("x", Position.one(0));
        pa.put("y", Position.set(List.of(1, 2)));
        Map<String, Position> pb = new LinkedHashMap<>();
        pb.put("x", Position.one(1));
        pb.put("y", Position.one(0));
        LocalDate d = LocalDate.of(2026, 1, 1);
        Document da = new Document("DA", "a", "memorandum", 1, d, "", "", "", List.of(new Provision("1", "", pa)));
        Document db = new Document("DB", "b", "memorandum", 1, d, "", "", "", List.of(new Provision("1", "", pb)));
        TalksState talks = new TalksState(false, List.of(IssueState.open("x"), IssueState.open("y")));
        return new Case("toy", "Toy", "", "", d, Period.MONTH, 12,
                List.of(new Party("a", "A", false), new Party("b", "B", false)), List.of(), List.of(x, y),
                List.of(a, b), List.of(da, db), talks, List.of(), List.of());
    }

    /**
     * Three issues for logrolling, no documents, reservation levels 0: x and y as above but with A valuing y = lo at
     * 0.2, and z = (u, v) on which both prefer u. A: w = (0.5, 0.3, 0.2), v_y = (0.2, 0.5, 1), v_z = (1, 0);
     * B: w = (0.3, 0.5, 0.2), v_z = (1, 0).
     */
    static Case threeIssues() {
        CaseIssue x = new CaseIssue("x", "X", "", OptionKind.CATEGORICAL, List.of("p", "q"), List.of(), "", false, 1);
        CaseIssue y = new CaseIssue("y", "Y", "", OptionKind.ORDINAL, List.of("lo", "mid", "hi"), List.of(), "", false,
                1);
        CaseIssue z = new CaseIssue("z", "Z", "", OptionKind.CATEGORICAL, List.of("u", "v"), List.of(), "", false, 1);
        Preferences a = new Preferences("a", Preferences.Elicitation.WEIGHTS, new double[] {0.5, 0.3, 0.2},
                List.of(new double[] {1, 0}, new double[] {0.2, 0.5, 1}, new double[] {1, 0}), 0, List.of(), null, "");
        Preferences b = new Preferences("b", Preferences.Elicitation.WEIGHTS, new double[] {0.3, 0.5, 0.2},
                List.of(new double[] {0, 1}, new double[] {1, 0.5, 0}, new double[] {1, 0}), 0, List.of(), null, "");
        TalksState talks = new TalksState(false, List.of(IssueState.open("x"), IssueState.open("y"),
                IssueState.open("z")));
        return new Case("toy3", "Toy", "", "", LocalDate.of(2026, 1, 1), Period.MONTH, 12,
                List.of(new Party("a", "A", false), new Party("b", "B", false)), List.of(), List.of(x, y, z),
                List.of(a, b), List.of(), talks, List.of(), List.of());
    }
}
