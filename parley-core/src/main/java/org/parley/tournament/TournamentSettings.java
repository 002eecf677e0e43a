package org.parley.tournament;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.protocol.Deadline;

/**
 * What a tournament runs, apart from its scenarios: documented key by key in {@code docs/tournament.md}.
 *
 * @param seed              the master seed; each session's seed is derived from it (see {@link TournamentPlan})
 * @param deadline          every session's deadline
 * @param repetitions       how many times every combination is played (at least 1)
 * @param roles             {@link Roles#ALL}: every ordering of the profiles; {@link Roles#FIXED}: file order only
 * @param parties           parties per session (at least 2)
 * @param selfPlay          whether a session may seat the same entrant more than once
 * @param callBudgetSeconds longest an agent may spend in one call before its session is given up
 * @param agents            the entrants, names unique
 */
public record TournamentSettings(long seed, Deadline deadline, int repetitions, Roles roles, int parties,
        boolean selfPlay, double callBudgetSeconds, List<Entrant> agents) {

    /** Largest party count per session. */
    public static final int MAX_PARTIES = 12;

    /**
     * Default call budget for round deadlines, in seconds (time deadlines default to the deadline itself): the one
     * default of every command, {@link Deadline#DEFAULT_ROUND_CALL_BUDGET_SECONDS}.
     */
    public static final double DEFAULT_ROUND_CALL_BUDGET = Deadline.DEFAULT_ROUND_CALL_BUDGET_SECONDS;

    /** How profiles are assigned to the seats of a session. */
    public enum Roles {
        /** Every ordered choice of {@code parties} distinct profiles of the scenario (all permutations). */
        ALL,
        /** The scenario's first {@code parties} profiles, in file order. */
        FIXED
    }

    public TournamentSettings {
        if (deadline == null || roles == null) {
            throw new IllegalArgumentException("a tournament needs a deadline and a roles setting");
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
        }
        if (parties < 2 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("parties must be between 2 and " + MAX_PARTIES + ", got " + parties);
        }
        if (!(callBudgetSeconds > 0 && Double.isFinite(callBudgetSeconds))) {
            throw new IllegalArgumentException("call-budget must be a positive number of seconds, got "
                    + callBudgetSeconds);
        }
        agents = List.copyOf(agents);
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("a tournament needs at least one agent");
        }
        Set<String> names = new HashSet<>();
        for (Entrant e : agents) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two agents are named '" + e.name() + "'; give each a unique name");
            }
        }
        if (!selfPlay && agents.size() < parties) {
            throw new IllegalArgumentException(parties + " parties per session without self-play need at least "
                    + parties + " agents, got " + agents.size() + " (add agents or set self-play: true)");
        }
    }

    /** The default call budget for {@code deadline} ({@link Deadline#defaultCallBudgetSeconds()}). */
    public static double defaultCallBudget(Deadline deadline) {
        return deadline.defaultCallBudgetSeconds();
    }
}
