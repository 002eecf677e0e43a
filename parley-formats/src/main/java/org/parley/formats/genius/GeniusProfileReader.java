package org.parley.formats.genius;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.TriangularEvaluator;
import org.parley.preference.UtilityFunction;

/**
 * Reads GENIUS preference profiles ({@code utility_space}); see
 * {@link GeniusXml#readProfile(java.nio.file.Path, GeniusDomain)} for the format and the quirks accepted.
 */
final class GeniusProfileReader {

    static final String CONSTRAINT_REFUSAL = "constraint utility spaces (Railway) are not supported";

    private GeniusProfileReader() {
    }

    static Profile read(String source, XmlElement root, GeniusDomain gd) {
        checkRoot(source, root);
        return fromTree(source, root, spaceKind(source, root), gd);
    }

    static Profile readWithImpliedDomain(String source, XmlElement root) {
        checkRoot(source, root);
        String kind = spaceKind(source, root);
        GeniusDomain gd = GeniusDomainReader.fromTree(source, root, GeniusTree.baseName(source));
        return fromTree(source, root, kind, gd);
    }

    private static void checkRoot(String source, XmlElement root) {
        if (!root.name().equals("utility_space")) {
            throw GeniusTree.error(source, root, "expected root element <utility_space> (a GENIUS preference profile), "
                    + "found <" + root.name() + ">"
                    + (root.name().equals("negotiation_template") ? " (a domain file?)" : ""));
        }
    }

