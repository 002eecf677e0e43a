package org.parley.agent.champions;

import java.util.Arrays;
import org.parley.agent.GeniusHashes;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.util.Sorting;

/**
 * GENIUS's sorted outcome space as TheFawkes and Nice Tit for Tat see it: the outcomes of {@link GeniusOutcomes} by
 * utility, best first; outcomes of exactly equal utility ordered by GENIUS's {@code BidDetails} hash (bid, utility
 * and the initial time tag −1, see {@link GeniusHashes}) as signed integers, ascending, and equal hashes by
 * enumeration order ({@code genius-semantics.md} §6). Also the mean utility over all outcomes, summed in this order.
 * Built once per profile and run and shared read-only.
 */
final class GeniusSortedOutcomes {

    private final GeniusOutcomes outcomes;
    /** Positions in {@link #outcomes}, best first. */
    private final int[] order;
    private final double[] utility;
    private final double mean;
    private final int issues;
    private final int[] values;

    private GeniusSortedOutcomes(Profile profile, GeniusOutcomes outcomes) {
        this.outcomes = outcomes;
        int n = outcomes.size();
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = outcomes.utility(k);
        }
        order = Sorting.descending(u);
        GeniusHashes hashes = GeniusHashes.of(profile.domain());
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && Double.compare(u[order[end]], u[order[start]]) == 0) {
                end++;
            }
            if (end - start > 1) {
                Integer[] group = new Integer[end - start];
                int[] key = new int[end - start];
                for (int k = start; k < end; k++) {
                    group[k - start] = k - start;
                    key[k - start] = GeniusHashes.details(hashes.bid(outcomes.outcome(order[k])), u[order[k]], -1.0);
                }
                Arrays.sort(group, (a, b) -> Integer.compare(key[a], key[b]));
                int[] copy = Arrays.copyOfRange(order, start, end);
                for (int k = 0; k < group.length; k++) {
                    order[start + k] = copy[group[k]];
                }
            }
            start = end;
        }
        utility = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            utility[k] = u[order[k]];
            sum += utility[k];
        }
        mean = sum / n;
        issues = profile.domain().issueCount();
        values = new int[n * issues];
        int[] o = new int[issues];
        for (int k = 0; k < n; k++) {
            outcomes.outcomeInto(order[k], o);
            System.arraycopy(o, 0, values, k * issues, issues);
        }
    }

    /** The sorted outcomes of the agent's profile, shared by the run ({@link AgentSettings#context()}). */
    static GeniusSortedOutcomes of(AgentSettings settings) {
        GeniusOutcomes all = GeniusOutcomes.of(settings);
        return settings.context().shared(settings.profile(), GeniusSortedOutcomes.class,
                p -> new GeniusSortedOutcomes(p, all), GeniusSortedOutcomes::bytes);
    }

    /** Sorted outcomes of {@code profile} of their own, shared with no one. */
    static GeniusSortedOutcomes build(Profile profile) {
        return new GeniusSortedOutcomes(profile, GeniusOutcomes.build(profile));
    }

    /** Estimated memory held, in bytes (the outcome list is counted on its own). */
    long bytes() {
        return 12L * order.length + 4L * values.length + 64;
    }

    int size() {
        return order.length;
    }

    /** Utility of the k-th best outcome. */
    double utility(int k) {
        return utility[k];
    }

    /** The k-th best outcome, as a fresh array. */
    int[] outcome(int k) {
        return outcomes.outcome(order[k]);
    }

    /** The position in {@link GeniusOutcomes} (enumeration order) of the k-th best outcome. */
    int position(int k) {
        return order[k];
    }

    /** Number of outcomes with utility ≥ u: they hold positions {@code 0 .. countAtLeast(u) − 1}. */
    int countAtLeast(double u) {
        int lo = 0;
        int hi = utility.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utility[mid] >= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of outcomes with utility &gt; u. */
    int countAbove(double u) {
        int lo = 0;
        int hi = utility.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utility[mid] > u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Writes the k-th best outcome into {@code out}. */
    void outcomeInto(int k, int[] out) {
        outcomes.outcomeInto(order[k], out);
    }

    /**
     * Every outcome's value indices, best outcome first: entries {@code k·issues .. k·issues + issues − 1} hold the
     * k-th best outcome (shared; never modify).
     */
    int[] values() {
        return values;
    }

    /** The mean utility over all listed outcomes. */
    double meanUtility() {
        return mean;
    }
}
