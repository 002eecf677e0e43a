package org.parley.formats.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;

/** GeniusWeb {@code LinearAdditiveUtilitySpace} JSON to and from {@link Profile}. */
final class ProfileJson {

    static final String LINEAR_ADDITIVE = "LinearAdditiveUtilitySpace";
    static final String DISCRETE_NEW = "DiscreteValueSetUtilities";
    static final String DISCRETE_OLD = "discreteutils";
    static final String NUMBER_NEW = "NumberValueSetUtilities";
    static final String NUMBER_OLD = "numberutils";
    /** Largest deviation of the weight sum from 1 that a file may have. */
    static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private static final Set<String> UNSUPPORTED = Set.of("SumOfGroupsUtilitySpace", "DefaultPartialOrdering",
            "FullOrdering", "PartialOrdering", "DefaultProfile", "UtilitySpace");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileJson() {
    }

    /**
     * Reads the profile in {@code f}. With {@code given} non-null an embedded domain must equal it; with it null the
     * embedded domain is used and must be present.
     */
    static Profile parse(JsonFile f, Domain given, String defaultName) {
        Map.Entry<String, JsonNode> w = f.wrapper(f.root, "$", "a profile");
        String kind = w.getKey();
        if (!kind.equals(LINEAR_ADDITIVE)) {
            if (kind.equals("issuesValues") || kind.equals("name")) {
                throw f.error("$", "this is a domain file, not a profile");
            }
            if (UNSUPPORTED.contains(kind)) {
                throw f.error("$", "profile class '" + kind + "' is not supported; parley reads "
                        + LINEAR_ADDITIVE + " profiles only");
            }
            throw f.error("$", "unknown profile class '" + kind + "'; expected " + LINEAR_ADDITIVE);
        }
        String path = JsonFile.member("$", kind);
        ObjectNode o = f.object(w.getValue(), path);
        f.allowOnly(o, path, List.of("domain", "name", "issueUtilities", "issueWeights", "reservationBid"));
        Domain domain = domainOf(f, o, path, given);
        String name = o.hasNonNull("name") ? f.text(o.get("name"), JsonFile.member(path, "name")) : defaultName;

        String wPath = JsonFile.member(path, "issueWeights");
        double[] weights = weights(f, f.object(f.required(o, path, "issueWeights"), wPath), wPath, domain);
        String uPath = JsonFile.member(path, "issueUtilities");
        List<Evaluator> evaluators = utilities(f, f.object(f.required(o, path, "issueUtilities"), uPath), uPath,
                domain);
        AdditiveUtility utility;
        try {
            utility = new AdditiveUtility(domain, weights, evaluators);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
        JsonNode rb = o.get("reservationBid");
        if (rb == null || rb.isNull()) {
            return new Profile(name, utility, 0.0, 1.0);
        }
        int[] bid = bid(f, rb, JsonFile.member(path, "reservationBid"), domain);
        return Profile.withReservationOutcome(name, utility, bid);
    }

    private static Domain domainOf(JsonFile f, ObjectNode o, String path, Domain given) {
        JsonNode dn = o.get("domain");
        String dPath = JsonFile.member(path, "domain");
        if (dn == null || dn.isNull()) {
            if (given == null) {
                throw f.error(path, "the profile embeds no domain; read it with the domain file");
            }
            return given;
        }
        Domain embedded = DomainJson.parse(f, dn, dPath, "");
        if (given == null) {
            return embedded;
        }
        if (!DomainJson.sameDomain(embedded, given)) {
            throw f.error(dPath, "the embedded domain '" + embedded.name() + "' (" + embedded.issues()
                    + ") differs from the given domain '" + given.name() + "' (" + given.issues() + ")");
        }
        return given;
    }

    private static double[] weights(JsonFile f, ObjectNode o, String path, Domain domain) {
        double[] weights = new double[domain.issueCount()];
        boolean[] seen = new boolean[weights.length];
        double sum = 0;
        for (String issue : JsonFile.keys(o)) {
            String p = JsonFile.member(path, issue);
            int i = domain.indexOf(issue);
            if (i < 0) {
                throw f.error(p, "unknown issue '" + issue + "' (the domain has " + issueNames(domain) + ")");
            }
            JsonNode n = o.get(issue);
            if (n == null || !n.isNumber()) {
                throw f.error(p, "expected a number for the weight, got " + JsonFile.describe(n));
            }
            double w = n.doubleValue();
            if (!Double.isFinite(w)) {
                throw f.error(p, "weight is not a finite number (" + w + ")");
            }
            if (w < 0) {
                throw f.error(p, "weight is negative (" + w + ")");
            }
            weights[i] = w;
            seen[i] = true;
        }
        for (int i = 0; i < weights.length; i++) {
            if (!seen[i]) {
                throw f.error(path, "issue '" + domain.issue(i).name() + "' has no weight");
            }
            sum += weights[i];
        }
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw f.error(path, "weights sum to " + sum + ", not 1 (GeniusWeb requires a sum of 1 within "
                    + WEIGHT_SUM_TOLERANCE + ")");
        }
        return weights;
    }

