package org.parley.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;
import org.parley.util.Tolerance;

/**
 * The behaviour measures of a session from its trace, per party and for the session as a whole:
 * <ul>
 *   <li>the {@link MoveKind} of every move (a party's offer compared with its own previous offer) and each kind's
 *       share of the moves; the session's shares are over all parties' moves;</li>
 *   <li>the {@link ConcessionRate} (per party);</li>
 *   <li>the average concession: the mean of {@code u(previous) − u(next)} in the party's own utility over its moves
 *       that lower its own utility (concessions and unfortunate moves), i.e. the size of its typical step down;
 *       the session's is over all parties' such moves;</li>
 *   <li>the distance of offers to the frontier: the mean, over the offers, of the Euclidean distance from the
 *       offer's vector of every party's undiscounted utility to the nearest point of the exact Pareto frontier.</li>
 * </ul>
 * Only offers count: accepts and walking away are not moves. O(offers · frontier points) time.
 */
public final class BehaviourAnalysis {

    /**
     * Per party and session behaviour.
     *
     * @param parties one per party, in party order
     * @param session all parties together
     */
    public record Result(List<Behaviour> parties, Behaviour session) {

        public Result {
            parties = List.copyOf(parties);
        }
    }

    private BehaviourAnalysis() {
    }

    /**
     * The behaviour in {@code trace} of the parties with {@code profiles} (party order), against {@code frontier}
     * (their exact Pareto frontier in party order, or null when unknown: distances and concession rates are then
     * NaN).
     */
    public static Result of(List<ActionRecord> trace, List<Profile> profiles, ParetoFrontier frontier) {
        int m = profiles.size();
        List<List<double[]>> offers = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            offers.add(new ArrayList<>());
        }
        for (ActionRecord r : trace) {
            if (r.action() instanceof Offer o) {
                int[] outcome = o.outcome();
                double[] u = new double[m];
                for (int q = 0; q < m; q++) {
                    u[q] = profiles.get(q).utility(outcome);
                }
                offers.get(o.party()).add(u);
            }
        }
        List<Behaviour> parties = new ArrayList<>();
        Tally all = new Tally();
        for (int p = 0; p < m; p++) {
            Tally t = new Tally();
            List<double[]> mine = offers.get(p);
            double minDemanded = Double.NaN;
            for (int k = 0; k < mine.size(); k++) {
                double[] u = mine.get(k);
                minDemanded = k == 0 ? u[p] : Math.min(minDemanded, u[p]);
                double d = frontier == null ? Double.NaN : distance(frontier, u);
                t.offer(d);
                all.offer(d);
                if (k > 0) {
                    double[] before = mine.get(k - 1);
                    double dSelf = u[p] - before[p];
                    double dOther = ConcessionRate.others(u, p) - ConcessionRate.others(before, p);
                    MoveKind kind = MoveKind.of(dSelf, dOther);
                    t.move(kind, dSelf);
                    all.move(kind, dSelf);
                }
            }
            double cr = frontier == null || mine.isEmpty() ? Double.NaN
                    : ConcessionRate.of(frontier, p, minDemanded);
            parties.add(t.behaviour(cr));
        }
        return new Result(parties, all.behaviour(Double.NaN));
    }

    /** Euclidean distance from {@code u} to the nearest frontier point. */
    static double distance(ParetoFrontier frontier, double[] u) {
        double best = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            double[] v = p.utilities();
            double s = 0;
            for (int j = 0; j < u.length; j++) {
                s += (u[j] - v[j]) * (u[j] - v[j]);
            }
            best = Math.min(best, s);
        }
        return Math.sqrt(best);
    }

    /** Running counts of one party's (or everyone's) offers and moves. */
    private static final class Tally {
        int offers;
        int moves;
        final int[] kinds = new int[MoveKind.values().length];
        double distanceSum;
        int distances;
        double down;
        int downs;

        void offer(double distance) {
            offers++;
            if (!Double.isNaN(distance)) {
                distanceSum += distance;
                distances++;
            }
        }

        void move(MoveKind kind, double dSelf) {
            moves++;
            kinds[kind.ordinal()]++;
            if (Tolerance.compare(dSelf, 0) < 0) {
                down -= dSelf;
                downs++;
            }
        }

        Behaviour behaviour(double concessionRate) {
            Map<MoveKind, Double> shares = new EnumMap<>(MoveKind.class);
            if (moves > 0) {
                for (MoveKind k : MoveKind.values()) {
                    shares.put(k, (double) kinds[k.ordinal()] / moves);
                }
            }
            return new Behaviour(offers, moves, shares, concessionRate, downs == 0 ? Double.NaN : down / downs,
                    distances == 0 ? Double.NaN : distanceSum / distances);
        }
    }
}
