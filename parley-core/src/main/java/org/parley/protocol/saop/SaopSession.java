package org.parley.protocol.saop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentCalls;
import org.parley.protocol.AgentFault;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;
import org.parley.protocol.Session;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionTimeline;
import org.parley.protocol.Timeline;

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
 *   <li>An agent that throws, acts illegally (e.g. accepts a bid that is not the latest offer), cannot be created or
 *       spends longer than its per-call budget ends the session with an error naming it; utilities are then the
 *       reservation values, undiscounted, as GENIUS logs them. Nothing in the JVM is ever stopped by force: see
 *       {@link org.parley.protocol.Watchdog} for agents that never return. An
 *       {@link org.parley.protocol.ExternalAgent} (an agent process) stops itself at its budget, and is closed when
 *       the session ends, whatever the end.</li>
 * </ul>
 *
 * <p>A session runs once. Same agents, profiles, deadline and seed give the same result for round deadlines. Built
 * by {@link SaopProtocol} through {@link org.parley.protocol.SessionFactory}.
 */
public final class SaopSession implements Session {

    private static final String CHOOSE = "chooseAction";
    private static final String RECEIVE = "receive";

    private final SessionSpec spec;
    private final LongSupplier clock;
    private final SessionTimeline timeline;
    private final Timeline view;
    private final AgentCalls calls;
    private final SaopRules rules;
    private volatile boolean started;

    SaopSession(SessionSpec spec) {
        this.spec = spec;
        this.clock = spec.clock();
        this.timeline = new SessionTimeline(spec.deadline(), clock);
        this.view = timeline.view();
        this.calls = new AgentCalls(spec);
        this.rules = new SaopRules(spec, calls);
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
    public SessionResult run() {
        if (started) {
            throw new IllegalStateException("a session runs only once");
        }
        started = true;
        try {
            return play();
        } finally {
            calls.closeExternal();
        }
    }

    private SessionResult play() {
        int m = spec.parties();
        try {
            calls.create();
        } catch (AgentFault f) {
            return rules.notCreated(f.getMessage(), f.party());
        }
        List<String> names = calls.names();
        Agent[] agents = new Agent[m];
        for (int p = 0; p < m; p++) {
            agents[p] = calls.agent(p);
        }
        boolean keepTrace = spec.keepTrace();
        List<ActionRecord> trace = keepTrace ? new ArrayList<>() : List.of();
        long t0 = 0;
        int actions = 0;
        try {
            for (int p = 0; p < m; p++) {
                AgentSettings settings = new AgentSettings(p, m, spec.profiles().get(p), spec.deadline(),
                        SaopProtocol.NAME, spec.agentSeed(p), spec.context());
                calls.run(p, "init", a -> a.init(settings));
            }
            t0 = clock.getAsLong();
            timeline.start(t0);
            Offer lastOffer = null;
            int accepts = 0;
            int round = 1;
            while (true) {
                for (int p = 0; p < m; p++) {
                    if (!timeline.beforeTurn(round)) {
                        return rules.finish(null, SessionResult.End.DEADLINE, timeline.endRound(round), 1.0, actions,
                                null, -1, trace, names, t0);
                    }
                    Action action;
                    calls.begin(p, CHOOSE);
                    try {
                        action = agents[p].chooseAction(view);
                    } catch (RuntimeException | Error e) {
                        throw calls.failed(e);
                    }
                    calls.end();
                    double t = timeline.time();
                    action = rules.validate(p, action, lastOffer, actions == 0);
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
                            return rules.finish(lastOffer.outcome(), SessionResult.End.AGREEMENT, round, t, actions,
                                    null, -1, trace, names, t0);
                        }
                    } else {
                        return rules.finish(null, SessionResult.End.END_NEGOTIATION, round, t, actions, null, -1,
                                trace, names, t0);
                    }
                }
                round++;
            }
        } catch (AgentFault f) {
            return rules.finish(null, SessionResult.End.ERROR, timeline.round(), timeline.time(), actions,
                    f.getMessage(), f.party(), trace, names, t0 == 0 ? clock.getAsLong() : t0);
        }
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
