package org.parley.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.formats.FormatException;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Document;
import org.parley.mediation.Party;
import org.parley.server.auth.Principal;
import org.parley.server.web.ApiError;

/**
 * The changes people make to a case, each checked and refused with a JSON pointer into the request (400) before
 * anything is stored, then stored through {@link CaseService#change}.
 */
public final class CaseCommands {

    private static final Set<String> CLAUSE_STATUSES = Set.of("open", "bracketed", "agreed", "deferred");
    private static final Set<String> TALK_STATUSES = Set.of("open", "bracketed", "agreed-in-principle", "agreed");

    private final CaseService cases;

    /** Commands on {@code cases}. */
    public CaseCommands(CaseService cases) {
        this.cases = cases;
    }

    /** The service. */
    public CaseService service() {
        return cases;
    }

    private static ObjectNode object() {
        return CaseState.JSON.createObjectNode();
    }

    /** 404 unless {@code party} is a party of {@code s}. */
    public static void requireParty(CaseState s, String party) {
        if (s.caseFile().partyIndex(party) < 0) {
            throw ApiError.notFound("case '" + s.id() + "' has no party '" + party + "'; its parties are "
                    + String.join(", ", s.caseFile().partyIds()));
        }
    }

    /** Replaces the preferences of {@code party}; returns them as stored. */
    public ObjectNode putPreferences(String id, Principal who, String party, JsonNode prefs) {
        return cases.change(id, who, s -> {
            requireParty(s, party);
            CaseText.Edit edit;
            try {
                edit = CaseText.replace(s.text(), "/preferences/" + YamlTree.escape(party), prefs);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("", e.getMessage());
            }
            check(edit);
            ObjectNode p = object().put("party", party);
            p.set("preferences", prefs);
            return new CaseService.Change<>(Events.PREFERENCES, p, a -> a.state().preferences(party));
        });
    }

    /** Refuses an edit the case reader refuses, naming the pointer of the edited value where it can. */
    private static void check(CaseText.Edit edit) {
        try {
            CaseYaml.parse(edit.text(), CaseState.SOURCE);
        } catch (FormatException e) {
            String pointer = "";
            if (e.location() != null && e.location().matches("\\d+:\\d+")) {
                int colon = e.location().indexOf(':');
                String at = edit.pointerAt(Integer.parseInt(e.location().substring(0, colon)),
                        Integer.parseInt(e.location().substring(colon + 1)));
                pointer = at == null ? "" : at;
            }
            throw ApiError.badRequest(pointer, e.problem());
        }
    }

    /** Records a tranche (the body of {@code POST /tranches}); returns it with its id. */
    public ObjectNode recordTranche(String id, Principal who, JsonNode body) {
        String commitment = string(body, "commitment");
        LocalDate date = date(body, "date");
        JsonNode delivered = body.get("delivered");
        if (delivered == null || !delivered.isObject()) {
            throw ApiError.badRequest("/delivered", "'delivered' is required: {\"party\": count or null, ...}");
        }
        for (Map.Entry<String, JsonNode> d : delivered.properties()) {
            JsonNode v = d.getValue();
            if (!v.isNull() && !(v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0)) {
                throw ApiError.badRequest("/delivered/" + d.getKey(), "a count must be a whole number ≥ 0 or null");
            }
        }
        String source = string(body, "source");
        String by = string(body, "by");
        String status = optString(body, "status", "reported").toLowerCase(Locale.ROOT);
        if (!Set.of("reported", "verified", "disputed").contains(status)) {
            throw ApiError.badRequest("/status", "status '" + status + "': expected reported, verified or disputed");
        }
        JsonNode approx = body.get("approximate");
        if (approx != null && !approx.isNull() && !approx.isBoolean()) {
            throw ApiError.badRequest("/approximate", "'approximate' must be true or false");
        }
        String note = optString(body, "note", null);
        String trancheId = optString(body, "id", null);
        for (String k : iterable(body.fieldNames())) {
            if (!Set.of("commitment", "date", "delivered", "source", "by", "status", "approximate", "note", "id")
                    .contains(k)) {
                throw ApiError.badRequest("/" + k, "unknown key '" + k + "'; a tranche has commitment, date, "
                        + "delivered, source, by, and optionally status, approximate, note, id");
            }
        }
        String recordedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return cases.change(id, who, s -> {
            Case c = s.caseFile();
            if (c.commitment(commitment) == null) {
                throw ApiError.badRequest("/commitment", "case '" + id + "' has no commitment '" + commitment
                        + "'; its commitments are " + String.join(", ", c.commitments().stream()
                                .map(x -> x.id()).toList()));
            }
            for (String party : iterable(delivered.fieldNames())) {
                if (c.partyIndex(party) < 0) {
                    throw ApiError.badRequest("/delivered/" + party, "case '" + id + "' has no party '" + party
                            + "'; its parties are " + String.join(", ", c.partyIds()));
                }
            }
            ObjectNode t = object();
            t.put("id", trancheId);
            t.put("commitment", commitment).put("date", date.toString());
            t.set("delivered", delivered);
            t.put("status", status).put("source", source).put("approximate", approx != null && approx.asBoolean())
                    .put("by", by).put("recordedAt", recordedAt).put("note", note);
            if (trancheId != null && c.tranches().stream().anyMatch(x -> x.id().equals(trancheId))) {
                throw ApiError.badRequest("/id", "tranche " + trancheId + " is already recorded");
            }
            t.put("id", trancheId != null ? trancheId : nextTrancheId(c));
            ObjectNode p = object();
            p.set("tranche", t);
            return new CaseService.Change<>(Events.TRANCHE, p, a -> {
                ObjectNode out = t.deepCopy();
                out.put("seq", a.event().seq());
                return out;
            });
        });
    }

