package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.parley.preference.Profile;

/**
 * Everything one session is made of, whatever its protocol: the profiles and agents in seat order (seat 0 opens),
 * the deadline, the seed, the per-call time budget, the clock and whether to keep a trace. Immutable; a
 * {@link Protocol} turns it into a {@link Session}.
 *
 * @param profiles        one profile per seat
 * @param agents          one agent factory per seat; the session creates each agent once, under the call budget
 * @param labels          one name per seat for messages about an agent that could not be created (e.g. the
 *                        tournament entrant's name or the spec a user gave)
 * @param deadline        the session's deadline
 * @param seed            the session seed; every agent gets {@link #agentSeed(int)}
 * @param callBudgetNanos longest an agent may spend in one call (creating it included)
 * @param clock           nanosecond clock for time deadlines and budgets (tests script it)
 * @param keepTrace       keep every action in {@link SessionResult#trace()}
 * @param context         what the sessions of the run share ({@link AgentSettings#context()})
 */
public record SessionSpec(List<Profile> profiles, List<AgentFactory> agents, List<String> labels, Deadline deadline,
        long seed, long callBudgetNanos, LongSupplier clock, boolean keepTrace, RunContext context) {

    /** Default call budget for round deadlines: {@link Deadline#DEFAULT_ROUND_CALL_BUDGET_SECONDS}, in nanoseconds. */
    public static final long DEFAULT_ROUND_CALL_BUDGET_NANOS =
            (long) (Deadline.DEFAULT_ROUND_CALL_BUDGET_SECONDS * 1_000_000_000L);

    public SessionSpec {
        profiles = List.copyOf(profiles);
        agents = List.copyOf(agents);
        labels = List.copyOf(labels);
        if (profiles.size() < 2 || profiles.size() != agents.size()) {
            throw new IllegalArgumentException("a session needs at least two parties and one agent per profile; got "
                    + profiles.size() + " profiles and " + agents.size() + " agents");
        }
        if (labels.size() != agents.size()) {
            throw new IllegalArgumentException("a session needs one label per agent; got " + labels.size()
                    + " labels for " + agents.size() + " agents");
        }
        if (deadline == null || clock == null || context == null) {
            throw new IllegalArgumentException("a session needs a deadline, a clock and a run context");
        }
        if (callBudgetNanos <= 0) {
            throw new IllegalArgumentException("the call budget must be positive, got " + callBudgetNanos + " ns");
        }
    }

    /** Number of seats. */
    public int parties() {
        return profiles.size();
    }

    /** Every seat's reservation value, in seat order (a fresh array): what each party gets without agreement. */
    public double[] reservationValues() {
        double[] u = new double[profiles.size()];
        for (int j = 0; j < u.length; j++) {
            u[j] = profiles.get(j).reservationValue();
        }
        return u;
    }

    /** The seed of the agent in {@code seat}: a mix of the session seed and the seat. */
    public long agentSeed(int seat) {
        return agentSeed(seed, seat);
    }

    /** The per-agent seed: a mix of the session seed and the party's position (SplitMix64's finaliser). */
    public static long agentSeed(long sessionSeed, int party) {
        long z = sessionSeed + 0x9E3779B97F4A7C15L * (party + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The default call budget for {@code deadline} ({@link Deadline#defaultCallBudgetSeconds()}), in nanoseconds. */
    public static long defaultCallBudgetNanos(Deadline deadline) {
        return (long) (deadline.defaultCallBudgetSeconds() * 1e9);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a spec; {@link #build()} validates it. Defaults: {@link Deadline#defaultDeadline()}, seed 0, the default
     * budget, the system clock, no trace, a run context of its own.
     */
    public static final class Builder {
        private List<Profile> profiles = List.of();
        private List<AgentFactory> agents = List.of();
        private List<String> labels;
        private Deadline deadline = Deadline.defaultDeadline();
        private long seed;
        private long budgetNanos;
        private boolean keepTrace;
        private LongSupplier clock = System::nanoTime;
        private RunContext context;

        private Builder() {
        }

        public Builder profiles(List<Profile> profiles) {
            this.profiles = profiles;
            return this;
        }

        /** One factory per seat. */
        public Builder agents(List<AgentFactory> factories) {
            this.agents = factories;
            return this;
        }

        /**
         * Agents already made, one per seat: such a spec serves one session only (the same instances would
         * negotiate again). For tests and programs that make their agents themselves.
         */
        public Builder instances(List<? extends Agent> instances) {
            List<AgentFactory> fs = new ArrayList<>();
            for (Agent a : instances) {
                fs.add(() -> a);
            }
            this.agents = fs;
            return this;
        }

        /** Seat names for messages (default: {@code agent 1}, {@code agent 2}, ...). */
        public Builder labels(List<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder deadline(Deadline deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Longest an agent may spend in one call (default: {@link #defaultCallBudgetNanos}). */
        public Builder callBudgetNanos(long nanos) {
            this.budgetNanos = nanos;
            return this;
        }

        /** Keep every action in {@link SessionResult#trace()} (off by default: tournaments do not need it). */
        public Builder keepTrace(boolean keep) {
            this.keepTrace = keep;
            return this;
        }

        /** The clock for time deadlines and budgets (tests script it). */
        public Builder clock(LongSupplier nanoTime) {
            this.clock = nanoTime;
            return this;
        }

        /** What the sessions of the run share (give every session of a run the same one). */
        public Builder context(RunContext context) {
            this.context = context;
            return this;
        }

        public SessionSpec build() {
            List<String> names = labels;
            if (names == null) {
                names = new ArrayList<>();
                for (int j = 0; j < agents.size(); j++) {
                    names.add("agent " + (j + 1));
                }
            }
            return new SessionSpec(profiles, agents, names, deadline, seed,
                    budgetNanos > 0 || deadline == null ? budgetNanos : defaultCallBudgetNanos(deadline), clock,
                    keepTrace, context != null ? context : new RunContext());
        }
    }
}
