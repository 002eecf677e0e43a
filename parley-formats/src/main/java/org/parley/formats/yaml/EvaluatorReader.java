package org.parley.formats.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.TriangularEvaluator;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one issue's utility specification (the value under {@code utilities: <issue>:}) into a core evaluator. */
final class EvaluatorReader {

    static final List<String> NUMERIC_FORMS = List.of("linear", "constant", "triangular", "interpolate");

    private final YamlDoc doc;

    EvaluatorReader(YamlDoc doc) {
        this.doc = doc;
    }

    Evaluator read(Node spec, Issue issue) {
        String what = "the utility of issue '" + issue.name() + "'";
        YamlDoc.Fields f = doc.fields(spec, what, null);
        try {
            if (issue instanceof DiscreteIssue di) {
                return discrete(f, di, what);
            }
            return numeric(f, issue, what);
        } catch (IllegalArgumentException e) {
            throw doc.error(spec, e.getMessage());
        }
    }

    private Evaluator discrete(YamlDoc.Fields f, DiscreteIssue issue, String what) {
        if (f.get("values") instanceof MappingNode) {
            doc.fields(f.node, what, List.of("values", "normalize"));
            boolean byMax = true;
            if (f.has("normalize")) {
                String n = doc.text(f.get("normalize"), "normalize");
                if (!n.equals("max") && !n.equals("none")) {
                    throw doc.error(f.get("normalize"), "normalize must be 'max' or 'none', got '" + n + "'");
                }
                byMax = n.equals("max");
            }
            return new DiscreteEvaluator(table(doc.fields(f.get("values"), what, null), issue), byMax);
        }
        if (f.entries.size() == 1 && f.has("constant")
                && (issue.indexOf("constant") < 0 || f.get("constant") instanceof MappingNode)) {
            return new ConstantEvaluator(constant(f.get("constant")));
        }
        return new DiscreteEvaluator(table(f, issue), true);
    }

    private Map<String, Double> table(YamlDoc.Fields f, DiscreteIssue issue) {
        Map<String, Double> table = new LinkedHashMap<>();
        for (String option : f.keys()) {
            if (issue.indexOf(option) < 0) {
                throw doc.error(f.keyNode(option), "issue '" + issue.name() + "' has no option '" + option + "'"
                        + YamlDoc.hint(option, issue.values(), "option"));
            }
            Node v = f.get(option);
            double x = doc.finite(v, "the score of option '" + option + "'");
            if (x < 0) {
                throw doc.error(v, "the score of option '" + option + "' is negative (" + x + ")");
            }
            table.put(option, x);
        }
        return table;
    }

    private double constant(Node n) {
        if (n instanceof MappingNode) {
            YamlDoc.Fields c = doc.fields(n, "constant", List.of("value"));
            return doc.finite(doc.require(c, "value", "constant"), "constant value");
        }
        return doc.finite(n, "constant");
    }

    private Evaluator numeric(YamlDoc.Fields f, Issue issue, String what) {
        if (f.entries.size() != 1) {
            throw doc.error(f.node, what + " needs exactly one of " + String.join(", ", NUMERIC_FORMS)
                    + " (a " + kind(issue) + " issue), got " + f.entries.size() + " keys");
        }
        String form = f.keys().get(0);
        Node body = f.get(form);
        switch (form) {
            case "linear" -> {
                YamlDoc.Fields l = doc.fields(body, "linear", List.of("slope", "offset", "intercept"));
                double slope = doc.finite(doc.require(l, "slope", "linear"), "slope");
                if (l.has("offset") == l.has("intercept")) {
                    throw doc.error(body, "linear needs exactly one of 'offset' (integer issues: slope·(x − lower) + "
                            + "offset) or 'intercept' (slope·x + intercept)");
                }
                if (l.has("offset")) {
                    if (!(issue instanceof IntegerIssue)) {
                        throw doc.error(l.keyNode("offset"), "'offset' applies to integer issues only; issue '"
                                + issue.name() + "' is real, so use 'intercept' (slope·x + intercept)");
                    }
                    return new IntegerLinearEvaluator(slope, doc.finite(l.get("offset"), "offset"));
                }
                return new RealLinearEvaluator(doc.finite(l.get("intercept"), "intercept"), slope);
            }
            case "constant" -> {
                return new ConstantEvaluator(constant(body));
            }
            case "triangular" -> {
                YamlDoc.Fields t = doc.fields(body, "triangular", List.of("lower", "top", "upper"));
                double lower = doc.finite(doc.require(t, "lower", "triangular"), "lower");
                double top = doc.finite(doc.require(t, "top", "triangular"), "top");
                double upper = doc.finite(doc.require(t, "upper", "triangular"), "upper");
                return new TriangularEvaluator(lower, upper, top);
            }
            case "interpolate" -> {
                YamlDoc.Fields p = doc.fields(body, "interpolate", List.of("low", "high"));
                double[] low = pair(doc.require(p, "low", "interpolate"), "low");
                double[] high = pair(doc.require(p, "high", "interpolate"), "high");
                return new NumberLinearEvaluator(low[0], low[1], high[0], high[1]);
            }
            default -> {
                throw doc.error(f.keyNode(form), "unknown utility form '" + form + "' for " + kind(issue)
                        + " issue '" + issue.name() + "'" + YamlDoc.hint(form, NUMERIC_FORMS, "form"));
            }
        }
    }

    private double[] pair(Node n, String what) {
        List<Node> xs = doc.sequence(n, what);
        if (xs.size() != 2) {
            throw doc.error(n, what + " must be [value, utility], got " + xs.size() + " elements");
        }
        return new double[] {doc.finite(xs.get(0), what + " value"), doc.finite(xs.get(1), what + " utility")};
    }

    static String kind(Issue issue) {
        return issue instanceof DiscreteIssue ? "discrete" : issue instanceof IntegerIssue ? "integer" : "real";
    }
}
