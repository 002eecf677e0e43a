package org.parley.formats.negmas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.formats.FormatException;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;
import org.parley.preference.TriangularEvaluator;

/**
 * Turns a NegMAS scenario into a parley scenario with the same utility on every outcome.
 *
 * <p>parley's additive utilities are {@code min(1, Σ w_i·e_i)} with weights ≥ 0 and evaluations in [0, 1] (GENIUS
 * semantics); NegMAS's are {@code bias + Σ w_i·f_i} with nothing bounded. An issue whose weight is ≥ 0 and whose
 * values score in [0, 1] keeps its weight and function as they are, so its contribution is bit-identical. Any other
 * issue is rescaled: its contribution {@code w·f} becomes {@code M·e} with {@code e} in [0, 1] and the constant
 * left over (with the bias) is added to one table or linear issue; utilities then agree to a few units in the last
 * place. A profile whose utilities leave [0, 1] (beyond the tolerance 1e-9) cannot be represented and is refused.
 *
 * <p>Issues: categorical ones become discrete issues whose values are the text of NegMAS's values; integer issues
 * stay integer when every function on them is linear or triangular, and otherwise become discrete issues of their
 * integers; continuous issues become real issues enumerated at {@code n_levels} points (21 when the file has no
 * hint, as GENIUS), and must be scored by linear or triangular functions.
 */
final class NegmasImport {

    /** The tolerance for utilities just outside [0, 1]. */
    static final double TOLERANCE = 1e-9;

    /** GENIUS's discretisation of a real issue: 20 intervals, used when the file gives no {@code n_levels}. */
    static final int DEFAULT_LEVELS = RealIssue.DEFAULT_INTERVALS + 1;

    private final NegmasScenario s;
    private final List<String> notes;
    private final Domain domain;

    private NegmasImport(NegmasScenario s, List<String> notes) {
        this.s = s;
        this.notes = notes;
        this.domain = domain();
    }

    /** The parley scenario; what changed in representation is added to {@code notes}, one sentence each. */
    static Scenario toParley(NegmasScenario s, List<String> notes) {
        NegmasImport in = new NegmasImport(s, notes);
        List<Profile> profiles = new ArrayList<>();
        for (NegmasUfun u : s.ufuns()) {
            profiles.add(in.profile(u));
        }
        return new Scenario(s.name(), in.domain, profiles);
    }

    /** The NegMAS value (String, Long or Double) of parley value index {@code v} of issue {@code i}. */
    static Object value(NegmasIssue issue, Issue parley, int v) {
        if (issue instanceof NegmasIssue.Categorical c) {
            return c.values().get(v);
        }
        if (issue instanceof NegmasIssue.Contiguous c) {
            return c.lo() + v;
        }
        return parley.numericValue(v);
    }

    private FormatException error(String source, String problem) {
        return new FormatException(source == null ? null : Path.of(source), null, problem);
    }

