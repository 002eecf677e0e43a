package org.parley.server.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.app.CaseCompareJob;
import org.parley.app.CaseLedgerJob;
import org.parley.app.CaseProposeJob;
import org.parley.app.CaseRecordJob;
import org.parley.app.json.CaseJson;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.cases.TrancheRecorder;
import org.parley.mediation.Case;
import org.parley.mediation.CasePackages;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.Tranche;
import org.parley.server.store.StoredEvent;

/**
 * One case as the event log has built it up to {@link #version()}: the case text (what export returns, what the
 * case jobs read), the parsed case, each party's consent to share its preferences with the mediator, memorandum
 * drafts, private notes and what the mediator shared. Immutable; {@link #apply} returns the next state. Results of the
 * case jobs are computed once per version.
 */
public final class CaseState {

    /** The name case texts carry in error messages. */
    public static final Path SOURCE = Path.of("case.yaml");

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * Something the mediator shared with every member of the case.
     *
     * @param seq      the event's sequence number
     * @param at       when
     * @param title    a title
     * @param text     the message
     * @param assignments a package (issue → option label), or null
     */
    public record Shared(long seq, Instant at, String title, String text, Map<String, String> assignments) {
    }

    private final String id;
    private final int version;
    private final long seq;
    private final Instant created;
    private final Instant updated;
    private final String text;
    private final Case parsed;
    private final Map<String, Boolean> sharing;
    private final Map<String, JsonNode> drafts;
    private final Map<String, String> notes;
    private final List<Shared> shared;
    private volatile JsonNode tree;
    private final Memo<String> compare = new Memo<>();
    private final Memo<String> propose = new Memo<>();
    private final Memo<String> ledger = new Memo<>();
    private final Memo<CasePackages.Proposal> proposal = new Memo<>();
    private final Memo<CaseComparison.Result> comparison = new Memo<>();

    private CaseState(String id, int version, long seq, Instant created, Instant updated, String text, Case parsed,
            Map<String, Boolean> sharing, Map<String, JsonNode> drafts, Map<String, String> notes, List<Shared> shared) {
        this.id = id;
        this.version = version;
        this.seq = seq;
        this.created = created;
        this.updated = updated;
        this.text = text;
        this.parsed = parsed;
        this.sharing = Collections.unmodifiableMap(new LinkedHashMap<>(sharing));
        this.drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
        this.notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        this.shared = List.copyOf(shared);
    }

