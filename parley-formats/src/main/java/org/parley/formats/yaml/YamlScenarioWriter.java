package org.parley.formats.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.HyperRectangleUtility.Bound;
import org.parley.preference.HyperRectangleUtility.Rectangle;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;
import org.parley.preference.TriangularEvaluator;

/**
 * Writes a {@link Scenario} as parley YAML (version 1). Lossless: numbers use {@link Double#toString} (which reads
 * back to the same double), decimal bounds keep their exact text, and every core evaluator has a form.
 */
final class YamlScenarioWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+\\-/()]*( [A-Za-z0-9_.+\\-/()]+)*");

    private final StringBuilder out = new StringBuilder();

    private YamlScenarioWriter() {
    }

    static String write(Scenario s) {
        YamlScenarioWriter w = new YamlScenarioWriter();
        w.scenario(s);
        return w.out.toString();
    }

    private void scenario(Scenario s) {
        Domain d = s.domain();
        out.append("parley: 1\n");
        out.append("name: ").append(str(s.name())).append('\n');
        if (!d.name().equals(s.name())) {
            out.append("domain: ").append(str(d.name())).append('\n');
        }
        out.append("issues:\n");
        for (Issue issue : d.issues()) {
            out.append("  - name: ").append(str(issue.name())).append('\n');
            if (issue instanceof DiscreteIssue di) {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                di.values().forEach(v -> j.add(str(v)));
                out.append("    values: ").append(j).append('\n');
            } else if (issue instanceof IntegerIssue ii) {
                out.append("    integer: [").append(ii.lowerBound()).append(", ").append(ii.upperBound())
                        .append("]\n");
            } else {
                RealIssue ri = (RealIssue) issue;
                out.append("    real: [").append(ri.lowerBound()).append(", ").append(ri.upperBound()).append("]\n");
                if (ri.intervals() != RealIssue.DEFAULT_INTERVALS) {
                    out.append("    intervals: ").append(ri.intervals()).append('\n');
                }
            }
        }
        if (s.profiles().isEmpty()) {
            out.append("parties: []\n");
            return;
        }
        out.append("parties:\n");
        for (Profile p : s.profiles()) {
            party(p);
        }
    }

    private void party(Profile p) {
        Domain d = p.domain();
        out.append("  - name: ").append(str(p.name())).append('\n');
        int[] ro = p.reservationOutcome();
        if (ro != null) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (int i = 0; i < ro.length; i++) {
                j.add(str(d.issue(i).name()) + ": " + str(d.issue(i).label(ro[i])));
            }
            out.append("    reservation: {outcome: ").append(j);
            if (Double.compare(p.reservationValue(), p.utility(ro)) != 0) {
                out.append(", value: ").append(num(p.reservationValue()));
            }
            out.append("}\n");
        } else if (Double.compare(p.reservationValue(), 0.0) != 0) {
            out.append("    reservation: ").append(num(p.reservationValue())).append('\n');
        }
        if (p.discountFactor() != 1.0) {
            out.append("    discount: ").append(num(p.discountFactor())).append('\n');
        }
        if (p.utility() instanceof AdditiveUtility u) {
            StringJoiner w = new StringJoiner(", ", "{", "}");
            for (int i = 0; i < d.issueCount(); i++) {
                w.add(str(d.issue(i).name()) + ": " + num(u.weight(i)));
            }
            out.append("    weights: ").append(w).append('\n');
            out.append("    utilities:\n");
            for (int i = 0; i < d.issueCount(); i++) {
                out.append("      ").append(str(d.issue(i).name())).append(": ")
                        .append(evaluator(u.evaluator(i), d.issue(i))).append('\n');
            }
        } else if (p.utility() instanceof HyperRectangleUtility h) {
            rectangles(h);
        } else {
            throw new IllegalArgumentException("profile '" + p.name() + "' uses a utility parley YAML cannot "
                    + "express: " + p.utility().getClass().getName());
        }
    }

    static String evaluator(Evaluator e, Issue issue) {
        if (e instanceof DiscreteEvaluator de) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            de.evaluations().forEach((k, v) -> j.add(str(k) + ": " + num(v)));
            return de.normalizeByMax() ? j.toString() : "{values: " + j + ", normalize: none}";
        }
        if (e instanceof ConstantEvaluator c) {
            boolean clash = issue instanceof DiscreteIssue && issue.indexOf("constant") >= 0;
            return clash ? "{constant: {value: " + num(c.value()) + "}}" : "{constant: " + num(c.value()) + "}";
        }
        if (e instanceof IntegerLinearEvaluator l) {
            return "{linear: {slope: " + num(l.slope()) + ", offset: " + num(l.offset()) + "}}";
        }
        if (e instanceof RealLinearEvaluator l) {
            return "{linear: {slope: " + num(l.parameter1()) + ", intercept: " + num(l.parameter0()) + "}}";
        }
        if (e instanceof TriangularEvaluator t) {
            return "{triangular: {lower: " + num(t.lower()) + ", top: " + num(t.top()) + ", upper: "
                    + num(t.upper()) + "}}";
        }
        NumberLinearEvaluator n = (NumberLinearEvaluator) e;
        return "{interpolate: {low: [" + num(n.lowValue()) + ", " + num(n.lowUtility()) + "], high: ["
                + num(n.highValue()) + ", " + num(n.highUtility()) + "]}}";
    }

    /**
     * Writes the constraints. YAML maps each issue to one bound, so several bounds on one issue are written as their
     * intersection; a rectangle with an empty intersection never (inclusive) or always (exclusive) pays, and is
     * written as such. Utilities are unchanged, bit for bit.
     */
    private void rectangles(HyperRectangleUtility h) {
        Domain d = h.domain();
        out.append("    rectangles:\n");
        out.append("      max: ").append(num(h.maxUtility())).append('\n');
        StringBuilder cs = new StringBuilder();
        for (Rectangle r : h.rectangles()) {
            Map<Integer, long[]> merged = new LinkedHashMap<>();
            boolean empty = false;
            for (Bound b : r.bounds()) {
                long[] mm = merged.computeIfAbsent(b.issue(), k -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
                mm[0] = Math.max(mm[0], b.min());
                mm[1] = Math.min(mm[1], b.max());
                empty |= mm[0] > mm[1];
            }
            if (empty && r.inclusive()) {
                continue;
            }
            cs.append("        - {utility: ").append(num(r.utility()));
            if (r.weight() != 1.0) {
                cs.append(", weight: ").append(num(r.weight()));
            }
            if (empty || r.bounds().isEmpty()) {
                cs.append(r.inclusive() || empty ? "" : ", excludes: {}");
            } else {
                StringJoiner j = new StringJoiner(", ", "{", "}");
                merged.forEach((i, mm) -> j.add(str(d.issue(i).name()) + ": [" + mm[0] + ", " + mm[1] + "]"));
                cs.append(r.inclusive() ? ", includes: " : ", excludes: ").append(j);
            }
            cs.append("}\n");
        }
        out.append("      constraints:").append(cs.length() == 0 ? " []\n" : "\n" + cs);
    }

    /** A double that reads back to exactly the same value. */
    static String num(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("cannot write the non-finite number " + d);
        }
        return Double.toString(d);
    }

    /** Text as a YAML scalar: plain when unambiguous, else double-quoted with escapes. */
    static String str(String s) {
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF
                    || c == 0xFFFE || c == 0xFFFF || c == 0x2028 || c == 0x2029) {
                b.append(c <= 0xFF ? String.format("\\x%02X", c) : String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }
}
