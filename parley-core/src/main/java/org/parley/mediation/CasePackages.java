package org.parley.mediation;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.AgreementZone;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;

/**
 * {@code case propose}: mediator packages. The bargaining solutions (Nash, Kalai–Smorodinsky, egalitarian, max
 * welfare) over the packages within the red lines (an issue on which red lines leave no option stays unresolved at
 * the status quo), against the reservation levels, or against zero when no package meets every reservation level; logrolling along the priority-ratio order; Adjusted Winner over the open issues;
 * improvements over the current partial agreement (post-settlement settlement, best minimum gain first); and, per
 * party, the smallest relaxation of its reservation level or of one red line that opens an agreement zone.
 *
 * <p>Logrolling and Adjusted Winner are two-party methods: they use the first two parties.
 */
public final class CasePackages {

    /** How many improvements over the baseline are listed. */
    public static final int IMPROVEMENTS = 3;

    private CasePackages() {
    }

    /**
     * Everything {@code case propose} reports.
     *
     * @param caseFile          the case
     * @param space             the packages within every red line (banked agreements fixed)
     * @param zone              the agreement zone: the packages of {@code space} that meet every reservation level
     * @param againstZero       true when no package meets every reservation level, so the solutions use zero
     * @param unresolved        deadlocked issues, left at the status quo in every package
     * @param solutions         Nash, KS, egalitarian and max-welfare packages (absent when none qualifies)
     * @param logrollOrder      issue ids by decreasing priority ratio of the first two parties
     * @param logroll           the packages along that order: step k gives party A its way on the first k issues
     * @param adjustedWinner    the AW allocation, or null
     * @param baseline          the agreed items plus the status quo
     * @param improvements      packages every party prefers to the baseline, best minimum gain first
     * @param whatItTakes       per party, the relaxations that open the zone
     */
    public record Proposal(Case caseFile, OptionSpace space, AgreementZone zone, boolean againstZero,
            List<String> unresolved,
            List<CasePackage> solutions, List<String> logrollOrder, List<CasePackage> logroll,
            AdjustedWinnerPackage adjustedWinner, CasePackage baseline, List<CasePackage> improvements,
            List<Relaxation> whatItTakes) {
    }

    /** Computes every package for {@code c}. */
    public static Proposal propose(Case c) {
        double[] rv = OptionSpace.reservations(c);
        OptionSpace zoneSpace = OptionSpace.zone(c);
        AgreementZone zone = OptionSpace.agreementZone(zoneSpace.analyze(rv));
        OptionSpace space = OptionSpace.zoneOrStatusQuo(c);
        OutcomeSpaceAnalysis.Result broad = space.analyze(rv);
        boolean againstZero = broad.agreementZone().empty();
        OutcomeSpaceAnalysis.Result r = againstZero ? space.analyze(new double[rv.length]) : broad;
        String against = againstZero ? " (no package meets every reservation level, so gains are counted from zero)"
                : "";
        List<CasePackage> solutions = new ArrayList<>();
        add(solutions, c, space, "nash", r.nash(), "maximises the product of the parties' gains (Nash 1950)"
                + against, rv);
        add(solutions, c, space, "kalaiSmorodinsky", r.kalaiSmorodinsky(), "gives every party the same share of "
                + "its best possible gain (Kalai-Smorodinsky 1975)" + against, rv);
        add(solutions, c, space, "egalitarian", r.egalitarian(), "maximises the smallest gain (Kalai 1977; needs "
                + "comparable scales)" + against, rv);
        add(solutions, c, space, "maxWelfare", r.maxWelfare(), "maximises the sum of utilities (an upper bound; "
                + "needs comparable scales)" + against, rv);
        List<String> order = new ArrayList<>();
        List<CasePackage> logroll = TwoPartyPackages.logroll(c, space, rv, order);
        AdjustedWinnerPackage aw = TwoPartyPackages.adjustedWinner(c, space, rv);
        CasePackage baseline = CasePackage.of(c, "baseline", c.baseline(), "the agreed items plus the status quo on "
                + "every other issue", rv);
        List<CasePackage> improvements = TwoPartyPackages.improvements(c, space, broad.frontier().points(), baseline,
                rv);
        return new Proposal(c, zoneSpace, zone, againstZero, space.unresolved(), solutions, order, logroll, aw,
                baseline, improvements, Relaxation.of(c, rv));
    }

    private static void add(List<CasePackage> out, Case c, OptionSpace space, String method, ParetoFrontier.Point p,
            String why, double[] rv) {
        if (p != null) {
            out.add(CasePackage.of(c, method, space.toCase(p.outcome()), why, rv));
        }
    }
}
