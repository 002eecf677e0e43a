package org.parley.protocol;

/**
 * A session deadline: a number of rounds (every party gets one turn per round) or a wall-clock duration.
 *
 * <p>Rounds (GENIUS semantics): during round {@code r} (1-based) of {@code R}, normalised time is
 * {@code t = r / (R + 1)}; at most R complete rounds are played. Time: {@code t = min(1, elapsed / seconds)}.
 */
public record Deadline(Type type, int rounds, double seconds) {

    /**
     * The default deadline of every command and tournament file, in rounds: 180, as in the ANAC tournaments
     * (docs/tournament.md, "Defaults").
     */
    public static final int DEFAULT_ROUNDS = 180;

    /**
     * The default call budget for round deadlines, in seconds: the longest an agent may spend in one call (creating it
     * included) when nothing else is said; a time deadline's default budget is the deadline itself.
     */
    public static final double DEFAULT_ROUND_CALL_BUDGET_SECONDS = 10;

    /** The kind of deadline. */
    public enum Type { ROUNDS, TIME }

    public Deadline {
        if (type == Type.ROUNDS && rounds < 1) {
            throw new IllegalArgumentException("a round deadline needs at least 1 round, got " + rounds);
        }
        if (type == Type.TIME && !(seconds > 0 && Double.isFinite(seconds))) {
            throw new IllegalArgumentException("a time deadline needs a positive number of seconds, got " + seconds);
        }
    }

    /** The default deadline: {@value #DEFAULT_ROUNDS} rounds. */
    public static Deadline defaultDeadline() {
        return rounds(DEFAULT_ROUNDS);
    }

    /**
     * The default call budget under this deadline, in seconds: {@value #DEFAULT_ROUND_CALL_BUDGET_SECONDS} for rounds,
     * the deadline itself for time.
     */
    public double defaultCallBudgetSeconds() {
        return isRounds() ? DEFAULT_ROUND_CALL_BUDGET_SECONDS : seconds;
    }

    public static Deadline rounds(int rounds) {
        return new Deadline(Type.ROUNDS, rounds, 0);
    }

    public static Deadline seconds(double seconds) {
        return new Deadline(Type.TIME, 0, seconds);
    }

    public boolean isRounds() {
        return type == Type.ROUNDS;
    }

    /** Normalised time during round {@code round} (1-based) of a round deadline. */
    public double timeOfRound(int round) {
        return (double) round / (rounds + 1);
    }

    /** As GENIUS logs it: {@code 180rounds} or {@code 60.0s}. */
    @Override
    public String toString() {
        return isRounds() ? rounds + "rounds" : seconds + "s";
    }
}
