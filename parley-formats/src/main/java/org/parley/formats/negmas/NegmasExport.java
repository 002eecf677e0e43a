package org.parley.formats.negmas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;
import org.parley.preference.TriangularEvaluator;

/**
 * Turns a parley scenario into NegMAS's linear-additive form with the same utility on every outcome.
 *
 * <ul>
 *   <li>Discrete issues become {@code CategoricalIssue}s of text, scored by a {@code TableFun} holding each value's
 *       evaluation as parley computes it (GENIUS's division by the maximum included), so that
 *       {@code w·f} is the same product parley sums.</li>
 *   <li>Integer issues become {@code ContiguousIssue}s. GENIUS's integer line {@code slope·(x − lb) + offset} becomes
 *       {@code AffineFun(slope, offset − slope·lb)} when it stays in [0, 1]; a line that GENIUS clamps, and GeniusWeb
 *       number utilities, become a {@code TableFun} over the integers (exact, with a warning).</li>
 *   <li>Real issues become {@code ContinuousIssue}s with {@code n_levels} = parley's number of points, scored by
 *       {@code AffineFun}, {@code ConstFun} or {@code TriangularFun}. When some profile's evaluation of a real issue
 *       has no exact continuous form (a clamped line, GeniusWeb number utilities), the issue is written as a
 *       {@code CategoricalIssue} of its points instead, with a warning.</li>
 *   <li>Reserved values are copied; a discount factor becomes an {@code ExpDiscountedUFun} (per step in NegMAS,
 *       warned); a reservation outcome is dropped (its utility stays as the reserved value, warned).</li>
 * </ul>
 * Refused (IllegalArgumentException): non-additive utilities (ANAC 2014 hyper-rectangles), and additive profiles
 * whose raw sum exceeds 1 somewhere, since NegMAS does not cap utilities at 1 as parley and GENIUS do.
 */
final class NegmasExport {

    private final Scenario scenario;
    private final List<String> warnings;

    private NegmasExport(Scenario scenario, List<String> warnings) {
        this.scenario = scenario;
        this.warnings = warnings;
    }

    /** The NegMAS form of {@code scenario}; representation changes are added to {@code warnings}. */
    static NegmasScenario fromParley(Scenario scenario, List<String> warnings) {
        return new NegmasExport(scenario, warnings).convert();
    }

    private NegmasScenario convert() {
        Domain domain = scenario.domain();
        List<AdditiveUtility> utilities = new ArrayList<>();
        for (Profile p : scenario.profiles()) {
            if (!(p.utility() instanceof AdditiveUtility a)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is not linear additive ("
                        + p.utility().getClass().getSimpleName() + ", e.g. ANAC 2014 hyper-rectangles); NegMAS's "
                        + "portable scenario files hold linear-additive utility functions only");
            }
            double max = a.maxRawUtility();
            if (max > 1 + NegmasImport.TOLERANCE) {
                throw new IllegalArgumentException("profile '" + p.name() + "' sums to " + max + " at its best "
                        + "outcome, which parley (as GENIUS) caps at 1; NegMAS does not cap utilities, so it cannot "
                        + "express this profile");
            }
            utilities.add(a);
        }
        if (scenario.profiles().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no profiles to write");
        }
        List<NegmasIssue> issues = new ArrayList<>();
        for (int i = 0; i < domain.issueCount(); i++) {
            issues.add(issue(domain.issue(i), i, utilities));
        }
        List<NegmasUfun> ufuns = new ArrayList<>();
        for (int k = 0; k < scenario.profiles().size(); k++) {
            ufuns.add(ufun(scenario.profiles().get(k), utilities.get(k), issues, k));
        }
        String domainName = domain.name().isBlank() ? scenario.name() : domain.name();
        return new NegmasScenario(scenario.name(), null, domainName, issues, ufuns);
    }

    private NegmasIssue issue(Issue issue, int i, List<AdditiveUtility> utilities) {
        if (issue instanceof DiscreteIssue d) {
            return new NegmasIssue.Categorical(d.name(), "CategoricalIssue", new ArrayList<>(d.values()));
        }
        if (issue instanceof IntegerIssue n) {
            return new NegmasIssue.Contiguous(n.name(), n.lowerBound(), n.upperBound());
        }
        RealIssue r = (RealIssue) issue;
        for (int k = 0; k < utilities.size(); k++) {
            Evaluator e = utilities.get(k).evaluator(i);
            if (continuous(e, r) == null) {
                warnings.add("issue '" + r.name() + "': profile '" + scenario.profiles().get(k).name() + "' scores it "
                        + "with " + describe(e) + ", which has no exact NegMAS form on a continuous issue; written as "
                        + "a CategoricalIssue of its " + r.size() + " points, scored by tables");
                List<Object> labels = new ArrayList<>();
                for (int v = 0; v < r.size(); v++) {
                    labels.add(r.label(v));
                }
                return new NegmasIssue.Categorical(r.name(), "CategoricalIssue", labels);
            }
        }
        return new NegmasIssue.Continuous(r.name(), r.lowerBound().doubleValue(), r.upperBound().doubleValue(),
                Math.max(2, r.size()));
    }

    /** The exact continuous form of a real issue's evaluator, or null. */
    private static ValueFunction continuous(Evaluator e, RealIssue r) {
        if (e instanceof RealLinearEvaluator l) {
            double atLo = l.parameter1() * r.numericValue(0) + l.parameter0();
            double atHi = l.parameter1() * r.numericValue(r.size() - 1) + l.parameter0();
            if (atLo >= 0 && atLo <= 1 && atHi >= 0 && atHi <= 1) {
                return new ValueFunction.Affine(l.parameter1(), l.parameter0());
            }
            return null;
        }
        if (e instanceof ConstantEvaluator c) {
            return new ValueFunction.Const(c.value());
        }
        if (e instanceof TriangularEvaluator t && t.lower() < t.top() && t.top() < t.upper()) {
            return new ValueFunction.Triangular(t.lower(), t.top(), t.upper(), 0, 1);
        }
        return null;
    }