    /** "additive" or "nonlinear"; refuses constraint spaces and unknown types. */
    private static String spaceKind(String source, XmlElement root) {
        String type = root.attribute("type");
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "linear", "uncertain" -> "additive";
            case "nonlinear" -> "nonlinear";
            case "constraint" -> throw GeniusTree.error(source, root, CONSTRAINT_REFUSAL);
            default -> throw GeniusTree.error(source, root, "unknown utility space type '" + type
                    + "'; expected linear, uncertain or nonlinear");
        };
    }

    private static Profile fromTree(String source, XmlElement root, String kind, GeniusDomain gd) {
        GeniusTree.Tree tree = GeniusTree.collect(root);
        XmlElement[] byPosition = mapIssues(source, tree, gd);
        UtilityFunction u = kind.equals("nonlinear")
                ? GeniusNonlinearReader.read(source, root, tree, gd)
                : additive(source, root, tree, gd, byPosition);
        double discount = Profile.validDiscount(number(source, root, "discount_factor", 1.0));
        double reservation = number(source, root, "reservation", 0.0);
        XmlElement res = root.child("reservation");
        if (!Double.isFinite(reservation)) {
            throw GeniusTree.error(source, res, "the reservation value is " + reservation
                    + "; it must be a finite number");
        }
        String problem = Profile.reservationProblem(GeniusTree.baseName(source), reservation);
        if (problem != null) {
            throw GeniusTree.error(source, res, problem);
        }
        return new Profile(GeniusTree.baseName(source), u, reservation, discount);
    }

    /** The profile's issue element for each domain position (null when the profile omits the issue). */
    private static XmlElement[] mapIssues(String source, GeniusTree.Tree tree, GeniusDomain gd) {
        Domain d = gd.domain();
        XmlElement[] byPosition = new XmlElement[d.issueCount()];
        for (XmlElement e : tree.issues()) {
            String name = GeniusTree.issueName(source, e);
            int index = GeniusTree.issueIndex(source, e, name);
            int p = gd.position(index);
            if (p < 0) {
                throw GeniusTree.error(source, e, "unknown issue index " + index + " (issue '" + name
                        + "'): the domain has no issue with that index");
            }
            if (byPosition[p] != null) {
                throw GeniusTree.error(source, e, "issue index " + index + " appears twice (also at "
                        + byPosition[p].location() + ")");
            }
            String type = GeniusTree.issueType(e);
            if (type.equals("price")) {
                throw GeniusTree.error(source, e, "issue '" + name + "' " + GeniusDomainReader.PRICE_REFUSAL);
            }
            String expected = kindOf(d.issue(p));
            if (!type.equals(expected)) {
                throw GeniusTree.error(source, e, "issue '" + name + "' (index " + index + ") is " + type
                        + " here but " + expected + " in domain '" + d.name() + "'");
            }
            byPosition[p] = e;
        }
        return byPosition;
    }

    static String kindOf(Issue issue) {
        return issue instanceof DiscreteIssue ? "discrete" : issue instanceof IntegerIssue ? "integer" : "real";
    }

    private static AdditiveUtility additive(String source, XmlElement root, GeniusTree.Tree tree, GeniusDomain gd,
            XmlElement[] byPosition) {
        Domain d = gd.domain();
        int n = d.issueCount();
        List<Evaluator> evaluators = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            if (byPosition[p] == null) {
                throw GeniusTree.error(source, root, "issue '" + d.issue(p).name() + "' (index " + gd.index(p)
                        + ") of domain '" + d.name() + "' is missing from the profile");
            }
            evaluators.add(evaluator(source, byPosition[p], d.issue(p)));
        }
        double[] weights = weights(source, tree, gd, byPosition);
        try {
            return new AdditiveUtility(d, weights, evaluators);
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, root, ex.getMessage(), ex);
        }
    }

    private static double[] weights(String source, GeniusTree.Tree tree, GeniusDomain gd, XmlElement[] byPosition) {
        Domain d = gd.domain();
        double[] w = new double[d.issueCount()];
        XmlElement[] seen = new XmlElement[d.issueCount()];
        for (XmlElement we : tree.weights()) {
            String idxText = GeniusTree.required(source, we, "index", "a <weight>");
            Integer idx = GeniusTree.parseIntOrNull(idxText);
            if (idx == null) {
                throw GeniusTree.error(source, we, "a <weight> has index '" + idxText + "', which is not an integer");
            }
            int p = gd.position(idx);
            if (p < 0) {
                if (tree.objectiveIndices().contains(idx)) {
                    continue; // the weight of an objective node: objectives carry no utility
                }
                throw GeniusTree.error(source, we, "weight for unknown index " + idx
                        + ": no issue or objective has that index");
            }
            String what = "the weight of issue '" + d.issue(p).name() + "' (index " + idx + ")";
            if (seen[p] != null) {
                throw GeniusTree.error(source, we, what + " is given twice (also at " + seen[p].location() + ")");
            }
            double v = GeniusTree.doubleAttr(source, we, "value", what);
            if (!Double.isFinite(v)) {
                throw GeniusTree.error(source, we, what + " is " + v + "; weights must be finite numbers ≥ 0");
            }
            if (v < 0) {
                throw GeniusTree.error(source, we, what + " is negative (" + v + "); weights must be ≥ 0");
            }
            w[p] = v;
            seen[p] = we;
        }
        for (int p = 0; p < w.length; p++) {
            if (seen[p] == null) {
                throw GeniusTree.error(source, byPosition[p], "issue '" + d.issue(p).name() + "' (index " + gd.index(p)
                        + ") has no weight");
            }
        }
        return w;
    }

    private static Evaluator evaluator(String source, XmlElement e, Issue issue) {
        try {
            if (issue instanceof DiscreteIssue di) {
                return discrete(source, e, di);
            }
            if (issue instanceof IntegerIssue ii) {
                return integer(source, e, ii);
            }
            return real(source, e, (RealIssue) issue);
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, e, "issue '" + issue.name() + "': " + ex.getMessage(), ex);
        }
    }

    /**
     * {@code item evaluation="x"} for each value; an item without an evaluation (or with {@code "null"}, as in
     * GENIUS's empty profile templates) scores 0, like a value the profile does not list. An item repeated with the
     * same index and value (AMPOvsCity's ampo profile) overrides the earlier one, as a later map entry would.
     */
    private static Evaluator discrete(String source, XmlElement e, DiscreteIssue issue) {
        Map<String, Double> table = new LinkedHashMap<>();
        Map<String, XmlElement> where = new LinkedHashMap<>();
        for (XmlElement item : e.children("item")) {
            String v = item.attribute("value");
            if (v == null) {
                throw GeniusTree.error(source, item, "an item of issue '" + issue.name() + "' has no value attribute");
            }
            if (issue.indexOf(v) < 0) {
                throw GeniusTree.error(source, item, "issue '" + issue.name() + "' has no value '" + v
                        + "' in the domain");
            }
            XmlElement clash = where.put(v, item);
            if (clash != null && !GeniusDomainReader.sameIndex(clash, item)) {
                throw GeniusTree.error(source, item, "value '" + v + "' of issue '" + issue.name()
                        + "' is listed twice (also at " + clash.location() + ")");
            }
            String ev = item.attribute("evaluation");
            if (ev == null || ev.isBlank() || ev.trim().equals("null")) {
                table.remove(v);
                continue;
            }
            String what = "the evaluation of value '" + v + "' of issue '" + issue.name() + "'";
            double x = GeniusTree.parseDouble(source, item, "evaluation", ev, what);
            if (!Double.isFinite(x) || x < 0) {
                throw GeniusTree.error(source, item, what + " is " + x + "; evaluations must be finite numbers ≥ 0");
            }
            table.put(v, x);
        }
        return new DiscreteEvaluator(table, true);
    }

    /**
     * {@code <evaluator ftype="linear" slope offset>}. Quirk of the web_service profiles: {@code parameter0} and
     * {@code parameter1} instead of {@code offset} and {@code slope}. The evaluator is relative to the domain's lower
     * bound; a profile that states a different lower bound is refused unless the slope is 0 (then the bounds do not
     * matter; testIntDomain/test_util4.xml states 0..0 for a 1..7 issue).
     */
    private static Evaluator integer(String source, XmlElement e, IntegerIssue issue) {
        String what = "integer issue '" + issue.name() + "'";
        XmlElement ev = evaluatorElement(source, e, what);
        String ftype = ftype(ev);
        if (!ftype.equals("linear")) {
            throw GeniusTree.error(source, ev, what + " has evaluator type '" + ftype
                    + "'; integer issues support only 'linear'");
        }
        IntegerLinearEvaluator result;
        if (!ev.hasAttribute("slope") && ev.hasAttribute("parameter1")) {
            result = new IntegerLinearEvaluator(GeniusTree.doubleAttr(source, ev, "parameter1", what),
                    GeniusTree.doubleAttr(source, ev, "parameter0", what, 0.0));
        } else {
            result = new IntegerLinearEvaluator(GeniusTree.doubleAttr(source, ev, "slope", what),
                    GeniusTree.doubleAttr(source, ev, "offset", what));
        }
        XmlElement holder = GeniusDomainReader.bounds(e);
        if (holder != null && result.slope() != 0) {
            long lb = GeniusTree.parseLong(source, holder, "lowerbound", holder.attribute("lowerbound"), what);
            if (lb != issue.lowerBound()) {
                throw GeniusTree.error(source, holder, what + " has lower bound " + lb + " here but "
                        + issue.lowerBound() + " in the domain, so its linear evaluator is ambiguous");
            }
        }
        return result;
    }

    private static Evaluator real(String source, XmlElement e, RealIssue issue) {
        String what = "real issue '" + issue.name() + "'";
        XmlElement ev = evaluatorElement(source, e, what);
        String ftype = ftype(ev);
        try {
            return switch (ftype) {
                case "linear" -> new RealLinearEvaluator(GeniusTree.doubleAttr(source, ev, "parameter0", what, 0.0),
                        GeniusTree.doubleAttr(source, ev, "parameter1", what));
                case "constant" -> new ConstantEvaluator(GeniusTree.doubleAttr(source, ev, "parameter0", what));
                case "triangular" -> new TriangularEvaluator(GeniusTree.doubleAttr(source, ev, "parameter0", what),
                        GeniusTree.doubleAttr(source, ev, "parameter1", what),
                        GeniusTree.doubleAttr(source, ev, "parameter2", what));
                default -> throw GeniusTree.error(source, ev, what + " has evaluator type '" + ftype
                        + "'; real issues support linear, constant and triangular");
            };
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, ev, what + ": " + ex.getMessage(), ex);
        }
    }

    private static XmlElement evaluatorElement(String source, XmlElement e, String what) {
        XmlElement ev = e.child("evaluator");
        if (ev == null) {
            throw GeniusTree.error(source, e, what + " has no <evaluator>");
        }
        return ev;
    }

    private static String ftype(XmlElement ev) {
        String f = ev.attribute("ftype");
        return f == null || f.isBlank() ? "linear" : f.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The number in {@code <name value="x"/>} (or the quirk {@code <name><value>x</value></name>}), a direct child of
     * the root; {@code fallback} when the element is absent.
     */
    private static double number(String source, XmlElement root, String name, double fallback) {
        XmlElement e = root.child(name);
        if (e == null) {
            return fallback;
        }
        String v = e.attribute("value");
        if (v == null) {
            XmlElement inner = e.child("value");
            v = inner != null ? inner.text() : e.text();
        }
        if (v == null || v.isBlank()) {
            throw GeniusTree.error(source, e, "<" + name + "> has no value");
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException ex) {
            if (name.equals("discount_factor")) {
                return 1.0; // like any other invalid discount: no discount (IS_BT_Acquisition_IS_20 has "s")
            }
            throw GeniusTree.error(source, e, "<" + name + ">: value '" + v + "' is not a number");
        }
    }
}
