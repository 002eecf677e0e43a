package org.parley.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.store.StoredEvent;

/**
 * Who may see what of an event. Everyone in a case learns that something changed (an SSE message with the sequence
 * number, so reconnecting misses nothing); the kind of change and its one-line summary (never a private value) go
 * only to those entitled to it: that a party changed its preferences to that party and the mediator, drafts and
 * notes to their owner, a party's memorandum to that party and the mediator, credentials to the mediator.
 */
public final class Visibility {

    /** The type an event takes for someone not entitled to its kind. */
    public static final String REDACTED = "case.changed";

    private Visibility() {
    }

    /** True when {@code p} may see the kind and summary of {@code e} in case {@code s}. */
    public static boolean visible(StoredEvent e, JsonNode payload, Principal p, CaseState s) {
        boolean mediator = p.mediates(s.id());
        switch (e.type()) {
            case Events.PREFERENCES:
                // that a party changed its preferences, never to what: the payload is never sent or summarised
                return p.isParty(s.id(), payload.path("party").asText()) || mediator;
            case Events.DRAFT:
                return p.isParty(s.id(), payload.path("party").asText());
            case Events.NOTE: {
                String owner = payload.path("owner").asText();
                return owner.equals(p.actor()) || owner.equals("mediator") && p.role() == Role.MEDIATOR
                        && s.id().equals(p.caseId());
            }
            case Events.SHARING:
                return mediator || p.isParty(s.id(), payload.path("party").asText());
            case Events.DOCUMENT: {
                String author = payload.path("document").path("author").asText();
                boolean byParty = s.caseFile() != null && s.caseFile().partyIndex(author) >= 0;
                return !byParty || mediator || p.isParty(s.id(), author);
            }
            case Events.CREDENTIAL_ISSUED:
            case Events.CREDENTIAL_REVOKED:
                return mediator;
            default:
                return p.inCase(s.id());
        }
    }

    /** One line saying what {@code e} did, for the audit trail (never a private value). */
    public static String summary(StoredEvent e, JsonNode p) {
        switch (e.type()) {
            case Events.IMPORTED:
                return "imported the case";
            case Events.PREFERENCES:
                return "updated the preferences of " + p.path("party").asText();
            case Events.TRANCHE: {
                JsonNode t = p.path("tranche");
                StringBuilder sb = new StringBuilder("recorded tranche " + t.path("id").asText("?") + " for "
                        + t.path("commitment").asText() + " on " + t.path("date").asText() + " (");
                int i = 0;
                for (Map.Entry<String, JsonNode> d : t.path("delivered").properties()) {
                    sb.append(i++ > 0 ? ", " : "").append(d.getKey()).append(' ')
                            .append(d.getValue().isNull() ? "not reported" : d.getValue().asText());
                }
                return sb.append(")").toString();
            }
            case Events.TRANCHE_STATUS:
                return "marked tranche " + p.path("tranche").asText() + " " + p.path("status").asText();
            case Events.DOCUMENT: {
                JsonNode d = p.path("document");
                return "added document " + d.path("id").asText() + " (" + d.path("kind").asText("document")
                        + ", version " + d.path("version").asText("1") + ", by " + d.path("author").asText() + ")";
            }
            case Events.TALKS:
                return "set the talks on " + p.path("issue").asText() + " to "
                        + p.path("state").path("status").asText();
            case Events.SHARING:
                return p.path("party").asText() + (p.path("share").asBoolean() ? " shares" : " stopped sharing")
                        + " its preferences with the mediator";
            case Events.DRAFT:
                return "saved a memorandum draft";
            case Events.NOTE:
                return "saved a private note";
            case Events.SHARED:
                return "shared \u201c" + p.path("title").asText() + "\u201d with everyone";
            case Events.CREDENTIAL_ISSUED:
                return "issued " + (p.path("link").asBoolean() ? "an invitation link" : "a token") + " for the "
                        + p.path("role").asText() + (p.hasNonNull("party") ? " " + p.path("party").asText() : "")
                        + (p.hasNonNull("expiresAt") ? " (expires " + p.path("expiresAt").asText() + ")" : "");
            case Events.CREDENTIAL_REVOKED:
                return "revoked credential " + p.path("id").asText();
            default:
                return e.type();
        }
    }
}
