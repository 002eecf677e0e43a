package org.parley.cli;

import org.parley.protocol.Deadline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --rounds R | --seconds S} and {@code --call-budget SECONDS}: the deadline and the per-call time limit of every
 * command that runs a negotiation ({@code negotiate}, {@code case simulate}), with the one default that tournament
 * files share: {@value Deadline#DEFAULT_ROUNDS} rounds, {@value Deadline#DEFAULT_ROUND_CALL_BUDGET_SECONDS} s per call
 * under a round deadline, the deadline itself under a time deadline.
 */
final class DeadlineOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** Rounds or seconds, not both. */
    static final class Choice {
        @Option(names = "--rounds", paramLabel = "R", description = "Deadline in rounds; each party acts once a "
                + "round (default: " + Deadline.DEFAULT_ROUNDS + ", as in tournaments).")
        Integer rounds;

        @Option(names = "--seconds", paramLabel = "S", description = "Deadline in seconds of wall time instead of "
                + "rounds.")
        Double seconds;
    }

    @Option(names = "--call-budget", paramLabel = "SECONDS", description = "Longest an agent may spend in one call "
            + "(default: " + (int) Deadline.DEFAULT_ROUND_CALL_BUDGET_SECONDS + " under a round deadline, the deadline "
            + "itself under --seconds; as in tournaments).")
    Double callBudget;

    /** The deadline asked for, or the default; refuses a non-positive one. */
    Deadline deadline() {
        if (choice == null) {
            return Deadline.defaultDeadline();
        }
        if (choice.rounds != null) {
            if (choice.rounds < 1) {
                throw new IllegalArgumentException("--rounds must be at least 1, got " + choice.rounds);
            }
            return Deadline.rounds(choice.rounds);
        }
        if (!(choice.seconds > 0 && Double.isFinite(choice.seconds))) {
            throw new IllegalArgumentException("--seconds must be a positive number, got " + choice.seconds);
        }
        return Deadline.seconds(choice.seconds);
    }

    /** The call budget asked for in seconds, or null for the deadline's default; refuses a non-positive one. */
    Double callBudget() {
        if (callBudget != null && !(callBudget > 0 && Double.isFinite(callBudget))) {
            throw new IllegalArgumentException("--call-budget must be a positive number of seconds, got "
                    + callBudget);
        }
        return callBudget;
    }
}
