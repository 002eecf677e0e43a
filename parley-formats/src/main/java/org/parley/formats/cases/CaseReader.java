package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.mediation.Case;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.IssueState;
import org.parley.mediation.IssueStatus;
import org.parley.mediation.OptionKind;
import org.parley.mediation.Party;
import org.parley.mediation.Period;
import org.parley.mediation.Preferences;
import org.parley.mediation.TalksState;
import org.parley.util.Decimals;

/**
 * Reads a schema-valid case tree into a {@link Case}, checking what the schema cannot (see {@code docs/cases.md}):
 * unique ids, options and issues that exist, points adding up to 100, weights to 1, dates, references.
 */
final class CaseReader extends Reading {

    /** Largest number of options a numeric range may generate. */
    static final int MAX_OPTIONS = 10_000;

    private CaseReader(CaseTree tree) {
        super(tree);
    }

    static Case read(CaseTree tree) {
        return new CaseReader(tree).read();
    }

    private Case read() {
        JsonNode root = tree.root();
        List<Party> parties = parties(root.get("parties"), "/parties", false, seen());
        List<Party> mediators = parties(root.get("mediators"), "/mediators", true, seen());
        for (int k = 0; k < mediators.size(); k++) {
            for (Party p : parties) {
                if (p.id().equals(mediators.get(k).id())) {
                    throw error("/mediators/" + k + "/id", "'" + p.id() + "' is both a party and a mediator");
                }
            }
        }
        List<CaseIssue> issues = issues(root.get("issues"));
        String period = text(root, "period", "month");
        List<Preferences> prefs = new PreferencesReader(tree, issues, Period.valueOf(period.toUpperCase(Locale.ROOT)))
                .read(root.get("preferences"), parties);
        DocumentsReader docs = new DocumentsReader(tree, issues, parties, mediators);
        TalksState talks = talks(root.get("talks"), issues);
        CommitmentsReader commitments = new CommitmentsReader(tree, issues, parties);
        var cs = commitments.commitments(root.get("commitments"));
        var ts = commitments.tranches(root.get("tranches"), cs);
        int horizon = root.has("horizon") ? root.get("horizon").intValue() : 12;
        return new Case(root.get("id").asText(), text(root, "title", ""), text(root, "description", ""),
                text(root, "disclaimer", ""), date(root, "asOf", ""), Period.valueOf(period.toUpperCase(Locale.ROOT)),
                horizon, parties, mediators, issues, prefs, docs.read(root.get("documents")), talks, cs, ts);
    }

