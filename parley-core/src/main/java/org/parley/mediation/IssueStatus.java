package org.parley.mediation;

import java.util.Locale;

/** Where the talks stand on one issue. */
public enum IssueStatus {
    /** Not yet negotiated. */
    OPEN,
    /** Competing texts on the table. */
    BRACKETED,
    /** Agreed in principle, details open: still negotiable in the analysis. */
    AGREED_IN_PRINCIPLE,
    /** Agreed, with the agreed option: fixed in the analysis unless nothing is agreed until everything is. */
    AGREED;

    /** The name as written in a case file, e.g. {@code agreed-in-principle}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
