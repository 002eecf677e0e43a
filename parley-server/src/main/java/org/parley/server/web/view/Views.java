package org.parley.server.web.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.mediation.Case;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Document;
import org.parley.mediation.Party;
import org.parley.mediation.Preferences;
import org.parley.mediation.Provision;
import org.parley.server.auth.Credentials;
import org.parley.server.cases.CaseCommands;
import org.parley.server.cases.CaseState;
import org.parley.server.web.view.Models.CheckRow;
import org.parley.server.web.view.Models.Clause;
import org.parley.server.web.view.Models.IssueChoice;
import org.parley.server.web.view.Models.IssueForm;
import org.parley.server.web.view.Models.LedgerRow;
import org.parley.server.web.view.Models.MatrixRow;
import org.parley.server.web.view.Models.OptionForm;
import org.parley.server.web.view.Models.PackageRow;
import org.parley.server.web.view.Models.PartyRow;
import org.parley.server.web.view.Models.ProvisionRow;
import org.parley.server.web.view.Models.SharedRow;
import org.parley.server.web.view.Models.TextVersion;
import org.parley.server.web.view.Models.TrancheRow;

/**
 * Builds the page models. The dashboard reads the same JSON documents as the API ({@code compare}, {@code propose},
 * {@code ledger}), so the page and the API cannot disagree; the room reads the party's own preferences only.
 */
