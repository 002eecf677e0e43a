package org.parley.formats.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.formats.FileKind;
import org.parley.formats.SafeYaml;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.preference.UtilityFunction;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Builds a {@link Scenario} from the node tree of a parley YAML file (format version 1). */
final class YamlScenarioReader {

    static final List<String> TOP = List.of("parley", "name", "domain", "issues", "parties");
    static final List<String> ISSUE = List.of("name", "values", "integer", "real", "intervals");
    static final List<String> PARTY = List.of("name", "reservation", "discount", "weights", "utilities",
            "rectangles");

    private final YamlDoc doc;
    private final EvaluatorReader evaluators;

    YamlScenarioReader(YamlDoc doc) {
        this.doc = doc;
        this.evaluators = new EvaluatorReader(doc);
    }

    Scenario read(Node root, String defaultName) {
        String other = FileKind.wrongKind(doc.fields(root, "a parley scenario", null).keys(), FileKind.SCENARIO);
        if (other != null) {
            throw doc.error(root, other);
        }
        YamlDoc.Fields top = doc.fields(root, "a parley scenario", TOP);
        if (!top.has("parley")) {
            throw doc.error(root, "missing 'parley: 1' (the format version) at the top of the file");
        }
        long version = doc.integer(top.get("parley"), "the format version 'parley'");
        if (version != 1) {
            throw doc.error(top.get("parley"), "unsupported format version " + version + "; this parley reads "
                    + "version 1");
        }
        String name = top.has("name") ? doc.text(top.get("name"), "name") : defaultName;
        String domainName = top.has("domain") ? doc.text(top.get("domain"), "domain") : name;
        Node issuesNode = doc.require(top, "issues", "a scenario");
        List<Issue> issues = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node n : doc.sequence(issuesNode, "issues")) {
            Issue issue = issue(n);
            Node prev = seen.putIfAbsent(issue.name(), n);
            if (prev != null) {
                throw doc.error(n, "a second issue named '" + issue.name() + "' (the first is at " + YamlDoc.at(prev)
                        + ")");
            }
            issues.add(issue);
        }
        if (issues.isEmpty()) {
            throw doc.error(issuesNode, "a scenario needs at least one issue");
        }
        Domain domain;
        try {
            domain = new Domain(domainName, issues);
        } catch (IllegalArgumentException e) {
            throw doc.error(issuesNode, e.getMessage(), e);
        }
        List<Profile> profiles = new ArrayList<>();
        for (Node n : doc.sequence(doc.require(top, "parties", "a scenario"), "parties")) {
            profiles.add(party(n, domain));
        }
        return new Scenario(name, domain, profiles);
    }

    private Issue issue(Node n) {
        YamlDoc.Fields f = doc.fields(n, "an issue", ISSUE);
        String name = doc.text(doc.require(f, "name", "an issue"), "an issue name");
        if (name.isBlank()) {
            throw doc.error(f.get("name"), "an issue needs a non-blank name");
        }
        int kinds = (f.has("values") ? 1 : 0) + (f.has("integer") ? 1 : 0) + (f.has("real") ? 1 : 0);
        if (kinds != 1) {
            throw doc.error(n, "issue '" + name + "' needs exactly one of 'values' (discrete), 'integer: [lower, "
                    + "upper]' or 'real: [lower, upper]'");
        }
        if (f.has("intervals") && !f.has("real")) {
            throw doc.error(f.keyNode("intervals"), "'intervals' applies to real issues only");
        }
        try {
            if (f.has("values")) {
                List<String> values = new ArrayList<>();
                Set<String> unique = new HashSet<>();
                for (Node v : doc.sequence(f.get("values"), "values")) {
                    String value = doc.text(v, "an option of issue '" + name + "'");
                    if (!unique.add(value)) {
                        throw doc.error(v, "issue '" + name + "' lists option '" + value + "' twice");
                    }
                    values.add(value);
                }
                if (values.isEmpty()) {
                    throw doc.error(f.get("values"), "issue '" + name + "' has no options");
                }
                return new DiscreteIssue(name, values);
            }
            if (f.has("integer")) {
                List<Node> b = bounds(f.get("integer"), name);
                return new IntegerIssue(name, doc.integer(b.get(0), "lower bound"),
                        doc.integer(b.get(1), "upper bound"));
            }
            List<Node> b = bounds(f.get("real"), name);
            BigDecimal lower = doc.decimal(b.get(0), "lower bound");
            BigDecimal upper = doc.decimal(b.get(1), "upper bound");
            long intervals = f.has("intervals") ? doc.integer(f.get("intervals"), "intervals")
                    : RealIssue.DEFAULT_INTERVALS;
            if (intervals < 1 || intervals >= Issue.MAX_VALUES) {
                throw doc.error(f.get("intervals"), "intervals must lie in 1.." + (Issue.MAX_VALUES - 1) + ", got "
                        + intervals);
            }
            return new RealIssue(name, lower, upper, (int) intervals);
        } catch (IllegalArgumentException e) {
            throw doc.error(n, e.getMessage());
        }
    }

    private List<Node> bounds(Node n, String issue) {
        List<Node> b = doc.sequence(n, "the bounds of issue '" + issue + "'");
        if (b.size() != 2) {
            throw doc.error(n, "the bounds of issue '" + issue + "' must be [lower, upper], got " + b.size()
                    + " elements");
        }
        return b;
    }

    private Profile party(Node n, Domain domain) {
        YamlDoc.Fields f = doc.fields(n, "a party", PARTY);
        String name = doc.text(doc.require(f, "name", "a party"), "a party name");
        UtilityFunction utility;
        if (f.has("rectangles")) {
            for (String k : List.of("weights", "utilities")) {
                if (f.has(k)) {
                    throw doc.error(f.keyNode(k), "party '" + name + "' has 'rectangles', so it cannot also have '"
                            + k + "'");
                }
            }
            utility = new RectanglesReader(doc).read(f.get("rectangles"), domain);
        } else {
            if (!f.has("weights") || !f.has("utilities")) {
                throw doc.error(n, "party '" + name + "' needs 'weights' and 'utilities' (or 'rectangles')");
            }
            utility = additive(f.get("weights"), f.get("utilities"), domain);
        }
        double discount = 1.0;
        if (f.has("discount")) {
            discount = doc.finite(f.get("discount"), "discount");
            if (!(discount > 0 && discount <= 1)) {
                throw doc.error(f.get("discount"), "discount must lie in (0, 1], got " + discount);
            }
        }
        if (!f.has("reservation")) {
            return new Profile(name, utility, 0.0, discount);
        }
        Node r = f.get("reservation");
        if (!(r instanceof MappingNode)) {
            return new Profile(name, utility, reservation(r, name, doc.finite(r, "reservation")), discount);
        }
        YamlDoc.Fields rf = doc.fields(r, "reservation", List.of("outcome", "value"));
        int[] outcome = outcome(doc.require(rf, "outcome", "reservation"), domain);
        double value = rf.has("value") ? reservation(rf.get("value"), name, doc.finite(rf.get("value"),
                "reservation value")) : utility.utility(outcome);
        return new Profile(name, utility, value, discount, outcome);
    }

    private double reservation(Node n, String party, double value) {
        String problem = Profile.reservationProblem(party, value);
        if (problem != null) {
            throw doc.error(n, problem);
        }
        return value;
    }

    private AdditiveUtility additive(Node weightsNode, Node utilitiesNode, Domain domain) {
        YamlDoc.Fields wf = issueKeyed(weightsNode, "weights", domain);
        YamlDoc.Fields uf = issueKeyed(utilitiesNode, "utilities", domain);
        double[] weights = new double[domain.issueCount()];
        List<Evaluator> list = new ArrayList<>();
        for (int i = 0; i < domain.issueCount(); i++) {
            Issue issue = domain.issue(i);
            Node w = wf.get(issue.name());
            if (w == null) {
                throw doc.error(weightsNode, "issue '" + issue.name() + "' has no weight");
            }
            weights[i] = doc.finite(w, "the weight of issue '" + issue.name() + "'");
            if (weights[i] < 0) {
                throw doc.error(w, "the weight of issue '" + issue.name() + "' is negative (" + weights[i] + ")");
            }
            Node spec = uf.get(issue.name());
            if (spec == null) {
                throw doc.error(utilitiesNode, "issue '" + issue.name() + "' has no utility");
            }
            list.add(evaluators.read(spec, issue));
        }
        try {
            return new AdditiveUtility(domain, weights, list);
        } catch (IllegalArgumentException e) {
            throw doc.error(utilitiesNode, e.getMessage());
        }
    }

    /** A mapping whose keys must all be issue names. */
    YamlDoc.Fields issueKeyed(Node n, String what, Domain domain) {
        YamlDoc.Fields f = doc.fields(n, what, null);
        for (String k : f.keys()) {
            if (domain.indexOf(k) < 0) {
                throw doc.error(f.keyNode(k), "unknown issue '" + k + "' in " + what
                        + YamlDoc.hint(k, issueNames(domain), "issue"));
            }
        }
        return f;
    }

    private int[] outcome(Node n, Domain domain) {
        YamlDoc.Fields f = issueKeyed(n, "the reservation outcome", domain);
        int[] outcome = new int[domain.issueCount()];
        for (int i = 0; i < outcome.length; i++) {
            Issue issue = domain.issue(i);
            Node v = f.get(issue.name());
            if (v == null) {
                throw doc.error(n, "the reservation outcome has no value for issue '" + issue.name() + "'");
            }
            String label = doc.text(v, "the value of issue '" + issue.name() + "'");
            outcome[i] = issue.indexOf(label);
            if (outcome[i] < 0) {
                throw doc.error(v, "issue '" + issue.name() + "' has no value '" + label + "'");
            }
        }
        return outcome;
    }

    static List<String> issueNames(Domain d) {
        List<String> names = new ArrayList<>();
        d.issues().forEach(i -> names.add(i.name()));
        return names;
    }

    /** Reads {@code parley: 1} files; the entry point used by {@link ParleyYaml}. */
    static Scenario read(String file, String text, String defaultName, int maxCodePoints) {
        Node root = SafeYaml.loadScenario(file, text, maxCodePoints);
        return new YamlScenarioReader(new YamlDoc(file)).read(root, defaultName);
    }
}
