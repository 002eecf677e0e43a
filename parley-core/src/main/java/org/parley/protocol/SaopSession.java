package org.parley.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parley.preference.Profile;

/**
 * One session of the Stacked Alternating Offers Protocol for two or more parties, with GENIUS's semantics
 * ({@code genius-semantics.md} §4–5).
 *
 * <ul>
 *   <li>Parties act in a fixed order, one turn each per round. The very first turn may only offer or end.</li>
 *   <li>Every action is delivered at once to every other party.</li>
 *   <li>Agreement: the latest offer has been accepted by every other party, consecutively.</li>
 *   <li>EndNegotiation by anyone ends the session without agreement; so does the deadline.</li>
 *   <li>Rounds: during round r of R, {@code t = r/(R+1)}. Time: {@code t = elapsed/T}, checked before every turn.</li>
 *   <li>Utilities at the end: undiscounted and discounted by the final t; no agreement gives each party its
 *       reservation value ({@code r·d^t} discounted). After the deadline t is 1.</li>
 *   <li>An agent that throws, acts illegally (e.g. accepts a bid that is not the latest offer) or spends longer than
 *       its per-call budget ends the session with an error naming it; utilities are then the reservation
 *       values, undiscounted, as GENIUS logs them. Nothing is ever stopped by force: see {@link IsolatedRunner}
 *       for agents that never return.</li>
 * </ul>
 *
 * <p>A session runs once. Same agents, profiles, deadline and seed give the same result for round deadlines.
 */
public final class SaopSession {

    /** Protocol name given to agents. */
    public static final String PROTOCOL = "SAOP";

    private final List<Profile> profiles;
    private final List<Agent> agents;
    private final Deadline deadline;
    private final long seed;
    private final long budgetNanos;
    private final boolean keepTrace;
    private final LongSupplier clock;
    private final SessionTimeline timeline;

    // The watchdog (IsolatedRunner) reads callStart first; callParty and callName are written before it, so a
    // reader that sees a call's start also sees who is in it. Only callStart needs to be volatile.
    private volatile long callStart;
    private int callParty = -1;
    private String callName;
    /** Clock reading at the end of the previous call (the next call starts there), or NO_READING. */
    private long lastReading = NO_READING;
    private static final long NO_READING = Long.MIN_VALUE;
    private volatile boolean started;

