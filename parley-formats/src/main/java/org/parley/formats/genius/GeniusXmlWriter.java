package org.parley.formats.genius;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.TriangularEvaluator;
import org.parley.preference.UtilityFunction;

/**
 * Renders domains and profiles as GENIUS XML text. Issues are numbered 1..n in order under a root objective with
 * index 0. An issue flagged in {@code discrete[]} is written as a discrete issue whose value labels are the original
 * labels, and every profile then scores it through a table of the evaluator's values (see {@link GeniusXml}).
 */
final class GeniusXmlWriter {

    /** Largest issue that is turned into a discrete issue (one XML element per value). */
    static final int MAX_DISCRETISED_VALUES = 1_000_000;

    /** GENIUS's discrete evaluator scores 0 when its largest evaluation is below this. */
    private static final double GENIUS_MIN_MAX = 1e-5;

    private GeniusXmlWriter() {
    }

    /** Issues GENIUS cannot represent as they are: real issues not split into 20 intervals. */
    static boolean[] domainPlan(Domain d) {
        boolean[] plan = new boolean[d.issueCount()];
        for (int p = 0; p < plan.length; p++) {
            plan[p] = d.issue(p) instanceof RealIssue r && r.size() > 1 && r.intervals() != RealIssue.DEFAULT_INTERVALS;
        }
        return plan;
    }

    /** Why GENIUS cannot express {@code u} on the (undiscretised) issue at {@code p}, or null when it can. */
    static String inexpressible(UtilityFunction u, int p) {
        if (u instanceof HyperRectangleUtility) {
            return null;
        }
        if (!(u instanceof AdditiveUtility a)) {
            throw new IllegalArgumentException("GENIUS XML cannot express a utility function of type "
                    + u.getClass().getSimpleName());
        }
        Issue issue = a.domain().issue(p);
        Evaluator e = a.evaluator(p);
        boolean ok;
        if (issue instanceof DiscreteIssue) {
            ok = true; // every evaluator becomes a table of evaluations
        } else if (issue instanceof IntegerIssue) {
            ok = e instanceof IntegerLinearEvaluator
                    || e instanceof ConstantEvaluator c && c.value() >= 0 && c.value() <= 1;
        } else {
            ok = e instanceof RealLinearEvaluator || e instanceof ConstantEvaluator || e instanceof TriangularEvaluator;
        }
        return ok ? null : "issue '" + issue.name() + "' has a " + e.getClass().getSimpleName()
                + ", which GENIUS cannot pair with a " + GeniusProfileReader.kindOf(issue) + " issue";
    }

    static String domainXml(Domain d, boolean[] discrete) {
        XmlOut x = new XmlOut();
        x.open("negotiation_template");
        x.open("utility_space", "number_of_issues", d.issueCount());
        x.open("objective", "index", 0, "name", objectiveName(d), "type", "objective", "etype", "objective");
        for (int p = 0; p < d.issueCount(); p++) {
            issue(x, d.issue(p), p, discrete[p], null);
        }
        x.close("objective").close("utility_space").close("negotiation_template");
        return x.toString();
    }

    static String profileXml(Profile profile, boolean[] discrete) {
        Domain d = profile.domain();
        UtilityFunction u = profile.utility();
        XmlOut x = new XmlOut();
        boolean nonlinear = u instanceof HyperRectangleUtility;
        if (nonlinear) {
            x.open("utility_space", "type", "nonlinear");
        } else {
            x.open("utility_space");
        }
        x.open("objective", "index", 0, "name", objectiveName(d), "type", "objective", "etype", "objective");
        if (u instanceof HyperRectangleUtility h) {
            for (int p = 0; p < d.issueCount(); p++) {
                issue(x, d.issue(p), p, discrete[p], null);
            }
            nonlinear(x, h, discrete);
        } else {
            AdditiveUtility a = (AdditiveUtility) u;
            double[] weights = new double[d.issueCount()];
            for (int p = 0; p < d.issueCount(); p++) {
                weights[p] = issue(x, d.issue(p), p, discrete[p], a);
            }
            for (int p = 0; p < d.issueCount(); p++) {
                x.empty("weight", "index", p + 1, "value", weights[p]);
            }
        }
        x.close("objective");
        x.empty("discount_factor", "value", profile.discountFactor());
        x.empty("reservation", "value", profile.reservationValue());
        x.close("utility_space");
        return x.toString();
    }

    private static String objectiveName(Domain d) {
        return d.name().isBlank() ? "root" : d.name();
    }

