package org.parley.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.util.Names;
import org.parley.util.SizeLimit;

/**
 * A negotiation domain: a name and an ordered list of issues with unique names, at most {@link SizeLimit#ISSUES}
 * issues and at most {@link SizeLimit#VALUES} values over all issues (checked here, so every reader and every analysis is
 * bounded by it before it scores a value).
 */
public record Domain(String name, List<Issue> issues, Map<String, Integer> positions) {

    public Domain {
        if (name == null) {
            name = "";
        }
        Names.requireNoControl(name, "domain");
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("domain '" + name + "' has no issues");
        }
        SizeLimit.ISSUES.check(issues.size(), "domain '" + name + "' has " + SizeLimit.format(issues.size())
                + " issues");
        long values = 0;
        for (Issue issue : issues) {
            values += issue.size();
        }
        if (values > SizeLimit.VALUES.value()) {
            SizeLimit.VALUES.check(values, "domain '" + name + "' has " + SizeLimit.format(values) + " values over its "
                    + issues.size() + (issues.size() == 1 ? " issue" : " issues"));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            if (index.putIfAbsent(issues.get(i).name(), i) != null) {
                throw new IllegalArgumentException("domain '" + name + "' has two issues named '"
                        + issues.get(i).name() + "'");
            }
        }
        positions = Map.copyOf(index);
    }

    public Domain(String name, List<Issue> issues) {
        this(name, issues, Map.of());
    }

    public int issueCount() {
        return issues.size();
    }

    public Issue issue(int i) {
        return issues.get(i);
    }

    /** Position of the issue named {@code issueName}, or -1. */
    public int indexOf(String issueName) {
        Integer i = positions.get(issueName);
        return i == null ? -1 : i;
    }

    /** The outcome space of this domain. */
    public OutcomeSpace outcomeSpace() {
        return new OutcomeSpace(this);
    }

    /** Checks that {@code outcome} assigns a valid value index to every issue. */
    public void checkOutcome(int[] outcome) {
        if (outcome.length != issues.size()) {
            throw new IllegalArgumentException("an outcome of domain '" + name + "' needs " + issues.size()
                    + " values, got " + outcome.length);
        }
        for (int i = 0; i < outcome.length; i++) {
            issues.get(i).checkIndex(outcome[i]);
        }
    }

    /** Renders an outcome as {@code {issue=value, ...}}. */
    public String format(int[] outcome) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < outcome.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(issues.get(i).name()).append('=').append(issues.get(i).label(outcome[i]));
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && d.name.equals(name) && d.issues.equals(issues);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + issues.hashCode();
    }

    @Override
    public String toString() {
        return "Domain[" + name + ", " + issues.size() + " issues]";
    }
}
