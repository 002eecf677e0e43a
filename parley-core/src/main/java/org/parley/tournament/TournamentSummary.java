package org.parley.tournament;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.measures.Behaviour;
import org.parley.measures.ModelTrack;
import org.parley.measures.MoveKind;

/**
 * Per-agent statistics of a tournament, built from its records one at a time (records are not kept; only a
 * bounded sample of each metric per agent, for box plots).
 *
 * <p>Means and intervals are exact (running sums); memory is bounded by the agents, not by the sessions.
 *
 * <p>Each seat an agent takes in a session is one observation for it ({@code n}); a self-play session gives the
 * agent two. Session-level metrics (welfare, distances) count for every agent seated in the session. Wins, ties
 * and losses are decided by discounted utility in sessions with an agreement: the seat with the strictly highest
 * discounted utility wins and every other seat loses; seats sharing the highest get a tie (the rest lose).
 * Sessions without agreement (including errors) give no win, tie or loss. {@code errors} counts the sessions an
 * agent was blamed for. A session that parley itself failed ({@link SessionRecord#isInternalError()}) says nothing
 * about its agents: it is counted in {@link #internalErrors()} only.
 *
 * <p>Summaries of disjoint parts of a tournament {@linkplain #merge merge} into the summary of the whole: counts,
 * wins, ties, losses and errors add up exactly, the box-plot samples are exactly those of the whole (they do not
 * depend on the order or the split of the records), and means and intervals agree with those of the whole up to
 * rounding (pairwise update of the running moments). So parts can be summarised apart (per results folder, per
 * cluster partition) and reduced: {@code merge} is associative and commutative up to that rounding, and an empty
 * summary ({@code new TournamentSummary()}) is its identity. A summary is not thread-safe: give each thread its own
 * and merge them. It is {@link Serializable} (Java serialization) so that a distributed job can ship partial
 * summaries to the place that reduces them; its size depends on the agents and the sample size, not the sessions.
 *
 * <p>The behaviour metrics ({@link Metric#BEHAVIOUR}) come from the sessions' measures: per seat its concession
 * rate, average concession, distance of offers to Pareto and the share of each move kind (undefined values, e.g.
 * shares without moves, are left out), and one observation per opponent its model kept, at the session's end.
 */
