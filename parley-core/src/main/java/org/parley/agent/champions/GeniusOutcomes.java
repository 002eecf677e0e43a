package org.parley.agent.champions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;

/**
 * A profile's outcomes in GENIUS's enumeration order (its bid iterator: a mixed-radix counter with the
 * <em>first</em> issue changing fastest, the reverse of parley's outcome index) with their undiscounted utilities:
 * what champions that scan "all bids" iterate over.
 *
 * <p><b>Large spaces.</b> Up to {@link #ENUMERATION_LIMIT} outcomes the list is exact. Larger spaces (the originals
 * ran out of time or memory there) are represented by a fixed sample: {@link #SAMPLE_SIZE} − 1 distinct outcomes
 * drawn uniformly with a fixed seed, plus a best outcome (for additive utilities the per-issue best values; otherwise
 * a coordinate ascent from the best sampled outcome), in enumeration order. Agents then treat the sample as the
 * outcome space. Built once per profile and run and shared read-only, like {@link org.parley.agent.SortedOutcomes}.
 */
final class GeniusOutcomes {

    /** Largest outcome space that is enumerated exactly. */
    static final int ENUMERATION_LIMIT = 1_000_000;
    /** Number of outcomes that stand for a larger space. */
    static final int SAMPLE_SIZE = 100_000;

    private final int[] radix;
    private final BigInteger domainSize;
    private final int[][] sample;
    private final double[] utility;

    private GeniusOutcomes(Profile profile) {
        Domain d = profile.domain();
        radix = new int[d.issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = d.issue(i).size();
        }
        domainSize = d.outcomeSpace().size();
        if (domainSize.compareTo(BigInteger.valueOf(ENUMERATION_LIMIT)) <= 0) {
            sample = null;
            int n = domainSize.intValueExact();
            utility = new double[n];
            int[] o = new int[radix.length];
            for (int k = 0; k < n; k++) {
                utility[k] = profile.utility(o);
                for (int i = 0; i < radix.length; i++) {
                    if (++o[i] < radix[i]) {
                        break;
                    }
                    o[i] = 0;
                }
            }
        } else {
            sample = sample(profile);
            utility = new double[sample.length];
            for (int k = 0; k < sample.length; k++) {
                utility[k] = profile.utility(sample[k]);
            }
        }
    }

    /** The list of the agent's profile, shared by the run ({@link AgentSettings#context()}). */
    static GeniusOutcomes of(AgentSettings settings) {
        return settings.context().shared(settings.profile(), GeniusOutcomes.class, GeniusOutcomes::new,
                GeniusOutcomes::bytes);
    }

    /** A list of {@code profile} of its own, shared with no one (agents use {@link #of(AgentSettings)}). */
    static GeniusOutcomes build(Profile profile) {
        return new GeniusOutcomes(profile);
    }

    /** Estimated memory held, in bytes. */
    long bytes() {
        long b = 8L * utility.length + 64;
        if (sample != null) {
            b += (16L + 4L * radix.length) * sample.length;
        }
        return b;
    }

    private int[][] sample(Profile profile) {
        SplittableRandom random = new SplittableRandom(0x5EEDL);
        Set<List<Integer>> seen = new HashSet<>();
        List<int[]> drawn = new ArrayList<>();
        int[] best = best(profile);
        seen.add(key(best));
        drawn.add(best);
        for (int attempt = 0; drawn.size() < SAMPLE_SIZE && attempt < 10 * SAMPLE_SIZE; attempt++) {
            int[] o = new int[radix.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = random.nextInt(radix[i]);
            }
            if (seen.add(key(o))) {
                drawn.add(o);
            }
        }
        int[][] out = drawn.toArray(new int[0][]);
        Arrays.sort(out, GeniusOutcomes::compareEnumeration);
        return out;
    }

    private static List<Integer> key(int[] o) {
        List<Integer> k = new ArrayList<>(o.length);
        for (int v : o) {
            k.add(v);
        }
        return k;
    }

    /** Order of GENIUS's bid iterator: the last issue is the most significant digit. */
    static int compareEnumeration(int[] a, int[] b) {
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** A best outcome: exact for additive utilities, a coordinate-ascent local optimum otherwise. */
    private int[] best(Profile profile) {
        if (profile.utility() instanceof AdditiveUtility a) {
            return a.bestOutcome();
        }
        SplittableRandom random = new SplittableRandom(0xBE57L);
        int[] best = null;
        double bestU = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 1000; k++) {
            int[] o = new int[radix.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = random.nextInt(radix[i]);
            }
            double u = profile.utility(o);
            if (u > bestU) {
                bestU = u;
                best = o;
            }
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < radix.length; i++) {
                int keep = best[i];
                for (int v = 0; v < radix[i]; v++) {
                    best[i] = v;
                    double u = profile.utility(best);
                    if (u > bestU) {
                        bestU = u;
                        keep = v;
                        improved = true;
                    }
                }
                best[i] = keep;
            }
        }
        return best;
    }

    /** Number of outcomes listed: the whole space, or the sample. */
    int size() {
        return utility.length;
    }

    /** True when every outcome of the space is listed. */
    boolean exact() {
        return sample == null;
    }

    /** The number of outcomes of the whole space (also when only a sample is listed). */
    BigInteger domainSize() {
        return domainSize;
    }

    /** Utility of the k-th listed outcome. */
    double utility(int k) {
        return utility[k];
    }

    /** The k-th listed outcome, as a fresh array. */
    int[] outcome(int k) {
        if (sample != null) {
            return sample[k].clone();
        }
        int[] o = new int[radix.length];
        int rest = k;
        for (int i = 0; i < radix.length; i++) {
            o[i] = rest % radix[i];
            rest /= radix[i];
        }
        return o;
    }

    /** Writes the k-th listed outcome into {@code out}. */
    void outcomeInto(int k, int[] out) {
        if (sample != null) {
            System.arraycopy(sample[k], 0, out, 0, out.length);
            return;
        }
        int rest = k;
        for (int i = 0; i < radix.length; i++) {
            out[i] = rest % radix[i];
            rest /= radix[i];
        }
    }

    /** Position of {@code outcome} in the list, or -1 if it is not listed. */
    int position(int[] outcome) {
        if (sample == null) {
            int k = 0;
            for (int i = radix.length - 1; i >= 0; i--) {
                k = k * radix[i] + outcome[i];
            }
            return k;
        }
        int k = Arrays.binarySearch(sample, outcome, GeniusOutcomes::compareEnumeration);
        return k >= 0 ? k : -1;
    }
}