public final class Views {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Views() {
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String num(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    public static String num(JsonNode v, int digits) {
        return v == null || v.isNull() || v.isMissingNode() ? "–" : num(v.asDouble(), digits);
    }

    static String join(JsonNode list) {
        if (list == null || list.isNull() || list.isMissingNode()) {
            return "(silent)";
        }
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return String.join(" / ", out);
    }

    static String name(Case c, String id) {
        int j = c.partyIndex(id);
        if (j >= 0) {
            return c.parties().get(j).name();
        }
        for (Party m : c.mediators()) {
            if (m.id().equals(id)) {
                return m.name();
            }
        }
        return id;
    }

    /** Everything the dashboard shows of {@code s} that is the same for all who may open it. */
    public static Models.CaseView caseView(CaseState s) {
        Case c = s.caseFile();
        JsonNode cmp = read(s.compareJson());
        String a = cmp.get("parties").get(0).asText();
        String b = cmp.get("parties").get(1).asText();
        return new Models.CaseView(verdict(s), zone(s), num(cmp.path("aggregateGap"), 3), name(c, a), name(c, b),
                matrix(s), parties(s), packages(s), text(s), history(s), ledger(s), tranches(s, true),
                c.commitments().stream().map(x -> x.id()).toList(), c.partyIds(), shared(s), issues(c), charts(s));
    }

    /** The comparison matrix rows. */
    public static List<MatrixRow> matrix(CaseState s) {
        JsonNode cmp = read(s.compareJson());
        Case c = s.caseFile();
        String a = cmp.get("parties").get(0).asText();
        String b = cmp.get("parties").get(1).asText();
        List<MatrixRow> rows = new ArrayList<>();
        for (JsonNode g : cmp.get("issues")) {
            String issue = g.get("issue").asText();
            CaseIssue ci = c.issue(issue);
            String talks = g.path("state").asText() + (g.hasNonNull("agreed") ? ": " + g.get("agreed").asText() : "");
            rows.add(new MatrixRow(issue, ci.label(), g.get("status").asText(), num(g.get("distance"), 3),
                    join(g.path("positions").get(a)), join(g.path("positions").get(b)),
                    num(g.path("concession").get(a), 3), num(g.path("concession").get(b), 3), talks,
                    g.path("blocking").asBoolean(), g.path("reason").asText("")));
        }
        return rows;
    }

    /** The parties with their memoranda's utilities (results, not preferences). */
    public static List<PartyRow> parties(CaseState s) {
        JsonNode cmp = read(s.compareJson());
        List<PartyRow> out = new ArrayList<>();
        for (Party p : s.caseFile().parties()) {
            out.add(new PartyRow(p.id(), p.name(), s.shares(p.id()), num(cmp.path("utilityOfOwn").get(p.id()), 3),
                    num(cmp.path("utilityOfOther").get(p.id()), 3)));
        }
        return out;
    }

    /** The verdict of the comparison. */
    public static String verdict(CaseState s) {
        return read(s.compareJson()).path("verdict").asText();
    }

    /** The agreement zone in words. */
    public static String zone(CaseState s) {
        JsonNode prop = read(s.proposeJson());
        JsonNode z = prop.path("agreementZone");
        if (z.path("empty").asBoolean()) {
            String deadlocked = join(z.path("deadlocked")).replace(" / ", ", ");
            return "No agreement zone" + (z.path("deadlocked").isEmpty() ? "." : ": red lines leave no option on "
                    + deadlocked + ". The packages below leave " + deadlocked + " at its status quo; \"in the zone\" "
                    + "there speaks of the other issues only.");
        }
        return "Agreement zone: " + z.path("outcomes").asText() + " packages meet every red line and reservation level.";
    }

    /** The proposed packages, most useful first. */
    public static List<PackageRow> packages(CaseState s) {
        JsonNode p = read(s.proposeJson());
        Case c = s.caseFile();
        List<PackageRow> out = new ArrayList<>();
        for (JsonNode x : p.path("packages")) {
            out.add(pkg(c, x, label(x.path("method").asText())));
        }
        if (p.path("adjustedWinner").hasNonNull("package")) {
            out.add(pkg(c, p.path("adjustedWinner").get("package"), "Adjusted Winner"));
        }
        int i = 0;
        for (JsonNode x : p.path("improvements")) {
            if (i++ < 3) {
                out.add(pkg(c, x, "Improvement " + i + " over the baseline"));
            }
        }
        if (p.hasNonNull("baseline")) {
            out.add(pkg(c, p.get("baseline"), "Baseline (agreed items + status quo)"));
        }
        return out;
    }

    private static String label(String method) {
        return switch (method) {
            case "nash" -> "Nash bargaining solution";
            case "kalaiSmorodinsky" -> "Kalai–Smorodinsky";
            case "egalitarian" -> "Egalitarian";
            case "maxWelfare" -> "Maximum welfare";
            default -> method;
        };
    }

    private static PackageRow pkg(Case c, JsonNode x, String name) {
        List<String> content = new ArrayList<>();
        ObjectNode assignments = JSON.createObjectNode();
        for (CaseIssue ci : c.issues()) {
            JsonNode v = x.path("content").path(ci.id());
            content.add(v.isMissingNode() || v.isNull() ? "–" : v.asText());
            if (!v.isMissingNode() && !v.isNull()) {
                assignments.put(ci.id(), v.asText());
            }
        }
        List<String> utils = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : x.path("utilities").properties()) {
            utils.add(name(c, e.getKey()) + " " + num(e.getValue(), 3));
        }
        List<String> flags = new ArrayList<>();
        if (!x.path("belowReservation").isEmpty()) {
            flags.add("below the reservation level of " + join(x.path("belowReservation")).replace(" / ", ", "));
        }
        if (!x.path("crossesRedLines").isEmpty()) {
            flags.add("crosses red lines of " + join(x.path("crossesRedLines")).replace(" / ", ", "));
        }
        return new PackageRow(name, x.path("why").asText(""), content, utils, x.path("inZone").asBoolean(),
                String.join("; ", flags), assignments.toString());
    }

    /** The current single negotiating text. */
    public static List<Clause> text(CaseState s) {
        Document d = CaseCommands.currentText(s.caseFile());
        List<Clause> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        JsonNode tree = documentTree(s, d.id());
        for (int i = 0; i < d.provisions().size(); i++) {
            Provision p = d.provisions().get(i);
            String status = tree.path("provisions").path(i).path("status").asText("open");
            out.add(new Clause(p.path(), p.text(), status, settles(s.caseFile(), p)));
        }
        return out;
    }

    private static String settles(Case c, Provision p) {
        List<String> out = new ArrayList<>();
        p.positions().forEach((issue, pos) -> {
            CaseIssue ci = c.issue(issue);
            List<String> opts = new ArrayList<>();
            pos.options().forEach(o -> opts.add(ci.option(o)));
            out.add(ci.label() + (opts.isEmpty() ? "" : ": " + String.join(" / ", opts)));
        });
        return String.join("; ", out);
    }

    private static JsonNode documentTree(CaseState s, String id) {
        for (JsonNode d : s.tree().path("documents")) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        return JSON.createObjectNode();
    }

