package org.parley.formats.yaml;

import java.util.ArrayList;
import java.util.List;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.HyperRectangleUtility.Bound;
import org.parley.preference.HyperRectangleUtility.Rectangle;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a party's {@code rectangles:} block into a {@link HyperRectangleUtility}. */
final class RectanglesReader {

    static final List<String> BLOCK = List.of("max", "constraints");
    static final List<String> CONSTRAINT = List.of("utility", "weight", "includes", "excludes");

    private final YamlDoc doc;

    RectanglesReader(YamlDoc doc) {
        this.doc = doc;
    }

    HyperRectangleUtility read(Node n, Domain domain) {
        YamlDoc.Fields f = doc.fields(n, "rectangles", BLOCK);
        Node maxNode = doc.require(f, "max", "rectangles");
        double max = doc.finite(maxNode, "max");
        if (!(max > 0)) {
            throw doc.error(maxNode, "max must be positive, got " + max);
        }
        List<Rectangle> rectangles = new ArrayList<>();
        for (Node c : doc.sequence(doc.require(f, "constraints", "rectangles"), "constraints")) {
            rectangles.add(constraint(c, domain));
        }
        try {
            return new HyperRectangleUtility(domain, max, rectangles);
        } catch (IllegalArgumentException e) {
            throw doc.error(n, e.getMessage());
        }
    }

    private Rectangle constraint(Node n, Domain domain) {
        YamlDoc.Fields f = doc.fields(n, "a constraint", CONSTRAINT);
        double utility = doc.finite(doc.require(f, "utility", "a constraint"), "utility");
        double weight = f.has("weight") ? doc.finite(f.get("weight"), "weight") : 1.0;
        if (f.has("includes") && f.has("excludes")) {
            throw doc.error(f.keyNode("excludes"), "a constraint has either 'includes' or 'excludes', not both");
        }
        boolean inclusive = !f.has("excludes");
        List<Bound> bounds = new ArrayList<>();
        Node boundsNode = f.get(inclusive ? "includes" : "excludes");
        if (boundsNode != null) {
            YamlDoc.Fields bf = doc.fields(boundsNode, inclusive ? "includes" : "excludes", null);
            for (String issueName : bf.keys()) {
                int i = domain.indexOf(issueName);
                if (i < 0) {
                    throw doc.error(bf.keyNode(issueName), "unknown issue '" + issueName + "' in a constraint"
                            + YamlDoc.hint(issueName, YamlScenarioReader.issueNames(domain), "issue"));
                }
                if (!(domain.issue(i) instanceof IntegerIssue)) {
                    throw doc.error(bf.keyNode(issueName), "constraints bound integer issues only; issue '"
                            + issueName + "' is " + EvaluatorReader.kind(domain.issue(i)));
                }
                Node range = bf.get(issueName);
                List<Node> mm = doc.sequence(range, "the bound of issue '" + issueName + "'");
                if (mm.size() != 2) {
                    throw doc.error(range, "the bound of issue '" + issueName + "' must be [min, max], got "
                            + mm.size() + " elements");
                }
                long min = doc.integer(mm.get(0), "min");
                long max = doc.integer(mm.get(1), "max");
                if (min > max) {
                    throw doc.error(range, "the bound of issue '" + issueName + "' is empty: min " + min
                            + " > max " + max);
                }
                bounds.add(new Bound(i, min, max));
            }
        }
        return new Rectangle(utility, weight, inclusive, bounds);
    }
}