    private Domain domain() {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < s.issues().size(); i++) {
            NegmasIssue ni = s.issues().get(i);
            try {
                issues.add(issue(i, ni));
            } catch (IllegalArgumentException e) {
                throw error(s.domainSource(), e.getMessage());
            }
        }
        try {
            return new Domain(s.domainName(), issues);
        } catch (IllegalArgumentException e) {
            throw error(s.domainSource(), e.getMessage());
        }
    }

    private Issue issue(int i, NegmasIssue ni) {
        if (ni instanceof NegmasIssue.Categorical c) {
            List<String> labels = new ArrayList<>();
            Map<String, Object> seen = new LinkedHashMap<>();
            for (Object v : c.values()) {
                String label = Values.label(v);
                Object prev = seen.putIfAbsent(label, v);
                if (prev != null) {
                    throw new IllegalArgumentException("issue '" + c.name() + "' has the values " + Values.show(prev)
                            + " and " + Values.show(v) + ", which parley cannot tell apart (it keeps values as text)");
                }
                labels.add(label);
            }
            if (!c.values().stream().allMatch(v -> v instanceof String)) {
                notes.add("issue '" + c.name() + "': its numeric values are kept as text labels (parley's discrete "
                        + "issues hold text), and are written back as text");
            }
            return new DiscreteIssue(c.name(), labels);
        }
        if (ni instanceof NegmasIssue.Contiguous c) {
            if (c.hi() - c.lo() + 1 > Issue.MAX_VALUES || c.hi() - c.lo() < 0) {
                throw new IllegalArgumentException("integer issue '" + c.name() + "' spans " + c.lo() + ".." + c.hi()
                        + "; at most " + Issue.MAX_VALUES + " values are supported");
            }
            for (NegmasUfun u : s.ufuns()) {
                ValueFunction f = u.values().get(i);
                if (!(f.affine() || f instanceof ValueFunction.Triangular)) {
                    notes.add("issue '" + c.name() + "': " + fileName(u.source()) + " scores it with " + f.tag()
                            + ", and parley's integer issues take only linear or triangular evaluations, so it is "
                            + "read as a discrete issue of the values " + c.lo() + ".." + c.hi());
                    List<String> labels = new ArrayList<>();
                    for (long v = c.lo(); v <= c.hi(); v++) {
                        labels.add(Long.toString(v));
                    }
                    return new DiscreteIssue(c.name(), labels);
                }
            }
            return new IntegerIssue(c.name(), c.lo(), c.hi());
        }
        NegmasIssue.Continuous c = (NegmasIssue.Continuous) ni;
        for (NegmasUfun u : s.ufuns()) {
            ValueFunction f = u.values().get(i);
            if (!(f.affine() || f instanceof ValueFunction.Triangular)) {
                throw error(u.source(), "ufun '" + u.name() + "' scores the continuous issue '" + c.name() + "' with "
                        + "a " + f.tag() + "; parley represents continuous issues only with AffineFun, LinearFun, "
                        + "IdentityFun, ConstFun or TriangularFun");
            }
        }
        int levels = c.levels() == null ? DEFAULT_LEVELS : c.levels();
        return new RealIssue(c.name(), PythonFloats.shortest(c.lo()), PythonFloats.shortest(c.hi()), levels - 1);
    }

    /** How one issue of one profile is represented: exactly (weight and function as written) or rescaled. */
    private static final class Part {
        final Issue issue;
        Evaluator exact;
        double weight;
        // a rescaled part: contribution c(v) = w·f(v) as a table over the values, or as A·x + B, or m + M·tri(x)
        double[] table;
        boolean line;
        double slope;
        double intercept;
        TriangularEvaluator triangle;
        double triangleHeight;

        Part(Issue issue) {
            this.issue = issue;
        }

        boolean canShift() {
            return table != null || line;
        }

        double value(int v) {
            if (table != null) {
                return table[v];
            }
            return slope == 0 ? intercept : slope * issue.numericValue(v) + intercept;
        }

        /** A rescaled constant: it carries any constant, of either sign, as a ConstantEvaluator of weight 1. */
        boolean constant() {
            return line && slope == 0;
        }

        /** Smallest contribution (a rescaled table or line). */
        double min() {
            if (table != null) {
                double m = Double.POSITIVE_INFINITY;
                for (double x : table) {
                    m = Math.min(m, x);
                }
                return m;
            }
            return Math.min(value(0), value(issue.size() - 1));
        }

        void shift(double by) {
            if (table != null) {
                for (int v = 0; v < table.length; v++) {
                    table[v] += by;
                }
            } else {
                intercept += by;
            }
        }
    }

    private Profile profile(NegmasUfun u) {
        checkRange(u);
        int n = domain.issueCount();
        List<Part> parts = new ArrayList<>();
        boolean rescaled = false;
        for (int i = 0; i < n; i++) {
            Part p = part(u, i);
            parts.add(p);
            rescaled |= p.exact == null;
        }
        double constant = u.bias();
        for (Part p : parts) {
            if (p.exact == null) {
                constant += settle(p);
            }
        }
        if (constant < 0) {
            for (int i = 0; i < n && constant < 0; i++) {
                if (u.values().get(i) instanceof ValueFunction.Const) {
                    Part p = parts.get(i);
                    if (p.exact != null) {
                        rescale(u, p, i);
                        constant += settle(p);
                        rescaled = true;
                    }
                    p.shift(constant);
                    constant = 0;
                }
            }
            for (int i = 0; i < n && constant < 0; i++) {
                Part p = parts.get(i);
                if (p.exact != null && !(p.exact instanceof TriangularEvaluator)) {
                    rescale(u, p, i);
                    constant += settle(p);
                    rescaled = true;
                }
            }
            if (constant < -TOLERANCE) {
                throw error(u.source(), "ufun '" + u.name() + "' has a negative constant part (" + constant + ") that "
                        + "parley cannot represent");
            }
            constant = 0;
        }
        if (constant > 0) {
            Part target = parts.stream().filter(p -> p.exact == null && p.canShift()).findFirst().orElse(null);
            for (int i = 0; i < n && target == null; i++) {
                Part p = parts.get(i);
                if (p.exact != null && !(p.exact instanceof TriangularEvaluator)) {
                    rescale(u, p, i);
                    constant += settle(p);
                    target = p;
                    rescaled = true;
                }
            }
            if (target == null) {
                throw error(u.source(), "ufun '" + u.name() + "' has a constant part (bias " + u.bias() + ") and only "
                        + "triangular functions to carry it; parley cannot represent that");
            }
            target.shift(constant);
        }
        double[] weights = new double[n];
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Part p = parts.get(i);
            if (p.exact == null) {
                finish(p);
            }
            weights[i] = p.weight;
            evaluators.add(p.exact);
        }
        if (rescaled) {
            notes.add(fileName(u.source()) + ": weights and values rescaled to parley's form (weights ≥ 0, values in "
                    + "[0, 1]" + (u.bias() != 0 ? ", no bias" : "") + "); every utility is unchanged");
        }
        double reserved = u.reservedValue();
        if (reserved == Double.NEGATIVE_INFINITY) {
            notes.add(fileName(u.source()) + ": no reserved value (NegMAS: -inf, any agreement beats none); read as 0, "
                    + "parley's default");
            reserved = 0;
        }
        double discount = 1.0;
        if (u.discount() != null) {
            discount = u.discount().discount();
            notes.add(fileName(u.source()) + ": discount " + PythonFloats.repr(discount) + " is kept, but NegMAS "
                    + "applies it per negotiation step (d^step) while parley applies it over normalised time (d^t, "
                    + "t in [0, 1]) as GENIUS does");
        }
        try {
            return new Profile(u.name(), new AdditiveUtility(domain, weights, evaluators), reserved, discount);
        } catch (IllegalArgumentException e) {
            throw error(u.source(), "ufun '" + u.name() + "': " + e.getMessage());
        }
    }

    /** Refuses a profile whose utilities leave [0, 1]: parley caps at 1 and has no negative evaluations. */
    private void checkRange(NegmasUfun u) {
        int n = domain.issueCount();
        double max = u.bias();
        double min = u.bias();
        int[] argmax = new int[n];
        int[] argmin = new int[n];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            double w = u.weights().get(i);
            ValueFunction f = u.values().get(i);
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            int[] candidates = f.affine() && issue.isNumeric() ? new int[] {0, issue.size() - 1} : null;
            int count = candidates == null ? issue.size() : 2;
            for (int k = 0; k < count; k++) {
                int v = candidates == null ? k : candidates[k];
                double x = f.apply(value(s.issues().get(i), issue, v));
                if (!Double.isFinite(x)) {
                    throw error(u.source(), "ufun '" + u.name() + "' scores value " + issue.label(v) + " of issue '"
                            + issue.name() + "' as " + PythonFloats.repr(x));
                }
                double c = w * x;
                if (c > hi) {
                    hi = c;
                    argmax[i] = v;
                }
                if (c < lo) {
                    lo = c;
                    argmin[i] = v;
                }
            }
            max += hi;
            min += lo;
        }
        if (max > 1 + TOLERANCE) {
            throw error(u.source(), "ufun '" + u.name() + "' reaches the utility " + PythonFloats.repr(max) + " at "
                    + domain.format(argmax) + "; parley's utilities lie in [0, 1] (it caps them at 1, as GENIUS), so "
                    + "it cannot represent this profile: rescale it (NegMAS: normalize) first");
        }
        if (min < -TOLERANCE && u.values().stream().noneMatch(f -> f instanceof ValueFunction.Const)) {
            throw error(u.source(), "ufun '" + u.name() + "' goes down to the utility " + PythonFloats.repr(min)
                    + " at " + domain.format(argmin) + "; parley's utilities lie in [0, 1], so it cannot represent "
                    + "this profile: rescale it (NegMAS: normalize) first");
        }
    }

    /** The exact representation when the weight is ≥ 0 and the function stays in [0, 1]; else a rescaled part. */
    private Part part(NegmasUfun u, int i) {
        Issue issue = domain.issue(i);
        NegmasIssue ni = s.issues().get(i);
        double w = u.weights().get(i);
        ValueFunction f = u.values().get(i);
        Part p = new Part(issue);
        if (f instanceof ValueFunction.Const c) {
            if (w >= 0 && c.bias() >= 0 && c.bias() <= 1) {
                p.exact = new ConstantEvaluator(c.bias());
                p.weight = w;
                return p;
            }
        } else if (issue instanceof DiscreteIssue d) {
            Map<String, Double> table = new LinkedHashMap<>();
            boolean inRange = w >= 0;
            for (int v = 0; v < d.size(); v++) {
                double x = f.apply(value(ni, issue, v));
                table.put(d.label(v), x);
                inRange &= x >= 0 && x <= 1;
            }
            if (inRange) {
                p.exact = new DiscreteEvaluator(table, false);
                p.weight = w;
                return p;
            }
        } else if (f.affine()) {
            double atLo = f.apply(value(ni, issue, 0));
            double atHi = f.apply(value(ni, issue, issue.size() - 1));
            if (w >= 0 && atLo >= 0 && atLo <= 1 && atHi >= 0 && atHi <= 1) {
                p.weight = w;
                if (issue instanceof IntegerIssue) {
                    p.exact = new IntegerLinearEvaluator(f.slope(), atLo);
                } else {
                    p.exact = new RealLinearEvaluator(f.intercept(), f.slope());
                }
                return p;
            }
        } else {
            ValueFunction.Triangular t = (ValueFunction.Triangular) f;
            TriangularEvaluator tri = new TriangularEvaluator(t.start(), t.end(), t.middle());
            if (w >= 0 && t.bias() == 0 && t.scale() == 1) {
                p.exact = tri;
                p.weight = w;
                return p;
            }
            if (w * t.scale() < 0) {
                throw error(u.source(), "ufun '" + u.name() + "' scores issue '" + issue.name() + "' with an upside-"
                        + "down triangle (weight × scale < 0); parley's triangular evaluations peak at their middle");
            }
            p.triangle = tri;
            p.triangleHeight = w * t.scale();
            p.intercept = w * t.bias();
            return p;
        }
        rescale(u, p, i);
        return p;
    }

    /** Turns part {@code p} into a rescaled table or line of contributions w·f. */
    private void rescale(NegmasUfun u, Part p, int i) {
        Issue issue = p.issue;
        NegmasIssue ni = s.issues().get(i);
        double w = u.weights().get(i);
        ValueFunction f = u.values().get(i);
        p.exact = null;
        if (f instanceof ValueFunction.Const c) {
            p.line = true;
            p.slope = 0;
            p.intercept = w * c.bias();
        } else if (issue instanceof DiscreteIssue) {
            p.table = new double[issue.size()];
            for (int v = 0; v < issue.size(); v++) {
                p.table[v] = w * f.apply(value(ni, issue, v));
            }
        } else {
            p.line = true;
            p.slope = w * f.slope();
            p.intercept = w * f.intercept();
        }
    }

    /** Moves a rescaled part's minimum (or a triangle's base) out; returns it, to be added to the constant. */
    private static double settle(Part p) {
        if (p.triangle != null) {
            double base = p.intercept;
            p.intercept = 0;
            return base;
        }
        double m = p.min();
        p.shift(-m);
        return m;
    }

    /** The weight and evaluator of a settled part: contributions ≥ 0, divided by their maximum. */
    private static void finish(Part p) {
        if (p.triangle != null) {
            p.weight = p.triangleHeight;
            p.exact = p.triangle;
            return;
        }
        Issue issue = p.issue;
        if (p.constant()) {
            p.weight = 1;
            p.exact = new ConstantEvaluator(p.intercept);
            return;
        }
        if (p.table != null) {
            double max = 0;
            for (double x : p.table) {
                max = Math.max(max, x);
            }
            Map<String, Double> e = new LinkedHashMap<>();
            for (int v = 0; v < p.table.length; v++) {
                e.put(issue.label(v), max > 0 ? clamp01(p.table[v] / max) : 0.0);
            }
            p.weight = max;
            p.exact = new DiscreteEvaluator(e, false);
            return;
        }
        double atLo = Math.max(0, p.value(0));
        double atHi = Math.max(0, p.value(issue.size() - 1));
        double max = Math.max(atLo, atHi);
        p.weight = max;
        if (max <= 0) {
            p.exact = issue instanceof IntegerIssue ? new IntegerLinearEvaluator(0, 0) : new RealLinearEvaluator(0, 0);
        } else if (issue instanceof IntegerIssue) {
            p.exact = new IntegerLinearEvaluator(p.slope / max, atLo / max);
        } else {
            p.exact = new RealLinearEvaluator(p.intercept / max, p.slope / max);
        }
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : Math.min(1, x);
    }

    static String fileName(String source) {
        return source == null ? "?" : NegmasReader.fileName(source);
    }
}
