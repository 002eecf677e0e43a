package org.parley.agent;

import java.math.BigInteger;
import java.util.Arrays;
import org.parley.domain.OutcomeSpace;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.RunContext;
import org.parley.util.Sorting;

/**
 * A profile's whole outcome space sorted by utility, best first: what time-dependent agents search for "the outcome
 * nearest to my target utility". Outcomes of equal utility come in one of two orders:
 *
 * <ul>
 *   <li>parley's ({@link #of(AgentSettings)}, {@link #sort(Profile)}): by outcome index, ascending;</li>
 *   <li>GENIUS's ({@link #geniusOrder(AgentSettings)}, {@link #sortGenius(Profile)}; {@code genius-semantics.md}
 *       §6, the order of equal-utility outcomes): GENIUS sorts its outcomes with a stable sort by utility,
 *       descending, then by the 32-bit signed hash of the wrapped bid ({@link GeniusHashes#details}: the bid's
 *       hash, its utility and the time tag −1), ascending, keeping the order of its enumeration (a mixed-radix
 *       counter with the <em>first</em> issue changing fastest) among equal hashes. On profiles with ties this
 *       decides which of several outcomes of one utility an agent offers. GENIUS hashes a real value by object
 *       identity, so on real issues its order changes from one JVM to the next; here a real value hashes as
 *       {@link Double#hashCode} of the number, reproducible but not GENIUS's.</li>
 * </ul>
 *
 * <p>Built once per profile, order and run and shared read-only by every session and agent of the run that uses that
 * profile (through the run's {@link RunContext}), so per-session memory does not grow with the outcome count.
 */
public final class SortedOutcomes {

    /** Largest outcome space that is sorted (12 bytes per outcome). */
    public static final long MAX_OUTCOMES = 20_000_000L;

    /** GENIUS's time tag of the outcomes of its sorted outcome space, part of their hash. */
    static final double GENIUS_TIME_TAG = -1.0;

    /** The GENIUS-ordered space of a profile, under its own key in the run context. */
    private record GeniusOrdered(SortedOutcomes sorted) {
    }

    private final int[] radix;
    private final int[] index;
    private final double[] utility;
    private final boolean genius;

    private SortedOutcomes(Profile profile, boolean genius) {
        OutcomeSpace space = profile.domain().outcomeSpace();
        BigInteger size = space.size();
        if (size.compareTo(BigInteger.valueOf(MAX_OUTCOMES)) > 0) {
            throw new IllegalArgumentException("domain '" + profile.domain().name() + "' has " + size
                    + " outcomes; agents that sort the outcome space support at most " + MAX_OUTCOMES);
        }
        int n = size.intValueExact();
        this.genius = genius;
        this.radix = new int[profile.domain().issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = profile.domain().issue(i).size();
        }
        double[] u = new double[n];
        int[] i = {0};
        space.forEach(o -> {
            u[i[0]] = profile.utility(o);
            i[0]++;
        });
        // indices by utility descending, then index ascending
        int[] order = sortByUtilityDescending(u);
        if (genius) {
            orderTiesAsGenius(profile, order, u);
        }
        this.index = new int[n];
        this.utility = new double[n];
        for (int k = 0; k < n; k++) {
            index[k] = order[k];
            utility[k] = u[order[k]];
        }
    }

