package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parley.app.json.OutcomeJson;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.protocol.Deadline;

/**
 * The room as one caller may see it (docs/server.md). A seat sees its own utilities only; the owner (the room's
 * creator, the administrator) sees everyone's. Once the room has ended everyone sees the result (the
 * {@code parley negotiate --json} document) and the debrief's utility plane; a person sees another seat's
 * preferences only then, and only when the room reveals them.
 */
public final class RoomViews {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The owner's view, not a seat's. */
    public static final int OWNER = -1;

    private RoomViews() {
    }

    /** {@code GET /api/v1/rooms/{id}} for {@code seat} ({@link #OWNER} for the creator and the administrator). */
    public static ObjectNode view(Room room, int seat, Instant now) {
        RoomSpec spec = room.spec();
        Domain domain = room.scenario().domain();
        List<Profile> profiles = room.scenario().profiles();
        Room.Status status = room.status();
        List<Act> acts = room.acts();
        ObjectNode out = F.objectNode();
        out.put("id", room.id()).put("seq", room.lastSeq()).put("title", spec.title()).put("status", status.key());
        if (spec.exercise() != null) {
            out.put("exercise", spec.exercise());
        }
        ObjectNode you = out.putObject("you");
        if (seat == OWNER) {
            you.put("role", "owner");
        } else {
            you.put("role", "seat").put("seat", seat).put("name", spec.seats().get(seat).label())
                    .put("party", profiles.get(seat).name())
                    .put("reservationValue", profiles.get(seat).reservationValue());
            you.set("preferences", preferences(room, seat));
        }
        ArrayNode seats = out.putArray("seats");
        for (int s = 0; s < spec.seats().size(); s++) {
            RoomSpec.Seat x = spec.seats().get(s);
            ObjectNode o = seats.addObject().put("seat", s).put("party", profiles.get(s).name());
            if (x.isPerson()) {
                o.put("person", x.person()).put("joined", room.joined(s));
            } else {
                o.put("agent", x.agent());
            }
        }
        out.set("deadline", deadline(spec.deadline()));
        out.put("turnSeconds", spec.turnSeconds());
        int turn = room.turn();
        if (turn >= 0) {
            out.put("turn", turn);
        } else {
            out.putNull("turn");
        }
        out.put("round", room.round());
        Instant started = room.startedAt();
        if (started != null) {
            out.put("startedAt", started.toString());
        }
        double elapsed = started == null ? 0 : Duration.between(started, status == Room.Status.ENDED
                && room.endedAt() != null ? room.endedAt() : now).toNanos() / 1e9;
        Deadline d = spec.deadline();
        if (d.isRounds()) {
            out.put("time", room.round() == 0 ? 0 : d.timeOfRound(Math.min(room.round(), d.rounds())));
            out.put("roundsLeft", Math.max(0, d.rounds() - Math.max(room.round(), 1) + 1));
        } else {
            out.put("time", Math.min(1, elapsed / d.seconds()));
            out.put("secondsLeft", Math.max(0, d.seconds() - elapsed));
        }
        Instant turnStart = room.turnStartedAt();
        if (turnStart != null && status == Room.Status.RUNNING) {
            out.put("turnSecondsLeft", Math.max(0, spec.turnSeconds()
                    - Duration.between(turnStart, now).toNanos() / 1e9));
        }
        out.set("issues", issues(domain));
        ArrayNode offers = out.putArray("offers");
        for (Act a : acts) {
            offers.add(act(a, domain, seat));
        }
        if (status == Room.Status.ENDED) {
            out.set("result", room.result());
            out.put("reason", room.reason());
            out.put("endedAt", room.endedAt().toString());
        } else {
            out.putNull("result");
        }
        return out;
    }

    /**
     * One action as {@code seat} sees it: its own utility only; the owner (the creator, the administrator) sees every
     * party's. The utilities are the ones the room computed when it applied the action.
     */
    public static ObjectNode act(Act a, Domain domain, int seat) {
        ObjectNode o = F.objectNode().put("seq", a.seq()).put("seat", a.seat()).put("round", a.round())
                .put("t", a.t()).put("at", a.at().toString()).put("type", a.type());
        int[] outcome = a.outcome();
        if (outcome == null) {
            o.putNull("outcome");
            return o;
        }
        o.set("outcome", OutcomeJson.toJson(domain, outcome));
        if (seat == OWNER) {
            o.set("utilities", numbers(a.utilities()));
        } else {
            o.put("utility", a.utility(seat));
        }
        return o;
    }

