package org.parley.agent.process;

import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.Profile;
import org.parley.preference.UtilityFunction;

/**
 * An agent's own profile as the agent protocol sends it ({@code docs/agent-protocol.md}, "The profile"): the domain's
 * issues with their values in order (an outcome is a list of value indices into them), the utility function, the
 * reservation value and the discount factor.
 *
 * <p>Linear additive utilities are sent as their weights and, per issue, the evaluation {@code e_i(v)} of every value
 * in {@code [0, 1]}, already computed by parley from the profile's evaluator (discrete table, linear, triangular,
 * ...): the agent computes {@code min(1, Σ_i w_i·e_i(v_i))}, summing in issue order from 0, and gets exactly parley's
 * utilities (every number round-trips). The ANAC 2014 non-linear utilities are sent as their hyper-rectangles, with
 * bounds given as value indices.
 */
public final class ProfileJson {

    private ProfileJson() {
    }

    /**
     * The profile as one JSON object.
     *
     * @throws IllegalArgumentException when the profile's utility is of a kind the protocol does not describe
     */
    public static String of(Profile profile) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, profile);
        return sb.toString();
    }

    static void append(StringBuilder sb, Profile profile) {
        Domain d = profile.domain();
        sb.append("{\"name\":");
        Json.quote(sb, profile.name());
        sb.append(",\"domain\":");
        Json.quote(sb, d.name());
        sb.append(",\"issues\":[");
        for (int i = 0; i < d.issueCount(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            issue(sb, d.issue(i));
        }
        sb.append("],\"utility\":");
        utility(sb, profile.utility());
        sb.append(",\"reservationValue\":");
        Json.number(sb, profile.reservationValue());
        sb.append(",\"discountFactor\":");
        Json.number(sb, profile.discountFactor());
        sb.append('}');
    }

    private static void issue(StringBuilder sb, Issue issue) {
        sb.append("{\"name\":");
        Json.quote(sb, issue.name());
        if (issue instanceof DiscreteIssue di) {
            sb.append(",\"type\":\"discrete\",\"values\":[");
            for (int v = 0; v < di.size(); v++) {
                if (v > 0) {
                    sb.append(',');
                }
                Json.quote(sb, di.label(v));
            }
        } else if (issue instanceof IntegerIssue ii) {
            sb.append(",\"type\":\"integer\",\"values\":[");
            for (int v = 0; v < ii.size(); v++) {
                if (v > 0) {
                    sb.append(',');
                }
                sb.append(ii.value(v));
            }
        } else {
            RealIssue ri = (RealIssue) issue;
            sb.append(",\"type\":\"real\",\"values\":[");
            for (int v = 0; v < ri.size(); v++) {
                if (v > 0) {
                    sb.append(',');
                }
                sb.append(ri.value(v).toPlainString());
            }
        }
        sb.append("]}");
    }

    private static void utility(StringBuilder sb, UtilityFunction u) {
        if (u instanceof AdditiveUtility a) {
            Domain d = a.domain();
            sb.append("{\"type\":\"additive\",\"weights\":[");
            for (int i = 0; i < d.issueCount(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Json.number(sb, a.weight(i));
            }
            sb.append("],\"evaluations\":[");
            for (int i = 0; i < d.issueCount(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('[');
                Issue issue = d.issue(i);
                for (int v = 0; v < issue.size(); v++) {
                    if (v > 0) {
                        sb.append(',');
                    }
                    Json.number(sb, a.evaluator(i).evaluate(issue, v));
                }
                sb.append(']');
            }
            sb.append("]}");
        } else if (u instanceof HyperRectangleUtility h) {
            sb.append("{\"type\":\"hyperrectangles\",\"maxUtility\":");
            Json.number(sb, h.maxUtility());
            sb.append(",\"rectangles\":[");
            boolean first = true;
            for (HyperRectangleUtility.Rectangle r : h.rectangles()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append("{\"utility\":");
                Json.number(sb, r.utility());
                sb.append(",\"weight\":");
                Json.number(sb, r.weight());
                sb.append(",\"inclusive\":").append(r.inclusive()).append(",\"bounds\":[");
                for (int b = 0; b < r.bounds().size(); b++) {
                    HyperRectangleUtility.Bound bound = r.bounds().get(b);
                    long lb = ((IntegerIssue) h.domain().issue(bound.issue())).lowerBound();
                    if (b > 0) {
                        sb.append(',');
                    }
                    sb.append("{\"issue\":").append(bound.issue()).append(",\"min\":").append(bound.min() - lb)
                            .append(",\"max\":").append(bound.max() - lb).append('}');
                }
                sb.append("]}");
            }
            sb.append("]}");
        } else {
            throw new IllegalArgumentException("an agent process cannot be given a utility function of kind "
                    + u.getClass().getSimpleName() + "; the agent protocol describes additive and hyper-rectangle "
                    + "utilities");
        }
    }
}
