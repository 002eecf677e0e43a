package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.server.web.ApiError;
import org.parley.util.Tolerance;

/** Outcomes as {@code {"ISSUE": VALUE}} objects (as every parley JSON document writes them) read back. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * The outcome {@code o} names: every issue of {@code domain} once, with one of its values (a discrete value's
     * name; a number for integer and real issues, or its text).
     *
     * @throws ApiError 400 naming the pointer under {@code at} of a missing, unknown or invalid issue or value
     */
    static int[] parse(Domain domain, JsonNode o, String at) {
        if (!o.isObject()) {
            throw ApiError.badRequest(at, "an outcome is an object {\"ISSUE\": VALUE, ...} with every issue");
        }
        int[] out = new int[domain.issueCount()];
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (domain.indexOf(e.getKey()) < 0) {
                throw ApiError.badRequest(at + "/" + pointer(e.getKey()), "the scenario has no issue '" + e.getKey()
                        + "'; its issues are " + issues(domain));
            }
        }
        for (int i = 0; i < out.length; i++) {
            Issue issue = domain.issue(i);
            JsonNode v = o.get(issue.name());
            String p = at + "/" + pointer(issue.name());
            if (v == null || v.isNull()) {
                throw ApiError.badRequest(p, "the outcome has no value for issue '" + issue.name() + "'");
            }
            int k = v.isValueNode() ? issue.indexOf(v.asText()) : -1;
            if (k < 0 && v.isNumber() && issue.isNumeric()) {
                for (int j = 0; j < issue.size(); j++) {
                    if (Math.abs(issue.numericValue(j) - v.doubleValue()) <= Tolerance.EPS) {
                        k = j;
                        break;
                    }
                }
            }
            if (k < 0) {
                throw ApiError.badRequest(p, "issue '" + issue.name() + "' has no value " + v + values(issue));
            }
            out[i] = k;
        }
        return out;
    }

    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String issues(Domain d) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < d.issueCount(); i++) {
            names.add(d.issue(i).name());
        }
        return String.join(", ", names);
    }

    private static String values(Issue issue) {
        if (issue.size() > 12) {
            return " (it has " + issue.size() + " values, from " + issue.label(0) + " to "
                    + issue.label(issue.size() - 1) + ")";
        }
        List<String> v = new ArrayList<>();
        for (int j = 0; j < issue.size(); j++) {
            v.add(issue.label(j));
        }
        return "; its values are " + String.join(", ", v);
    }
}
