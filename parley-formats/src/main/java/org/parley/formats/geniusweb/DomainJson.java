package org.parley.formats.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;

/** GeniusWeb domain JSON ({@code {"name", "issuesValues"}}) to and from {@link Domain}. */
final class DomainJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DomainJson() {
    }

    /** Reads the domain object at {@code path}; {@code defaultName} is used when it has no name. */
    static Domain parse(JsonFile f, JsonNode node, String path, String defaultName) {
        ObjectNode o = f.object(node, path);
        f.allowOnly(o, path, List.of("name", "issuesValues"));
        String name = o.hasNonNull("name") ? f.text(o.get("name"), JsonFile.member(path, "name")) : defaultName;
        String ivPath = JsonFile.member(path, "issuesValues");
        ObjectNode iv = f.object(f.required(o, path, "issuesValues"), ivPath);
        if (iv.isEmpty()) {
            throw f.error(ivPath, "the domain has no issues");
        }
        List<Issue> issues = new ArrayList<>();
        for (String issueName : JsonFile.keys(iv)) {
            issues.add(parseIssue(f, issueName, iv.get(issueName), JsonFile.member(ivPath, issueName)));
        }
        try {
            return new Domain(name, issues);
        } catch (IllegalArgumentException e) {
            throw f.error(ivPath, e.getMessage(), e);
        }
    }

    private static Issue parseIssue(JsonFile f, String name, JsonNode node, String path) {
        if (name.isBlank()) {
            throw f.error(path, "an issue needs a non-blank name");
        }
        ObjectNode o = f.object(node, path);
        f.allowOnly(o, path, List.of("values", "range"));
        if (o.has("values") == o.has("range")) {
            throw f.error(path, "issue '" + name + "' needs exactly one of 'values' or 'range'");
        }
        try {
            if (o.has("values")) {
                String vPath = JsonFile.member(path, "values");
                JsonNode arr = o.get("values");
                if (!arr.isArray()) {
                    throw f.error(vPath, "expected an array of strings, got " + JsonFile.describe(arr));
                }
                List<String> values = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < arr.size(); i++) {
                    String v = f.text(arr.get(i), vPath + "[" + i + "]");
                    if (!seen.add(v)) {
                        throw f.error(vPath + "[" + i + "]", "issue '" + name + "' lists value '" + v + "' twice");
                    }
                    values.add(v);
                }
                if (values.isEmpty()) {
                    throw f.error(vPath, "issue '" + name + "' has no values");
                }
                return new DiscreteIssue(name, values);
            }
            return parseRange(f, name, o.get("range"), JsonFile.member(path, "range"));
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    /** {@code {"low","high","step"}} or the 2019 form {@code [low, high, step]}. */
    private static Issue parseRange(JsonFile f, String name, JsonNode r, String path) {
        BigDecimal low;
        BigDecimal high;
        BigDecimal step;
        if (r.isArray()) {
            if (r.size() != 3) {
                throw f.error(path, "a range array needs exactly [low, high, step], got " + r.size() + " elements");
            }
            low = f.decimal(r.get(0), path + "[0]", "range low");
            high = f.decimal(r.get(1), path + "[1]", "range high");
            step = f.decimal(r.get(2), path + "[2]", "range step");
        } else {
            ObjectNode o = f.object(r, path);
            f.allowOnly(o, path, List.of("low", "high", "step"));
            low = f.decimal(f.required(o, path, "low"), JsonFile.member(path, "low"), "range low");
            high = f.decimal(f.required(o, path, "high"), JsonFile.member(path, "high"), "range high");
            step = f.decimal(f.required(o, path, "step"), JsonFile.member(path, "step"), "range step");
        }
        if (step.signum() <= 0) {
            throw f.error(path, "range step must be positive, got " + step);
        }
        if (high.compareTo(low) < 0) {
            throw f.error(path, "range high " + high + " is below low " + low);
        }
        if (isIntegral(low) && isIntegral(high) && step.compareTo(BigDecimal.ONE) == 0) {
            try {
                return new IntegerIssue(name, low.longValueExact(), high.longValueExact());
            } catch (ArithmeticException e) {
                throw f.error(path, "range bounds " + low + ".." + high + " do not fit in a 64-bit integer");
            }
        }
        BigDecimal[] qr = high.subtract(low).divideAndRemainder(step);
        if (qr[1].signum() != 0) {
            throw f.error(path, "range " + low + ".." + high + " is not a whole number of steps of " + step
                    + " ((high - low) / step = " + high.subtract(low).divide(step, MathContext.DECIMAL64)
                    + ")");
        }
        BigDecimal intervals = qr[0];
        if (intervals.compareTo(BigDecimal.valueOf(Issue.MAX_VALUES - 1)) >= 0) {
            throw f.error(path, "range " + low + ".." + high + " step " + step + " has " + intervals.add(BigDecimal.ONE)
                    + " values; the limit is " + Issue.MAX_VALUES);
        }
        return new RealIssue(name, low, high, Math.max(1, intervals.intValueExact()));
    }

    private static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The domain as GeniusWeb JSON in the new spelling; refuses real issues whose step is not a finite decimal. */
    static ObjectNode toJson(Domain d) {
        ObjectNode o = NODES.objectNode();
        o.put("name", d.name());
        ObjectNode iv = o.putObject("issuesValues");
        for (Issue issue : d.issues()) {
            ObjectNode io = iv.putObject(issue.name());
            if (issue instanceof DiscreteIssue di) {
                ArrayNode arr = io.putArray("values");
                di.values().forEach(arr::add);
            } else if (issue instanceof IntegerIssue ii) {
                ObjectNode r = io.putObject("range");
                r.put("low", ii.lowerBound());
                r.put("high", ii.upperBound());
                r.put("step", 1);
            } else {
                RealIssue ri = (RealIssue) issue;
                BigDecimal step = exactStep(ri);
                if (step == null) {
                    throw new IllegalArgumentException("real issue '" + ri.name() + "' (" + ri.lowerBound() + ".."
                            + ri.upperBound() + " in " + ri.intervals() + " intervals) has no finite decimal step, so "
                            + "it cannot be a GeniusWeb range; GeniusWebJson.writeScenario writes it as a discrete "
                            + "value set");
                }
                ObjectNode r = io.putObject("range");
                r.put("low", ri.lowerBound());
                r.put("high", ri.upperBound());
                r.put("step", step);
            }
        }
        return o;
    }

    /** {@code (ub − lb) / intervals} when it is a finite decimal (1 for a single-point issue), else null. */
    static BigDecimal exactStep(RealIssue ri) {
        BigDecimal span = ri.upperBound().subtract(ri.lowerBound());
        if (span.signum() == 0) {
            return BigDecimal.ONE;
        }
        try {
            return span.divide(BigDecimal.valueOf(ri.intervals()));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * True when {@code a} and {@code b} describe the same domain: same name, and the same issues in the same order
     * with the same values (decimal bounds compared by value, so {@code 0.6} equals {@code 0.60}).
     */
    static boolean sameDomain(Domain a, Domain b) {
        if (!a.name().equals(b.name()) || a.issueCount() != b.issueCount()) {
            return false;
        }
        for (int i = 0; i < a.issueCount(); i++) {
            Issue x = a.issue(i);
            Issue y = b.issue(i);
            if (x instanceof RealIssue rx && y instanceof RealIssue ry) {
                if (!rx.name().equals(ry.name()) || rx.lowerBound().compareTo(ry.lowerBound()) != 0
                        || rx.upperBound().compareTo(ry.upperBound()) != 0 || rx.size() != ry.size()) {
                    return false;
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
