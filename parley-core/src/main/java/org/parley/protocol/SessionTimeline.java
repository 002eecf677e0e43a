package org.parley.protocol;

import java.util.function.LongSupplier;

/** The session-owned clock behind {@link Timeline}: rounds are stamped by the session, never by agents. */
final class SessionTimeline implements Timeline {

    private final Deadline deadline;
    private final LongSupplier clock;
    private long start;
    private int round;

    SessionTimeline(Deadline deadline, LongSupplier clock) {
        this.deadline = deadline;
        this.clock = clock;
    }

    void start(long nanos) {
        start = nanos;
        round = 1;
    }

    /** Stamps the round; false when the deadline has passed and no further turn may start. */
    boolean beforeTurn(int r) {
        round = r;
        if (deadline.isRounds()) {
            return r <= deadline.rounds();
        }
        return clock.getAsLong() - start < (long) (deadline.seconds() * 1e9);
    }

    /** The round reported when the deadline ends the session. */
    int endRound(int r) {
        return deadline.isRounds() ? deadline.rounds() : r;
    }

    @Override
    public double time() {
        if (deadline.isRounds()) {
            return deadline.timeOfRound(round);
        }
        double t = (clock.getAsLong() - start) / (deadline.seconds() * 1e9);
        return t < 0 ? 0 : Math.min(1, t);
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