    private static String describe(Evaluator e) {
        if (e instanceof RealLinearEvaluator) {
            return "a linear evaluation that GENIUS clamps to [0, 1]";
        }
        if (e instanceof TriangularEvaluator) {
            return "a triangle whose top is at one of its ends";
        }
        return "GeniusWeb number utilities";
    }

    private NegmasUfun ufun(Profile p, AdditiveUtility a, List<NegmasIssue> issues, int k) {
        Domain domain = scenario.domain();
        String name = p.name().isBlank() ? "party" + (k + 1) : p.name();
        List<ValueFunction> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < domain.issueCount(); i++) {
            values.add(valueFunction(name, domain.issue(i), issues.get(i), a.evaluator(i)));
            weights.add(a.weight(i));
        }
        if (p.reservationOutcome() != null) {
            warnings.add(name + ": NegMAS's portable files have no reservation outcome; its utility "
                    + PythonFloats.repr(p.reservationValue()) + " is written as the reserved value");
        }
        NegmasUfun.Discount discount = null;
        if (p.isDiscounted()) {
            discount = new NegmasUfun.Discount(p.discountFactor(), "step", true);
            warnings.add(name + ": discount " + PythonFloats.repr(p.discountFactor()) + " is written as an "
                    + "ExpDiscountedUFun, which NegMAS applies per negotiation step (d^step), while parley and GENIUS "
                    + "apply it over normalised time (d^t, t in [0, 1])");
        }
        return new NegmasUfun(name + ".yml", name, values, weights, 0.0, p.reservationValue(), discount);
    }

    private ValueFunction valueFunction(String who, Issue issue, NegmasIssue target, Evaluator e) {
        if (e instanceof ConstantEvaluator c) {
            return new ValueFunction.Const(c.value());
        }
        if (target instanceof NegmasIssue.Categorical) {
            return table(issue, e, false);
        }
        if (target instanceof NegmasIssue.Continuous) {
            return continuous(e, (RealIssue) issue);
        }
        IntegerIssue n = (IntegerIssue) issue;
        if (e instanceof IntegerLinearEvaluator l) {
            double atLo = l.offset();
            double atHi = l.slope() * (n.upperBound() - n.lowerBound()) + l.offset();
            if (atLo >= 0 && atLo <= 1 && atHi >= 0 && atHi <= 1) {
                double bias = l.offset() - l.slope() * n.lowerBound();
                ValueFunction f = bias == 0 ? new ValueFunction.Linear(l.slope()) : new ValueFunction.Affine(l.slope(),
                        bias);
                if (sameOnEveryInteger(f, n, e)) {
                    return f;
                }
                warnings.add(who + ": issue '" + n.name() + "' is far from 0 for its slope, so slope·x + bias would "
                        + "round differently from GENIUS's slope·(x − lb) + offset; written as a TableFun over its "
                        + "integers");
                return table(issue, e, true);
            }
            warnings.add(who + ": issue '" + n.name() + "' has a linear evaluation that GENIUS clamps to [0, 1] and "
                    + "NegMAS's AffineFun would not; written as a TableFun over its integers");
            return table(issue, e, true);
        }
        if (e instanceof RealLinearEvaluator l) {
            double atLo = l.parameter1() * n.lowerBound() + l.parameter0();
            double atHi = l.parameter1() * n.upperBound() + l.parameter0();
            if (atLo >= 0 && atLo <= 1 && atHi >= 0 && atHi <= 1) {
                return new ValueFunction.Affine(l.parameter1(), l.parameter0());
            }
        }
        if (e instanceof TriangularEvaluator t && t.lower() < t.top() && t.top() < t.upper()) {
            return new ValueFunction.Triangular(t.lower(), t.top(), t.upper(), 0, 1);
        }
        if (!(e instanceof RealLinearEvaluator)) {
            return table(issue, e, true);
        }
        warnings.add(who + ": issue '" + n.name() + "' has a linear evaluation that GENIUS clamps to [0, 1] and "
                + "NegMAS's AffineFun would not; written as a TableFun over its integers");
        return table(issue, e, true);
    }

    /** Largest difference accepted between NegMAS's slope·x + bias and parley's evaluation of an integer. */
    static final double LINE_ROUNDING = 1e-14;

    /** True when {@code f} gives parley's evaluation on every integer of the issue, up to {@link #LINE_ROUNDING}. */
    private static boolean sameOnEveryInteger(ValueFunction f, IntegerIssue n, Evaluator e) {
        for (int v = 0; v < n.size(); v++) {
            if (Math.abs(f.apply(n.value(v)) - e.evaluate(n, v)) > LINE_ROUNDING) {
                return false;
            }
        }
        return true;
    }

    /** A table of parley's evaluations, keyed by text labels or (integer issues) by the integers. */
    private static ValueFunction table(Issue issue, Evaluator e, boolean integerKeys) {
        Map<Object, Double> m = new LinkedHashMap<>();
        for (int v = 0; v < issue.size(); v++) {
            Object key = integerKeys ? (Object) ((IntegerIssue) issue).value(v) : issue.label(v);
            m.put(key, e.evaluate(issue, v));
        }
        return new ValueFunction.Table(m);
    }
}