    private List<Party> parties(JsonNode list, String pointer, boolean mediator, Map<String, String> seen) {
        List<Party> out = new ArrayList<>();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            JsonNode p = items.get(k);
            String id = p.get("id").asText();
            unique(seen, id, pointer + "/" + k + "/id", mediator ? "mediators" : "parties");
            out.add(new Party(id, text(p, "name", id), mediator));
        }
        return out;
    }

    private List<CaseIssue> issues(JsonNode list) {
        List<CaseIssue> out = new ArrayList<>();
        Map<String, String> seen = seen();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            String p = "/issues/" + k;
            JsonNode n = items.get(k);
            String id = n.get("id").asText();
            unique(seen, id, p + "/id", "issues");
            OptionKind kind = OptionKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT));
            List<String> labels = new ArrayList<>();
            List<BigDecimal> numbers = new ArrayList<>();
            if (kind.isNumeric()) {
                numeric(n, p, numbers);
                numbers.forEach(x -> labels.add(CaseIssue.label(x)));
            } else {
                if (n.has("range")) {
                    throw keyError(p + "/range", kind.key() + " issue '" + id + "' lists its options; 'range' is "
                            + "for numeric and quantity issues");
                }
                if (!n.has("options")) {
                    throw error(p, "issue '" + id + "' needs 'options'");
                }
                Map<String, String> names = seen();
                List<JsonNode> opts = elements(n.get("options"));
                for (int o = 0; o < opts.size(); o++) {
                    unique(names, opts.get(o).asText(), p + "/options/" + o, "options of issue '" + id + "'");
                    labels.add(opts.get(o).asText());
                }
            }
            CaseIssue issue;
            try {
                issue = new CaseIssue(id, text(n, "label", id), text(n, "description", ""), kind, labels, numbers,
                        text(n, "unit", ""), n.path("divisible").asBoolean(false), 0);
            } catch (IllegalArgumentException e) {
                throw error(p, e.getMessage());
            }
            if (n.has("statusQuo")) {
                int sq = option(issue, n.get("statusQuo"), p + "/statusQuo");
                issue = new CaseIssue(id, issue.label(), issue.description(), kind, labels, numbers, issue.unit(),
                        issue.divisible(), sq);
            }
            out.add(issue);
        }
        return out;
    }

    private void numeric(JsonNode n, String p, List<BigDecimal> numbers) {
        boolean range = n.has("range");
        if (range == n.has("options")) {
            throw error(p, "numeric issue '" + n.get("id").asText() + "' needs either 'range' (min, max, step) "
                    + "or 'options' (a list of numbers)");
        }
        if (range) {
            JsonNode r = n.get("range");
            BigDecimal min = r.get("min").decimalValue();
            BigDecimal max = r.get("max").decimalValue();
            BigDecimal step = r.get("step").decimalValue();
            for (String k : List.of("min", "max", "step")) {
                String problem = Decimals.problem(r.get(k).decimalValue());
                if (problem != null) {
                    throw error(p + "/range/" + k, "range " + k + " " + problem);
                }
            }
            if (step.signum() <= 0) {
                throw error(p + "/range/step", "range step must be positive, got " + step.toPlainString());
            }
            if (max.compareTo(min) < 0) {
                throw error(p + "/range/max", "range max " + max.toPlainString() + " is below min "
                        + min.toPlainString());
            }
            BigDecimal[] qr = max.subtract(min).divideAndRemainder(step);
            if (qr[1].signum() != 0) {
                throw error(p + "/range/step", "step " + step.toPlainString() + " does not divide the range "
                        + min.toPlainString() + ".." + max.toPlainString() + " evenly");
            }
            if (qr[0].compareTo(BigDecimal.valueOf(MAX_OPTIONS)) >= 0) {
                throw error(p + "/range/step", "the range has " + qr[0].add(BigDecimal.ONE).toPlainString()
                        + " options; at most " + MAX_OPTIONS + " are supported");
            }
            for (int k = 0; k <= qr[0].intValue(); k++) {
                numbers.add(min.add(step.multiply(BigDecimal.valueOf(k))));
            }
            return;
        }
        List<JsonNode> opts = elements(n.get("options"));
        for (int o = 0; o < opts.size(); o++) {
            BigDecimal x = number(opts.get(o));
            if (x == null) {
                throw error(p + "/options/" + o, "the options of a " + n.get("kind").asText() + " issue are numbers, "
                        + "got '" + opts.get(o).asText() + "'");
            }
            String problem = Decimals.problem(x);
            if (problem != null) {
                throw error(p + "/options/" + o, "option " + problem);
            }
            if (!numbers.isEmpty() && x.compareTo(numbers.get(numbers.size() - 1)) <= 0) {
                throw error(p + "/options/" + o, "numeric options must be listed in ascending order; "
                        + x.toPlainString() + " follows " + numbers.get(numbers.size() - 1).toPlainString());
            }
            numbers.add(x);
        }
    }

    private TalksState talks(JsonNode talks, List<CaseIssue> issues) {
        boolean nauea = talks != null && talks.path("nothingAgreedUntilEverythingAgreed").asBoolean(false);
        IssueState[] states = new IssueState[issues.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = IssueState.open(issues.get(i).id());
        }
        for (Map.Entry<String, JsonNode> e : fields(talks == null ? null : talks.get("issues"))) {
            String p = child("/talks/issues", e.getKey());
            int i = indexOf(issues, e.getKey());
            if (i < 0) {
                throw keyError(p, "the talks state names unknown issue '" + e.getKey() + "'"
                        + Hints.hint(e.getKey(), issues.stream().map(CaseIssue::id).toList(), "issue"));
            }
            JsonNode s = e.getValue();
            IssueStatus status = IssueStatus.valueOf(s.get("status").asText().toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
            int agreed = -1;
            if (s.has("option")) {
                agreed = option(issues.get(i), s.get("option"), p + "/option");
            } else if (status == IssueStatus.AGREED) {
                throw error(p, "agreed issue '" + e.getKey() + "' needs its agreed 'option'");
            }
            states[i] = new IssueState(e.getKey(), status, agreed, text(s, "since", ""), text(s, "note", ""));
        }
        return new TalksState(nauea, List.of(states));
    }

    static int indexOf(List<CaseIssue> issues, String id) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
