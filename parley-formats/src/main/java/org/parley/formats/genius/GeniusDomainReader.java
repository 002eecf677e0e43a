package org.parley.formats.genius;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * Reads GENIUS domain files ({@code negotiation_template}); see {@link GeniusXml#readDomain} for the format.
 */
final class GeniusDomainReader {

    static final String PRICE_REFUSAL = "uses the old GENIUS price evaluator, which is not supported";

    private GeniusDomainReader() {
    }

    static GeniusDomain read(String source, XmlElement root) {
        if (!root.name().equals("negotiation_template")) {
            throw GeniusTree.error(source, root, "expected root element <negotiation_template> (a GENIUS domain), "
                    + "found <" + root.name() + ">"
                    + (root.name().equals("utility_space") ? " (a preference profile?)" : ""));
        }
        List<XmlElement> spaces = root.children("utility_space");
        if (spaces.isEmpty()) {
            throw GeniusTree.error(source, root, "<negotiation_template> has no <utility_space>");
        }
        if (spaces.size() > 1) {
            throw GeniusTree.error(source, spaces.get(1), "<negotiation_template> has more than one <utility_space>");
        }
        return fromTree(source, spaces.get(0), GeniusTree.baseName(source));
    }

    /**
     * Builds a domain from the issue tree under {@code utilitySpace}: a domain file's, or a profile's when the
     * domain is implied by the profile (profiles repeat the issues with their values and bounds).
     */
    static GeniusDomain fromTree(String source, XmlElement utilitySpace, String domainName) {
        GeniusTree.Tree tree = GeniusTree.collect(utilitySpace);
        if (tree.issues().isEmpty()) {
            throw GeniusTree.error(source, utilitySpace, "the domain has no issues");
        }
        long maxIssues = SizeLimit.ISSUES.value();
        if (tree.issues().size() > maxIssues) {
            SizeLimitException limit = new SizeLimitException(SizeLimit.ISSUES, maxIssues, "the domain has "
                    + SizeLimit.format(tree.issues().size()) + " issues");
            throw GeniusTree.error(source, tree.issues().get((int) maxIssues), limit.getMessage(), limit);
        }
        List<Issue> issues = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        Map<Integer, XmlElement> byIndex = new HashMap<>();
        Map<String, XmlElement> byName = new HashMap<>();
        for (XmlElement e : tree.issues()) {
            String name = GeniusTree.issueName(source, e);
            int index = GeniusTree.issueIndex(source, e, name);
            XmlElement clash = byIndex.putIfAbsent(index, e);
            if (clash != null) {
                throw GeniusTree.error(source, e, "duplicate issue index " + index + ": issue '" + name
                        + "' and issue '" + clash.attribute("name") + "' (at " + clash.location() + ")");
            }
            clash = byName.putIfAbsent(name, e);
            if (clash != null) {
                throw GeniusTree.error(source, e, "duplicate issue name '" + name + "' (also at " + clash.location()
                        + ")");
            }
            issues.add(parseIssue(source, e, name));
            indices.add(index);
        }
        try {
            return new GeniusDomain(new Domain(domainName, issues), indices);
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, utilitySpace, ex.getMessage(), ex);
        }
    }

    /** One issue element of a domain (or profile) as a parley issue. */
    static Issue parseIssue(String source, XmlElement e, String name) {
        String type = GeniusTree.issueType(e);
        try {
            return switch (type) {
                case "discrete" -> discrete(source, e, name);
                case "integer" -> integer(source, e, name);
                case "real" -> real(source, e, name);
                case "price" -> throw GeniusTree.error(source, e, "issue '" + name + "' " + PRICE_REFUSAL);
                default -> throw GeniusTree.error(source, e, "issue '" + name + "' has unknown type '" + type
                        + "'; expected discrete, integer or real");
            };
        } catch (IllegalArgumentException ex) {
            throw GeniusTree.error(source, e, ex.getMessage(), ex);
        }
    }

    private static Issue discrete(String source, XmlElement e, String name) {
        Map<String, XmlElement> values = new LinkedHashMap<>();
        for (XmlElement item : e.children()) {
            if (!item.name().equals("item")) {
                continue;
            }
            String v = item.attribute("value");
            if (v == null) {
                throw GeniusTree.error(source, item, "an item of issue '" + name + "' has no value attribute");
            }
            XmlElement clash = values.putIfAbsent(v, item);
            if (clash != null && sameIndex(clash, item)) {
                continue; // an item repeated verbatim (ANAC 2012 FlightBooking lists Sep4_2011 twice)
            }
            if (clash != null) {
                throw GeniusTree.error(source, item, "duplicate value '" + v + "' in issue '" + name
                        + "' (also at " + clash.location() + ")");
            }
            if (values.size() > Issue.MAX_VALUES) {
                throw GeniusTree.error(source, item, "issue '" + name + "' has more than " + Issue.MAX_VALUES
                        + " values, the limit");
            }
        }
        if (values.isEmpty()) {
            throw GeniusTree.error(source, e, "issue '" + name + "' has no values");
        }
        return new DiscreteIssue(name, new ArrayList<>(values.keySet()));
    }

    private static Issue integer(String source, XmlElement e, String name) {
        XmlElement holder = bounds(e);
        if (holder == null) {
            throw GeniusTree.error(source, e, "integer issue '" + name
                    + "' needs lowerbound and upperbound attributes (or a <range> child)");
        }
        String what = "integer issue '" + name + "'";
        long lb = GeniusTree.parseLong(source, holder, "lowerbound", holder.attribute("lowerbound"), what);
        long ub = GeniusTree.parseLong(source, holder, "upperbound", holder.attribute("upperbound"), what);
        if (ub < lb) {
            throw GeniusTree.error(source, holder, what + " has its bounds reversed: upper bound " + ub
                    + " is below lower bound " + lb);
        }
        BigInteger size = BigInteger.valueOf(ub).subtract(BigInteger.valueOf(lb)).add(BigInteger.ONE);
        if (size.compareTo(BigInteger.valueOf(Issue.MAX_VALUES)) > 0) {
            throw GeniusTree.error(source, holder, what + " spans " + lb + ".." + ub + ", " + size
                    + " values; the limit is " + Issue.MAX_VALUES);
        }
        return new IntegerIssue(name, lb, ub);
    }

    private static Issue real(String source, XmlElement e, String name) {
        XmlElement holder = bounds(e);
        if (holder == null) {
            throw GeniusTree.error(source, e, "real issue '" + name + "' needs a <range lowerbound upperbound> child");
        }
        String what = "real issue '" + name + "'";
        BigDecimal lb = GeniusTree.parseDecimal(source, holder, "lowerbound", holder.attribute("lowerbound"), what);
        BigDecimal ub = GeniusTree.parseDecimal(source, holder, "upperbound", holder.attribute("upperbound"), what);
        if (ub.compareTo(lb) < 0) {
            throw GeniusTree.error(source, holder, what + " has its bounds reversed: upper bound " + ub.toPlainString()
                    + " is below lower bound " + lb.toPlainString());
        }
        return new RealIssue(name, lb, ub, RealIssue.DEFAULT_INTERVALS);
    }

    /** True when two items carry the same {@code index} attribute (both present). */
    static boolean sameIndex(XmlElement a, XmlElement b) {
        String ia = a.attribute("index");
        return ia != null && ia.trim().equals(String.valueOf(b.attribute("index")).trim());
    }

    /** The element holding both bounds: the issue itself, else its {@code <range>} child; null if neither. */
    static XmlElement bounds(XmlElement issue) {
        if (issue.hasAttribute("lowerbound") && issue.hasAttribute("upperbound")) {
            return issue;
        }
        XmlElement range = issue.child("range");
        if (range != null && range.hasAttribute("lowerbound") && range.hasAttribute("upperbound")) {
            return range;
        }
        return null;
    }
}
