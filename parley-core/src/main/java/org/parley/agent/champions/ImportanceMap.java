package org.parley.agent.champions;

import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.util.Sorting;

/**
 * AgentGG's importance map learnt from a ranking of all outcomes ({@link GeniusOutcomes}: every outcome, or the
 * sample standing for a large space) sorted by ascending utility, ties in enumeration order; position j = 1..n.
 *
 * <ul>
 *   <li>Per issue and value, the mean position m(i, v) of the ranked outcomes holding v (0 if none); importance
 *       I(i, v) = m(i, v) − μ with μ the smallest mean over all issues and values.</li>
 *   <li>I(b) = Σ_i I(i, b_i); the max bid takes each issue's most important value (the first in value order on ties),
 *       the min bid its least important (the last among the values sorted by importance, ties in value order).</li>
 *   <li>The median importance, one position low as in the original: with a = ⌊(n − 1)/2⌋, I(b_a) for odd n, the mean
 *       of I(b_a) and I(b_{a+1}) for even n (a missing b_0 counts 0).</li>
 * </ul>
 * With {@code wrap} the position sums are 32-bit integers that wrap around above 2^31 − 1, as in the original
 * (spaces of about 10^5 outcomes or more); otherwise they are exact. Also holds every listed outcome's importance
 * and their order by importance, for window queries. Built once per profile and run and shared.
 */
class ImportanceMap {

    /** The map with 32-bit position sums (its own kind in the run context). */
    static final class Wrapped extends ImportanceMap {
        Wrapped(Profile profile, GeniusOutcomes outcomes) {
            super(profile, outcomes, true);
        }
    }

    final GeniusOutcomes outcomes;
    final double[][] importance;
    final int[] maxBid;
    final int[] minBid;
    final double max;
    final double min;
    final double median;
    /** Importance of every listed outcome. */
    final double[] ofOutcome;
    /** Listed outcomes by importance, ascending. */
    final int[] byImportance;
    /** ofOutcome in the order of byImportance. */
    final double[] sortedImportance;

    ImportanceMap(Profile profile, GeniusOutcomes outcomes, boolean wrap) {
        this.outcomes = outcomes;
        int n = outcomes.size();
        int issues = profile.domain().issueCount();
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = outcomes.utility(k);
        }
        int[] ranking = Sorting.ascending(u);
        long[][] sums = new long[issues][];
        int[][] counts = new int[issues][];
        for (int i = 0; i < issues; i++) {
            sums[i] = new long[profile.domain().issue(i).size()];
            counts[i] = new int[sums[i].length];
        }
        int[] o = new int[issues];
        for (int j = 0; j < n; j++) {
            outcomes.outcomeInto(ranking[j], o);
            for (int i = 0; i < issues; i++) {
                sums[i][o[i]] += j + 1;
                counts[i][o[i]]++;
            }
        }
        importance = new double[issues][];
        double mu = Double.POSITIVE_INFINITY;
        for (int i = 0; i < issues; i++) {
            importance[i] = new double[sums[i].length];
            for (int v = 0; v < sums[i].length; v++) {
                long s = wrap ? (int) sums[i][v] : sums[i][v];
                importance[i][v] = counts[i][v] == 0 ? 0 : (double) s / counts[i][v];
                mu = Math.min(mu, importance[i][v]);
            }
        }
        maxBid = new int[issues];
        minBid = new int[issues];
        for (int i = 0; i < issues; i++) {
            for (int v = 0; v < importance[i].length; v++) {
                importance[i][v] = importance[i][v] - mu;
            }
            int best = 0;
            int worst = 0;
            for (int v = 1; v < importance[i].length; v++) {
                if (importance[i][v] > importance[i][best]) {
                    best = v;
                }
                if (importance[i][v] <= importance[i][worst]) {
                    worst = v;
                }
            }
            maxBid[i] = best;
            minBid[i] = worst;
        }
        max = of(maxBid);
        min = of(minBid);
        int a = (n - 1) / 2;
        int[] b = new int[issues];
        if (n % 2 == 1) {
            if (a >= 1) {
                outcomes.outcomeInto(ranking[a - 1], b);
                median = of(b);
            } else {
                median = 0;
            }
        } else {
            double first = 0;
            if (a >= 1) {
                outcomes.outcomeInto(ranking[a - 1], b);
                first = of(b);
            }
            outcomes.outcomeInto(ranking[a], b);
            median = (first + of(b)) / 2;
        }
        ofOutcome = new double[n];
        for (int k = 0; k < n; k++) {
            outcomes.outcomeInto(k, o);
            ofOutcome[k] = of(o);
        }
        byImportance = Sorting.ascending(ofOutcome);
        sortedImportance = new double[n];
        for (int k = 0; k < n; k++) {
            sortedImportance[k] = ofOutcome[byImportance[k]];
        }
    }

    /** The map of the agent's profile, shared by the run ({@link AgentSettings#context()}). */
    static ImportanceMap of(AgentSettings settings, boolean wrap) {
        GeniusOutcomes all = GeniusOutcomes.of(settings);
        if (wrap) {
            return settings.context().shared(settings.profile(), Wrapped.class, p -> new Wrapped(p, all),
                    ImportanceMap::bytes);
        }
        return settings.context().shared(settings.profile(), ImportanceMap.class,
                p -> new ImportanceMap(p, all, false), ImportanceMap::bytes);
    }

    /** A map of {@code profile} of its own, shared with no one. */
    static ImportanceMap build(Profile profile, boolean wrap) {
        return new ImportanceMap(profile, GeniusOutcomes.build(profile), wrap);
    }

    /** Estimated memory held, in bytes. */
    long bytes() {
        return 20L * ofOutcome.length + 64;
    }

    /** I(b) = Σ_i I(i, b_i), in issue order. */
    double of(int[] bid) {
        double s = 0;
        for (int i = 0; i < bid.length; i++) {
            s += importance[i][bid[i]];
        }
        return s;
    }

    /** The first position in {@link #byImportance} whose importance is ≥ x. */
    int firstAtLeast(double x) {
        int lo = 0;
        int hi = sortedImportance.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedImportance[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position in {@link #byImportance} whose importance is &gt; x. */
    int firstAbove(double x) {
        int lo = 0;
        int hi = sortedImportance.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedImportance[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
