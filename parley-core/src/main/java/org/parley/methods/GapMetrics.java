package org.parley.methods;

import java.util.Arrays;
import java.util.Objects;
import org.parley.analysis.ParetoFrontier;

/**
 * How far apart two written proposals {@code x^A} and {@code x^B} are, issue by issue and overall
 * (negotiation-methods.md §2, after Walton &amp; McKersie 1965, Kersten 2001, and NegMAS's Pareto distance).
 * Every per-issue gap lies in [0, 1]: 0 means the texts agree, 1 means they are as far apart as the issue allows.
 * All methods are {@code O(1)} per issue.
 */
public final class GapMetrics {

    private GapMetrics() {
    }

    /**
     * Numeric issue with range {@code [lo, hi]}: {@code g = |x_A − x_B| / (hi − lo)}.
     *
     * @throws IllegalArgumentException unless {@code lo < hi} and both positions lie in {@code [lo, hi]}
     */
    public static double numeric(double xA, double xB, double lo, double hi) {
        Checks.finite("lo", lo);
        Checks.finite("hi", hi);
        if (!(lo < hi)) {
            throw new IllegalArgumentException("a numeric issue needs lo < hi, got lo=" + lo + ", hi=" + hi);
        }
        Checks.within("position A", xA, lo, hi);
        Checks.within("position B", xB, lo, hi);
        return Math.abs(xA - xB) / (hi - lo);
    }

    /**
     * Ordinal issue with ranks {@code 1..K}: {@code g = |rank_A − rank_B| / (K − 1)}.
     *
     * @throws IllegalArgumentException unless {@code K ≥ 2} and both ranks lie in {@code 1..K}
     */
    public static double ordinal(int rankA, int rankB, int levels) {
        if (levels < 2) {
            throw new IllegalArgumentException("an ordinal issue needs at least 2 levels, got " + levels);
        }
        for (int r : new int[] {rankA, rankB}) {
            if (r < 1 || r > levels) {
                throw new IllegalArgumentException("rank " + r + " is outside 1.." + levels);
            }
        }
        return Math.abs(rankA - rankB) / (double) (levels - 1);
    }

    /** Categorical issue: 0 when the two positions are equal ({@link Objects#equals}), else 1. */
    public static double categorical(Object positionA, Object positionB) {
        return Objects.equals(positionA, positionB) ? 0 : 1;
    }

    /**
     * Overlap of two ranges, e.g. "ceasefire within 2–3 days" against "within 30 days":
     * {@code max(0, min(a_hi, b_hi) − max(a_lo, b_lo))}. A positive overlap means the issue is already within
     * reach; 0 means the ranges are disjoint or touch in one point (see {@link #rangesIntersect}).
     *
     * @throws IllegalArgumentException when a range has {@code lo > hi} or a bound is not finite
     */
    public static double rangeOverlap(double aLo, double aHi, double bLo, double bHi) {
        checkRange("A", aLo, aHi);
        checkRange("B", bLo, bHi);
        return Math.max(0, Math.min(aHi, bHi) - Math.max(aLo, bLo));
    }

    /** True when the two closed ranges share at least one value. */
    public static boolean rangesIntersect(double aLo, double aHi, double bLo, double bHi) {
        checkRange("A", aLo, aHi);
        checkRange("B", bLo, bHi);
        return Math.max(aLo, bLo) <= Math.min(aHi, bHi);
    }

    /**
     * A gap for two ranges on an issue with range {@code [lo, hi]} (parley's extension of the numeric gap): the
     * distance between the nearest ends, {@code max(0, max(a_lo, b_lo) − min(a_hi, b_hi)) / (hi − lo)}; 0 when they
     * intersect, and the numeric gap when both ranges are single points.
     */
    public static double rangeGap(double aLo, double aHi, double bLo, double bHi, double lo, double hi) {
        checkRange("A", aLo, aHi);
        checkRange("B", bLo, bHi);
        double gap = Math.max(aLo, bLo) - Math.min(aHi, bHi);
        return gap <= 0 ? 0 : numeric(Math.min(aHi, bHi), Math.max(aLo, bLo), lo, hi);
    }

    private static void checkRange(String party, double lo, double hi) {
        Checks.finite("range " + party + " low end", lo);
        Checks.finite("range " + party + " high end", hi);
        if (lo > hi) {
            throw new IllegalArgumentException("range " + party + " runs from " + lo + " down to " + hi
                    + "; give the low end first");
        }
    }

    /**
     * A neutral issue weighting ω, normalised to sum 1 and reported with the aggregate gap.
     *
     * @param kind  how ω was chosen: {@code "equal"}, {@code "mean of the parties' weights"} or {@code "mediator"}
     * @param omega the weights, non-negative, summing to 1
     */
    public record Weighting(String kind, double[] omega) {

        public Weighting {
            Checks.notNull("kind", kind);
            omega = normalise("omega", omega);
        }

        /** {@code ω_i = 1/m}. */
        public static Weighting equal(int issues) {
            if (issues < 1) {
                throw new IllegalArgumentException("the weighting needs at least one issue, got " + issues);
            }
            double[] w = new double[issues];
            Arrays.fill(w, 1.0 / issues);
            return new Weighting("equal", w);
        }