    /**
     * Writes one issue element, with evaluation data when {@code a} is given; returns the weight to write for it
     * (the utility's weight, or that weight scaled by the largest evaluation for tables without normalisation).
     */
    private static double issue(XmlOut x, Issue issue, int p, boolean discrete, AdditiveUtility a) {
        Object[] head = {"index", p + 1, "name", issue.name()};
        if (discrete || issue instanceof DiscreteIssue) {
            if (discrete && issue.size() > MAX_DISCRETISED_VALUES) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' has " + issue.size()
                        + " values, too many to write as a discrete GENIUS issue (limit " + MAX_DISCRETISED_VALUES + ")");
            }
            double[] evaluations = null;
            double weight = 0;
            if (a != null) {
                Table t = table(issue, a.evaluator(p), a.weight(p));
                evaluations = t.evaluations();
                weight = t.weight();
            }
            x.open("issue", concat(head, "type", "discrete", "vtype", "discrete", "etype", "discrete"));
            for (int v = 0; v < issue.size(); v++) {
                if (evaluations == null) {
                    x.empty("item", "index", v + 1, "value", issue.label(v));
                } else {
                    x.empty("item", "index", v + 1, "value", issue.label(v), "evaluation", evaluations[v]);
                }
            }
            x.close("issue");
            return weight;
        }
        if (issue instanceof IntegerIssue ii) {
            Object[] attrs = concat(head, "type", "integer", "vtype", "integer", "etype", "integer",
                    "lowerbound", ii.lowerBound(), "upperbound", ii.upperBound());
            if (a == null) {
                x.empty("issue", attrs);
                return 0;
            }
            x.open("issue", attrs);
            Evaluator e = a.evaluator(p);
            if (e instanceof IntegerLinearEvaluator il) {
                x.empty("evaluator", "ftype", "linear", "slope", il.slope(), "offset", il.offset());
            } else {
                x.empty("evaluator", "ftype", "linear", "slope", 0.0, "offset", ((ConstantEvaluator) e).value());
            }
            x.close("issue");
            return a.weight(p);
        }
        RealIssue r = (RealIssue) issue;
        x.open("issue", concat(head, "type", "real", "vtype", "real", "etype", "real"));
        x.empty("range", "lowerbound", r.lowerBound().toPlainString(), "upperbound", r.upperBound().toPlainString());
        if (a != null) {
            Evaluator e = a.evaluator(p);
            if (e instanceof RealLinearEvaluator rl) {
                x.empty("evaluator", "ftype", "linear", "parameter0", rl.parameter0(), "parameter1", rl.parameter1());
            } else if (e instanceof ConstantEvaluator c) {
                x.empty("evaluator", "ftype", "constant", "parameter0", c.value());
            } else {
                TriangularEvaluator t = (TriangularEvaluator) e;
                x.empty("evaluator", "ftype", "triangular", "parameter0", t.lower(), "parameter1", t.upper(),
                        "parameter2", t.top());
            }
        }
        x.close("issue");
        return a == null ? 0 : a.weight(p);
    }

    /** Evaluations and weight of a discrete issue in GENIUS's max-normalised form. */
    record Table(double[] evaluations, double weight) {
    }

    /**
     * A GENIUS table giving every value the same contribution {@code w·e(v)} as {@code e} with weight {@code w}.
     * A max-normalising {@link DiscreteEvaluator} is written as it is. Any other evaluation {@code x(v)} is written
     * with weight {@code w·max x}, because GENIUS reads {@code x/max x}: {@code (w·max)·(x/max) = w·x}. When
     * {@code max x} is 0 the weight is 0; when it is positive but below GENIUS's 1e-5 cut-off the evaluations are
     * written as {@code x/max x} so that GENIUS does not zero them.
     */
    static Table table(Issue issue, Evaluator e, double w) {
        double[] x = new double[issue.size()];
        if (e instanceof DiscreteEvaluator de && de.normalizeByMax()) {
            Map<String, Double> ev = de.evaluations();
            for (int v = 0; v < x.length; v++) {
                x[v] = ev.getOrDefault(issue.label(v), 0.0);
            }
            return new Table(x, w);
        }
        double max = 0;
        for (int v = 0; v < x.length; v++) {
            x[v] = e.evaluate(issue, v);
            if (!(x[v] >= 0) || !Double.isFinite(x[v])) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' evaluates value '" + issue.label(v)
                        + "' to " + x[v] + "; GENIUS evaluations must be finite numbers ≥ 0");
            }
            max = Math.max(max, x[v]);
        }
        if (max == 0) {
            return new Table(x, 0.0);
        }
        if (max < GENIUS_MIN_MAX) {
            for (int v = 0; v < x.length; v++) {
                x[v] = x[v] / max;
            }
        }
        return new Table(x, w * max);
    }

    private static void nonlinear(XmlOut x, HyperRectangleUtility h, boolean[] discrete) {
        Domain d = h.domain();
        x.open("utility", "maxutility", h.maxUtility());
        x.open("ufun", "type", "PlainUfun", "weight", 1, "aggregation", "sum");
        for (Rectangle r : h.rectangles()) {
            List<Object> attrs = new ArrayList<>(List.of("utility", r.utility()));
            if (r.weight() != 1.0) {
                attrs.add("weight");
                attrs.add(r.weight());
            }
            if (r.bounds().isEmpty()) {
                x.empty("hyperRectangle", attrs.toArray());
                continue;
            }
            x.open("hyperRectangle", attrs.toArray());
            for (Bound b : r.bounds()) {
                if (discrete[b.issue()]) {
                    throw new IllegalArgumentException("issue '" + d.issue(b.issue()).name() + "' has to be written "
                            + "as a discrete issue (for another profile), but a hyper-rectangle bounds it, which needs "
                            + "an integer issue");
                }
                x.empty(r.inclusive() ? "INCLUDES" : "EXCLUDES", "index", b.issue() + 1, "min", b.min(),
                        "max", b.max());
            }
            x.close("hyperRectangle");
        }
        x.close("ufun").close("utility");
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] out = new Object[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
