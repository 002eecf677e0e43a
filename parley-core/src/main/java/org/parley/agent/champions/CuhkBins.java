package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.List;
import org.parley.protocol.AgentSettings;

/**
 * CUHKAgent's utility bins for spaces under 20,000 outcomes: M = (int)(Umax/0.01) bins, bin i covering the closed
 * interval [i·0.01, (i+1)·0.01]; the first maximiser ω_max goes into bin M − 1 first, then every outcome in GENIUS's
 * enumeration order into the first (lowest) bin whose interval contains its utility (outcomes above M·0.01 fall in
 * none, so ω_max usually appears twice). Built once per profile and run and shared; bins hold positions of
 * {@link GeniusOutcomes}.
 */
final class CuhkBins {

    final int maxPosition;
    final double maxUtility;
    final int count;
    private final int[][] bins;

    private CuhkBins(GeniusOutcomes all) {
        int best = 0;
        double bestU = 0;
        for (int k = 0; k < all.size(); k++) {
            if (all.utility(k) > bestU) {
                bestU = all.utility(k);
                best = k;
            }
        }
        maxPosition = best;
        maxUtility = all.utility(best);
        count = binCount(maxUtility);
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        lists.get(count - 1).add(best);
        for (int k = 0; k < all.size(); k++) {
            int bin = binOf(all.utility(k), count);
            if (bin >= 0) {
                lists.get(bin).add(k);
            }
        }
        bins = new int[count][];
        for (int i = 0; i < count; i++) {
            bins[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The bins of the agent's profile, shared by the run ({@link AgentSettings#context()}). */
    static CuhkBins of(AgentSettings settings) {
        GeniusOutcomes all = GeniusOutcomes.of(settings);
        return settings.context().shared(settings.profile(), CuhkBins.class, p -> new CuhkBins(all),
                CuhkBins::bytes);
    }

    /** Estimated memory held, in bytes. */
    long bytes() {
        long b = 64;
        for (int[] bin : bins) {
            b += 16 + 4L * bin.length;
        }
        return b;
    }

    /** M = (int)(Umax/0.01), at least 1. */
    static int binCount(double maxUtility) {
        return Math.max(1, (int) (maxUtility / 0.01));
    }

    /** The first bin i &lt; count with i·0.01 ≤ u ≤ (i+1)·0.01, or -1. */
    static int binOf(double u, int count) {
        if (!(u >= 0)) {
            return -1;
        }
        for (int i = Math.max(0, (int) (u / 0.01) - 2); i < count; i++) {
            if (i * 0.01 <= u && u <= (i + 1) * 0.01) {
                return i;
            }
            if (i * 0.01 > u) {
                return -1;
            }
        }
        return -1;
    }

    int[] bin(int i) {
        return bins[i];
    }
}
