package org.parley.server.web.view;

import gg.jte.Content;
import java.util.List;
import java.util.Map;

/** What the page templates show, computed by {@link Views}; every string is plain text (the templates escape it). */
public final class Models {

    private Models() {
    }

    /** The header every page shares. */
    public record Frame(String title, String caseId, String caseTitle, String who, String csrf, String events,
            String disclaimer) {
    }

    /** A row of the comparison matrix. */
    public record MatrixRow(String issue, String label, String status, String distance, String positionA,
            String positionB, String concedeA, String concedeB, String talks, boolean blocking, String reason) {
    }

    /** A package with each party's utility. */
    public record PackageRow(String name, String why, List<String> content, List<String> utilities, boolean inZone,
            String flags, String json) {

        /** Copies the lists. */
        public PackageRow {
            content = List.copyOf(content);
            utilities = List.copyOf(utilities);
        }
    }

    /** A clause of the single negotiating text. */
    public record Clause(String path, String text, String status, String settles) {
    }

    /** A version of the single negotiating text. */
    public record TextVersion(String id, int version, String date, int clauses, String changes) {
    }

    /** A commitment in the ledger. */
    public record LedgerRow(String id, String text, String reciprocity, String pledged, String delivered,
            String balance, String completion, List<String> flags) {

        /** Copies the list. */
        public LedgerRow {
            flags = List.copyOf(flags);
        }
    }

    /** A tranche. */
    public record TrancheRow(String id, String commitment, String date, String delivered, String status,
            String source, boolean canVerify) {
    }

    /** A credential in the invitations list. */
    public record CredentialRow(String id, String role, String label, String created, String expires, boolean valid) {
    }

    /** A party as the mediator sees it. */
    public record PartyRow(String id, String name, boolean shares, String ownMemo, String otherMemo) {
    }

    /** Something the mediator shared. */
    public record SharedRow(String at, String title, String text, List<String> content) {

        /** Copies the list. */
        public SharedRow {
            content = List.copyOf(content);
        }
    }

    /**
     * What the dashboard shows of one state of a case: the same for everyone who may open the dashboard (the mediator
     * and the administrator), computed once per version of the case. Immutable: it is
     * shared by concurrent requests.
     */
    public record CaseView(String verdict, String zone, String aggregateGap, String partyA, String partyB,
            List<MatrixRow> matrix, List<PartyRow> parties, List<PackageRow> packages, List<Clause> text,
            List<TextVersion> history, List<LedgerRow> ledger, List<TrancheRow> tranches, List<String> commitments,
            List<String> partyIds, List<SharedRow> shared, List<IssueChoice> issues, String charts) {

        /** Copies the lists. */
        public CaseView {
            matrix = List.copyOf(matrix);
            parties = List.copyOf(parties);
            packages = List.copyOf(packages);
            text = List.copyOf(text);
            history = List.copyOf(history);
            ledger = List.copyOf(ledger);
            tranches = List.copyOf(tranches);
            commitments = List.copyOf(commitments);
            partyIds = List.copyOf(partyIds);
            shared = List.copyOf(shared);
            issues = List.copyOf(issues);
        }
    }

    /** The mediator's dashboard. */
    public record Dashboard(Frame frame, String verdict, String zone, String aggregateGap, String partyA,
            String partyB, List<MatrixRow> matrix, List<PartyRow> parties, List<PackageRow> packages,
            List<String> partyNames, List<Clause> text, List<TextVersion> history, String textTitle,
            List<LedgerRow> ledger, List<TrancheRow> tranches, List<String> commitments, List<String> partyIds,
            List<CredentialRow> credentials, List<SharedRow> shared, List<IssueChoice> issues, String charts,
            boolean canExport, String note, Map<String, Content> parts) {

        /** The same dashboard with {@code rendered} parts (HTML by part name) in the page. */
        public Dashboard withParts(Map<String, Content> rendered) {
            return new Dashboard(frame, verdict, zone, aggregateGap, partyA, partyB, matrix, parties, packages,
                    partyNames, text, history, textTitle, ledger, tranches, commitments, partyIds, credentials, shared,
                    issues, charts, canExport, note, Map.copyOf(rendered));
        }

        /** Part {@code name}, rendered. */
        public Content part(String name) {
            Content c = parts.get(name);
            if (c == null) {
                throw new IllegalStateException("the dashboard has no rendered part '" + name + "'");
            }
            return c;
        }
    }

    /** An issue with its options, for forms. */
    public record IssueChoice(String id, String label, List<String> options) {

        /** Copies the list. */
        public IssueChoice {
            options = List.copyOf(options);
        }
    }

    /** One option in the preference wizard. */
    public record OptionForm(int index, String label, String rating, boolean redLine) {
    }

    /** One issue in the preference wizard. */
    public record IssueForm(String id, String label, String description, String kind, String points,
            List<OptionForm> options) {
    }

    /** A row of the check table. */
    public record CheckRow(String name, List<String> content, String value, boolean acceptable, String why) {
    }

    /** A provision of a memorandum. */
    public record ProvisionRow(String path, String text, String settles) {
    }

    /** A party's room. */
    public record Room(Frame frame, String party, String partyName, List<IssueForm> issues, String reservation,
            String costOfDelay, List<CheckRow> checks, String memoTitle, List<ProvisionRow> memo,
            String draftTitle, String draftText, List<SharedRow> shared, List<Clause> text, String note,
            boolean shares, String message, List<IssueChoice> issueChoices) {
    }

    /** An observer's view. */
    public record Observe(Frame frame, List<Clause> text, List<LedgerRow> ledger, List<SharedRow> shared) {
    }

    /** A row of the audit trail. */
    public record AuditRow(long seq, String at, String actor, String type, String summary) {
    }

    /** The audit trail page. */
    public record Audit(Frame frame, List<AuditRow> events) {
    }

    /** A case in the administrator's list. */
    public record CaseRow(String id, String title, int version, String updated) {
    }

    /** The administrator's page ({@code teachers} null when a mediator sees it, after issuing a link). */
    public record Admin(Frame frame, List<CaseRow> cases, String template, List<String[]> links, String error,
            List<CredentialRow> teachers) {
    }
}