    /** The id {@code case record} gives a new tranche: {@code T<n>} after the highest numbered one. */
    static String nextTrancheId(Case c) {
        int max = 0;
        for (var t : c.tranches()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("T(\\d+)").matcher(t.id());
            if (m.matches() && m.group(1).length() < 9) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return "T" + Math.max(max + 1, c.tranches().size() + 1);
    }

    /** Marks a tranche reported, verified or disputed. */
    public ObjectNode setTrancheStatus(String id, Principal who, String tranche, JsonNode body) {
        String status = string(body, "status").toLowerCase(Locale.ROOT);
        if (!Set.of("reported", "verified", "disputed").contains(status)) {
            throw ApiError.badRequest("/status", "status '" + status + "': expected reported, verified or disputed");
        }
        return cases.change(id, who, s -> {
            if (s.caseFile().tranches().stream().noneMatch(t -> t.id().equals(tranche))) {
                throw ApiError.notFound("case '" + id + "' has no tranche '" + tranche + "'");
            }
            ObjectNode p = object().put("tranche", tranche).put("status", status);
            return new CaseService.Change<>(Events.TRANCHE_STATUS, p, a -> p);
        });
    }

    /** The clauses of a body ({@code {"clauses": [{path, text, settles, status}]}}), checked. */
    private static ArrayNode clauses(JsonNode body, String key, Case c, boolean withStatus) {
        JsonNode cl = body.get(key);
        if (cl == null || !cl.isArray()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' must be a list of {path, text, settles"
                    + (withStatus ? ", status" : "") + "}");
        }
        ArrayNode out = CaseState.JSON.createArrayNode();
        for (int i = 0; i < cl.size(); i++) {
            JsonNode x = cl.get(i);
            String at = "/" + key + "/" + i;
            if (!x.isObject()) {
                throw ApiError.badRequest(at, "a clause must be an object {path, text, settles}");
            }
            ObjectNode o = out.addObject();
            o.put("path", optString(x, "path", String.valueOf(i + 1)));
            o.put("text", optString(x, "text", ""));
            if (withStatus) {
                String st = optString(x, "status", "open");
                if (!CLAUSE_STATUSES.contains(st)) {
                    throw ApiError.badRequest(at + "/status", "status '" + st
                            + "': expected open, bracketed, agreed or deferred");
                }
                o.put("status", st);
            }
            JsonNode settles = x.get("settles");
            if (settles == null || !settles.isObject() || settles.isEmpty()) {
                throw ApiError.badRequest(at + "/settles", "a clause settles at least one issue: {\"issue\": option, "
                        + "[options] or null}");
            }
            for (String issue : iterable(settles.fieldNames())) {
                if (c.issueIndex(issue) < 0) {
                    throw ApiError.badRequest(at + "/settles/" + issue, "the case has no issue '" + issue + "'");
                }
            }
            o.set("settles", settles);
        }
        return out;
    }

