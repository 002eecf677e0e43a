package org.parley.tournament;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-agent statistics of a tournament, built from its records one at a time (records are not kept; only the
 * per-agent values of each metric, for box plots).
 *
 * <p>Each seat an agent takes in a session is one observation for it ({@code n}); a self-play session gives the
 * agent two. Session-level metrics (welfare, distances) count for every agent seated in the session. Wins, ties
 * and losses are decided by discounted utility in sessions with an agreement: the seat with the strictly highest
 * discounted utility wins and every other seat loses; seats sharing the highest get a tie (the rest lose).
 * Sessions without agreement (including errors) give no win, tie or loss. {@code errors} counts the sessions an
 * agent was blamed for.
 */
public final class TournamentSummary {

    /** The summarised metrics, with the names used in files. */
    public enum Metric {
        UTILITY("utility", "utility"),
        DISCOUNTED_UTILITY("discounted-utility", "discounted utility"),
        AGREEMENT("agreement", "agreement rate"),
        WELFARE("welfare", "welfare (sum of utilities)"),
        DIST_PARETO("dist-pareto", "distance to Pareto"),
        DIST_NASH("dist-nash", "distance to Nash");

        private final String key;
        private final String label;

        Metric(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The metric's name in files, e.g. {@code discounted-utility}. */
        public String key() {
            return key;
        }

        /** A human label. */
        public String label() {
            return label;
        }
    }

    /** One agent's row of the summary. */
    public record AgentRow(String agent, int n, Map<Metric, Stat> stats, int wins, int ties, int losses,
            int errors) {

        public AgentRow {
            stats = Map.copyOf(stats);
        }

        public Stat stat(Metric m) {
            return stats.get(m);
        }
    }

    private final Map<String, Values> byAgent = new LinkedHashMap<>();
    private int sessions;
    private int agreements;
    private int errors;

    /** Adds one session. */
    public void add(SessionRecord r) {
        sessions++;
        agreements += r.hasAgreement() ? 1 : 0;
        errors += r.error() != null ? 1 : 0;
        int k = r.parties();
        double best = Double.NEGATIVE_INFINITY;
        int atBest = 0;
        for (int j = 0; j < k; j++) {
            double du = r.discountedUtility(j);
            if (du > best) {
                best = du;
                atBest = 1;
            } else if (du == best) {
                atBest++;
            }
        }
        for (int j = 0; j < k; j++) {
            Values v = byAgent.computeIfAbsent(r.agents().get(j), a -> new Values());
            v.add(Metric.UTILITY, r.utility(j));
            v.add(Metric.DISCOUNTED_UTILITY, r.discountedUtility(j));
            v.add(Metric.AGREEMENT, r.hasAgreement() ? 1 : 0);
            v.add(Metric.WELFARE, r.welfare());
            v.add(Metric.DIST_PARETO, r.distPareto());
            v.add(Metric.DIST_NASH, r.distNash());
            if (r.hasAgreement()) {
                boolean top = r.discountedUtility(j) == best;
                v.wins += top && atBest == 1 ? 1 : 0;
                v.ties += top && atBest > 1 ? 1 : 0;
                v.losses += top ? 0 : 1;
            }
        }
        if (r.errorAgent() != null) {
            byAgent.computeIfAbsent(r.errorAgent(), a -> new Values()).errors++;
        }
    }

    public int sessions() {
        return sessions;
    }

    public int agreements() {
        return agreements;
    }

    public int errors() {
        return errors;
    }

    /** The agents' rows, best mean discounted utility first (ties by name). */
    public List<AgentRow> rows() {
        List<AgentRow> rows = new ArrayList<>();
        for (Map.Entry<String, Values> e : byAgent.entrySet()) {
            Values v = e.getValue();
            Map<Metric, Stat> stats = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                stats.put(m, v.stat(m));
            }
            rows.add(new AgentRow(e.getKey(), v.seats(), stats, v.wins, v.ties, v.losses, v.errors));
        }
        rows.sort(Comparator.comparingDouble((AgentRow r) -> {
            double mean = r.stat(Metric.DISCOUNTED_UTILITY).mean();
            return Double.isNaN(mean) ? Double.POSITIVE_INFINITY : -mean;
        }).thenComparing(AgentRow::agent));
        return rows;
    }

    /** Every value of {@code metric} observed for {@code agent} (NaN distances left out), in record order. */
    public double[] values(String agent, Metric metric) {
        Values v = byAgent.get(agent);
        return v == null ? new double[0] : Arrays.copyOf(v.data.get(metric), v.size.get(metric));
    }

    /** Growable per-metric value arrays of one agent. */
    private static final class Values {
        final Map<Metric, double[]> data = new EnumMap<>(Metric.class);
        final Map<Metric, Integer> size = new EnumMap<>(Metric.class);
        int wins;
        int ties;
        int losses;
        int errors;

        Values() {
            for (Metric m : Metric.values()) {
                data.put(m, new double[16]);
                size.put(m, 0);
            }
        }

        void add(Metric m, double x) {
            if (Double.isNaN(x)) {
                return;
            }
            double[] a = data.get(m);
            int n = size.get(m);
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
                data.put(m, a);
            }
            a[n] = x;
            size.put(m, n + 1);
        }

        int seats() {
            return size.get(Metric.UTILITY);
        }

        Stat stat(Metric m) {
            return Stat.of(data.get(m), size.get(m));
        }
    }
}
