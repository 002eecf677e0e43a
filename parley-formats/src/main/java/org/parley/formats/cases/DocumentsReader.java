package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.Document;
import org.parley.mediation.Party;
import org.parley.mediation.Position;
import org.parley.mediation.Provision;

/**
 * Reads the documents: each provision's {@code settles} maps issue ids to a position: an option, a list of
 * acceptable options, {@code {min, max}} for a numeric range, or {@code ~} for a clause that states none.
 */
final class DocumentsReader extends Reading {

    private final List<CaseIssue> issues;
    private final List<String> authors = new ArrayList<>();

    DocumentsReader(CaseTree tree, List<CaseIssue> issues, List<Party> parties, List<Party> mediators) {
        super(tree);
        this.issues = issues;
        parties.forEach(p -> authors.add(p.id()));
        mediators.forEach(p -> authors.add(p.id()));
    }

    List<Document> read(JsonNode list) {
        List<Document> out = new ArrayList<>();
        Map<String, String> ids = seen();
        List<JsonNode> items = elements(list);
        for (int k = 0; k < items.size(); k++) {
            String p = "/documents/" + k;
            JsonNode d = items.get(k);
            String id = d.get("id").asText();
            unique(ids, id, p + "/id", "documents");
            String author = d.get("author").asText();
            if (!authors.contains(author)) {
                throw error(p + "/author", "document " + id + " is by unknown party '" + author + "'"
                        + Hints.hint(author, authors, "party"));
            }
            List<Provision> provisions = new ArrayList<>();
            List<JsonNode> ps = elements(d.get("provisions"));
            for (int q = 0; q < ps.size(); q++) {
                provisions.add(provision(ps.get(q), p + "/provisions/" + q));
            }
            Document doc = new Document(id, author, text(d, "kind", "memorandum"), d.path("version").asInt(1),
                    date(d, "date", p), text(d, "title", ""), text(d, "source", ""), text(d, "supersedes", ""),
                    provisions);
            for (CaseIssue issue : issues) {
                try {
                    doc.position(issue);
                } catch (IllegalArgumentException e) {
                    throw error(p + "/provisions", e.getMessage() + " (clauses " + String.join(", ",
                            doc.clauses(issue.id())) + ")");
                }
            }
            out.add(doc);
        }
        for (int k = 0; k < out.size(); k++) {
            String sup = out.get(k).supersedes();
            if (!sup.isEmpty() && !ids.containsKey(sup)) {
                throw error("/documents/" + k + "/supersedes", "document " + out.get(k).id()
                        + " supersedes unknown document '" + sup + "'");
            }
        }
        return out;
    }

    private Provision provision(JsonNode n, String p) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(n.get("settles"))) {
            String ptr = child(p + "/settles", e.getKey());
            int i = CaseReader.indexOf(issues, e.getKey());
            if (i < 0) {
                throw keyError(ptr, "the provision names unknown issue '" + e.getKey() + "'"
                        + Hints.hint(e.getKey(), issues.stream().map(CaseIssue::id).toList(), "issue"));
            }
            positions.put(e.getKey(), position(issues.get(i), e.getValue(), ptr));
        }
        return new Provision(text(n, "path", ""), text(n, "text", ""), positions);
    }

    private Position position(CaseIssue issue, JsonNode v, String p) {
        if (v == null || v.isNull()) {
            return Position.SILENT;
        }
        if (v.isArray()) {
            List<Integer> opts = new ArrayList<>();
            for (int k = 0; k < v.size(); k++) {
                opts.add(option(issue, v.get(k), p + "/" + k));
            }
            return Position.set(opts);
        }
        if (v.isObject()) {
            if (!issue.kind().isNumeric()) {
                throw error(p, "a {min, max} position needs a numeric or quantity issue; '" + issue.id() + "' is "
                        + issue.kind().key());
            }
            BigDecimal min = v.get("min").decimalValue();
            BigDecimal max = v.get("max").decimalValue();
            List<Integer> opts = new ArrayList<>();
            for (int o = 0; o < issue.size(); o++) {
                if (issue.numbers().get(o).compareTo(min) >= 0 && issue.numbers().get(o).compareTo(max) <= 0) {
                    opts.add(o);
                }
            }
            if (opts.isEmpty()) {
                throw error(p, "no option of issue '" + issue.id() + "' lies between " + min.toPlainString() + " and "
                        + max.toPlainString() + " (" + Reading.range(issue) + ")");
            }
            return Position.set(opts);
        }
        return Position.one(option(issue, v, p));
    }
}
