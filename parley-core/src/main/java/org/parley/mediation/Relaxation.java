package org.parley.mediation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.parley.analysis.ParetoFrontier;
import org.parley.mediation.inline.MinimalRelaxationInline;

/**
 * "What would it take" for one party: the smallest drop of its reservation level that opens the agreement zone
 * with every red line kept, and each single red-line option whose lifting opens it.
 *
 * @param party            the party id
 * @param reservation      its reservation level
 * @param reservationTo    the level that opens the zone (equal to {@code reservation} when it is open), or null
 *                         when lowering it alone cannot
 * @param reservationNote  why not, when null
 * @param redLines         the single red-line options whose lifting opens the zone (least painful first), each with
 *                         the reservation level it would still need when lifting alone is not enough
 */
public record Relaxation(String party, double reservation, Double reservationTo, String reservationNote,
        List<RedLineLift> redLines) {

    /**
     * Lifting one red-line option.
     *
     * @param issue         the issue id
     * @param option        the option that becomes acceptable
     * @param opens         true when lifting it alone opens the zone
     * @param zoneOutcomes  packages in the zone after lifting
     * @param best          the party's best utility in that zone (or, when it does not open, the best it can get
     *                      while the others keep their levels)
     * @param reservationTo when lifting alone is not enough, the reservation level that would then open the zone
     */
    public record RedLineLift(String issue, String option, boolean opens, BigInteger zoneOutcomes, double best,
            Double reservationTo) {
    }

    /** Computes the relaxations of party {@code j}. */
    public static Relaxation of(Case c, int j, CaseZone zone, double[] rv) {
        Preferences p = c.preferences().get(j);
        Double to = null;
        String note = "";
        if (!zone.empty()) {
            to = rv[j];
        } else if (zone.space().isEmpty()) {
            note = "red lines leave no option on " + CaseComparison.join(zone.space().deadlocked());
        } else {
            OptionalDouble best = MinimalRelaxationInline.bestGivenOthers(j, zone.frontier(), rv);
            if (best.isPresent()) {
                to = best.getAsDouble();
            } else {
                note = "no package within the red lines gives the other parties their reservation levels";
            }
        }
        List<RedLineLift> lifts = new ArrayList<>();
        if (zone.empty()) {
            for (RedLine r : p.redLines()) {
                int i = c.issueIndex(r.issue());
                for (int o : r.options()) {
                    CaseZone lifted = CaseZone.of(OptionSpace.zoneLifting(c, j, i, o), rv);
                    if (lifted.space().isEmpty()) {
                        continue;
                    }
                    if (!lifted.empty()) {
                        lifts.add(new RedLineLift(r.issue(), c.issues().get(i).option(o), true, lifted.outcomes(),
                                bestInZone(j, lifted.frontier(), rv), null));
                    } else {
                        OptionalDouble b = MinimalRelaxationInline.bestGivenOthers(j, lifted.frontier(), rv);
                        if (b.isPresent()) {
                            lifts.add(new RedLineLift(r.issue(), c.issues().get(i).option(o), false, BigInteger.ZERO,
                                    b.getAsDouble(), b.getAsDouble()));
                        }
                    }
                }
            }
            lifts.sort((x, y) -> x.opens() != y.opens() ? (x.opens() ? -1 : 1) : Double.compare(y.best(), x.best()));
        }
        return new Relaxation(p.party(), rv[j], to, note, lifts);
    }

    private static double bestInZone(int j, List<ParetoFrontier.Point> frontier, double[] rv) {
        double best = Double.NEGATIVE_INFINITY;
        for (ParetoFrontier.Point pt : frontier) {
            boolean in = true;
            for (int k = 0; k < rv.length; k++) {
                in &= pt.utilities()[k] >= rv[k];
            }
            if (in) {
                best = Math.max(best, pt.utilities()[j]);
            }
        }
        return best;
    }
}