    static ObjectNode deadline(Deadline d) {
        ObjectNode o = F.objectNode();
        if (d.isRounds()) {
            o.put("rounds", d.rounds());
        } else {
            o.put("seconds", d.seconds());
        }
        return o;
    }

    static ArrayNode issues(Domain domain) {
        ArrayNode out = F.arrayNode();
        for (int i = 0; i < domain.issueCount(); i++) {
            Issue issue = domain.issue(i);
            ObjectNode o = out.addObject().put("name", issue.name()).put("numeric", issue.isNumeric());
            ArrayNode v = o.putArray("values");
            for (int k = 0; k < issue.size() && k < 1000; k++) {
                v.add(issue.label(k));
            }
            o.put("size", issue.size());
        }
        return out;
    }

    /**
     * The debrief (only once the room has ended): the utility plane of the first two parties (sample, frontier,
     * Nash, Kalai–Smorodinsky), every seat's offers as a path, the agreement with each party's utility and its
     * distance to the frontier and to Nash; the other seats' preferences when the room reveals them.
     */
    public static ObjectNode debrief(Room room, int seat) {
        List<Profile> profiles = room.scenario().profiles();
        Analysis an = room.analysis();
        ObjectNode out = F.objectNode().put("id", room.id());
        ArrayNode parties = out.putArray("parties");
        for (int s = 0; s < profiles.size(); s++) {
            parties.addObject().put("seat", s).put("party", profiles.get(s).name())
                    .put("name", room.spec().seats().get(s).label());
        }
        out.set("cloud", points(an.cloud()));
        out.set("frontier", points(an.frontier()));
        out.set("nash", an.nash() == null ? null : numbers(an.nash()));
        out.set("ks", an.ks() == null ? null : numbers(an.ks()));
        ArrayNode paths = out.putArray("paths");
        for (int s = 0; s < profiles.size(); s++) {
            paths.addArray();
        }
        for (Act a : room.acts()) {
            if (a.type().equals("offer")) {
                ((ArrayNode) paths.get(a.seat())).add(numbers(a.utilities()));
            }
        }
        JsonNode result = room.result();
        JsonNode agreement = result == null ? null : result.get("agreement");
        if (agreement != null && !agreement.isNull()) {
            double[] u = new double[profiles.size()];
            for (int j = 0; j < u.length; j++) {
                u[j] = agreement.get("utilities").get(j).doubleValue();
            }
            ObjectNode a = out.putObject("agreement");
            a.set("outcome", agreement.get("outcome"));
            a.set("utilities", numbers(u));
            double df = an.distanceToFrontier(u);
            a.put("distanceToFrontier", Double.isNaN(df) ? null : df);
            if (an.nash() != null) {
                a.put("distanceToNash", Analysis.distance(u, an.nash()));
            }
        } else {
            out.putNull("agreement");
        }
        boolean reveal = room.spec().reveal() || seat == OWNER;
        out.put("revealed", reveal);
        ArrayNode prefs = out.putArray("preferences");
        for (int s = 0; s < profiles.size(); s++) {
            if (reveal || s == seat) {
                prefs.add(preferences(room, s));
            } else {
                prefs.addNull();
            }
        }
        return out;
    }

    /**
     * Seat {@code s}'s preferences: reservation value, discount factor and, for a linear additive profile, each
     * issue's weight and each value's contribution to the utility ({@code weight × evaluation}).
     */
    public static ObjectNode preferences(Room room, int s) {
        Profile p = room.scenario().profiles().get(s);
        Domain d = room.scenario().domain();
        ObjectNode o = F.objectNode().put("seat", s).put("party", p.name())
                .put("reservationValue", p.reservationValue()).put("discountFactor", p.discountFactor());
        if (p.utility() instanceof AdditiveUtility a) {
            ArrayNode issues = o.putArray("issues");
            for (int i = 0; i < d.issueCount(); i++) {
                ObjectNode io = issues.addObject().put("name", d.issue(i).name()).put("weight", a.weight(i));
                if (d.issue(i).size() <= 1000) {
                    ObjectNode v = io.putObject("values");
                    for (int k = 0; k < d.issue(i).size(); k++) {
                        v.put(d.issue(i).label(k), a.contribution(i, k));
                    }
                }
            }
        } else {
            o.putNull("issues");
        }
        return o;
    }

    private static ArrayNode points(List<double[]> ps) {
        ArrayNode a = F.arrayNode();
        for (double[] p : ps) {
            a.add(numbers(p));
        }
        return a;
    }

    static ArrayNode numbers(double[] u) {
        ArrayNode a = F.arrayNode();
        for (double x : u) {
            a.add(x);
        }
        return a;
    }
}