    /**
     * Reorders every run of equal utility in {@code order} by GENIUS's key: the signed hash of the wrapped bid, then
     * the position in GENIUS's enumeration (both packed in one long: hash in the high half, position in the low).
     */
    private void orderTiesAsGenius(Profile profile, int[] order, double[] u) {
        GeniusHashes hashes = GeniusHashes.of(profile.domain());
        int[] o = new int[radix.length];
        int n = order.length;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && Double.compare(u[order[end]], u[order[start]]) == 0) {
                end++;
            }
            if (end - start > 1) {
                long[] keys = new long[end - start];
                for (int k = start; k < end; k++) {
                    decode(order[k], o);
                    int hash = GeniusHashes.details(hashes.bid(o), u[order[k]], GENIUS_TIME_TAG);
                    keys[k - start] = ((long) hash << 32) | geniusPosition(o);
                }
                Arrays.sort(keys);
                for (int k = start; k < end; k++) {
                    decodeGenius((int) keys[k - start], o);
                    order[k] = encode(o);
                }
            }
            start = end;
        }
    }

    /** The outcome of parley index {@code k} (last issue fastest) into {@code out}. */
    private void decode(int k, int[] out) {
        int rest = k;
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = rest % radix[i];
            rest /= radix[i];
        }
    }

    /** parley's index of an outcome. */
    private int encode(int[] o) {
        int k = 0;
        for (int i = 0; i < radix.length; i++) {
            k = k * radix[i] + o[i];
        }
        return k;
    }

    /** GENIUS's enumeration position of an outcome (first issue fastest). */
    private int geniusPosition(int[] o) {
        int k = 0;
        for (int i = radix.length - 1; i >= 0; i--) {
            k = k * radix[i] + o[i];
        }
        return k;
    }

    /** The outcome at GENIUS's enumeration position {@code k} into {@code out}. */
    private void decodeGenius(int k, int[] out) {
        int rest = k;
        for (int i = 0; i < radix.length; i++) {
            out[i] = rest % radix[i];
            rest /= radix[i];
        }
    }

    /**
     * Outcome indices sorted by utility, highest first, ties by index: a stable bottom-up merge sort on primitive
     * arrays (no boxing; 390,625 outcomes sort in a few tens of milliseconds).
     */
    static int[] sortByUtilityDescending(double[] u) {
        return Sorting.descending(u);
    }

    /**
     * The sorted space of the agent's own profile, ties by outcome index, shared by the run
     * ({@link AgentSettings#context()}).
     */
    public static SortedOutcomes of(AgentSettings settings) {
        return settings.context().shared(settings.profile(), SortedOutcomes.class, p -> new SortedOutcomes(p, false),
                SortedOutcomes::bytes);
    }

    /** The sorted space of the agent's own profile with GENIUS's order of equal utilities, shared by the run. */
    public static SortedOutcomes geniusOrder(AgentSettings settings) {
        return settings.context().shared(settings.profile(), GeniusOrdered.class,
                p -> new GeniusOrdered(new SortedOutcomes(p, true)), g -> g.sorted().bytes()).sorted();
    }

    /** {@link #of(AgentSettings)} or {@link #geniusOrder(AgentSettings)}. */
    public static SortedOutcomes of(AgentSettings settings, boolean geniusOrder) {
        return geniusOrder ? geniusOrder(settings) : of(settings);
    }

    /** A sorted space of {@code profile} of its own, shared with no one (agents use {@link #of(AgentSettings)}). */
    public static SortedOutcomes sort(Profile profile) {
        return new SortedOutcomes(profile, false);
    }

    /** Like {@link #sort(Profile)} with GENIUS's order of equal utilities. */
    public static SortedOutcomes sortGenius(Profile profile) {
        return new SortedOutcomes(profile, true);
    }

    /** True when equal utilities are in GENIUS's order, false when by outcome index. */
    public boolean isGeniusOrder() {
        return genius;
    }

    /** Estimated memory held, in bytes. */
    long bytes() {
        return 12L * index.length + 4L * radix.length + 64;
    }

    public int size() {
        return index.length;
    }

    /** Utility of the k-th best outcome (k = 0 is the best). */
    public double utility(int k) {
        return utility[k];
    }

    /** The k-th best outcome, as a fresh array (decoded like {@link OutcomeSpace#outcome(long)}). */
    public int[] outcome(int k) {
        int rest = index[k];
        int[] out = new int[radix.length];
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = rest % radix[i];
            rest /= radix[i];
        }
        return out;
    }

    /** The outcome-space index of the k-th best outcome. */
    public int outcomeIndex(int k) {
        return index[k];
    }

    public double maxUtility() {
        return utility[0];
    }

    public double minUtility() {
        return utility[utility.length - 1];
    }

    /**
     * Position of the outcome whose utility is nearest to {@code target}; on a tie, the one with the higher utility.
     * This is GENIUS's rule ({@code genius-semantics.md} §6, correction of 2026-11-30): its binary search always ends
     * on the last outcome whose utility is above the target, and its neighbour check then keeps that one or takes
     * the next (the first at or below the target) when that is strictly closer.
     *
     * <p>Which outcome of the chosen utility: in GENIUS's order ({@link #isGeniusOrder()}) the one GENIUS's search
     * gives, the <em>last</em> of its utility when the higher utility wins (GENIUS's Acquisition-A results need it)
     * and the first when the lower one wins; in parley's order always the first of its utility. Below every outcome
     * the answer is the last position; at or above the best utility, the first.
     */
    public int nearest(double target) {
        int lo = firstAtMost(target);
        if (lo >= utility.length) {
            return utility.length - 1;
        }
        if (lo == 0) {
            return 0;
        }
        // utility[lo] <= target < utility[lo - 1]: lo - 1 is the last outcome above the target
        double below = target - utility[lo];
        double above = utility[lo - 1] - target;
        if (above <= below) {
            return genius ? lo - 1 : firstWithUtility(lo - 1);
        }
        return lo;
    }

    /** First position whose utility is ≤ target (size() if none). */
    public int firstAtMost(double target) {
        int lo = 0;
        int hi = utility.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utility[mid] > target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of outcomes whose utility is ≥ {@code u}: they hold positions {@code 0 .. countAtLeast(u) - 1}. */
    public int countAtLeast(double u) {
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

    /** First position that has the same utility as position k. */
    public int firstWithUtility(int k) {
        double u = utility[k];
        int lo = 0;
        int hi = k;
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
}
