package org.parley.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.analysis.NashSolution;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.Domain;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.ModelTrack;
import org.parley.measures.SessionMeasures;
import org.parley.measures.TrueUtilities;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.GeniusCsv;
import org.parley.protocol.SessionResult;

/**
 * A scenario with its profiles in one seat order, and its exact undiscounted frontier and Nash point in that order:
 * computed once, shared read-only by every session that uses this ordering.
 */
final class SeatedScenario {

    final Scenario scenario;
    final List<Profile> profiles;
    final List<String> profileNames;
    final ParetoFrontier frontier;
    final double[] nash;
    final double[] reservation;
    private volatile TrueUtilities truth;

    /** {@code subsetFrontier} is the frontier of the profiles {@code sorted} (ascending indices), in that order. */
    SeatedScenario(Scenario scenario, int[] ordering, int[] sorted, ParetoFrontier subsetFrontier) {
        this.scenario = scenario;
        int k = ordering.length;
        List<Profile> seatedProfiles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        this.reservation = new double[k];
        int[] position = new int[k];
        for (int j = 0; j < k; j++) {
            Profile p = scenario.profiles().get(ordering[j]);
            seatedProfiles.add(p);
            names.add(p.name());
            reservation[j] = p.reservationValue();
            for (int i = 0; i < k; i++) {
                if (sorted[i] == ordering[j]) {
                    position[j] = i;
                }
            }
        }
        this.profiles = List.copyOf(seatedProfiles);
        this.profileNames = List.copyOf(names);
        List<ParetoFrontier.Point> points = new ArrayList<>();
        for (ParetoFrontier.Point p : subsetFrontier.points()) {
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                v[j] = p.utility(position[j]);
            }
            points.add(new ParetoFrontier.Point(v, p.outcome(), p.count()));
        }
        this.frontier = new ParetoFrontier(points, subsetFrontier.paretoOutcomes());
        this.nash = new NashSolution().solve(frontier, reservation).map(ParetoFrontier.Point::utilities).orElse(null);
    }

    /** The sample of outcomes with every seat's true utilities, for opponent models; built on first use. */
    TrueUtilities truth() {
        TrueUtilities t = truth;
        if (t == null) {
            synchronized (this) {
                if (truth == null) {
                    truth = new TrueUtilities(profiles);
                }
                t = truth;
            }
        }
        return t;
    }

    /**
     * The record of a finished session seated this way, with its measures: behaviour from its trace (empty when it
     * kept none) and the opponent models {@code models}.
     */
    SessionRecord record(PlannedSession ps, List<String> agentNames, Deadline deadline, SessionResult r,
            List<ModelTrack> models) {
        double[] u = r.utilities();
        double welfare = 0;
        for (double x : u) {
            welfare += x;
        }
        double distPareto = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            distPareto = Math.min(distPareto, distance(u, p));
        }
        double distNash = nash == null ? Double.NaN : distance(u, nash);
        GeniusCsv.Analysis genius = GeniusCsv.analyse(r, profiles, frontier);
        String errorAgent = r.errorParty() >= 0 ? agentNames.get(r.errorParty()) : null;
        return new SessionRecord(ps.id(), scenario.name(), ps.repetition(), ps.seed(), agentNames, profileNames,
                deadline.toString(), r.endedBy().name().toLowerCase(Locale.ROOT), agreement(r.agreement()), r.round(),
                r.time(), r.actions(), u, r.discountedUtilities(), welfare, distPareto, distNash, genius, r.error(),
                errorAgent, r.nanos() / 1e9, new SessionMeasures(BehaviourAnalysis.of(r.trace(), profiles, frontier),
                        models));
    }

    /**
     * The record of a session whose analysis failed (parley's own fault, {@code r} an internal error): the result's
     * values without the distances, which are NaN.
     */
    SessionRecord unanalysed(PlannedSession ps, List<String> agentNames, Deadline deadline, SessionResult r) {
        double[] u = r.utilities();
        double welfare = 0;
        for (double x : u) {
            welfare += x;
        }
        boolean discounted = false;
        for (Profile p : profiles) {
            discounted |= p.isDiscounted();
        }
        return new SessionRecord(ps.id(), scenario.name(), ps.repetition(), ps.seed(), agentNames, profileNames,
                deadline.toString(), r.endedBy().name().toLowerCase(Locale.ROOT), null, r.round(), r.time(),
                r.actions(), u, r.discountedUtilities(), welfare, Double.NaN, Double.NaN,
                new GeniusCsv.Analysis(Double.NaN, Double.NaN, 0, discounted), r.error(), null, r.nanos() / 1e9);
    }

    /** What a session that never ran records: reservation values, an error naming the agent at {@code party}. */
    SessionResult failed(String error, int party, List<String> agentNames) {
        return new SessionResult(null, SessionResult.End.ERROR, 1, 0.0, 0, reservation.clone(), reservation.clone(),
                error, party, List.of(), agentNames, 0);
    }

    private Map<String, String> agreement(int[] outcome) {
        if (outcome == null) {
            return null;
        }
        Domain d = scenario.domain();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < outcome.length; i++) {
            m.put(d.issue(i).name(), d.issue(i).label(outcome[i]));
        }
        return m;
    }

    private static double distance(double[] a, ParetoFrontier.Point b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b.utility(j);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}
