package org.parley.formats.genius;

import java.util.ArrayList;
import java.util.List;
import org.parley.domain.IntegerIssue;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.HyperRectangleUtility.Bound;
import org.parley.preference.HyperRectangleUtility.Rectangle;

/**
 * Reads the ANAC 2014 non-linear utility of a {@code utility_space type="nonlinear"} profile:
 * {@code utility[maxutility] / ufun[type=PlainUfun, aggregation=sum] / hyperRectangle[utility, weight]} with
 * {@code INCLUDES} or {@code EXCLUDES} bound children {@code index min max}.
 */
final class GeniusNonlinearReader {

    private GeniusNonlinearReader() {
    }

    static HyperRectangleUtility read(String source, XmlElement root, GeniusTree.Tree tree, GeniusDomain gd) {
        List<XmlElement> utilities = new ArrayList<>();
        for (XmlElement container : tree.containers()) {
            utilities.addAll(container.children("utility"));
        }
        if (utilities.isEmpty()) {
            throw GeniusTree.error(source, root, "the nonlinear profile has no <utility> element");
        }
        if (utilities.size() > 1) {
            throw GeniusTree.error(source, utilities.get(1),
                    "nonlinear profiles with more than one <utility> element are not supported");
        }
        XmlElement utility = utilities.get(0);
        double max = GeniusTree.doubleAttr(source, utility, "maxutility", "<utility>");
        if (!(max > 0) || !Double.isFinite(max)) {
            throw GeniusTree.error(source, utility, "maxutility is " + max + "; it must be a positive number");
        }
        List<XmlElement> ufuns = utility.children("ufun");
        if (ufuns.size() != 1) {
            throw GeniusTree.error(source, utility, "a <utility> with " + ufuns.size()
                    + " top-level <ufun> elements is not supported; only a single top-level ufun is");
        }
        List<Rectangle> rectangles = new ArrayList<>();
        collect(source, ufuns.get(0), gd, rectangles);
        try {
            return new HyperRectangleUtility(gd.domain(), max, rectangles);
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, utility, ex.getMessage(), ex);
        }
    }

    /** Adds the rectangles of {@code ufun} and of nested sum ufuns of weight 1. */
    private static void collect(String source, XmlElement ufun, GeniusDomain gd, List<Rectangle> out) {
        String type = ufun.attribute("type");
        if (type != null && !type.trim().equals("PlainUfun")) {
            throw GeniusTree.error(source, ufun, "ufun type '" + type + "' is not supported; only PlainUfun is");
        }
        String aggregation = ufun.attribute("aggregation");
        if (aggregation != null && !aggregation.trim().equalsIgnoreCase("sum")) {
            throw GeniusTree.error(source, ufun, "ufun aggregation '" + aggregation
                    + "' is not supported; only sum is");
        }
        double weight = GeniusTree.doubleAttr(source, ufun, "weight", "<ufun>", 1.0);
        if (weight != 1.0) {
            throw GeniusTree.error(source, ufun, "ufun weight " + weight + " is not supported; only weight 1 is");
        }
        for (XmlElement c : ufun.children()) {
            switch (c.name()) {
                case "hyperRectangle" -> out.add(rectangle(source, c, gd));
                case "ufun" -> collect(source, c, gd, out);
                default -> throw GeniusTree.error(source, c, "<" + c.name() + "> inside a <ufun> is not supported");
            }
        }
    }

    private static Rectangle rectangle(String source, XmlElement e, GeniusDomain gd) {
        double utility = GeniusTree.doubleAttr(source, e, "utility", "<hyperRectangle>");
        double weight = GeniusTree.doubleAttr(source, e, "weight", "<hyperRectangle>", 1.0);
        if (!Double.isFinite(utility) || !Double.isFinite(weight)) {
            throw GeniusTree.error(source, e, "a hyperRectangle needs a finite utility and weight");
        }
        List<Bound> bounds = new ArrayList<>();
        boolean includes = false;
        boolean excludes = false;
        for (XmlElement b : e.children()) {
            boolean inc = b.name().equals("INCLUDES");
            if (!inc && !b.name().equals("EXCLUDES")) {
                throw GeniusTree.error(source, b, "<" + b.name() + "> inside a <hyperRectangle> is not supported");
            }
            includes |= inc;
            excludes |= !inc;
            String what = "<" + b.name() + ">";
            long index = GeniusTree.parseLong(source, b, "index", GeniusTree.required(source, b, "index", what), what);
            int p = index == (int) index ? gd.position((int) index) : -1;
            if (p < 0) {
                throw GeniusTree.error(source, b, "unknown issue index " + index + " in a hyperRectangle bound");
            }
            if (!(gd.domain().issue(p) instanceof IntegerIssue)) {
                throw GeniusTree.error(source, b, "hyperRectangle bounds need integer issues; issue '"
                        + gd.domain().issue(p).name() + "' is " + GeniusProfileReader.kindOf(gd.domain().issue(p)));
            }
            long min = GeniusTree.parseLong(source, b, "min", GeniusTree.required(source, b, "min", what), what);
            long max = GeniusTree.parseLong(source, b, "max", GeniusTree.required(source, b, "max", what), what);
            bounds.add(new Bound(p, min, max));
        }
        if (includes && excludes) {
            throw GeniusTree.error(source, e, "a hyperRectangle mixing INCLUDES and EXCLUDES is not supported");
        }
        return new Rectangle(utility, weight, !excludes, bounds);
    }
}
