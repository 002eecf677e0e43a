package org.parley.server.auth;

import java.util.Locale;

/** Who someone is in the workspace; every route declares which roles may use it. */
public enum Role {
    /** Runs the site: creates cases, issues and revokes credentials, exports everything. */
    ADMINISTRATOR,
    /** Runs one case: the dashboard, the negotiating text, packages, the ledger, invitations. */
    MEDIATOR,
    /** One party of one case: its own room and preferences only. */
    PARTY,
    /** Follows one case: the shared text, what the mediator shares, the ledger. */
    OBSERVER,
    /** A person's seat in one live negotiation room (issue 10): its own preferences and the room's offers only. */
    SEAT,
    /**
     * Runs classroom exercises and live rooms (their own only), issued by the administrator; belongs to no case and
     * reads none.
     */
    TEACHER;

    /** The lower-case name used in JSON and URLs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code key}; throws naming the choices. */
    public static Role of(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role '" + key + "': expected administrator, mediator, party, observer, "
                + "seat or teacher");
    }
}
