package org.parley.server.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Role;
import org.parley.util.Names;

/**
 * Teachers' credentials: issued and revoked by the administrator (API and the administrator's page). A teacher
 * creates live rooms and exercises and sees its own; it belongs to no case, so no case route accepts it, and it may
 * not make a room of a case of this site.
 */
final class Teachers {

    /** Longest a teacher's name may be. */
    static final int MAX_LABEL = 200;
    /** Longest a teacher's credential may be valid for, in days. */
    static final int MAX_DAYS = 3650;

    private Teachers() {
    }

    /**
     * Issues a teacher's credential (its secret is both the API token and the invitation link {@code /join/SECRET}).
     *
     * @param label the teacher's name
     * @param days  days it is valid, or null for no expiry
     * @throws ApiError 400 at {@code /label} or {@code /expiresInDays}
     */
    static Credentials.Issued issue(Credentials credentials, String label, Integer days) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > MAX_LABEL) {
            throw ApiError.badRequest("/label", "'label' is required: the teacher's name, at most " + MAX_LABEL
                    + " characters");
        }
        try {
            Names.requireNoControl(l, "label");
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("/label", e.getMessage());
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ApiError.badRequest("/expiresInDays", "'expiresInDays' must be a whole number of days from 1 to "
                    + MAX_DAYS);
        }
        Instant expires = days == null ? null : Instant.now().plus(days, ChronoUnit.DAYS);
        return credentials.issue(Role.TEACHER, null, null, l, false, expires);
    }

    /** Every teacher's credential, oldest first (revoked and expired ones too). */
    static List<Credentials.Credential> all(Credentials credentials) {
        return credentials.ofCase(null).stream().filter(c -> c.role() == Role.TEACHER).toList();
    }

    /** Revokes teacher credential {@code id}; 404 when there is no such teacher. */
    static Credentials.Credential revoke(Credentials credentials, String id) {
        Credentials.Credential c = credentials.get(id).filter(x -> x.role() == Role.TEACHER)
                .orElseThrow(() -> ApiError.notFound("there is no teacher credential '" + id + "'"));
        credentials.revoke(c.id());
        return credentials.get(c.id()).orElseThrow();
    }
}
