package org.parley.tournament;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.stats.BootstrapRanking;
import org.parley.stats.HolmCorrection;
import org.parley.stats.WilcoxonSignedRank;

/**
 * Significance of the differences between a tournament's agents, on discounted utility (the ranking metric):
 * <ul>
 *   <li><b>Pairwise comparisons over matched sessions.</b> An agent's observation is its discounted utility in one
 *       seat of one session; its <em>condition</em> is everything but the agent itself: scenario, repetition, seat,
 *       the profiles of every seat and the agents in the other seats. Two agents are compared on the conditions
 *       both were observed in (so each faced the same opponents with the same profiles in the same role; sessions
 *       between the two themselves never match). The test is {@link WilcoxonSignedRank} on those pairs, the effect
 *       size its rank-biserial correlation, with the mean difference; p-values are corrected over all pairs with
 *       {@link HolmCorrection}. A comparison is significant when its corrected p is at most {@link #ALPHA}.</li>
 *   <li><b>Ranking with confidence intervals.</b> {@link BootstrapRanking} of every agent's observations, with
 *       {@link #REPLICATES} replicates and the seed {@link #SEED}, agents in name order: same results, same
 *       intervals, whatever the order the records were added in.</li>
 * </ul>
 * Built one record at a time; sessions parley itself failed are left out. Memory: one number per seat of every
 * session (the matching needs them all).
 */
public final class TournamentStatistics {

    /** Family-wise significance level. */
    public static final double ALPHA = 0.05;
    /** Bootstrap replicates. */
    public static final int REPLICATES = 1000;
    /** Bootstrap seed. */
    public static final long SEED = 14;

    /**
     * One pair of agents compared on their matched conditions.
     *
     * @param agentA         the better-ranked agent of the two
     * @param agentB         the other
     * @param pairs          matched conditions
     * @param meanDifference mean of {@code u_A − u_B} over the pairs (NaN without pairs)
     * @param test           the Wilcoxon signed-rank test of {@code u_A − u_B}
     * @param pHolm          the Holm-corrected p-value (NaN when the test has none)
     */
    public record Comparison(String agentA, String agentB, int pairs, double meanDifference,
            WilcoxonSignedRank.Result test, double pHolm) {

        /** True when the corrected p-value is at most {@link #ALPHA}. */
        public boolean significant() {
            return pHolm <= ALPHA;
        }
    }

    /**
     * One agent's place in the ranking.
     *
     * @param agent the agent
     * @param n     its observations
     * @param place mean, rank and their 95% bootstrap intervals
     */
    public record Ranked(String agent, int n, BootstrapRanking.Place place) {
    }

    private final Map<String, Map<String, Double>> byAgent = new LinkedHashMap<>();

    /** Adds one session's observations. */
    public void add(SessionRecord r) {
        if (r.isInternalError()) {
            return;
        }
        for (int j = 0; j < r.parties(); j++) {
            double u = r.discountedUtility(j);
            if (Double.isFinite(u)) {
                byAgent.computeIfAbsent(r.agents().get(j), a -> new HashMap<>()).put(condition(r, j), u);
            }
        }
    }

    /** Everything but the agent in {@code seat}. */
    static String condition(SessionRecord r, int seat) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario()).append('\u0000').append(r.repetition()).append('\u0000').append(seat);
        for (int j = 0; j < r.parties(); j++) {
            sb.append('\u0000').append(r.profiles().get(j)).append('\u0000').append(j == seat ? "" : r.agents()
                    .get(j));
        }
        return sb.toString();
    }

    /** The ranking, best first (ties by name): mean discounted utility with bootstrap intervals. */
    public List<Ranked> ranking() {
        List<String> agents = new ArrayList<>(byAgent.keySet());
        // the bootstrap draws for the groups in the order given: by name, not by first appearance in the results
        // (which the threads' schedule, shards and resumes change), so the same results give the same intervals
        Collections.sort(agents);
        List<double[]> groups = new ArrayList<>();
        for (String a : agents) {
            groups.add(values(a));
        }
        List<BootstrapRanking.Place> places = BootstrapRanking.rank(groups, REPLICATES, SEED);
        List<Ranked> out = new ArrayList<>();
        for (int k = 0; k < agents.size(); k++) {
            out.add(new Ranked(agents.get(k), groups.get(k).length, places.get(k)));
        }
        out.sort((x, y) -> x.place().rank() != y.place().rank() ? Integer.compare(x.place().rank(), y.place().rank())
                : x.agent().compareTo(y.agent()));
        return out;
    }

    /** Every pair of agents, in ranking order (A ranked above B), with Holm-corrected p-values. */
    public List<Comparison> comparisons() {
        List<Ranked> ranking = ranking();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<double[]> diffs = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            for (int j = i + 1; j < ranking.size(); j++) {
                Map<String, Double> x = byAgent.get(ranking.get(i).agent());
                Map<String, Double> y = byAgent.get(ranking.get(j).agent());
                List<Double> d = new ArrayList<>();
                for (Map.Entry<String, Double> e : x.entrySet()) {
                    Double other = y.get(e.getKey());
                    if (other != null) {
                        d.add(e.getValue() - other);
                    }
                }
                a.add(ranking.get(i).agent());
                b.add(ranking.get(j).agent());
                double[] sorted = d.stream().mapToDouble(Double::doubleValue).toArray();
                java.util.Arrays.sort(sorted); // independent of the order the results were read in
                diffs.add(sorted);
            }
        }
        List<WilcoxonSignedRank.Result> tests = new ArrayList<>();
        double[] p = new double[diffs.size()];
        for (int k = 0; k < diffs.size(); k++) {
            WilcoxonSignedRank.Result t = WilcoxonSignedRank.test(diffs.get(k));
            tests.add(t);
            p[k] = t.pValue();
        }
        double[] holm = HolmCorrection.adjust(p);
        List<Comparison> out = new ArrayList<>();
        for (int k = 0; k < diffs.size(); k++) {
            double[] d = diffs.get(k);
            double mean = d.length == 0 ? Double.NaN : java.util.Arrays.stream(d).sum() / d.length;
            out.add(new Comparison(a.get(k), b.get(k), d.length, mean, tests.get(k), holm[k]));
        }
        return out;
    }

    /** The agent's observations in ascending order, so that the bootstrap does not depend on the file's order. */
    private double[] values(String agent) {
        double[] v = byAgent.get(agent).values().stream().mapToDouble(Double::doubleValue).toArray();
        java.util.Arrays.sort(v);
        return v;
    }
}
