package org.parley.server.rooms;

import java.time.Instant;
import java.util.Objects;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;

/**
 * One action of a room as stored: who, in which round, at which normalised time and wall-clock instant.
 *
 * @param seat      the seat (party index)
 * @param round     the 1-based round
 * @param t         the session's normalised time when it was taken
 * @param action    the action
 * @param at        when it was stored
 * @param seq       its sequence number in the log (the SSE id)
 * @param utilities each party's utility of the outcome (in party order; null for an end), computed once when the
 *                  action is applied; a view shows a seat only its own
 */
public record Act(int seat, int round, double t, Action action, Instant at, long seq, double[] utilities) {

    /** Checks the fields; keeps a copy of the utilities. */
    public Act {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        if ((utilities == null) != (outcome(action) == null)) {
            throw new IllegalArgumentException("an act has utilities exactly when its action has an outcome");
        }
        utilities = utilities == null ? null : utilities.clone();
    }

    /** Each party's utility of the outcome (a copy), or null for an end. */
    @Override
    public double[] utilities() {
        return utilities == null ? null : utilities.clone();
    }

    /** Party {@code party}'s utility of the outcome (the action must have one). */
    public double utility(int party) {
        return utilities[party];
    }

    /** {@code offer}, {@code accept} or {@code end}. */
    public String type() {
        return type(action);
    }

    /** {@code offer}, {@code accept} or {@code end}. */
    public static String type(Action a) {
        if (a instanceof Offer) {
            return "offer";
        }
        return a instanceof Accept ? "accept" : "end";
    }

    /** The outcome offered or accepted (a copy), or null for an end. */
    public int[] outcome() {
        return outcome(action);
    }

    /** The outcome of {@code a} (a copy), or null for an end. */
    public static int[] outcome(Action a) {
        if (a instanceof Offer o) {
            return o.outcome();
        }
        return a instanceof Accept x ? x.outcome() : null;
    }

    /** The action {@code type} of {@code seat} with {@code outcome}. */
    public static Action action(String type, int seat, int[] outcome) {
        return switch (type) {
            case "offer" -> new Offer(seat, outcome);
            case "accept" -> new Accept(seat, outcome);
            case "end" -> new EndNegotiation(seat);
            default -> throw new IllegalArgumentException("action type '" + type + "': expected offer, accept or end");
        };
    }
}
