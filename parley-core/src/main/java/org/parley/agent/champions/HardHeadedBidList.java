package org.parley.agent.champions;

import java.math.BigInteger;
import org.parley.domain.Domain;
import org.parley.domain.OutcomeSpace;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.util.Sorting;

/**
 * HardHeaded's "BidList": every outcome under a key slightly below its utility, sorted by key, built exactly as the
 * original builds its sorted map, issue by issue.
 *
 * <p>Start with the outcome b0 whose every issue has its first value, under key U(b0). For each issue j in order:
 * a new map T, d = −1e-8; for each entry of the current map in ascending key order and each value v of issue j in
 * order, the entry's outcome with issue j set to v goes into T under key U(that outcome) + d, replacing any entry
 * with exactly that key; then d = d − 1e-8 (repeated subtraction). The keys are therefore U(ω) + d_ω with
 * d_ω ∈ [−N·1e-8, −1e-8], and their order can differ from the utility order for outcomes closer than N·1e-8.
 *
 * <p>Spaces above {@link GeniusOutcomes#ENUMERATION_LIMIT} outcomes use the sample of {@link GeniusOutcomes}, keyed
 * U + d with d = −1e-8, −2e-8, ... in ascending order of utility (ties in enumeration order). Built once per profile
 * and run and shared read-only.
 */
final class HardHeadedBidList {

    private final int[] radix;
    /** Keys, ascending. */
    private final double[] keys;
    /** Outcomes as parley outcome indices (exact lists) or sample positions, aligned with keys. */
    private final int[] outcomes;
    private final GeniusOutcomes sample;

    private HardHeadedBidList(Profile profile, java.util.function.Supplier<GeniusOutcomes> sampled) {
        Domain d = profile.domain();
        radix = new int[d.issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = d.issue(i).size();
        }
        if (d.outcomeSpace().size().compareTo(BigInteger.valueOf(GeniusOutcomes.ENUMERATION_LIMIT)) <= 0) {
            sample = null;
            long[] built = build(profile, d.outcomeSpace());
            keys = new double[built.length / 2];
            outcomes = new int[built.length / 2];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = Double.longBitsToDouble(built[2 * k]);
                outcomes[k] = (int) built[2 * k + 1];
            }
        } else {
            sample = sampled.get();
            double[] u = new double[sample.size()];
            for (int k = 0; k < u.length; k++) {
                u[k] = sample.utility(k);
            }
            int[] order = Sorting.ascending(u);
            keys = new double[u.length];
            outcomes = new int[u.length];
            double delta = -0.00000001;
            for (int k = 0; k < u.length; k++) {
                keys[k] = u[order[k]] + delta;
                outcomes[k] = order[k];
                delta -= 0.00000001;
            }
        }
    }

    /** The ranking of the agent's profile, shared by the run ({@link AgentSettings#context()}). */
    static HardHeadedBidList of(AgentSettings settings) {
        return settings.context().shared(settings.profile(), HardHeadedBidList.class,
                p -> new HardHeadedBidList(p, () -> GeniusOutcomes.of(settings)), HardHeadedBidList::bytes);
    }

    /** A ranking of {@code profile} of its own, shared with no one. */
    static HardHeadedBidList build(Profile profile) {
        return new HardHeadedBidList(profile, () -> GeniusOutcomes.build(profile));
    }

    /** Estimated memory held, in bytes. */
    long bytes() {
        return 12L * keys.length + 64;
    }

    /** The chain construction; returns (key bits, outcome index) pairs in ascending key order. */
    private long[] build(Profile profile, OutcomeSpace space) {
        int n = radix.length;
        int[] o = new int[n];
        double[] curKeys = {profile.utility(o)};
        int[] curOutcomes = {0};
        for (int j = 0; j < n; j++) {
            int m = radix[j];
            int size = curKeys.length * m;
            double[] nextKeys = new double[size];
            int[] nextOutcomes = new int[size];
            double d = -0.00000001;
            int p = 0;
            long stride = 1;
            for (int i = j + 1; i < n; i++) {
                stride *= radix[i];
            }
            for (int e = 0; e < curKeys.length; e++) {
                int base = curOutcomes[e];
                int baseValue = (int) (base / stride % m);
                int[] b = space.outcome(base);
                for (int v = 0; v < m; v++) {
                    b[j] = v;
                    nextKeys[p] = profile.utility(b) + d;
                    nextOutcomes[p] = (int) (base + (v - baseValue) * stride);
                    p++;
                    d -= 0.00000001;
                }
            }
            // a sorted map: ascending keys, and on an exactly equal key the later put replaces the earlier
            int[] order = Sorting.ascending(nextKeys);
            int kept = 0;
            double[] sortedKeys = new double[size];
            int[] sortedOutcomes = new int[size];
            for (int k = 0; k < size; k++) {
                int q = order[k];
                if (kept > 0 && Double.compare(sortedKeys[kept - 1], nextKeys[q]) == 0) {
                    sortedOutcomes[kept - 1] = nextOutcomes[q];
                } else {
                    sortedKeys[kept] = nextKeys[q];
                    sortedOutcomes[kept] = nextOutcomes[q];
                    kept++;
                }
            }
            curKeys = java.util.Arrays.copyOf(sortedKeys, kept);
            curOutcomes = java.util.Arrays.copyOf(sortedOutcomes, kept);
        }
        long[] out = new long[2 * curKeys.length];
        for (int k = 0; k < curKeys.length; k++) {
            out[2 * k] = Double.doubleToRawLongBits(curKeys[k]);
            out[2 * k + 1] = curOutcomes[k];
        }
        return out;
    }

    int size() {
        return keys.length;
    }

    double key(int k) {
        return keys[k];
    }

    /** The outcome at position k, as a fresh array. */
    int[] outcome(int k) {
        if (sample != null) {
            return sample.outcome(outcomes[k]);
        }
        int[] o = new int[radix.length];
        int rest = outcomes[k];
        for (int i = radix.length - 1; i >= 0; i--) {
            o[i] = rest % radix[i];
            rest /= radix[i];
        }
        return o;
    }

    /** Position of the largest key strictly below {@code key}, or -1. */
    int below(double key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(keys[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Position of the largest key at most {@code key}, or -1. */
    int atOrBelow(double key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(keys[mid], key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