        /** {@code ω_i = (w_Ai + w_Bi)/2}, each party's weights first normalised to sum 1. */
        public static Weighting meanOfParties(double[] weightsA, double[] weightsB) {
            double[] a = normalise("weightsA", weightsA);
            double[] b = normalise("weightsB", weightsB);
            Checks.sameLength("weightsA", a, "weightsB", b);
            double[] w = new double[a.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = (a[i] + b[i]) / 2;
            }
            return new Weighting("mean of the parties' weights", w);
        }

        /** Mediator-set weights, e.g. {@code 3, 1, 1}; normalised to sum 1. */
        public static Weighting mediator(double[] omega) {
            return new Weighting("mediator", omega);
        }

        @Override
        public double[] omega() {
            return omega.clone();
        }

        private static double[] normalise(String what, double[] w) {
            double[] c = Checks.nonNegativeArray(what, w);
            double total = Checks.sum(c);
            if (!(total > 0)) {
                throw new IllegalArgumentException(what + " are all 0; at least one weight must be positive");
            }
            for (int i = 0; i < c.length; i++) {
                c[i] /= total;
            }
            return c;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Weighting x && x.kind.equals(kind) && Arrays.equals(x.omega, omega);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + Arrays.hashCode(omega);
        }

        @Override
        public String toString() {
            return "Weighting[" + kind + ", " + Arrays.toString(omega) + "]";
        }
    }

    /**
     * The aggregate gap {@code G = Σ_i ω_i g_i}.
     *
     * @param gap       G, in [0, 1]
     * @param gaps      the per-issue gaps
     * @param weighting the ω used (always reported with G)
     */
    public record Aggregate(double gap, double[] gaps, Weighting weighting) {

        @Override
        public double[] gaps() {
            return gaps.clone();
        }
    }

    /**
     * {@code G = Σ_i ω_i g_i}.
     *
     * @throws IllegalArgumentException when a gap lies outside [0, 1] or the lengths differ
     */
    public static Aggregate aggregate(double[] gaps, Weighting weighting) {
        Checks.notNull("gaps", gaps);
        Checks.notNull("weighting", weighting);
        double[] w = weighting.omega();
        if (gaps.length != w.length) {
            throw new IllegalArgumentException(gaps.length + " gaps were given but the weighting has " + w.length
                    + " issues");
        }
        double g = 0;
        for (int i = 0; i < gaps.length; i++) {
            g += w[i] * Checks.unit("gap of issue " + i, gaps[i]);
        }
        return new Aggregate(g, gaps.clone(), weighting);
    }

    /**
     * The concession required of party P to accept the other's text, in P's own utility:
     * {@code Δ_P = U_P(x^P) − U_P(x^Q)}. Negative when P prefers the other's text.
     */
    public static double concession(double utilityOfOwn, double utilityOfOther) {
        return Checks.finite("utility of own text", utilityOfOwn) - Checks.finite("utility of other text",
                utilityOfOther);
    }

    /**
     * Both concessions, each in its party's own terms (not comparable across parties unless the scales are).
     *
     * @param deltaA {@code U_A(x^A) − U_A(x^B)}
     * @param deltaB {@code U_B(x^B) − U_B(x^A)}
     */
    public record Concessions(double deltaA, double deltaB) {

        /** The party with the larger required concession, 0 (A) or 1 (B); -1 when they are equal. */
        public int movesMore() {
            return deltaA > deltaB ? 0 : deltaB > deltaA ? 1 : -1;
        }
    }

    /** {@code (Δ_A, Δ_B)} from the four utilities of the two texts. */
    public static Concessions concessions(double uAOfTextA, double uAOfTextB, double uBOfTextB, double uBOfTextA) {
        return new Concessions(concession(uAOfTextA, uAOfTextB), concession(uBOfTextB, uBOfTextA));
    }

    /**
     * Distance to efficiency: the Euclidean distance in utility space from {@code utilities} (a proposal or a
     * tentative agreement) to the nearest point of the frontier. The frontier is discrete, so this is the distance
     * to the nearest Pareto-optimal package, not to the segments between them. {@code O(|F|·m)}.
     *
     * @throws IllegalArgumentException when the frontier is empty or the number of parties differs
     */
    public static double paretoDistance(double[] utilities, ParetoFrontier frontier) {
        Checks.notNull("utilities", utilities);
        Checks.notNull("frontier", frontier);
        if (frontier.points().isEmpty()) {
            throw new IllegalArgumentException("the Pareto frontier is empty");
        }
        if (frontier.parties() != utilities.length) {
            throw new IllegalArgumentException("the frontier has " + frontier.parties() + " parties but "
                    + utilities.length + " utilities were given");
        }
        double best = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            double s = 0;
            for (int j = 0; j < utilities.length; j++) {
                double d = p.utilities()[j] - Checks.finite("utility " + j, utilities[j]);
                s += d * d;
            }
            best = Math.min(best, s);
        }
        return Math.sqrt(best);
    }
}
