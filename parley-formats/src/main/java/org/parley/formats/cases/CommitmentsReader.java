package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Commitment;
import org.parley.mediation.Commitment.Reciprocity;
import org.parley.mediation.Party;
import org.parley.mediation.Tranche;

/** Reads commitments and tranches, checking that every reference resolves. */
final class CommitmentsReader extends Reading {

    private final List<CaseIssue> issues;
    private final List<String> parties;

    CommitmentsReader(CaseTree tree, List<CaseIssue> issues, List<Party> parties) {
        super(tree);
        this.issues = issues;
        this.parties = parties.stream().map(Party::id).toList();
    }

    List<Commitment> commitments(JsonNode list) {
        List<Commitment> out = new ArrayList<>();
        Map<String, String> ids = seen();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            String p = "/commitments/" + k;
            JsonNode c = items.get(k);
            String id = c.get("id").asText();
            unique(ids, id, p + "/id", "commitments");
            String obligor = party(c, "obligor", p);
            String beneficiary = party(c, "beneficiary", p);
            if (obligor.equals(beneficiary)) {
                throw error(p + "/beneficiary", "commitment " + id + " has '" + obligor + "' on both sides");
            }
            String issue = text(c, "issue", "");
            if (!issue.isEmpty() && CaseReader.indexOf(issues, issue) < 0) {
                throw error(p + "/issue", "commitment " + id + " names unknown issue '" + issue + "'"
                        + Hints.hint(issue, issues.stream().map(CaseIssue::id).toList(), "issue"));
            }
            JsonNode q = c.path("quantity");
            Long amount = q.has("amount") ? count(q.get("amount"), p + "/quantity/amount") : null;
            Long low = q.has("pool") ? count(q.get("pool").get(0), p + "/quantity/pool/0") : null;
            Long high = q.has("pool") ? count(q.get("pool").get(1), p + "/quantity/pool/1") : null;
            if (low != null && low > high) {
                throw error(p + "/quantity/pool", "the pool's low estimate " + low + " is above its high " + high);
            }
            JsonNode r = c.get("reciprocity");
            Reciprocity rec = r.isObject()
                    ? new Reciprocity(Reciprocity.Type.RATIO, count(r.get("ratio").get(0), p + "/reciprocity/ratio/0"),
                            count(r.get("ratio").get(1), p + "/reciprocity/ratio/1"))
                    : Reciprocity.of(Reciprocity.Type.valueOf(r.asText().toUpperCase(Locale.ROOT).replace('-', '_')));
            boolean allForAll = q.path("allForAll").asBoolean(rec.type() == Reciprocity.Type.ALL_FOR_ALL);
            List<Commitment.Planned> planned = new ArrayList<>();
            List<JsonNode> ps = elements(c.get("planned"));
            for (int t = 0; t < ps.size(); t++) {
                String pp = p + "/planned/" + t;
                long n = count(ps.get(t).get("count"), pp + "/count");
                share(rec, n, pp + "/count");
                planned.add(new Commitment.Planned(date(ps.get(t), "date", pp), n));
            }
            if (amount != null) {
                share(rec, amount, p + "/quantity/amount");
            }
            out.add(new Commitment(id, text(c, "text", ""), issue, text(c, "provision", ""), obligor, beneficiary,
                    text(c, "category", ""), new Commitment.Quantity(amount, text(q, "unit", ""), allForAll, low,
                    high), rec, date(c, "deadline", p), planned, text(c, "verifier", ""), text(c, "note", "")));
        }
        return out;
    }

    /** Refuses, at {@code pointer}, a count whose beneficiary's share under {@code rec} is not a count. */
    private void share(Reciprocity rec, long count, String pointer) {
        try {
            rec.beneficiaryShare(count);
        } catch (IllegalArgumentException e) {
            throw error(pointer, e.getMessage());
        }
    }

    private String party(JsonNode c, String key, String p) {
        String id = c.get(key).asText();
        if (!parties.contains(id)) {
            throw error(p + "/" + key, key + " '" + id + "' is not a party" + Hints.hint(id, parties, "party"));
        }
        return id;
    }

    List<Tranche> tranches(JsonNode list, List<Commitment> commitments) {
        List<Tranche> out = new ArrayList<>();
        Map<String, String> ids = seen();
        List<String> known = commitments.stream().map(Commitment::id).toList();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            String p = "/tranches/" + k;
            JsonNode t = items.get(k);
            String id = t.get("id").asText();
            unique(ids, id, p + "/id", "tranches");
            String cid = t.get("commitment").asText();
            int ci = known.indexOf(cid);
            if (ci < 0) {
                throw error(p + "/commitment", "tranche " + id + " is for unknown commitment '" + cid + "'"
                        + Hints.hint(cid, known, "commitment"));
            }
            Commitment c = commitments.get(ci);
            Map<String, Long> delivered = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : fields(t.get("delivered"))) {
                if (!e.getKey().equals(c.obligor()) && !e.getKey().equals(c.beneficiary())) {
                    throw keyError(child(p + "/delivered", e.getKey()), "'" + e.getKey() + "' is not a side of "
                            + "commitment " + cid + " (" + c.obligor() + ", " + c.beneficiary() + ")");
                }
                if (!e.getValue().isNull()) {
                    delivered.put(e.getKey(), count(e.getValue(), child(p + "/delivered", e.getKey())));
                }
            }
            LocalDate date = date(t, "date", p);
            Tranche.Status status = Tranche.Status.valueOf(text(t, "status", "reported").toUpperCase(Locale.ROOT));
            out.add(new Tranche(id, cid, date, delivered, status, text(t, "source", ""),
                    t.path("approximate").asBoolean(false), text(t, "recordedBy", ""), text(t, "recordedAt", ""),
                    text(t, "note", "")));
        }
        return out;
    }
}
