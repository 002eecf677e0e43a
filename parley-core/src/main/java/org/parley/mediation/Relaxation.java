package org.parley.mediation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.methods.MinimalRelaxation;
import org.parley.preference.Profile;
import org.parley.preference.RedLine;

/**
 * "What would it take" for one party of a case: the smallest drop of its reservation level that opens the agreement
 * zone with every red line kept, and each single red-line option whose lifting opens it. Computed by
 * {@link MinimalRelaxation} over every package of the case (banked agreements fixed), with the parties' red lines as
 * constraints.
 *
 * @param party            the party id
 * @param reservation      its reservation level
 * @param reservationTo    the level that opens the zone (equal to {@code reservation} when it is open), or null
 *                         when lowering it alone cannot
 * @param reservationNote  why not, when null
 * @param redLines         when the zone is empty, the single red-line options whose lifting opens the zone or,
 *                         with a lower reservation level, would (opening ones first, then the party's best utility
 *                         descending), each with the reservation level it would still need when lifting alone is
 *                         not enough
 */
public record Relaxation(String party, double reservation, Double reservationTo, String reservationNote,
        List<RedLineLift> redLines) {

    /** Copies the list. */
    public Relaxation {
        redLines = List.copyOf(redLines);
    }

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

    /** Computes the relaxations of every party of {@code c}, in party order, against reservation levels {@code rv}. */
    public static List<Relaxation> of(Case c, double[] rv) {
        OptionSpace all = OptionSpace.unconstrained(c);
        double[] ones = new double[rv.length];
        java.util.Arrays.fill(ones, 1.0);
        List<Profile> profiles = all.profiles(rv, ones);
        MinimalRelaxation.Result r = new MinimalRelaxation(profiles, rv, redLines(c, all),
                MinimalRelaxation.DEFAULT_MAX_ENUMERATION).compute();
        OptionSpace zone = OptionSpace.zone(c);
        List<Relaxation> out = new ArrayList<>();
        for (int j = 0; j < rv.length; j++) {
            out.add(of(c, all, zone, r, j, rv[j]));
        }
        return out;
    }

    private static Relaxation of(Case c, OptionSpace all, OptionSpace zone, MinimalRelaxation.Result r, int j,
            double rv) {
        MinimalRelaxation.PartyRelaxation pr = r.parties().get(j);
        Double to = null;
        String note = "";
        if (!r.zone().empty()) {
            to = rv;
        } else if (zone.isEmpty()) {
            note = "red lines leave no option on " + CaseComparison.join(zone.deadlocked());
        } else if (pr.reservationCanOpen()) {
            to = pr.bestAttainable();
        } else {
            note = "no package within the red lines gives the other parties their reservation levels";
        }
        List<RedLineLift> lifts = new ArrayList<>();
        if (r.zone().empty()) {
            for (MinimalRelaxation.RedLineRelaxation l : pr.redLines()) {
                if (Double.isNaN(l.bestAttainable())) {
                    continue;
                }
                String option = c.issues().get(l.issue()).option(all.allowed(l.issue()).get(l.option()));
                lifts.add(l.opens()
                        ? new RedLineLift(l.redLine().issue(), option, true, l.zone().outcomes(), l.bestAttainable(),
                                null)
                        : new RedLineLift(l.redLine().issue(), option, false, BigInteger.ZERO, l.bestAttainable(),
                                l.bestAttainable()));
            }
            lifts.sort(Comparator.comparing((RedLineLift x) -> !x.opens())
                    .thenComparing(Comparator.comparingDouble(RedLineLift::best).reversed()));
        }
        return new Relaxation(c.preferences().get(j).party(), rv, to, note, lifts);
    }

    /**
     * The parties' red lines on the options of {@code all} (whose issues are the case's, in case order): banked
     * issues keep their agreed option whatever the red lines say, so lines on them are left out.
     */
    private static List<RedLine> redLines(Case c, OptionSpace all) {
        List<RedLine> out = new ArrayList<>();
        for (Preferences p : c.preferences()) {
            for (RedLine line : p.redLines()) {
                int i = c.issueIndex(line.issue());
                if (c.talks().fixed(i)) {
                    continue;
                }
                List<Integer> options = new ArrayList<>();
                for (int o : line.options()) {
                    int v = all.allowed(i).indexOf(o);
                    if (v >= 0) {
                        options.add(v);
                    }
                }
                if (!options.isEmpty()) {
                    out.add(new RedLine(p.party(), line.issue(), options, line.text(), line.source()));
                }
            }
        }
        return out;
    }
}