    /** Every version of the single negotiating text, newest first, with what changed. */
    public static List<TextVersion> history(CaseState s) {
        List<TextVersion> out = new ArrayList<>();
        Map<String, String> previous = null;
        for (JsonNode d : s.tree().path("documents")) {
            if (!d.path("kind").asText().equals("single-negotiating-text")) {
                continue;
            }
            Map<String, String> now = new LinkedHashMap<>();
            for (JsonNode p : d.path("provisions")) {
                now.put(p.path("path").asText(), p.path("status").asText("open") + "|" + p.path("text").asText());
            }
            String changes;
            if (previous == null) {
                changes = "first version";
            } else {
                List<String> ch = new ArrayList<>();
                for (Map.Entry<String, String> e : now.entrySet()) {
                    String before = previous.get(e.getKey());
                    if (before == null) {
                        ch.add("added " + e.getKey());
                    } else if (!before.equals(e.getValue())) {
                        String st0 = before.substring(0, before.indexOf('|'));
                        String st1 = e.getValue().substring(0, e.getValue().indexOf('|'));
                        ch.add(e.getKey() + (st0.equals(st1) ? " reworded" : " " + st0 + " → " + st1));
                    }
                }
                previous.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> ch.add("removed " + k));
                changes = ch.isEmpty() ? "no change" : String.join(", ", ch);
            }
            out.add(0, new TextVersion(d.path("id").asText(), d.path("version").asInt(1), d.path("date").asText(),
                    d.path("provisions").size(), changes));
            previous = now;
        }
        return out;
    }

    /** The ledger rows. */
    public static List<LedgerRow> ledger(CaseState s) {
        JsonNode l = read(s.ledgerJson());
        Case c = s.caseFile();
        List<LedgerRow> out = new ArrayList<>();
        for (JsonNode x : l.path("commitments")) {
            List<String> flags = new ArrayList<>();
            x.path("flags").forEach(f -> flags.add(f.asText()));
            x.path("overdue").forEach(f -> flags.add("overdue: " + f.asText()));
            out.add(new LedgerRow(x.path("commitment").asText(), x.path("text").asText(),
                    x.path("reciprocity").asText(), sides(c, x.path("pledged")), sides(c, x.path("delivered")),
                    x.path("balance").isNull() ? "–" : x.path("balance").asText(),
                    x.path("completion").isNull() ? "–" : num(x.path("completion").asDouble() * 100, 1) + "%",
                    flags));
        }
        return out;
    }