public final class TournamentSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The summarised metrics, with the names used in files. */
    public enum Metric {
        UTILITY("utility", "utility"),
        DISCOUNTED_UTILITY("discounted-utility", "discounted utility"),
        AGREEMENT("agreement", "agreement rate"),
        WELFARE("welfare", "welfare (sum of utilities)"),
        DIST_PARETO("dist-pareto", "distance to Pareto"),
        DIST_NASH("dist-nash", "distance to Nash"),
        CONCESSION_RATE("concession-rate", "concession rate"),
        AVERAGE_CONCESSION("average-concession", "average concession"),
        OFFER_DIST_PARETO("offer-dist-pareto", "distance of offers to Pareto"),
        FORTUNATE("fortunate", "fortunate moves"),
        SELFISH("selfish", "selfish moves"),
        CONCESSION("concession", "concession moves"),
        SILENT("silent", "silent moves"),
        NICE("nice", "nice moves"),
        UNFORTUNATE("unfortunate", "unfortunate moves"),
        MODEL_PEARSON("model-pearson", "opponent model: Pearson"),
        MODEL_KENDALL("model-kendall", "opponent model: Kendall"),
        MODEL_MAE("model-mae", "opponent model: mean absolute error");

        /** The outcome metrics (the summary's main table). */
        public static final List<Metric> OUTCOME = List.of(UTILITY, DISCOUNTED_UTILITY, AGREEMENT, WELFARE,
                DIST_PARETO, DIST_NASH);
        /** The behaviour and opponent-model metrics, from the sessions' measures. */
        public static final List<Metric> BEHAVIOUR = List.of(CONCESSION_RATE, AVERAGE_CONCESSION, OFFER_DIST_PARETO,
                FORTUNATE, SELFISH, CONCESSION, SILENT, NICE, UNFORTUNATE, MODEL_PEARSON, MODEL_KENDALL, MODEL_MAE);

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

    /** Values kept per agent and metric for box plots, by default. */
    public static final int DEFAULT_SAMPLE = 10_000;

    private final Map<String, Values> byAgent = new LinkedHashMap<>();
    private final int sample;
    private int sessions;
    private int agreements;
    private int errors;
    private int internalErrors;

    /** A summary keeping up to {@link #DEFAULT_SAMPLE} values per agent and metric for box plots. */
    public TournamentSummary() {
        this(DEFAULT_SAMPLE);
    }

    /** A summary keeping up to {@code sample} values per agent and metric for box plots. */
    public TournamentSummary(int sample) {
        if (sample < 1) {
            throw new IllegalArgumentException("the sample size must be positive, got " + sample);
        }
        this.sample = sample;
    }

    /** The summary of every record in {@code results}, read once in the order recorded. */
    public static TournamentSummary of(ResultRepository results) {
        TournamentSummary s = new TournamentSummary();
        try (Stream<SessionRecord> records = results.records()) {
            records.forEach(s::add);
        }
        return s;
    }

    /**
     * The summary of this summary's sessions and {@code other}'s together, as if every record of both had been
     * {@linkplain #add added} to one summary (the parts must be disjoint: a session counted in both counts twice).
     * Neither operand changes. Agents appear in this summary's order, then those only {@code other} has; {@link #rows}
     * sorts them, so the rows do not depend on that order.
     *
     * @param other the summary of a part disjoint from this one's, keeping samples of the same size
     * @return a new summary of both parts
     * @throws IllegalArgumentException when the two keep samples of different sizes
     */
    public TournamentSummary merge(TournamentSummary other) {
        if (other.sample != sample) {
            throw new IllegalArgumentException("cannot merge a summary keeping " + sample + " values per metric with "
                    + "one keeping " + other.sample);
        }
        TournamentSummary m = new TournamentSummary(sample);
        m.sessions = sessions + other.sessions;
        m.agreements = agreements + other.agreements;
        m.errors = errors + other.errors;
        m.internalErrors = internalErrors + other.internalErrors;
        byAgent.forEach((agent, v) -> m.byAgent.put(agent, v.copy()));
        other.byAgent.forEach((agent, v) -> {
            Values mine = m.byAgent.get(agent);
            if (mine == null) {
                m.byAgent.put(agent, v.copy());
            } else {
                mine.merge(v);
            }
        });
        return m;
    }

    /** Values kept per agent and metric for box plots. */
    public int sampleSize() {
        return sample;
    }

    /** Adds one session. */
    public void add(SessionRecord r) {
        sessions++;
        if (r.isInternalError()) {
            internalErrors++;
            return;
        }
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
            Values v = byAgent.computeIfAbsent(r.agents().get(j), a -> new Values(sample));
            long key = TournamentPlan.mix64(((long) r.id() << 8) + j);
            v.add(Metric.UTILITY, key, r.utility(j));
            v.add(Metric.DISCOUNTED_UTILITY, key, r.discountedUtility(j));
            v.add(Metric.AGREEMENT, key, r.hasAgreement() ? 1 : 0);
            v.add(Metric.WELFARE, key, r.welfare());
            v.add(Metric.DIST_PARETO, key, r.distPareto());
            v.add(Metric.DIST_NASH, key, r.distNash());
            if (r.measures() != null) {
                addMeasures(v, key, r, j);
            }
            if (r.hasAgreement()) {
                boolean top = r.discountedUtility(j) == best;
                v.wins += top && atBest == 1 ? 1 : 0;
                v.ties += top && atBest > 1 ? 1 : 0;
                v.losses += top ? 0 : 1;
            }
        }
        if (r.errorAgent() != null) {
            byAgent.computeIfAbsent(r.errorAgent(), a -> new Values(sample)).errors++;
        }
    }

    /** One seat's behaviour and its models' accuracy at the end (one observation per modelled opponent). */
    private static void addMeasures(Values v, long key, SessionRecord r, int seat) {
        Behaviour b = r.measures().behaviour().parties().get(seat);
        v.add(Metric.CONCESSION_RATE, key, b.concessionRate());
        v.add(Metric.AVERAGE_CONCESSION, key, b.averageConcession());
        v.add(Metric.OFFER_DIST_PARETO, key, b.offerDistance());
        v.add(Metric.FORTUNATE, key, b.share(MoveKind.FORTUNATE));
        v.add(Metric.SELFISH, key, b.share(MoveKind.SELFISH));
        v.add(Metric.CONCESSION, key, b.share(MoveKind.CONCESSION));
        v.add(Metric.SILENT, key, b.share(MoveKind.SILENT));
        v.add(Metric.NICE, key, b.share(MoveKind.NICE));
        v.add(Metric.UNFORTUNATE, key, b.share(MoveKind.UNFORTUNATE));
        for (ModelTrack t : r.measures().modelsOf(seat)) {
            long k = TournamentPlan.mix64(key + 0x9E3779B97F4A7C15L * (t.opponent() + 1));
            v.add(Metric.MODEL_PEARSON, k, t.last().pearson());
            v.add(Metric.MODEL_KENDALL, k, t.last().kendall());
            v.add(Metric.MODEL_MAE, k, t.last().mae());
        }
    }

    public int sessions() {
        return sessions;
    }

    public int agreements() {
        return agreements;
    }

    /** Sessions an agent's fault ended. */
    public int errors() {
        return errors;
    }

    /** Sessions parley's own fault ended (not counted in {@link #errors()} nor in any agent's row). */
    public int internalErrors() {
        return internalErrors;
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

    /**
     * The values of {@code metric} observed for {@code agent} (NaN distances left out) for box plots: all of them up
     * to the sample size, beyond it a uniform sample of that size chosen by a hash of session id and seat, so the
     * same results give the same sample whatever their order in the file or their split into merged parts. A new
     * array, ordered by that hash.
     */
    public double[] values(String agent, Metric metric) {
        Values v = byAgent.get(agent);
        return v == null ? new double[0] : v.data.get(metric).sample();
    }

    /** The metrics and counters of one agent. */
    private static final class Values implements Serializable {
        private static final long serialVersionUID = 1L;

        final Map<Metric, MetricValues> data = new EnumMap<>(Metric.class);
        int wins;
        int ties;
        int losses;
        int errors;

        Values(int sample) {
            for (Metric m : Metric.values()) {
                data.put(m, new MetricValues(sample));
            }
        }

        private Values() {
        }

        Values copy() {
            Values c = new Values();
            data.forEach((m, v) -> c.data.put(m, v.copy()));
            c.wins = wins;
            c.ties = ties;
            c.losses = losses;
            c.errors = errors;
            return c;
        }

        void merge(Values other) {
            data.forEach((m, v) -> v.merge(other.data.get(m)));
            wins += other.wins;
            ties += other.ties;
            losses += other.losses;
            errors += other.errors;
        }

        void add(Metric m, long key, double x) {
            data.get(m).add(key, x);
        }

        int seats() {
            return data.get(Metric.UTILITY).count();
        }

        Stat stat(Metric m) {
            return data.get(m).stat();
        }
    }
}
