package org.parley.mediation;

import java.util.List;

/**
 * The state of the talks.
 *
 * @param nothingAgreedUntilEverythingAgreed when true, agreed items stay negotiable in every analysis (they are
 *                                           part of the package); when false they are banked and fixed
 * @param issues                             one state per case issue, in case order
 */
public record TalksState(boolean nothingAgreedUntilEverythingAgreed, List<IssueState> issues) {

    /** Copies the list. */
    public TalksState {
        issues = List.copyOf(issues);
    }

    /** The state of issue {@code i} (case order). */
    public IssueState issue(int i) {
        return issues.get(i);
    }

    /** True when issue {@code i} is fixed at its agreed option in the analysis. */
    public boolean fixed(int i) {
        return !nothingAgreedUntilEverythingAgreed && issues.get(i).status() == IssueStatus.AGREED;
    }
}
