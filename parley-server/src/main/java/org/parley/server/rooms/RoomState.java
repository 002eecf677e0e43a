package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;
import org.parley.server.store.StoredEvent;

/**
 * A room's state as its event stream ({@code room/ID}) tells it: who created it, who has joined, every action with
 * each party's utility of its outcome (computed once, when the action is applied), and the result once it has ended.
 * Events are applied in version order. Not thread-safe: the {@link Room} that owns it guards it with its monitor.
 */
final class RoomState {

    private final RoomSpec spec;
    private final Scenario scenario;
    private final List<Profile> profiles;
    private final int parties;

    private int version;
    private long lastSeq;
    private String creator;
    private Instant createdAt;
    private final List<Act> acts = new ArrayList<>();
    private final boolean[] joined;
    private Instant startedAt;
    private ObjectNode result;
    private String reason;
    private Instant endedAt;

    RoomState(RoomSpec spec, Scenario scenario) {
        this.spec = spec;
        this.scenario = scenario;
        this.profiles = scenario.profiles();
        this.parties = profiles.size();
        this.joined = new boolean[parties];
    }

    /** Applies a stored event of the room's stream ({@code p} is its payload). */
    void apply(StoredEvent e, JsonNode p) {
        version = e.version();
        lastSeq = e.seq();
        switch (e.type()) {
            case RoomEvents.CREATED -> {
                createdAt = e.recordedAt();
                creator = p.path("creator").asText(null);
                for (int s = 0; s < parties; s++) {
                    joined[s] = !spec.seats().get(s).isPerson();
                }
            }
            case RoomEvents.JOINED -> joined[p.get("seat").intValue()] = true;
            case RoomEvents.STARTED -> startedAt = e.recordedAt();
            case RoomEvents.ACTION -> {
                int seat = p.get("seat").intValue();
                JsonNode o = p.get("outcome");
                int[] outcome = o == null || o.isNull() ? null : Outcomes.parse(scenario.domain(), o, "/outcome");
                acts.add(new Act(seat, p.get("round").intValue(), p.get("t").doubleValue(),
                        Act.action(p.get("type").asText(), seat, outcome), e.recordedAt(), e.seq(),
                        outcome == null ? null : Analysis.utilities(profiles, outcome)));
            }
            case RoomEvents.ENDED -> {
                result = (ObjectNode) p.get("result");
                reason = p.path("reason").isTextual() ? p.get("reason").asText() : null;
                endedAt = e.recordedAt();
            }
            default -> {
                // a later version's event: nothing this version projects
            }
        }
    }

    int version() {
        return version;
    }

    long lastSeq() {
        return lastSeq;
    }

    String creator() {
        return creator;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean joined(int seat) {
        return joined[seat];
    }

    /** True when every seat is taken (agents' from the start, persons' once they have joined). */
    boolean everyoneJoined() {
        for (boolean j : joined) {
            if (!j) {
                return false;
            }
        }
        return true;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The result, not a copy (callers copy what they hand out), or null while the room runs. */
    ObjectNode result() {
        return result;
    }

    boolean ended() {
        return result != null;
    }

    String reason() {
        return reason;
    }

    Instant endedAt() {
        return endedAt;
    }

    /** The actions so far (the list itself: callers copy what they hand out). */
    List<Act> acts() {
        return acts;
    }

    int actions() {
        return acts.size();
    }

    /** The action stored as event {@code seq}, or null. */
    Act act(long seq) {
        int lo = 0;
        int hi = acts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long s = acts.get(mid).seq();
            if (s < seq) {
                lo = mid + 1;
            } else if (s > seq) {
                hi = mid - 1;
            } else {
                return acts.get(mid);
            }
        }
        return null;
    }

    /** The seat whose turn it is, or -1 when the room does not run. */
    int turn() {
        return result == null && startedAt != null ? acts.size() % parties : -1;
    }

    /** The current round (1-based; 0 before the start). */
    int round() {
        return startedAt == null ? 0 : acts.size() / parties + 1;
    }

    /** The latest offer, or null. */
    Offer lastOffer() {
        for (int k = acts.size() - 1; k >= 0; k--) {
            if (acts.get(k).action() instanceof Offer o) {
                return o;
            }
        }
        return null;
    }

    /** The actions as a session's trace. */
    List<ActionRecord> trace() {
        List<ActionRecord> out = new ArrayList<>(acts.size());
        for (Act a : acts) {
            out.add(new ActionRecord(a.round(), a.t(), a.action()));
        }
        return out;
    }
}
