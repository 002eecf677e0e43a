package org.parley.server.auth;

import java.util.Objects;

/**
 * An authenticated caller: a role, the case it belongs to (null for the administrator and a teacher), the party (for
 * a party), and the credential it came through (so revoking the credential ends its sessions).
 *
 * @param role         the role
 * @param caseId       the case, or null for the administrator and a teacher
 * @param party        the party id for a party, else null
 * @param credentialId the credential's public id
 * @param label        a display name, e.g. the party's name or "observer 1"
 */
public record Principal(Role role, String caseId, String party, String credentialId, String label) {

    /** How a room seat's {@code caseId} starts: {@code room:ID} (never a case id, which has no colon). */
    public static final String ROOM = "room:";

    /** Checks that the fields fit the role. */
    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(credentialId, "credentialId");
        if (role != Role.ADMINISTRATOR && role != Role.TEACHER && caseId == null) {
            throw new IllegalArgumentException("a " + role.key() + " belongs to a case");
        }
        if (role == Role.TEACHER && caseId != null) {
            throw new IllegalArgumentException("a teacher belongs to no case");
        }
        if ((role == Role.PARTY || role == Role.SEAT) != (party != null)) {
            throw new IllegalArgumentException("only a party or a room seat has a party id");
        }
        if ((role == Role.SEAT) != (caseId != null && caseId.startsWith(ROOM))) {
            throw new IllegalArgumentException("a room seat, and only a seat, belongs to a room ('" + ROOM + "ID')");
        }
        label = label == null ? role.key() : label;
    }

    /** Who did it, as written in the event log: {@code administrator}, {@code mediator}, {@code party:ID}, ... */
    public String actor() {
        return switch (role) {
            case ADMINISTRATOR -> "administrator";
            case MEDIATOR -> "mediator";
            case PARTY -> "party:" + party;
            case OBSERVER -> "observer:" + credentialId;
            case SEAT -> "seat:" + party;
            case TEACHER -> "teacher:" + credentialId;
        };
    }

    /** True for the administrator or a member of case {@code id}. */
    public boolean inCase(String id) {
        return role == Role.ADMINISTRATOR || role != Role.SEAT && id.equals(caseId);
    }

    /** The room of a seat, or null. */
    public String room() {
        return role == Role.SEAT ? caseId.substring(ROOM.length()) : null;
    }

    /** The seat index of a room seat in room {@code id}, or -1. */
    public int seatIn(String id) {
        return role == Role.SEAT && id.equals(room()) ? Integer.parseInt(party) : -1;
    }

    /** True for the administrator or the mediator of case {@code id}. */
    public boolean mediates(String id) {
        return role == Role.ADMINISTRATOR || role == Role.MEDIATOR && id.equals(caseId);
    }

    /** True when this is party {@code p} of case {@code id}. */
    public boolean isParty(String id, String p) {
        return role == Role.PARTY && id.equals(caseId) && p.equals(party);
    }
}
