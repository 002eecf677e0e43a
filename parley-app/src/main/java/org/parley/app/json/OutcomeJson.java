package org.parley.app.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;

/**
 * Outcomes as {@code {issue: value}} objects, the way every parley JSON document writes them: the value's name for a
 * discrete issue, a number for an integer issue ({@code Long}) or a real one ({@code BigDecimal}, as written in the
 * domain). Keys are in the domain's issue order.
 */
public final class OutcomeJson {

    private OutcomeJson() {
    }

    /** The outcome as an ordered map: issue name to a {@code String}, {@code Long} or {@code BigDecimal}. */
    public static Map<String, Object> toMap(Domain domain, int[] outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < outcome.length; i++) {
            Issue issue = domain.issue(i);
            Object value;
            if (issue instanceof IntegerIssue ii) {
                value = ii.value(outcome[i]);
            } else if (issue instanceof RealIssue ri) {
                value = ri.value(outcome[i]);
            } else {
                value = issue.label(outcome[i]);
            }
            m.put(issue.name(), value);
        }
        return m;
    }

    /** The outcome as a JSON object: names for discrete values, numbers for integer and real ones. */
    public static ObjectNode toJson(Domain domain, int[] outcome) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : toMap(domain, outcome).entrySet()) {
            Object v = e.getValue();
            if (v instanceof Long l) {
                node.put(e.getKey(), l);
            } else if (v instanceof BigDecimal b) {
                node.put(e.getKey(), b);
            } else {
                node.put(e.getKey(), (String) v);
            }
        }
        return node;
    }
}