    private SaopSession(Builder b) {
        this.profiles = List.copyOf(b.profiles);
        this.agents = List.copyOf(b.agents);
        if (profiles.size() < 2 || profiles.size() != agents.size()) {
            throw new IllegalArgumentException("a session needs at least two parties and one agent per profile; got "
                    + profiles.size() + " profiles and " + agents.size() + " agents");
        }
        this.deadline = b.deadline;
        this.seed = b.seed;
        this.budgetNanos = b.budgetNanos > 0 ? b.budgetNanos
                : (deadline.isRounds() ? 60_000_000_000L : (long) (deadline.seconds() * 1e9));
        this.keepTrace = b.keepTrace;
        this.clock = b.clock;
        this.timeline = new SessionTimeline(deadline, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a session; {@link #build()} validates them. */
    public static final class Builder {
        private List<Profile> profiles = List.of();
        private List<Agent> agents = List.of();
        private Deadline deadline = Deadline.rounds(180);
        private long seed;
        private long budgetNanos;
        private boolean keepTrace;
        private LongSupplier clock = System::nanoTime;

        public Builder profiles(List<Profile> profiles) {
            this.profiles = profiles;
            return this;
        }

        public Builder agents(List<Agent> agents) {
            this.agents = agents;
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

        /** Longest an agent may spend in one call (default: 60 s for round deadlines, the deadline for time). */
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

        public SaopSession build() {
            return new SaopSession(this);
        }
    }

    public Deadline deadline() {
        return deadline;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** The per-agent seed: a mix of the session seed and the party's position. */
    public static long agentSeed(long sessionSeed, int party) {
        long z = sessionSeed + 0x9E3779B97F4A7C15L * (party + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs the session in the calling thread. */
    public SessionResult run() {
        if (started) {
            throw new IllegalStateException("a session runs only once");
        }
        started = true;
        int m = agents.size();
        List<ActionRecord> trace = keepTrace ? new ArrayList<>() : List.of();
        List<String> names = new ArrayList<>(m);
        for (Agent a : agents) {
            names.add(safeName(a));
        }
        long t0 = 0;
        int actions = 0;
        try {
            for (int p = 0; p < m; p++) {
                int party = p;
                Profile profile = profiles.get(p);
                AgentSettings settings = new AgentSettings(p, m, profile, deadline, PROTOCOL, agentSeed(seed, p));
                call(p, "init", () -> {
                    agents.get(party).init(settings);
                    return null;
                });
            }
            t0 = clock.getAsLong();
            timeline.start(t0);
            Offer lastOffer = null;
            int accepts = 0;
            int round = 1;
            while (true) {
                for (int p = 0; p < m; p++) {
                    if (!timeline.beforeTurn(round)) {
                        return finish(null, SessionResult.End.DEADLINE, timeline.endRound(round), 1.0, actions, null,
                                -1, trace, names, t0);
                    }
                    int party = p;
                    Action action = call(p, "chooseAction", () -> agents.get(party).chooseAction(timeline));
                    double t = timeline.time();
                    action = validate(p, action, lastOffer, actions == 0);
                    actions++;
                    if (keepTrace) {
                        trace.add(new ActionRecord(round, t, action));
                    }
                    for (int q = 0; q < m; q++) {
                        if (q != p) {
                            Action delivered = action;
                            int receiver = q;
                            call(q, "receive", () -> {
                                agents.get(receiver).receive(delivered, timeline);
                                return null;
                            });
                        }
                    }
                    if (action instanceof Offer o) {
                        lastOffer = o;
                        accepts = 0;
                    } else if (action instanceof Accept) {
                        accepts++;
                        if (accepts >= m - 1) {
                            return finish(lastOffer.outcome(), SessionResult.End.AGREEMENT, round, t, actions, null, -1, trace,
                                    names, t0);
                        }
                    } else {
                        return finish(null, SessionResult.End.END_NEGOTIATION, round, t, actions, null, -1, trace,
                                names, t0);
                    }
                }
                round++;
            }
        } catch (AgentFault f) {
            return finish(null, SessionResult.End.ERROR, timeline.round(), timeline.time(), actions, f.getMessage(),
                    f.party, trace, names, t0 == 0 ? clock.getAsLong() : t0);
        }
    }

    /**
     * The action as recorded and delivered: actions are immutable values (they copy their outcome in and out), so
     * a legal action is passed on as the agent made it.
     */
    private Action validate(int p, Action action, Offer lastOffer, boolean firstTurn) {
        if (action == null) {
            throw new AgentFault(p, who(p) + " returned no action", null);
        }
        if (action.party() != p) {
            throw new AgentFault(p, who(p) + " acted in the name of party " + (action.party() + 1), null);
        }
        if (action instanceof Offer o) {
            try {
                profiles.get(p).domain().checkOutcome(o.outcome());
            } catch (IllegalArgumentException e) {
                throw new AgentFault(p, who(p) + " offered an invalid outcome: " + e.getMessage(), null);
            }
            return o;
        }
        if (action instanceof Accept a) {
            if (firstTurn || lastOffer == null) {
                throw new AgentFault(p, who(p) + " accepted before any offer was made", null);
            }
            if (!a.accepts(lastOffer)) {
                throw new AgentFault(p, who(p) + " accepted " + Arrays.toString(a.outcome())
                        + ", which is not the latest offer " + Arrays.toString(lastOffer.outcome()), null);
            }
            return a;
        }
        return action;
    }

    /** How errors name party {@code p}; built only when there is an error to report. */
    private String who(int p) {
        return "agent " + safeName(agents.get(p)) + " (party " + (p + 1) + ")";
    }

    /**
     * Runs one agent call against its budget. A call is timed from the end of the previous call (the session's own
     * bookkeeping in between takes nanoseconds), which halves the clock readings per turn.
     */
    private <T> T call(int party, String what, Supplier<T> body) {
        callParty = party;
        callName = what;
        long start = lastReading != NO_READING ? lastReading : clock.getAsLong();
        callStart = start;
        T result;
        try {
            result = body.get();
        } catch (AgentFault f) {
            throw f;
        } catch (RuntimeException | Error e) {
            callStart = 0;
            lastReading = NO_READING;
            throw new AgentFault(party, "agent " + safeName(agents.get(party)) + " (party " + (party + 1) + ") threw "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " in "
                    + what, e);
        }
        long end = clock.getAsLong();
        lastReading = end;
        long elapsed = end - start;
        callStart = 0;
        if (elapsed > budgetNanos) {
            throw new AgentFault(party, overBudget(party, what, elapsed), null);
        }
        return result;
    }

    private String overBudget(int party, String what, long elapsed) {
        return String.format(java.util.Locale.ROOT, "agent %s (party %d) exceeded its time budget of %.3f s in %s "
                + "(%.3f s)", safeName(agents.get(party)), party + 1, budgetNanos / 1e9, what, elapsed / 1e9);
    }

    /**
     * If an agent has been inside one call for longer than its budget, the error to record (else null). Safe to
     * call from another thread: {@link IsolatedRunner} uses it to give up on an agent that never returns.
     */
    public String overrunningCall() {
        long start = callStart;
        if (start == 0) {
            return null;
        }
        long elapsed = clock.getAsLong() - start;
        return elapsed > budgetNanos ? overBudget(callParty, callName, elapsed) : null;
    }

    /** The party currently inside a call, or -1. */
    public int partyInCall() {
        return callStart == 0 ? -1 : callParty;
    }

    /** The result recorded for a session given up because {@code party} never returned. */
    public SessionResult abandoned(String error, int party) {
        List<String> names = new ArrayList<>();
        for (Agent a : agents) {
            names.add(safeName(a));
        }
        return finish(null, SessionResult.End.ERROR, Math.max(1, timeline.round()), timeline.time(), 0, error, party,
                List.of(), names, clock.getAsLong());
    }

    private SessionResult finish(int[] agreement, SessionResult.End end, int round, double t, int actions,
            String error, int errorParty, List<ActionRecord> trace, List<String> names, long t0) {
        int m = profiles.size();
        double[] u = new double[m];
        double[] du = new double[m];
        for (int j = 0; j < m; j++) {
            Profile p = profiles.get(j);
            if (agreement != null) {
                u[j] = p.utility(agreement);
                du[j] = p.discount(u[j], t);
            } else {
                u[j] = p.reservationValue();
                du[j] = end == SessionResult.End.ERROR ? u[j] : (u[j] == 0 ? 0 : p.discount(u[j], t));
            }
        }
        long nanos = clock.getAsLong() - t0;
        if (end != SessionResult.End.ERROR || errorParty < 0) {
            for (int j = 0; j < m; j++) {
                int party = j;
                try {
                    call(j, "negotiationEnded", () -> {
                        agents.get(party).negotiationEnded(agreement == null ? null : agreement.clone());
                        return null;
                    });
                } catch (AgentFault ignored) {
                    // the result is already decided; an agent failing to say goodbye does not change it
                }
            }
        }
        return new SessionResult(agreement, end, round, t, actions, u, du, error, errorParty,
                keepTrace ? trace : List.of(), names, nanos);
    }

    private static String safeName(Agent a) {
        try {
            String n = a.name();
            return n == null ? a.getClass().getSimpleName() : n;
        } catch (RuntimeException e) {
            return a.getClass().getSimpleName();
        }
    }
}
