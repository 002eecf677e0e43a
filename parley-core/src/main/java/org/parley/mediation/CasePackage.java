package org.parley.mediation;

import java.util.ArrayList;
import java.util.List;

/**
 * A package a mediator could table: one option per issue, each party's utility for it, and why it is proposed.
 *
 * @param method           e.g. {@code nash}, {@code logroll-2}, {@code adjusted-winner}, {@code pss-1}
 * @param outcome          one option index per case issue
 * @param utilities        each party's utility, in party order
 * @param why              the reason in one sentence
 * @param belowReservation parties for which it is below the reservation level
 * @param crossesRedLines  "party: issue=option" for each red line it crosses
 */
public record CasePackage(String method, int[] outcome, double[] utilities, String why, List<String> belowReservation,
        List<String> crossesRedLines) {

    /** Copies the arrays and lists. */
    public CasePackage {
        outcome = outcome.clone();
        utilities = utilities.clone();
        belowReservation = List.copyOf(belowReservation);
        crossesRedLines = List.copyOf(crossesRedLines);
    }

    /**
     * Builds a package for {@code outcome}, computing utilities and flags against {@code reservations}. Every option
     * on a party's red line is flagged, whatever put it in the package (an agreed item, the status quo of an issue
     * the red lines leave unresolved, a baseline): a red line is a hard constraint, never a utility.
     */
    public static CasePackage of(Case c, String method, int[] outcome, String why, double[] reservations) {
        double[] u = OptionSpace.utilities(c, outcome);
        List<String> below = new ArrayList<>();
        List<String> red = new ArrayList<>();
        for (int j = 0; j < u.length; j++) {
            Preferences p = c.preferences().get(j);
            if (u[j] < reservations[j]) {
                below.add(p.party());
            }
            for (int i = 0; i < outcome.length; i++) {
                CaseIssue issue = c.issues().get(i);
                if (p.refuses(issue.id(), outcome[i])) {
                    red.add(p.party() + ": " + issue.id() + "=" + issue.option(outcome[i]));
                }
            }
        }
        return new CasePackage(method, outcome, u, why, below, red);
    }

    /** True when no party is below its reservation level and no red line is crossed. */
    public boolean inZone() {
        return belowReservation.isEmpty() && crossesRedLines.isEmpty();
    }
}
