package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The agents of one session and every call into them, for protocol implementations: each agent is created and
 * called under the spec's per-call time budget, and anything an agent does wrong (throws, returns nothing when it
 * must, takes too long) becomes an {@link AgentFault} naming it. The watchdog hooks of {@link Session} read the call
 * in progress from here, from another thread.
 *
 * <p>An {@link ExternalAgent} enforces the budget itself: its calls are not checked against it here, and the watchdog
 * sees them overrun only past twice the budget plus {@link ExternalAgent#WATCHDOG_GRACE_NANOS}.
 *
 * <p>A call is timed from the end of the previous call (the session's own bookkeeping in between takes
 * nanoseconds), which halves the clock readings per turn.
 */
public final class AgentCalls {

    private static final long NO_READING = Long.MIN_VALUE;

    private final SessionSpec spec;
    private final List<Agent> agents;
    private final long budgetNanos;

    // The watchdog reads callStart first; callParty, callName and callExternal are written before it, so a reader that sees a
    // call's start also sees who is in it. Only callStart needs to be volatile.
    private volatile long callStart;
    /** The start of the call in progress, for the session's own thread (callStart is the watchdog's copy). */
    private long currentStart;
    private int callParty = -1;
    private String callName;
    /** Whether the agent in the call in progress enforces the budget itself ({@link ExternalAgent}). */
    private boolean callExternal;
    private final boolean[] external;
    private volatile boolean creating;
    /** Clock reading at the end of the previous call (the next call starts there), or NO_READING. */
    private long lastReading = NO_READING;

    public AgentCalls(SessionSpec spec) {
        this.spec = spec;
        this.agents = new ArrayList<>(spec.parties());
        this.budgetNanos = spec.callBudgetNanos();
        this.external = new boolean[spec.parties()];
    }

    /**
     * Creates every seat's agent, in seat order, each under the call budget.
     *
     * @throws AgentFault naming the seat whose factory threw, returned null or overran the budget
     */
    public void create() {
        creating = true;
        try {
            for (int p = 0; p < spec.parties(); p++) {
                AgentFactory f = spec.agents().get(p);
                begin(p, "create");
                Agent a;
                try {
                    a = f.create();
                } catch (RuntimeException | Error e) {
                    throw failed(e);
                }
                end();
                if (a == null) {
                    throw new AgentFault(p, "agent " + spec.labels().get(p) + " (party " + (p + 1) + ") could not be "
                            + "created: its factory returned no agent", null);
                }
                agents.add(a);
                if (a instanceof ExternalAgent x) {
                    external[p] = true;
                    begin(p, "create");
                    try {
                        x.callBudget(budgetNanos);
                    } catch (RuntimeException | Error e) {
                        throw failed(e);
                    }
                    end();
                }
            }
        } finally {
            creating = false;
        }
    }

    /**
     * Closes every agent created so far that is an {@link ExternalAgent}, in seat order: sessions call it once they
     * have ended, whatever the end. A failure to close is ignored (the result is decided).
     */
    public void closeExternal() {
        for (int p = 0; p < agents.size(); p++) {
            if (external[p]) {
                try {
                    ((ExternalAgent) agents.get(p)).close();
                } catch (RuntimeException ignored) {
                    // the agent's resources are its own; the session's result stands
                }
            }
        }
    }

    /** True once every agent has been created. */
    public boolean created() {
        return agents.size() == spec.parties();
    }

    /** The agent in {@code seat}. */
    public Agent agent(int seat) {
        return agents.get(seat);
    }

    /** Every seat's name: the agent's own name, or the seat's label if it was not created. */
    public List<String> names() {
        List<String> names = new ArrayList<>(spec.parties());
        for (int p = 0; p < spec.parties(); p++) {
            names.add(name(p));
        }
        return names;
    }

    /** The name of the agent in {@code seat} (its class name if {@link Agent#name()} fails), or the seat's label. */
    public String name(int seat) {
        if (seat >= agents.size()) {
            return spec.labels().get(seat);
        }
        Agent a = agents.get(seat);
        try {
            String n = a.name();
            return n == null ? a.getClass().getSimpleName() : n;
        } catch (RuntimeException e) {
            return a.getClass().getSimpleName();
        }
    }

    /** How errors name the agent in {@code seat}: {@code agent NAME (party N)}. */
    public String who(int seat) {
        return "agent " + name(seat) + " (party " + (seat + 1) + ")";
    }

    /** Runs {@code body} on the agent in {@code seat} against the budget; {@code what} names the call in errors. */
    public void run(int seat, String what, Consumer<Agent> body) {
        Agent agent = seat < agents.size() ? agents.get(seat) : null;
        begin(seat, what);
        try {
            body.accept(agent);
        } catch (RuntimeException | Error e) {
            throw failed(e);
        }
        end();
    }

    /** Runs {@code body} on the agent in {@code seat} against the budget and returns what it returned. */
    public <T> T call(int seat, String what, Function<Agent, T> body) {
        Agent agent = seat < agents.size() ? agents.get(seat) : null;
        begin(seat, what);
        T result;
        try {
            result = body.apply(agent);
        } catch (RuntimeException | Error e) {
            throw failed(e);
        }
        end();
        return result;
    }

    /**
     * Starts a call of the agent in {@code seat} ({@code what} names it in errors): from now on the watchdog sees it
     * and its time counts. The allocation-free form of {@link #call} for a protocol's hot loop:
     * <pre>
     * calls.begin(p, "chooseAction");
     * try {
     *     action = agent.chooseAction(timeline);
     * } catch (RuntimeException | Error e) {
     *     throw calls.failed(e);
     * }
     * calls.end();
     * </pre>
     */
    public void begin(int seat, String what) {
        callParty = seat;
        callName = what;
        callExternal = seat < external.length && external[seat] && seat < agents.size();
        long start = lastReading != NO_READING ? lastReading : spec.clock().getAsLong();
        currentStart = start;
        callStart = start;
    }

    /**
     * Ends the call begun last and checks it against the budget.
     *
     * @throws AgentFault when the call took longer than the budget
     */
    public void end() {
        long end = spec.clock().getAsLong();
        lastReading = end;
        long elapsed = end - currentStart;
        callStart = 0;
        if (elapsed > budgetNanos && !callExternal) {
            throw new AgentFault(callParty, overBudget(callParty, callName, elapsed), null);
        }
    }

    /**
     * The session now waits, outside any call, for a batched agent's answer ({@link SteppedSession}): the next call
     * is timed from when it begins, not from the end of the previous one.
     */
    public void waiting() {
        lastReading = NO_READING;
    }

    /**
     * What {@code e}, thrown by the agent inside the call begun last, becomes: the fault of that agent (an
     * {@link AgentFault} the agent threw itself is its own fault too, whoever it names). Ends the call.
     */
    public AgentFault failed(Throwable e) {
        callStart = 0;
        lastReading = NO_READING;
        return new AgentFault(callParty, threw(callParty, callName, e), e);
    }

    private String threw(int seat, String what, Throwable e) {
        if (e instanceof ExternalAgent.Failure f) {
            return who(seat) + " " + f.getMessage() + " in " + what + (f.detail() == null ? "" : "; " + f.detail());
        }
        if (what.equals("create")) {
            return "agent " + spec.labels().get(seat) + " (party " + (seat + 1) + ") could not be created: " + e;
        }
        return who(seat) + " threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage()) + " in " + what;
    }

    private String overBudget(int seat, String what, long elapsed) {
        if (what.equals("create")) {
            return "agent " + spec.labels().get(seat) + " (party " + (seat + 1) + ") took longer than the call budget "
                    + "of " + budgetNanos / 1e9 + " s to be created";
        }
        return String.format(Locale.ROOT, "%s exceeded its time budget of %.3f s in %s (%.3f s)", who(seat),
                budgetNanos / 1e9, what, elapsed / 1e9);
    }

    /**
     * If an agent has been inside one call for longer than its budget, the error to record (else null). Safe to
     * call from another thread.
     */
    public String overrunningCall() {
        long start = callStart;
        if (start == 0) {
            return null;
        }
        long elapsed = spec.clock().getAsLong() - start;
        long limit = callExternal ? 2 * budgetNanos + ExternalAgent.WATCHDOG_GRACE_NANOS : budgetNanos;
        return elapsed > limit ? overBudget(callParty, callName, elapsed) : null;
    }

    /** The party currently inside a call, or -1. Safe to call from another thread. */
    public int partyInCall() {
        return callStart == 0 ? -1 : callParty;
    }

    /** True while the agents are being created (the watchdog's result then has the shape of a failed creation). */
    public boolean creating() {
        return creating;
    }

    /**
     * Tells every agent the session has ended ({@code agreement} null without one), each call under its budget; an
     * agent failing to say goodbye changes nothing, since the result is already decided.
     */
    public void farewell(int[] agreement) {
        for (int j = 0; j < spec.parties(); j++) {
            try {
                run(j, "negotiationEnded", a -> a.negotiationEnded(agreement == null ? null : agreement.clone()));
            } catch (AgentFault ignored) {
                // the result is already decided
            }
        }
    }
}