    /** The state before the first event of case {@code id}. */
    static CaseState empty(String id) {
        return new CaseState(id, 0, 0, null, null, null, null, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** The state after {@code e}. */
    CaseState apply(StoredEvent e) {
        JsonNode p = read(e.payload());
        Instant at = e.recordedAt();
        switch (e.type()) {
            case Events.IMPORTED: {
                String t = p.get("text").asText();
                return new CaseState(id, e.version(), e.seq(), at, at, t, CaseYaml.parse(t, SOURCE), Map.of(),
                        Map.of(), Map.of(), List.of());
            }
            case Events.PREFERENCES: {
                String party = p.get("party").asText();
                CaseText.Edit edit = CaseText.replace(text, "/preferences/" + YamlTree.escape(party),
                        p.get("preferences"));
                return withText(e, edit.text());
            }
            case Events.TRANCHE: {
                return withText(e, CaseRecordJob.append(text, SOURCE, entry(p.get("tranche"))).text());
            }
            case Events.TRANCHE_STATUS: {
                int i = trancheIndex(p.get("tranche").asText());
                return withText(e, CaseText.put(text, "/tranches/" + i, "status", p.get("status")).text());
            }
            case Events.DOCUMENT: {
                return withText(e, CaseText.append(text, "/documents", p.get("document")).text());
            }
            case Events.TALKS: {
                return withText(e, CaseText.put(text, "/talks/issues", p.get("issue").asText(), p.get("state"))
                        .text());
            }
            case Events.SHARING: {
                Map<String, Boolean> s = new LinkedHashMap<>(sharing);
                s.put(p.get("party").asText(), p.get("share").asBoolean());
                return next(e, text, parsed, s, drafts, notes, shared);
            }
            case Events.DRAFT: {
                Map<String, JsonNode> d = new LinkedHashMap<>(drafts);
                d.put(p.get("party").asText(), p.get("draft"));
                return next(e, text, parsed, sharing, d, notes, shared);
            }
            case Events.NOTE: {
                Map<String, String> n = new LinkedHashMap<>(notes);
                n.put(p.get("owner").asText(), p.get("text").asText());
                return next(e, text, parsed, sharing, drafts, n, shared);
            }
            case Events.SHARED: {
                List<Shared> s = new ArrayList<>(shared);
                Map<String, String> pkg = null;
                if (p.hasNonNull("package")) {
                    pkg = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> f : p.get("package").properties()) {
                        pkg.put(f.getKey(), f.getValue().asText());
                    }
                }
                s.add(new Shared(e.seq(), at, p.path("title").asText(""), p.path("text").asText(""), pkg));
                return next(e, text, parsed, sharing, drafts, notes, s);
            }
            default:
                // credential.issued, credential.revoked: audit only
                return next(e, text, parsed, sharing, drafts, notes, shared);
        }
    }

    /** This state with the sequence number {@code actual} in place of {@code provisional}. */
    CaseState resequenced(long provisional, long actual) {
        List<Shared> sh = new ArrayList<>(shared);
        if (!sh.isEmpty() && sh.get(sh.size() - 1).seq() == provisional) {
            Shared last = sh.get(sh.size() - 1);
            sh.set(sh.size() - 1, new Shared(actual, last.at(), last.title(), last.text(), last.assignments()));
        }
        CaseState c = new CaseState(id, version, actual, created, updated, text, parsed, sharing, drafts, notes, sh);
        c.tree = tree;
        return c;
    }

    private CaseState withText(StoredEvent e, String newText) {
        return next(e, newText, CaseYaml.parse(newText, SOURCE), sharing, drafts, notes, shared);
    }

    private CaseState next(StoredEvent e, String t, Case c, Map<String, Boolean> s, Map<String, JsonNode> d,
            Map<String, String> n, List<Shared> sh) {
        return new CaseState(id, e.version(), e.seq(), created, e.recordedAt(), t, c, s, d, n, sh);
    }

    private int trancheIndex(String trancheId) {
        List<Tranche> ts = parsed.tranches();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).id().equals(trancheId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("case " + id + " has no tranche '" + trancheId + "'");
    }

    /** The tranche entry of a {@code tranche.recorded} payload. */
    static TrancheRecorder.Entry entry(JsonNode t) {
        Map<String, Long> delivered = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> d : t.get("delivered").properties()) {
            delivered.put(d.getKey(), d.getValue().isNull() ? null : d.getValue().longValue());
        }
        return new TrancheRecorder.Entry(t.hasNonNull("id") ? t.get("id").asText() : null,
                t.get("commitment").asText(), LocalDate.parse(t.get("date").asText()), delivered,
                Tranche.Status.valueOf(t.path("status").asText("reported").toUpperCase(Locale.ROOT)),
                t.get("source").asText(), t.path("approximate").asBoolean(false), t.get("by").asText(),
                t.get("recordedAt").asText(), t.hasNonNull("note") ? t.get("note").asText() : null);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The case id. */
    public String id() {
        return id;
    }

    /** The version (number of events applied). */
    public int version() {
        return version;
    }

    /** The sequence number of the last event applied. */
    public long seq() {
        return seq;
    }

    /** When the case was imported. */
    public Instant created() {
        return created;
    }

    /** When it last changed. */
    public Instant updated() {
        return updated;
    }

    /** The case text (the export). */
    public String text() {
        return text;
    }

    /** The parsed case. */
    public Case caseFile() {
        return parsed;
    }

    /** The case text as a JSON tree (read-only use). */
    public JsonNode tree() {
        JsonNode t = tree;
        if (t == null) {
            t = YamlTree.of(text).root();
            tree = t;
        }
        return t;
    }

    /** Party {@code party}'s preferences entry as in the case text (the preferences document). */
    public ObjectNode preferences(String party) {
        return (ObjectNode) tree().path("preferences").path(party).deepCopy();
    }

    /** True when {@code party} agreed to share its preferences with the mediator. */
    public boolean shares(String party) {
        return sharing.getOrDefault(party, false);
    }

    /** True when every party shares its preferences with the mediator. */
    public boolean allShare() {
        return parsed.partyIds().stream().allMatch(this::shares);
    }

    /** The memorandum draft of {@code party} ({@code {title, provisions}}), or null. */
    public JsonNode draft(String party) {
        return drafts.get(party);
    }

    /** The private note of {@code owner} ({@code party:ID} or {@code mediator}), or "". */
    public String note(String owner) {
        return notes.getOrDefault(owner, "");
    }

    /** What the mediator shared, oldest first. */
    public List<Shared> shared() {
        return shared;
    }

    /** {@code case compare --json} (the first two parties, at the case date). */
    public String compareJson() {
        return compare.get(() -> CaseJson.compare(comparison()));
    }

    /** The comparison (the first two parties, at the case date). */
    public CaseComparison.Result comparison() {
        return comparison.get(() -> CaseCompareJob.run(parsed, null, null, null));
    }

    /** {@code case propose --json}. */
    public String proposeJson() {
        return propose.get(() -> CaseJson.propose(proposal()));
    }

    /** The proposal. */
    public CasePackages.Proposal proposal() {
        return proposal.get(() -> CaseProposeJob.run(parsed));
    }

    /** {@code case ledger --json} (at the default date). */
    public String ledgerJson() {
        return ledger.get(() -> CaseJson.ledger(CaseLedgerJob.run(parsed, null)));
    }

    /** A value computed at most once (per state, so per version). */
    static final class Memo<T> {
        private volatile T value;

        T get(Supplier<T> compute) {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = compute.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