    /** The next free document id {@code D<n>}. */
    private static String nextDocumentId(Case c) {
        int n = c.documents().size() + 1;
        Set<String> taken = new java.util.HashSet<>();
        c.documents().forEach(d -> taken.add(d.id()));
        while (taken.contains("D" + n)) {
            n++;
        }
        return "D" + n;
    }

    /** The latest single negotiating text, or null. */
    public static Document currentText(Case c) {
        Document best = null;
        for (Document d : c.documents()) {
            if (d.kind().equals("single-negotiating-text")
                    && (best == null || d.version() > best.version() || d.version() == best.version()
                    && d.date().isAfter(best.date()))) {
                best = d;
            }
        }
        return best;
    }

    /** Adds a version of the single negotiating text; returns the new document. */
    public JsonNode reviseText(String id, Principal who, JsonNode body) {
        return cases.change(id, who, s -> {
            Case c = s.caseFile();
            if (c.mediators().isEmpty()) {
                throw ApiError.badRequest("", "case '" + id + "' names no mediator to author the negotiating text; "
                        + "add one under mediators: in the case file");
            }
            ArrayNode clauses = clauses(body, "clauses", c, true);
            Document prev = currentText(c);
            ObjectNode d = object();
            d.put("id", nextDocumentId(c));
            d.put("author", prev != null ? prev.author() : c.mediators().get(0).id());
            d.put("kind", "single-negotiating-text");
            d.put("version", prev == null ? 1 : prev.version() + 1);
            d.put("date", date(c, prev).toString());
            d.put("title", optString(body, "title", prev != null && !prev.title().isEmpty() ? prev.title()
                    : "Single negotiating text"));
            if (prev != null) {
                d.put("supersedes", prev.id());
            }
            d.set("provisions", clauses);
            checkDocument(s, d);
            ObjectNode p = object();
            p.set("document", d);
            return new CaseService.Change<>(Events.DOCUMENT, p, a -> d);
        });
    }

    /** A new document's date: the case date, or the date of the version it supersedes when later. */
    private static LocalDate date(Case c, Document prev) {
        LocalDate d = c.asOf();
        return prev != null && prev.date().isAfter(d) ? prev.date() : d;
    }

    private static void checkDocument(CaseState s, ObjectNode d) {
        try {
            CaseYaml.parse(CaseText.append(s.text(), "/documents", d).text(), CaseState.SOURCE);
        } catch (FormatException e) {
            throw ApiError.badRequest("", e.problem());
        }
    }

    /** Saves a party's memorandum draft ({@code {title, provisions}}), private to the party. */
    public JsonNode saveDraft(String id, Principal who, String party, JsonNode body) {
        return cases.change(id, who, s -> {
            requireParty(s, party);
            ObjectNode draft = object().put("title", optString(body, "title", ""));
            draft.set("provisions", clauses(body, "provisions", s.caseFile(), false));
            ObjectNode p = object().put("party", party);
            p.set("draft", draft);
            return new CaseService.Change<>(Events.DRAFT, p, a -> draft);
        });
    }

    /** Hands over a party's draft as its memorandum (a new version superseding its previous one). */
    public JsonNode submitMemorandum(String id, Principal who, String party) {
        return cases.change(id, who, s -> {
            requireParty(s, party);
            JsonNode draft = s.draft(party);
            if (draft == null || draft.path("provisions").isEmpty()) {
                throw ApiError.badRequest("/provisions", "there is no draft with provisions to hand over");
            }
            Case c = s.caseFile();
            Document prev = null;
            for (Document d : c.documents()) {
                if (d.author().equals(party) && d.kind().equals("memorandum")
                        && (prev == null || d.version() >= prev.version())) {
                    prev = d;
                }
            }
            ObjectNode d = object();
            d.put("id", nextDocumentId(c)).put("author", party).put("kind", "memorandum")
                    .put("version", prev == null ? 1 : prev.version() + 1).put("date", date(c, prev).toString());
            String title = draft.path("title").asText("");
            if (!title.isEmpty()) {
                d.put("title", title);
            }
            if (prev != null) {
                d.put("supersedes", prev.id());
            }
            d.set("provisions", draft.get("provisions"));
            checkDocument(s, d);
            ObjectNode p = object();
            p.set("document", d);
            return new CaseService.Change<>(Events.DOCUMENT, p, a -> d);
        });
    }