    private static String sides(Case c, JsonNode m) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            out.add(name(c, e.getKey()) + " " + (e.getValue().isNull() ? "–" : String.format(Locale.ROOT, "%,d",
                    e.getValue().asLong())));
        }
        return out.isEmpty() ? "–" : String.join(" / ", out);
    }

    /** The tranches, newest first. */
    public static List<TrancheRow> tranches(CaseState s, boolean canVerify) {
        Case c = s.caseFile();
        List<TrancheRow> out = new ArrayList<>();
        for (var t : c.tranches()) {
            List<String> d = new ArrayList<>();
            for (Party p : c.parties()) {
                Long n = t.delivered().get(p.id());
                d.add(p.name() + " " + (n == null ? "not reported" : String.format(Locale.ROOT, "%,d", n)));
            }
            out.add(0, new TrancheRow(t.id(), t.commitment(), t.date().toString(), String.join(", ", d)
                    + (t.approximate() ? " (approximate)" : ""), t.status().key(), t.source(),
                    canVerify && t.status() != org.parley.mediation.Tranche.Status.VERIFIED));
        }
        return out;
    }

    /** What the mediator shared, newest first. */
    public static List<SharedRow> shared(CaseState s) {
        List<SharedRow> out = new ArrayList<>();
        Case c = s.caseFile();
        for (CaseState.Shared x : s.shared()) {
            List<String> content = new ArrayList<>();
            if (x.assignments() != null) {
                x.assignments().forEach((k, v) -> content.add((c.issueIndex(k) >= 0 ? c.issue(k).label() : k)
                        + ": " + v));
            }
            out.add(0, new SharedRow(x.at().toString().substring(0, 16).replace('T', ' '), x.title(), x.text(),
                    content));
        }
        return out;
    }

    /** The issues with their options. */
    public static List<IssueChoice> issues(Case c) {
        List<IssueChoice> out = new ArrayList<>();
        for (CaseIssue i : c.issues()) {
            out.add(new IssueChoice(i.id(), i.label(), i.options()));
        }
        return out;
    }

    /** The credentials of a case. */
    public static List<Models.CredentialRow> credentials(List<Credentials.Credential> cs) {
        List<Models.CredentialRow> out = new ArrayList<>();
        Instant now = Instant.now();
        for (Credentials.Credential c : cs) {
            out.add(new Models.CredentialRow(c.id(), c.role().key() + (c.party() != null ? " " + c.party() : ""),
                    c.label(), c.createdAt().toString().substring(0, 16).replace('T', ' '),
                    c.expiresAt() == null ? "never" : c.expiresAt().toString().substring(0, 16).replace('T', ' '),
                    c.valid(now)));
        }
        return out;
    }

    /** The chart options (ECharts) of the dashboard, as JSON: utility plane, gap per issue, ledger over time. */
    public static String charts(CaseState s) {
        Case c = s.caseFile();
        JsonNode prop = read(s.proposeJson());
        JsonNode cmp = read(s.compareJson());
        String a = c.parties().get(0).id();
        String b = c.parties().get(1).id();
        ObjectNode out = JSON.createObjectNode();
        ObjectNode plane = out.putObject("plane");
        plane.put("xName", name(c, a) + " utility").put("yName", name(c, b) + " utility");
        ArrayNode pts = plane.putArray("packages");
        List<JsonNode> all = new ArrayList<>();
        prop.path("packages").forEach(all::add);
        prop.path("improvements").forEach(all::add);
        if (prop.path("adjustedWinner").hasNonNull("package")) {
            all.add(prop.path("adjustedWinner").get("package"));
        }
        if (prop.hasNonNull("baseline")) {
            all.add(prop.get("baseline"));
        }
        for (JsonNode x : all) {
            pts.addObject().put("name", label(x.path("method").asText()))
                    .put("x", x.path("utilities").path(a).asDouble()).put("y", x.path("utilities").path(b).asDouble())
                    .put("inZone", x.path("inZone").asBoolean());
        }
        ArrayNode memos = plane.putArray("memoranda");
        memos.addObject().put("name", name(c, a) + "'s memorandum").put("x", cmp.path("utilityOfOwn").path(a)
                .asDouble()).put("y", cmp.path("utilityOfOther").path(b).asDouble());
        memos.addObject().put("name", name(c, b) + "'s memorandum").put("x", cmp.path("utilityOfOther").path(a)
                .asDouble()).put("y", cmp.path("utilityOfOwn").path(b).asDouble());
        plane.put("aName", name(c, a)).put("bName", name(c, b));
        // reservation lines only where the party shares its preferences with the mediator
        if (s.shares(a)) {
            plane.put("reservationX", c.preferences().get(0).reservation());
        }
        if (s.shares(b)) {
            plane.put("reservationY", c.preferences().get(1).reservation());
        }
        ObjectNode gap = out.putObject("gap");
        ArrayNode issues = gap.putArray("issues");
        ArrayNode dist = gap.putArray("distance");
        ArrayNode blocking = gap.putArray("blocking");
        for (JsonNode g : cmp.path("issues")) {
            issues.add(c.issue(g.get("issue").asText()).label());
            if (g.get("distance").isNull()) {
                dist.addNull();
            } else {
                dist.add(g.get("distance").asDouble());
            }
            blocking.add(g.path("blocking").asBoolean());
        }
        ObjectNode led = out.putObject("ledger");
        ArrayNode series = led.putArray("series");
        for (var cm : c.commitments()) {
            var ts = c.tranchesOf(cm.id());
            if (ts.isEmpty()) {
                continue;
            }
            for (Party p : c.parties()) {
                ArrayNode data = JSON.createArrayNode();
                long total = 0;
                boolean any = false;
                for (var t : ts) {
                    Long n = t.delivered().get(p.id());
                    if (n != null) {
                        total += n;
                        any = true;
                    }
                    data.addArray().add(t.date().toString()).add(total);
                }
                if (any) {
                    ObjectNode ser = series.addObject().put("name", cm.id() + " " + p.name());
                    ser.set("data", data);
                }
            }
        }
        return out.toString();
    }

    /** The preference wizard's issues from the party's own preferences. */
    public static List<IssueForm> wizard(CaseState s, String party) {
        Case c = s.caseFile();
        Preferences p = c.preferences().get(c.partyIndex(party));
        List<IssueForm> out = new ArrayList<>();
        for (int i = 0; i < c.issues().size(); i++) {
            CaseIssue ci = c.issues().get(i);
            List<OptionForm> opts = new ArrayList<>();
            for (int o = 0; o < ci.size(); o++) {
                opts.add(new OptionForm(o, ci.option(o), trim(p.value(i, o) * 100), p.refuses(ci.id(), o)));
            }
            out.add(new IssueForm(ci.id(), ci.label(), ci.description(), ci.kind().name().toLowerCase(Locale.ROOT),
                    trim(p.weight(i) * 100), opts));
        }
        return out;
    }

    /** {@link #trim} for the templates. */
    public static String trimmed(double v) {
        return trim(v);
    }

    /** A number without trailing zeros, at most two decimals. */
    static String trim(double v) {
        String s = num(Math.round(v * 100) / 100.0, 2);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The check table: a few packages with their value to the party, from its own preferences only. */
    public static List<CheckRow> checks(CaseState s, String party) {
        Case c = s.caseFile();
        int j = c.partyIndex(party);
        Preferences p = c.preferences().get(j);
        List<CheckRow> out = new ArrayList<>();
        int[] base = c.baseline();
        out.add(check(c, p, "Status quo (with what is agreed)", base));
        Document own = c.latestDocument(party, null);
        if (own != null) {
            int[] memo = base.clone();
            for (int i = 0; i < c.issues().size(); i++) {
                var pos = own.position(c.issues().get(i));
                if (!pos.silent() && !pos.options().isEmpty()) {
                    memo[i] = p.favourite(i, pos.options());
                }
            }
            out.add(check(c, p, "Your memorandum (" + own.id() + ")", memo));
        }
        int[] ideal = new int[c.issues().size()];
        for (int i = 0; i < ideal.length; i++) {
            int best = -1;
            for (int o = 0; o < c.issues().get(i).size(); o++) {
                if (!p.refuses(c.issues().get(i).id(), o) && (best < 0 || p.value(i, o) > p.value(i, best))) {
                    best = o;
                }
            }
            ideal[i] = best < 0 ? 0 : best;
        }
        out.add(check(c, p, "Your ideal package", ideal));
        for (CaseState.Shared x : s.shared()) {
            if (x.assignments() == null) {
                continue;
            }
            int[] pkg = base.clone();
            for (Map.Entry<String, String> e : x.assignments().entrySet()) {
                int i = c.issueIndex(e.getKey());
                if (i >= 0) {
                    int o = CaseCommands.optionIndex(c.issues().get(i), e.getValue());
                    if (o >= 0) {
                        pkg[i] = o;
                    }
                }
            }
            out.add(check(c, p, "From the mediator: " + x.title(), pkg));
        }
        return out;
    }

    private static CheckRow check(Case c, Preferences p, String name, int[] outcome) {
        List<String> content = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < outcome.length; i++) {
            CaseIssue ci = c.issues().get(i);
            content.add(ci.option(outcome[i]));
            if (p.refuses(ci.id(), outcome[i])) {
                lines.add(ci.label());
            }
        }
        double u = p.utility(outcome);
        String why = !lines.isEmpty() ? "crosses your red line on " + String.join(", ", lines)
                : u < p.reservation() ? "below your reservation level" : "acceptable to you";
        return new CheckRow(name, content, num(u * 100, 1), lines.isEmpty() && u >= p.reservation(), why);
    }

    /** The provisions of the party's latest memorandum. */
    public static List<ProvisionRow> memo(CaseState s, Document d) {
        List<ProvisionRow> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        for (Provision p : d.provisions()) {
            out.add(new ProvisionRow(p.path(), p.text(), settles(s.caseFile(), p)));
        }
        return out;
    }

    /** The cost of delay in words. */
    public static String costOfDelay(Case c, String party) {
        Preferences p = c.preferences().get(c.partyIndex(party));
        var cd = p.costOfDelay();
        if (cd.rate() == 0) {
            return "No cost of delay given.";
        }
        return "Each " + c.period().name().toLowerCase(Locale.ROOT) + " without agreement keeps "
                + num(cd.delta() * 100, 2) + "% of an agreement's value (δ = " + num(cd.delta(), 5) + ")"
                + (cd.figure().isEmpty() ? "" : ": " + cd.figure()) + (cd.source().isEmpty() ? "" : " (" + cd.source()
                + ")") + ".";
    }
}
