package org.parley.protocol.saop;

import java.util.Arrays;
import java.util.List;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.AgentCalls;
import org.parley.protocol.AgentFault;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionTimeline;
import org.parley.util.PartyNumbers;

/**
 * What a SAOP session decides, whether it runs in one go ({@link SaopSession}) or step by step
 * ({@link SteppedSaopSession}): whether an action is legal, and the result of a session that ends.
 */
final class SaopRules {

    private final SessionSpec spec;
    private final List<Profile> profiles;
    private final AgentCalls calls;

    SaopRules(SessionSpec spec, AgentCalls calls) {
        this.spec = spec;
        this.profiles = spec.profiles();
        this.calls = calls;
    }

    /**
     * The action as recorded and delivered: actions are immutable values (they copy their outcome in and out), so
     * a legal action is passed on as the agent made it.
     *
     * @throws AgentFault naming the agent when the action is not legal
     */
    Action validate(int p, Action action, Offer lastOffer, boolean firstTurn) {
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

    /** The result recorded when the session is given up because {@code party} never returned. */
    SessionResult abandoned(SessionTimeline timeline, String error, int party) {
        if (calls.creating()) {
            return notCreated(error, party);
        }
        double[] u = spec.reservationValues();
        return new SessionResult(null, SessionResult.End.ERROR, Math.max(1, timeline.round()), timeline.time(), 0, u,
                u, error, party, List.of(), calls.names(), 0);
    }

    /** A session whose agents could not all be created: round 1, t = 0, reservation values, no time spent. */
    SessionResult notCreated(String error, int party) {
        double[] u = spec.reservationValues();
        return new SessionResult(null, SessionResult.End.ERROR, 1, 0.0, 0, u, u, error, party, List.of(),
                calls.names(), 0);
    }

    /**
     * The result of a session that ended; every agent is told the end (but not after an agent's fault, when the
     * agent at fault is known).
     */
    SessionResult finish(int[] agreement, SessionResult.End end, int round, double t, int actions, String error,
            int errorParty, List<ActionRecord> trace, List<String> names, long t0) {
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
        long nanos = spec.clock().getAsLong() - t0;
        if (end != SessionResult.End.ERROR || errorParty < 0) {
            calls.farewell(agreement);
        }
        return new SessionResult(agreement, end, round, t, actions, u, du, error, errorParty, trace, names, nanos);
    }
}
