package org.parley.agent.champions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;

/**
 * Gahboninho's opponent model: issue weights from how much the opponent varies each issue (an issue it keeps fixed
 * matters to it), value scores from how often and how early it offers them.
 *
 * <p>Per discrete issue with n options: counts c_j, an update counter g and the option f* of the first bid seen;
 * importance imp_j = c_j (+ ⌊g/n⌋ for f*); after an update, the distinct importance levels in ascending order, each
 * represented by the highest-index option at that level, get ranks 0, 1, …; avg = Σ rank·imp / T and the variance
 * V = Σ c·((avg − rank)/n)² / T (T = Σ imp). Prediction imp_v / max imp.
 *
 * <p>Per integer or real issue: 21 frequency buckets over the range, the running mean bucket avg and
 * V = Σ_i freq_i·((avg − i)/20)²; a preferred end p fixed by the first value seen; prediction 1 − |x − p| scaled to
 * the range and clamped to [0, 1]. With {@code genius} the original's slips are kept: buckets of width ub/20 (not
 * (ub − lb)/20), the end <em>farther</em> from the first value as p, and the distance in raw units.
 *
 * <p>Weights: with μ the smallest non-zero variance, w_i ∝ 1 for V_i = 0 and (μ/3)/V_i otherwise (normalised,
 * summed from the last issue to the first); all equal when every variance is 0; all 0 before the first update.
 * Estimate: Σ_i w_i·prediction_i. A bid seen before is ignored.
 */
final class GahboninhoModel {

    private final Domain domain;
    private final boolean genius;
    private final int n;
    private final double[] weights;
    private final Set<List<Integer>> seen = new HashSet<>();
    // discrete issues
    private final int[][] counts;
    private final int[] updates;
    private final int[] firstOption;
    private final double[][] importance;
    private final double[] maxImportance;
    // numeric issues
    private final int[][] buckets;
    private final int[] numericCount;
    private final double[] bucketSum;
    private final double[] preferred;
    private final double[] variance;

    GahboninhoModel(Domain domain, boolean genius) {
        this.domain = domain;
        this.genius = genius;
        this.n = domain.issueCount();
        weights = new double[n];
        counts = new int[n][];
        updates = new int[n];
        firstOption = new int[n];
        importance = new double[n][];
        maxImportance = new double[n];
        buckets = new int[n][];
        numericCount = new int[n];
        bucketSum = new double[n];
        preferred = new double[n];
        variance = new double[n];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof DiscreteIssue) {
                counts[i] = new int[issue.size()];
                importance[i] = new double[issue.size()];
                maxImportance[i] = 1;
                firstOption[i] = -1;
            } else {
                buckets[i] = new int[21];
            }
        }
    }

    /** Learns from an opponent bid; a bid seen before changes nothing. */
    void update(int[] bid) {
        List<Integer> key = new java.util.ArrayList<>(n);
        for (int v : bid) {
            key.add(v);
        }
        if (!seen.add(key)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (counts[i] != null) {
                variance[i] = updateDiscrete(i, bid[i]);
            } else {
                variance[i] = updateNumeric(i, bid[i]);
            }
        }
        int zeros = 0;
        double min = Double.MAX_VALUE;
        for (double v : variance) {
            if (v == 0) {
                zeros++;
            } else if (v < min) {
                min = v;
            }
        }
        double total = 0;
        for (double v : variance) {
            total += v / (min * (1.0 / 3));
        }
        total += zeros;
        if (total != zeros) {
            double sum = 0;
            for (int i = n - 1; i >= 0; i--) {
                weights[i] = variance[i] == 0 ? 1 : (min / 3) / variance[i];
                sum += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] = weights[i] / sum;
            }
        } else {
            for (int i = 0; i < n; i++) {
                weights[i] = 1.0 / n;
            }
        }
    }

    private double updateDiscrete(int i, int v) {
        int options = counts[i].length;
        updates[i]++;
        if (firstOption[i] < 0) {
            firstOption[i] = v;
        }
        counts[i][v]++;
        double max = 0;
        double total = 0;
        for (int j = 0; j < options; j++) {
            double imp = counts[i][j] + (j == firstOption[i] ? updates[i] / options : 0);
            importance[i][j] = imp;
            max = Math.max(max, imp);
            total += imp;
        }
        maxImportance[i] = max;
        // distinct levels ascending, each represented by the highest-index option with that level
        java.util.TreeMap<Double, Integer> levels = new java.util.TreeMap<>();
        for (int j = 0; j < options; j++) {
            levels.put(importance[i][j], j);
        }
        double avg = 0;
        int rank = 0;
        for (java.util.Map.Entry<Double, Integer> e : levels.entrySet()) {
            avg += rank * e.getKey();
            rank++;
        }
        avg = avg / total;
        double var = 0;
        rank = 0;
        for (java.util.Map.Entry<Double, Integer> e : levels.entrySet()) {
            double d = (avg - rank) / options;
            var += counts[i][e.getValue()] * (d * d);
            rank++;
        }
        return var / total;
    }

    private double updateNumeric(int i, int index) {
        Issue issue = domain.issue(i);
        double lb = issue.numericValue(0);
        double ub = issue.numericValue(issue.size() - 1);
        double x = issue.numericValue(index);
        numericCount[i]++;
        if (numericCount[i] == 1) {
            boolean nearerLower = (ub - x) >= (x - lb);
            preferred[i] = genius ? (nearerLower ? ub : lb) : (nearerLower ? lb : ub);
        }
        int b = bucket(x, lb, ub);
        buckets[i][b]++;
        bucketSum[i] += b;
        double avg = bucketSum[i] / numericCount[i];
        double var = 0;
        for (int k = 0; k <= 20; k++) {
            double dist = (avg - k) / 20;
            var += (buckets[i][k] * dist) * dist;
        }
        return var;
    }

    private int bucket(double x, double lb, double ub) {
        double width = genius ? ub / 20 : (ub - lb) / 20;
        double raw = width == 0 ? 0 : Math.floor((x - lb) / width);
        if (raw < 0 || raw > 20 || Double.isNaN(raw)) {
            if (genius) {
                throw new IllegalStateException("gahboninho?genius: value " + x + " falls outside the 21 buckets "
                        + "of width ub/20, where the original fails");
            }
            raw = Math.max(0, Math.min(20, Double.isNaN(raw) ? 0 : raw));
        }
        return (int) raw;
    }

    /** The estimated opponent utility of {@code bid}. */
    double predict(int[] bid) {
        double u = 0;
        for (int i = 0; i < n; i++) {
            u += weights[i] * predictIssue(i, bid[i]);
        }
        return u;
    }

    private double predictIssue(int i, int v) {
        if (counts[i] != null) {
            return importance[i][v] / maxImportance[i];
        }
        if (numericCount[i] == 0) {
            return 0;
        }
        Issue issue = domain.issue(i);
        double x = issue.numericValue(v);
        double distance = Math.abs(x - preferred[i]);
        if (!genius) {
            double span = issue.numericValue(issue.size() - 1) - issue.numericValue(0);
            distance = span == 0 ? 0 : distance / span;
        }
        double p = 1 - distance;
        return p < 0 ? 0 : (p > 1 ? 1 : p);
    }

    double weight(int issue) {
        return weights[issue];
    }
}