    private static List<Evaluator> utilities(JsonFile f, ObjectNode o, String path, Domain domain) {
        Evaluator[] out = new Evaluator[domain.issueCount()];
        for (String issueName : JsonFile.keys(o)) {
            String p = JsonFile.member(path, issueName);
            int i = domain.indexOf(issueName);
            if (i < 0) {
                throw f.error(p, "unknown issue '" + issueName + "' (the domain has " + issueNames(domain) + ")");
            }
            out[i] = valueSetUtilities(f, o.get(issueName), p, domain.issue(i));
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw f.error(path, "issue '" + domain.issue(i).name() + "' has no utilities");
            }
        }
        return List.of(out);
    }

    private static Evaluator valueSetUtilities(JsonFile f, JsonNode n, String path, Issue issue) {
        Map.Entry<String, JsonNode> w = f.wrapper(n, path, "value-set utilities");
        String kind = w.getKey();
        String p = JsonFile.member(path, kind);
        ObjectNode o = f.object(w.getValue(), p);
        if (kind.equals(DISCRETE_NEW) || kind.equals(DISCRETE_OLD)) {
            if (!(issue instanceof DiscreteIssue)) {
                throw f.error(p, "issue '" + issue.name() + "' is a number range, so it needs " + NUMBER_NEW);
            }
            f.allowOnly(o, p, List.of("valueUtilities"));
            String vp = JsonFile.member(p, "valueUtilities");
            ObjectNode vu = f.object(f.required(o, p, "valueUtilities"), vp);
            Map<String, Double> table = new LinkedHashMap<>();
            for (String value : JsonFile.keys(vu)) {
                String up = JsonFile.member(vp, value);
                if (issue.indexOf(value) < 0) {
                    throw f.error(up, "issue '" + issue.name() + "' has no value '" + value + "'");
                }
                double u = f.number(vu.get(value), up, "utility");
                if (u < 0 || u > 1) {
                    throw f.error(up, "utility " + u + " is outside [0, 1]");
                }
                table.put(value, u);
            }
            for (int v = 0; v < issue.size(); v++) {
                if (!table.containsKey(issue.label(v))) {
                    throw f.error(vp, "value '" + issue.label(v) + "' of issue '" + issue.name()
                            + "' has no utility");
                }
            }
            return new DiscreteEvaluator(table, false);
        }
        if (kind.equals(NUMBER_NEW) || kind.equals(NUMBER_OLD)) {
            if (!issue.isNumeric()) {
                throw f.error(p, "issue '" + issue.name() + "' is discrete, so it needs " + DISCRETE_NEW);
            }
            f.allowOnly(o, p, List.of("lowValue", "lowUtility", "highValue", "highUtility"));
            double lowValue = f.number(f.required(o, p, "lowValue"), JsonFile.member(p, "lowValue"), "lowValue");
            double lowUtility = f.number(f.required(o, p, "lowUtility"), JsonFile.member(p, "lowUtility"),
                    "lowUtility");
            double highValue = f.number(f.required(o, p, "highValue"), JsonFile.member(p, "highValue"), "highValue");
            double highUtility = f.number(f.required(o, p, "highUtility"), JsonFile.member(p, "highUtility"),
                    "highUtility");
            try {
                return new NumberLinearEvaluator(lowValue, lowUtility, highValue, highUtility);
            } catch (IllegalArgumentException e) {
                throw f.error(p, e.getMessage());
            }
        }
        throw f.error(path, "unknown value-set utilities type '" + kind + "'; expected " + DISCRETE_NEW + " or "
                + NUMBER_NEW + " (or the old " + DISCRETE_OLD + ", " + NUMBER_OLD + ")");
    }

    /** A complete bid {@code {"issuevalues": {...}}} as value indices. */
    static int[] bid(JsonFile f, JsonNode n, String path, Domain domain) {
        ObjectNode o = f.object(n, path);
        f.allowOnly(o, path, List.of("issuevalues"));
        String ip = JsonFile.member(path, "issuevalues");
        ObjectNode iv = f.object(f.required(o, path, "issuevalues"), ip);
        int[] bid = new int[domain.issueCount()];
        Arrays.fill(bid, -1);
        for (String issueName : JsonFile.keys(iv)) {
            String p = JsonFile.member(ip, issueName);
            int i = domain.indexOf(issueName);
            if (i < 0) {
                throw f.error(p, "unknown issue '" + issueName + "' (the domain has " + issueNames(domain) + ")");
            }
            Issue issue = domain.issue(i);
            JsonNode v = iv.get(issueName);
            String label;
            if (issue.isNumeric()) {
                label = f.decimal(v, p, "value of number issue '" + issueName + "'").toPlainString();
            } else {
                label = f.text(v, p);
            }
            bid[i] = issue.indexOf(label);
            if (bid[i] < 0) {
                throw f.error(p, "issue '" + issueName + "' has no value '" + label + "'");
            }
        }
        for (int i = 0; i < bid.length; i++) {
            if (bid[i] < 0) {
                throw f.error(ip, "the bid has no value for issue '" + domain.issue(i).name() + "'");
            }
        }
        return bid;
    }

    private static String issueNames(Domain d) {
        List<String> names = new ArrayList<>();
        d.issues().forEach(i -> names.add(i.name()));
        return names.toString();
    }

    /**
     * The profile as GeniusWeb JSON in the new spelling, with its domain embedded. The profile must already be in
     * GeniusWeb form: additive, with discrete tables in [0, 1] or number utilities, weights summing to 1.
     */
    static ObjectNode toJson(Profile p) {
        AdditiveUtility u = (AdditiveUtility) p.utility();
        Domain d = u.domain();
        ObjectNode root = NODES.objectNode();
        ObjectNode las = root.putObject(LINEAR_ADDITIVE);
        ObjectNode utils = las.putObject("issueUtilities");
        for (int i = 0; i < d.issueCount(); i++) {
            Issue issue = d.issue(i);
            Evaluator e = u.evaluator(i);
            ObjectNode io = utils.putObject(issue.name());
            if (e instanceof NumberLinearEvaluator nl) {
                ObjectNode no = io.putObject(NUMBER_NEW);
                no.put("lowValue", nl.lowValue());
                no.put("lowUtility", nl.lowUtility());
                no.put("highValue", nl.highValue());
                no.put("highUtility", nl.highUtility());
            } else {
                ObjectNode vu = io.putObject(DISCRETE_NEW).putObject("valueUtilities");
                for (int v = 0; v < issue.size(); v++) {
                    vu.put(issue.label(v), e.evaluate(issue, v));
                }
            }
        }
        ObjectNode weights = las.putObject("issueWeights");
        for (int i = 0; i < d.issueCount(); i++) {
            weights.put(d.issue(i).name(), u.weight(i));
        }
        las.set("domain", DomainJson.toJson(d));
        las.put("name", p.name());
        int[] rb = p.reservationOutcome();
        if (rb == null) {
            las.putNull("reservationBid");
        } else {
            ObjectNode iv = las.putObject("reservationBid").putObject("issuevalues");
            for (int i = 0; i < d.issueCount(); i++) {
                Issue issue = d.issue(i);
                if (issue instanceof RealIssue ri) {
                    iv.put(issue.name(), ri.value(rb[i]));
                } else if (issue instanceof IntegerIssue ii) {
                    iv.put(issue.name(), ii.value(rb[i]));
                } else {
                    iv.put(issue.name(), issue.label(rb[i]));
                }
            }
        }
        return root;
    }
}
