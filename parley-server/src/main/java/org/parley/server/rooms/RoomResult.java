package org.parley.server.rooms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.NegotiateJob;
import org.parley.app.json.NegotiationJson;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.OpponentModelProbe;
import org.parley.measures.SessionMeasures;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Protocol;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionResult;
import org.parley.protocol.Timeline;

/**
 * A room's result: the session's own, or one the room decides when it ends by itself (a person's turn limit, the time
 * deadline during a person's turn, a restart it cannot resume from), always with the stored actions as its trace; and
 * its document, exactly as {@code parley negotiate --json} writes it (with the behaviour measures and, for a session
 * that ran to its end here, the opponent-model probe's tracks).
 */
final class RoomResult {

    private final RoomSpec spec;
    private final Scenario scenario;
    private final List<Profile> profiles;
    private final List<String> names;

    RoomResult(RoomSpec spec, Scenario scenario) {
        this.spec = spec;
        this.scenario = scenario;
        this.profiles = scenario.profiles();
        this.names = spec.seats().stream().map(RoomSpec.Seat::label).toList();
    }

    /** The result document of {@code r} ({@code probe}: the session's probe, or null when it did not run here). */
    ObjectNode json(SessionResult r, OpponentModelProbe probe, Protocol protocol) {
        SessionMeasures m = new SessionMeasures(BehaviourAnalysis.of(r.trace(), profiles, frontierOrNull()),
                probe == null ? List.of() : probe.tracks());
        return NegotiationJson.tree(new NegotiateJob.Result(scenario, spec.deadline(), r, Protocols.spec(protocol),
                m));
    }

    private ParetoFrontier frontierOrNull() {
        try {
            return OutcomeSpaceAnalysis.frontier(profiles, OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code r} with the stored actions as its trace when it has none of its own. */
    SessionResult withTrace(SessionResult r, RoomState state) {
        if (!r.trace().isEmpty() || r.actions() == 0) {
            return r;
        }
        return new SessionResult(r.agreement(), r.endedBy(), r.round(), r.time(), r.actions(), r.utilities(),
                r.discountedUtilities(), r.error(), r.errorParty(), state.trace(), r.agentNames(), r.nanos());
    }

    /** A result without agreement, ended by the room (not by an agent): reservation values, undiscounted. */
    SessionResult error(String error, RoomState state) {
        double[] u = reservation();
        int round = Math.max(1, state.round());
        List<Act> acts = state.acts();
        double t = acts.isEmpty() ? 0 : acts.get(acts.size() - 1).t();
        return new SessionResult(null, SessionResult.End.ERROR, round, t, acts.size(), u, u, error, -1, state.trace(),
                names, 0);
    }

    /** The time deadline passed during a person's turn. */
    SessionResult deadline(Timeline timeline, RoomState state) {
        double[] u = reservation();
        double[] du = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            du[j] = u[j] == 0 ? 0 : profiles.get(j).discount(u[j], 1.0);
        }
        return new SessionResult(null, SessionResult.End.DEADLINE, Math.max(1, timeline.round()), 1.0,
                state.actions(), u, du, null, -1, state.trace(), names, 0);
    }

    /** The person in {@code seat} did not act within the room's turn limit. */
    SessionResult turnLimit(int seat, Timeline timeline, RoomState state) {
        double[] u = reservation();
        return new SessionResult(null, SessionResult.End.ERROR, Math.max(1, timeline.round()), timeline.time(),
                state.actions(), u, u, "person " + spec.seats().get(seat).person() + " (party " + (seat + 1)
                        + ") did not act within the turn limit of " + spec.turnSeconds() + " s", seat, state.trace(),
                names, 0);
    }

    private double[] reservation() {
        double[] u = new double[profiles.size()];
        for (int j = 0; j < u.length; j++) {
            u[j] = profiles.get(j).reservationValue();
        }
        return u;
    }
}
