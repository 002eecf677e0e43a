package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.formats.FormatException;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Counts;

/** Shared helpers of the case readers: typed access with errors at the YAML node, option and id lookups. */
class Reading {

    final CaseTree tree;

    Reading(CaseTree tree) {
        this.tree = tree;
    }

    FormatException error(String pointer, String problem) {
        return tree.error(pointer, problem);
    }

    FormatException keyError(String pointer, String problem) {
        return tree.keyError(pointer, problem);
    }

    /** Text at {@code node}, or {@code fallback} when absent or null. */
    static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    /** A date (YYYY-MM-DD) at {@code pointer}, or null when absent. */
    LocalDate date(JsonNode node, String key, String pointer) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw error(pointer + "/" + key, key + ": '" + v.asText() + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * A count at {@code pointer}: a whole number from 0 to {@link Counts#MAX}, read exactly (never wrapped or
     * rounded); anything else is an error there.
     */
    long count(JsonNode v, String pointer) {
        if (v == null || !v.isIntegralNumber()) {
            throw error(pointer, "expected a whole number, got " + CaseSchema.describe(v));
        }
        BigInteger n = v.bigIntegerValue();
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(Counts.MAX)) > 0) {
            throw error(pointer, n + " is not a count; counts are whole numbers from 0 to " + Counts.fmt(Counts.MAX));
        }
        return n.longValueExact();
    }

    /** The fields of an object node in order, as (key, pointer). */
    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            out.addAll(node.properties());
        }
        return out;
    }

    /** The elements of an array node (none when absent or null). */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    static String child(String pointer, String key) {
        return pointer + "/" + CaseTree.escape(key);
    }

    /** The option of {@code issue} named by {@code v}; errors name the option and the issue. */
    int option(CaseIssue issue, JsonNode v, String pointer) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            throw error(pointer, "expected an option of issue '" + issue.id() + "', got " + CaseSchema.describe(v));
        }
        int i;
        if (issue.kind().isNumeric()) {
            BigDecimal number = number(v);
            if (number == null) {
                throw error(pointer, "issue '" + issue.id() + "' is " + issue.kind().key() + ": its options are "
                        + "numbers, got '" + v.asText() + "'");
            }
            i = issue.indexOf(number);
            if (i < 0) {
                throw error(pointer, "issue '" + issue.id() + "' has no option " + CaseIssue.label(number) + " ("
                        + range(issue) + ")");
            }
            return i;
        }
        i = issue.indexOf(v.asText());
        if (i < 0) {
            throw error(pointer, "issue '" + issue.id() + "' has no option '" + v.asText() + "'"
                    + Hints.hint(v.asText(), issue.options(), "option"));
        }
        return i;
    }

    /** The options of a numeric issue in words. */
    static String range(CaseIssue issue) {
        List<String> o = issue.options();
        return o.size() <= 8 ? "options " + String.join(", ", o)
                : "options " + o.get(0) + ", " + o.get(1) + ", ..., " + o.get(o.size() - 1);
    }

    /** A number from a numeric node or numeric text, else null. */
    static BigDecimal number(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Refuses a second use of an id within one list. */
    void unique(Map<String, String> seen, String id, String pointer, String what) {
        String first = seen.putIfAbsent(id, tree.where(pointer));
        if (first != null) {
            throw error(pointer, "two " + what + " are named '" + id + "' (first at " + first + ")");
        }
    }

    static Map<String, String> seen() {
        return new HashMap<>();
    }
}
