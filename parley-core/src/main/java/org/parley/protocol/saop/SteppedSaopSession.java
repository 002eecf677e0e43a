package org.parley.protocol.saop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentBatch;
import org.parley.protocol.AgentCalls;
import org.parley.protocol.AgentFault;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.BatchedAgent;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionTimeline;
import org.parley.protocol.SteppedSession;
import org.parley.protocol.Timeline;

/**
 * A SAOP session run step by step ({@link SteppedSession}): the rules of {@link SaopSession}, turn for turn, with the
 * calls of {@link BatchedAgent}s that wait for an answer (init, chooseAction) split into a request queued in the
 * session's {@link AgentBatch} and its completion at the next {@link #step()}. Every other call is made directly, as
 * in {@link SaopSession}, and so are all calls of a batched agent that cannot wait in a batch. Same spec, same
 * result (for round deadlines).
 *
 * <p>The session is a state machine: {@link #step()} runs it from where it stopped until it ends or waits.
 */
public final class SteppedSaopSession implements SteppedSession {

    private static final String CHOOSE = "chooseAction";
    private static final String RECEIVE = "receive";
    private static final String INIT = "init";

    /** Where the session stands between steps. */
    private enum State {
        NEW, INIT, AWAIT_INIT, TURN, AWAIT_ACTION, ENDED
    }

    private final SessionSpec spec;
    private final AgentBatch batch;
    private final LongSupplier clock;
    private final SessionTimeline timeline;
    private final Timeline view;
    private final AgentCalls calls;
    private final SaopRules rules;
    private final int m;
    private final boolean keepTrace;
    private final List<ActionRecord> trace;
    private State state = State.NEW;
    private Agent[] agents;
    /** The seats whose calls wait in the batch (null: called directly). */
    private BatchedAgent[] batched;
    private List<String> names;
    private int p;
    private int round;
    private int actions;
    private int accepts;
    private Offer lastOffer;
    private long t0;
    private SessionResult result;
    private boolean closed;
    private boolean ran;

    SteppedSaopSession(SessionSpec spec, AgentBatch batch) {
        this.spec = spec;
        this.batch = batch;
        this.clock = spec.clock();
        this.timeline = new SessionTimeline(spec.deadline(), clock);
        this.view = timeline.view();
        this.calls = new AgentCalls(spec);
        this.rules = new SaopRules(spec, calls);
        this.m = spec.parties();
        this.keepTrace = spec.keepTrace();
        this.trace = keepTrace ? new ArrayList<>() : List.of();
    }

    @Override
    public SessionSpec spec() {
        return spec;
    }

    @Override
    public String protocol() {
        return SaopProtocol.NAME;
    }

    @Override
    public boolean step() {
        if (state == State.ENDED) {
            throw new IllegalStateException("the session has ended");
        }
        SessionResult r;
        try {
            r = advance();
        } catch (RuntimeException | Error e) {
            close(); // parley's own fault: the agents are released, the caller records it
            throw e;
        }
        if (r == null) {
            return false;
        }
        result = r;
        state = State.ENDED;
        close();
        return true;
    }

