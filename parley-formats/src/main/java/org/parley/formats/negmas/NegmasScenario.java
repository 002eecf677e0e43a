package org.parley.formats.negmas;

import java.util.List;

/**
 * A NegMAS scenario folder's content: the outcome space and the utility functions in negotiator order (the sorted
 * order of their file names).
 *
 * @param name         the scenario's name (the folder's name)
 * @param domainSource the domain file (for messages), or its file name when written
 * @param domainName the outcome space's {@code name}
 * @param issues     the issues in order; outcomes are tuples in this order
 * @param ufuns      the utility functions, each aligned with {@code issues}
 */
public record NegmasScenario(String name, String domainSource, String domainName, List<NegmasIssue> issues, List<NegmasUfun> ufuns) {

    public NegmasScenario {
        issues = List.copyOf(issues);
        ufuns = List.copyOf(ufuns);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("outcome space '" + domainName + "' has no issues");
        }
        for (NegmasUfun u : ufuns) {
            if (u.values().size() != issues.size()) {
                throw new IllegalArgumentException("ufun '" + u.name() + "' has " + u.values().size()
                        + " value functions for " + issues.size() + " issues");
            }
        }
    }

    /** True when every issue has finitely many values ({@code DiscreteCartesianOutcomeSpace}). */
    public boolean discrete() {
        return issues.stream().allMatch(NegmasIssue::finite);
    }
}
