package org.parley.protocol.saop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.parley.preference.Profile;
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
import org.parley.util.PartyNumbers;

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
    private final List<Profile> profiles;
    private final LongSupplier clock;
    private final SessionTimeline timeline;
    private final Timeline view;
    private final AgentCalls calls;
    private volatile boolean started;

    SaopSession(SessionSpec spec) {
        this.spec = spec;
        this.profiles = spec.profiles();
        this.clock = spec.clock();
        this.timeline = new SessionTimeline(spec.deadline(), clock);
        this.view = timeline.view();
        this.calls = new AgentCalls(spec);
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
            return notCreated(f.getMessage(), f.party());
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
                AgentSettings settings = new AgentSettings(p, m, profiles.get(p), spec.deadline(), SaopProtocol.NAME,
                        spec.agentSeed(p), spec.context());
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
                        return finish(null, SessionResult.End.DEADLINE, timeline.endRound(round), 1.0, actions, null,
                                -1, trace, names, t0);
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
                    action = validate(p, action, lastOffer, actions == 0);
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
                            return finish(lastOffer.outcome(), SessionResult.End.AGREEMENT, round, t, actions, null,
                                    -1, trace, names, t0);
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
                    f.party(), trace, names, t0 == 0 ? clock.getAsLong() : t0);
        }
    }

    /**
     * The action as recorded and delivered: actions are immutable values (they copy their outcome in and out), so
     * a legal action is passed on as the agent made it.
     */
    private Action validate(int p, Action action, Offer lastOffer, boolean firstTurn) {
        if (action == null) {
            throw new AgentFault(p, calls.who(p) + " returned no action", null);
        }
        if (action.party() != p) {
            throw new AgentFault(p, calls.who(p) + " acted in the name of "
                    + PartyNumbers.fromIndex(action.party()) + "; it is " + PartyNumbers.fromIndex(p), null);
        }
        if (action instanceof Offer o) {
            try {
                o.checkIn(profiles.get(p).domain());
            } catch (IllegalArgumentException e) {
                throw new AgentFault(p, calls.who(p) + " offered an invalid outcome: " + e.getMessage(), null);
            }
            return o;
        }
        if (action instanceof Accept a) {
            if (firstTurn || lastOffer == null) {
                throw new AgentFault(p, calls.who(p) + " accepted before any offer was made", null);
            }
            if (!a.accepts(lastOffer)) {
                throw new AgentFault(p, calls.who(p) + " accepted " + Arrays.toString(a.outcome())
                        + ", which is not the latest offer " + Arrays.toString(lastOffer.outcome()), null);
            }
            return a;
        }
        return action;
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
        if (calls.creating()) {
            return notCreated(error, party);
        }
        double[] u = spec.reservationValues();
        return new SessionResult(null, SessionResult.End.ERROR, Math.max(1, timeline.round()), timeline.time(), 0, u,
                u, error, party, List.of(), calls.names(), 0);
    }

    /** A session whose agents could not all be created: round 1, t = 0, reservation values, no time spent. */
    private SessionResult notCreated(String error, int party) {
        double[] u = spec.reservationValues();
        return new SessionResult(null, SessionResult.End.ERROR, 1, 0.0, 0, u, u, error, party, List.of(),
                calls.names(), 0);
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
            calls.farewell(agreement);
        }
        return new SessionResult(agreement, end, round, t, actions, u, du, error, errorParty, trace, names, nanos);
    }
}
