package org.parley.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case: real talks between parties, the issues with their options, each party's private preferences, the
 * documents as provisions, the state of the talks, the commitments and what was delivered under them.
 *
 * @param id          a short name
 * @param title       the display title
 * @param description what the case is, may be empty
 * @param disclaimer  e.g. that preferences are illustrative assumptions; printed with every report; may be empty
 * @param asOf        the date the case describes (default for {@code --at} and for overdue tranches)
 * @param period      the unit of delay
 * @param horizon     how many periods a simulated negotiation spans (GENIUS discount {@code d = δ^horizon})
 * @param parties     the parties, in the order of {@code preferences}
 * @param mediators   the mediators, may be empty
 * @param issues      the issues
 * @param preferences one per party, in party order
 * @param documents   the documents
 * @param talks       the state of the talks
 * @param commitments the commitments
 * @param tranches    the tranches, in file order
 */
public record Case(String id, String title, String description, String disclaimer, LocalDate asOf, Period period,
        int horizon, List<Party> parties, List<Party> mediators, List<CaseIssue> issues, List<Preferences> preferences,
        List<Document> documents, TalksState talks, List<Commitment> commitments, List<Tranche> tranches) {

    /** Copies the lists and checks that they line up. */
    public Case {
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        issues = List.copyOf(issues);
        preferences = List.copyOf(preferences);
        documents = List.copyOf(documents);
        commitments = List.copyOf(commitments);
        tranches = List.copyOf(tranches);
        description = description == null ? "" : description;
        disclaimer = disclaimer == null ? "" : disclaimer;
        title = title == null || title.isBlank() ? id : title;
        if (parties.size() < 2) {
            throw new IllegalArgumentException("a case needs at least two parties, got " + parties.size());
        }
        if (preferences.size() != parties.size()) {
            throw new IllegalArgumentException("a case needs preferences for each of its " + parties.size()
                    + " parties, got " + preferences.size());
        }
        for (int j = 0; j < parties.size(); j++) {
            if (!preferences.get(j).party().equals(parties.get(j).id())) {
                throw new IllegalArgumentException("preferences " + j + " belong to '" + preferences.get(j).party()
                        + "', not to party '" + parties.get(j).id() + "'");
            }
        }
        if (talks.issues().size() != issues.size()) {
            throw new IllegalArgumentException("the talks state covers " + talks.issues().size() + " issues of "
                    + issues.size());
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least one period, got " + horizon);
        }
    }

    /** Index of the party with id {@code id}, or -1. */
    public int partyIndex(String id) {
        for (int j = 0; j < parties.size(); j++) {
            if (parties.get(j).id().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    /** Index of the issue with id {@code id}, or -1. */
    public int issueIndex(String id) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The issue with id {@code id}; throws when there is none. */
    public CaseIssue issue(String id) {
        int i = issueIndex(id);
        if (i < 0) {
            throw new IllegalArgumentException("case '" + this.id + "' has no issue '" + id + "'");
        }
        return issues.get(i);
    }

    /** The commitment with id {@code id}, or null. */
    public Commitment commitment(String id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The tranches of commitment {@code id}, by date (stable for equal dates). */
    public List<Tranche> tranchesOf(String id) {
        List<Tranche> out = new ArrayList<>(tranches.stream().filter(t -> t.commitment().equals(id)).toList());
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    /**
     * The latest document by {@code party} dated on or before {@code date} (any date when null): the latest date,
     * then the highest version; null when there is none.
     */
    public Document latestDocument(String party, LocalDate date) {
        Document best = null;
        for (Document d : documents) {
            if (!d.author().equals(party) || date != null && d.date().isAfter(date)) {
                continue;
            }
            if (best == null || d.date().isAfter(best.date())
                    || d.date().equals(best.date()) && d.version() > best.version()) {
                best = d;
            }
        }
        return best;
    }

    /** The party names in order. */
    public List<String> partyIds() {
        return parties.stream().map(Party::id).toList();
    }

    /** The package of status-quo options, with agreed issues at their agreed option. */
    public int[] baseline() {
        int[] b = new int[issues.size()];
        for (int i = 0; i < b.length; i++) {
            IssueState s = talks.issue(i);
            b[i] = s.status() == IssueStatus.AGREED ? s.agreed() : issues.get(i).statusQuo();
        }
        return b;
    }

    /** Renders a package as {@code {issue=option, ...}}. */
    public String format(int[] outcome) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < outcome.length; i++) {
            sb.append(i > 0 ? ", " : "").append(issues.get(i).id()).append('=')
                    .append(issues.get(i).option(outcome[i]));
        }
        return sb.append('}').toString();
    }
}
