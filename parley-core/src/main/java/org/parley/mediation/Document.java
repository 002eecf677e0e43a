package org.parley.mediation;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated, versioned document of the talks (a memorandum, proposal, agreement...) as provisions.
 *
 * @param id         e.g. {@code D1}
 * @param author     a party or mediator id
 * @param kind       e.g. {@code memorandum}, {@code proposal}, {@code agreement}, {@code communique}
 * @param version    1 for the first version
 * @param date       when it was handed over
 * @param title      may be empty
 * @param source     where its text comes from, may be empty
 * @param supersedes the id of the document it replaces, or empty
 * @param provisions its clauses
 */
public record Document(String id, String author, String kind, int version, LocalDate date, String title,
        String source, String supersedes, List<Provision> provisions) {

    /** Copies the provisions. */
    public Document {
        provisions = List.copyOf(provisions);
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        supersedes = supersedes == null ? "" : supersedes;
    }

    /**
     * The position the document states on {@code issue}: the intersection of the positions of every clause that
     * states one, or silence when none does.
     */
    public Position position(CaseIssue issue) {
        Position p = Position.SILENT;
        for (Provision pr : provisions) {
            Position q = pr.positions().get(issue.id());
            if (q == null || q.silent()) {
                continue;
            }
            if (p.silent()) {
                p = q;
            } else {
                List<Integer> both = p.options().stream().filter(q.options()::contains).toList();
                if (both.isEmpty()) {
                    throw new IllegalArgumentException("document " + id + " states disjoint positions on issue '"
                            + issue.id() + "'");
                }
                p = Position.set(both);
            }
        }
        return p;
    }

    /** The clause paths that mention {@code issueId}. */
    public List<String> clauses(String issueId) {
        return provisions.stream().filter(p -> p.positions().containsKey(issueId)).map(Provision::path).toList();
    }
}
