package org.parley.protocol;

import java.util.function.LongSupplier;

/**
 * The session-owned clock behind {@link Timeline}, for protocol implementations: rounds are stamped by the session,
 * never by agents. Agents get {@link #view()}, a read-only window on it (they cannot reach the methods that move
 * the clock).
 */
public final class SessionTimeline {

    private final Deadline deadline;
    private final LongSupplier clock;
    private final Timeline view = new View();
    private long start;
    private int round;

    public SessionTimeline(Deadline deadline, LongSupplier clock) {
        this.deadline = deadline;
        this.clock = clock;
    }

    /** Starts the clock at {@code nanos} (a reading of the session's clock), in round 1. */
    public void start(long nanos) {
        start = nanos;
        round = 1;
    }

    /** Stamps the round; false when the deadline has passed and no further turn may start. */
    public boolean beforeTurn(int r) {
        round = r;
        if (deadline.isRounds()) {
            return r <= deadline.rounds();
        }
        return clock.getAsLong() - start < (long) (deadline.seconds() * 1e9);
    }

    /** The round reported when the deadline ends the session. */
    public int endRound(int r) {
        return deadline.isRounds() ? deadline.rounds() : r;
    }

    /** Normalised time t in [0, 1]. */
    public double time() {
        if (deadline.isRounds()) {
            return deadline.timeOfRound(round);
        }
        double t = (clock.getAsLong() - start) / (deadline.seconds() * 1e9);
        return t < 0 ? 0 : Math.min(1, t);
    }

    /** The current round, 1-based (0 before the start). */
    public int round() {
        return round;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** What agents see. */
    public Timeline view() {
        return view;
    }

    private final class View implements Timeline {
        @Override
        public double time() {
            return SessionTimeline.this.time();
        }

        @Override
        public int round() {
            return round;
        }

        @Override
        public Deadline deadline() {
            return deadline;
        }
    }
}
