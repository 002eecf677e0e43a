package org.parley.server.cases;

/** The event types of a case stream ({@code case/ID}) and what each payload holds. */
public final class Events {

    /** {@code {text}}: the case text as imported (version 1). */
    public static final String IMPORTED = "case.imported";
    /** {@code {party, preferences}}: a party's preferences entry replaced. */
    public static final String PREFERENCES = "preferences.updated";
    /** {@code {tranche: {id, commitment, date, delivered, status, source, approximate, by, recordedAt, note}}}. */
    public static final String TRANCHE = "tranche.recorded";
    /** {@code {tranche, status}}: a tranche verified or disputed. */
    public static final String TRANCHE_STATUS = "tranche.status";
    /** {@code {document}}: a document appended (a version of the negotiating text, a submitted memorandum). */
    public static final String DOCUMENT = "document.added";
    /** {@code {issue, state}}: where the talks stand on one issue. */
    public static final String TALKS = "talks.updated";
    /** {@code {party, share}}: a party's consent to show its preferences to the mediator. */
    public static final String SHARING = "sharing.changed";
    /** {@code {party, draft}}: a party's private memorandum draft. */
    public static final String DRAFT = "memorandum.drafted";
    /** {@code {owner, text}}: a private note. */
    public static final String NOTE = "note.saved";
    /** {@code {title, text, package}}: something the mediator shared with everyone. */
    public static final String SHARED = "item.shared";
    /** {@code {id, role, party, label, expiresAt}}: a token or invitation link issued (never its secret). */
    public static final String CREDENTIAL_ISSUED = "credential.issued";
    /** {@code {id}}: a credential revoked. */
    public static final String CREDENTIAL_REVOKED = "credential.revoked";

    private Events() {
    }
}