    /** Saves the private note of {@code owner} ({@code party:ID} or {@code mediator}). */
    public void saveNote(String id, Principal who, String owner, String text) {
        if (text.length() > 100_000) {
            throw ApiError.badRequest("/text", "a note is limited to 100,000 characters");
        }
        cases.change(id, who, s -> new CaseService.Change<>(Events.NOTE, object().put("owner", owner)
                .put("text", text), a -> null));
    }

    /** Sets whether {@code party} shares its preferences with the mediator. */
    public void setSharing(String id, Principal who, String party, boolean share) {
        cases.change(id, who, s -> {
            requireParty(s, party);
            return new CaseService.Change<>(Events.SHARING, object().put("party", party).put("share", share),
                    a -> null);
        });
    }

    /** Shares a message, optionally with a package, with every member. */
    public long share(String id, Principal who, JsonNode body) {
        String title = string(body, "title");
        String text = optString(body, "text", "");
        JsonNode pkg = body.get("package");
        return cases.change(id, who, s -> {
            ObjectNode p = object().put("title", title).put("text", text);
            if (pkg != null && !pkg.isNull()) {
                if (!pkg.isObject()) {
                    throw ApiError.badRequest("/package", "a package maps each issue to an option");
                }
                Case c = s.caseFile();
                for (Map.Entry<String, JsonNode> e : pkg.properties()) {
                    int i = c.issueIndex(e.getKey());
                    if (i < 0) {
                        throw ApiError.badRequest("/package/" + e.getKey(), "the case has no issue '" + e.getKey()
                                + "'");
                    }
                    if (optionIndex(c.issues().get(i), e.getValue().asText()) < 0) {
                        throw ApiError.badRequest("/package/" + e.getKey(), "issue '" + e.getKey()
                                + "' has no option '" + e.getValue().asText() + "'");
                    }
                }
                p.set("package", pkg);
            }
            return new CaseService.Change<>(Events.SHARED, p, a -> a.event().seq());
        });
    }

    /** The index of the option labelled {@code label}, or -1. */
    public static int optionIndex(CaseIssue issue, String label) {
        for (int o = 0; o < issue.size(); o++) {
            if (issue.option(o).equals(label)) {
                return o;
            }
        }
        return -1;
    }

    /** Sets where the talks stand on one issue ({@code {status, option, since, note}}). */
    public JsonNode setTalks(String id, Principal who, String issue, JsonNode body) {
        String status = string(body, "status");
        if (!TALK_STATUSES.contains(status)) {
            throw ApiError.badRequest("/status", "status '" + status
                    + "': expected open, bracketed, agreed-in-principle or agreed");
        }
        return cases.change(id, who, s -> {
            Case c = s.caseFile();
            int i = c.issueIndex(issue);
            if (i < 0) {
                throw ApiError.notFound("case '" + id + "' has no issue '" + issue + "'");
            }
            ObjectNode state = object().put("status", status);
            JsonNode option = body.get("option");
            if (option != null && !option.isNull()) {
                if (optionIndex(c.issues().get(i), option.asText()) < 0) {
                    throw ApiError.badRequest("/option", "issue '" + issue + "' has no option '" + option.asText()
                            + "'");
                }
                state.set("option", option);
            } else if (status.equals("agreed")) {
                throw ApiError.badRequest("/option", "an agreed issue needs its agreed option");
            }
            for (String k : new String[] {"since", "note"}) {
                String v = optString(body, k, null);
                if (v != null && !v.isEmpty()) {
                    state.put(k, v);
                }
            }
            CaseText.Edit edit = CaseText.put(s.text(), "/talks/issues", issue, state);
            check(edit);
            ObjectNode p = object().put("issue", issue);
            p.set("state", state);
            return new CaseService.Change<>(Events.TALKS, p, a -> state);
        });
    }

    /** Records that a credential was issued or revoked (the audit trail; never the secret). */
    public void audit(String id, Principal who, String type, ObjectNode payload) {
        cases.change(id, who, s -> new CaseService.Change<>(type, payload, a -> null));
    }

    /** The party record of {@code id} in {@code c}. */
    public static Party party(Case c, String id) {
        return c.parties().get(c.partyIndex(id));
    }

    private static String string(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' is required");
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' must be text");
        }
        return v.asText();
    }

    private static String optString(JsonNode body, String key, String dflt) {
        JsonNode v = body.get(key);
        return v == null || v.isNull() ? dflt : string(body, key);
    }

    private static LocalDate date(JsonNode body, String key) {
        String s = string(body, key);
        try {
            if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("/" + key, "'" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