    @Override
    public SessionResult result() {
        if (result == null) {
            throw new IllegalStateException("the session has not ended");
        }
        return result;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            calls.closeExternal();
        }
    }

    /** Steps the session alone, completing its batch between steps. */
    @Override
    public SessionResult run() {
        if (ran || state != State.NEW) {
            throw new IllegalStateException("a session runs only once");
        }
        ran = true;
        while (!step()) {
            batch.complete();
        }
        return result;
    }

    /** Runs until the session ends (its result) or waits for the batch (null). */
    private SessionResult advance() {
        try {
            if (state == State.NEW) {
                try {
                    calls.create();
                } catch (AgentFault f) {
                    return rules.notCreated(f.getMessage(), f.party());
                }
                names = calls.names();
                agents = new Agent[m];
                batched = new BatchedAgent[m];
                for (int q = 0; q < m; q++) {
                    agents[q] = calls.agent(q);
                    batched[q] = agents[q] instanceof BatchedAgent b ? b : null;
                }
                state = State.INIT;
                p = 0;
            }
            if (state == State.AWAIT_INIT) {
                BatchedAgent b = batched[p];
                calls.run(p, INIT, a -> b.completeInit());
                p++;
                state = State.INIT;
            }
            if (state == State.INIT) {
                for (; p < m; p++) {
                    AgentSettings settings = new AgentSettings(p, m, spec.profiles().get(p), spec.deadline(),
                            SaopProtocol.NAME, spec.agentSeed(p), spec.context());
                    BatchedAgent b = batched[p];
                    if (b == null) {
                        calls.run(p, INIT, a -> a.init(settings));
                    } else if (calls.call(p, INIT, a -> b.requestInit(settings, batch))) {
                        calls.waiting();
                        state = State.AWAIT_INIT;
                        return null;
                    } else {
                        batched[p] = null; // it cannot wait in a batch: called directly from now on
                    }
                }
                t0 = clock.getAsLong();
                timeline.start(t0);
                round = 1;
                p = 0;
                state = State.TURN;
            }
            if (state == State.AWAIT_ACTION) {
                Action action;
                calls.begin(p, CHOOSE);
                try {
                    action = batched[p].completeAction();
                } catch (RuntimeException | Error e) {
                    throw calls.failed(e);
                }
                calls.end();
                state = State.TURN;
                SessionResult r = acted(action);
                if (r != null) {
                    return r;
                }
            }
            while (true) {
                if (!timeline.beforeTurn(round)) {
                    return rules.finish(null, SessionResult.End.DEADLINE, timeline.endRound(round), 1.0, actions,
                            null, -1, trace, names, t0);
                }
                BatchedAgent b = batched[p];
                Action action;
                calls.begin(p, CHOOSE);
                try {
                    if (b != null) {
                        b.requestAction(view);
                        action = null;
                    } else {
                        action = agents[p].chooseAction(view);
                    }
                } catch (RuntimeException | Error e) {
                    throw calls.failed(e);
                }
                calls.end();
                if (b != null) {
                    calls.waiting();
                    state = State.AWAIT_ACTION;
                    return null;
                }
                SessionResult r = acted(action);
                if (r != null) {
                    return r;
                }
            }
        } catch (AgentFault f) {
            return rules.finish(null, SessionResult.End.ERROR, timeline.round(), timeline.time(), actions,
                    f.getMessage(), f.party(), trace, names, t0 == 0 ? clock.getAsLong() : t0);
        }
    }

    /**
     * Party {@code p} acted: the action is checked, recorded and delivered to every other party; the session's result
     * when it ended, else null, and {@code p} (and the round) move on to the next turn.
     */
    private SessionResult acted(Action chosen) {
        double t = timeline.time();
        Action action = rules.validate(p, chosen, lastOffer, actions == 0);
        actions++;
        if (keepTrace) {
            trace.add(new ActionRecord(round, t, action));
        }
        for (int q = 0; q < m; q++) {
            if (q != p) {
                calls.begin(q, RECEIVE);
                try {
                    agents[q].receive(action, view);
                } catch (RuntimeException | Error e) {
                    throw calls.failed(e);
                }
                calls.end();
            }
        }
        if (action instanceof Offer o) {
            lastOffer = o;
            accepts = 0;
        } else if (action instanceof Accept) {
            accepts++;
            if (accepts >= m - 1) {
                return rules.finish(lastOffer.outcome(), SessionResult.End.AGREEMENT, round, t, actions, null, -1,
                        trace, names, t0);
            }
        } else {
            return rules.finish(null, SessionResult.End.END_NEGOTIATION, round, t, actions, null, -1, trace, names,
                    t0);
        }
        if (++p == m) {
            p = 0;
            round++;
        }
        return null;
    }

    @Override
    public String overrunningCall() {
        return calls.overrunningCall();
    }

    @Override
    public int partyInCall() {
        return calls.partyInCall();
    }

    @Override
    public SessionResult abandoned(String error, int party) {
        return rules.abandoned(timeline, error, party);
    }
}
