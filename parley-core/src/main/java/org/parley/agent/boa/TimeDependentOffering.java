package org.parley.agent.boa;

import org.parley.agent.SortedOutcomes;

/**
 * Time-dependent offering ({@code genius-semantics.md} §6(c)): concede from Pmax to Pmin as time passes,
 * <pre>  p(t) = Pmin + (Pmax − Pmin) · (1 − k − (1 − k) · t^(1/e))</pre>
 * <ul>
 *   <li>e: the concession exponent. e &lt; 1 is Boulware (holds out, then concedes late), e = 1 linear, e &gt; 1
 *       Conceder; e = 0 never concedes beyond k (p = Pmin + (Pmax − Pmin)(1 − k) throughout).</li>
 *   <li>k in [0, 1] (default 0): the concession already made at t = 0.</li>
 *   <li>min, max: Pmin and Pmax. By default (NaN) the smallest and largest utility of any outcome in my profile.
 *       Note that the default Pmin ignores my reservation value, as in GENIUS's BOA offering.</li>
 * </ul>
 * Without an opponent model, the bid is the outcome whose utility is nearest to p(t)
 * ({@link SortedOutcomes#nearest}). With one, the {@link OmStrategy} chooses among the outcomes in the
 * {@link SortedWindow} for p(t), falling back to the nearest outcome when that window is empty (p above every
 * outcome). The opening bid is made the same way. Spec: {@code td(e=1,k=0,min=..,max=..)}.
 */
public final class TimeDependentOffering implements OfferingStrategy {

    private final double e;
    private final double k;
    private final double min;
    private final double max;
    private BoaContext context;
    private SortedOutcomes sorted;
    private SortedWindow window;
    private double pMin;
    private double pMax;

    /**
     * @param e   concession exponent, ≥ 0
     * @param k   initial concession in [0, 1]
     * @param min Pmin, or NaN for my profile's minimum utility
     * @param max Pmax, or NaN for my profile's maximum utility
     */
    public TimeDependentOffering(double e, double k, double min, double max) {
        if (!(e >= 0) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("td: e must be a number ≥ 0, got " + e);
        }
        if (!(k >= 0 && k <= 1)) {
            throw new IllegalArgumentException("td: k must lie in [0, 1], got " + k);
        }
        if (Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("td: min and max must be finite");
        }
        if (min > max) {
            throw new IllegalArgumentException("td: min " + min + " is above max " + max);
        }
        this.e = e;
        this.k = k;
        this.min = min;
        this.max = max;
    }

    /** Exponent e, k = 0, Pmin and Pmax from the profile. */
    public TimeDependentOffering(double e) {
        this(e, 0, Double.NaN, Double.NaN);
    }

    @Override
    public void init(BoaContext ctx) {
        this.context = ctx;
        this.sorted = ctx.sorted();
        this.pMin = Double.isNaN(min) ? sorted.minUtility() : min;
        this.pMax = Double.isNaN(max) ? sorted.maxUtility() : max;
        this.window = ctx.hasModel() ? new SortedWindow(sorted, ctx.domain()) : null;
    }

    /** The target utility p(t); valid after {@link #init}. */
    public double target(double t) {
        double f = e == 0 ? k : k + (1 - k) * Math.pow(t, 1 / e);
        return pMin + (pMax - pMin) * (1 - f);
    }

    @Override
    public int[] openingBid(double time) {
        return nextBid(time);
    }

    @Override
    public int[] nextBid(double time) {
        double p = target(time);
        if (window == null) {
            return sorted.outcome(sorted.nearest(p));
        }
        window.select(p);
        if (window.size() == 0) {
            return sorted.outcome(sorted.nearest(p));
        }
        int j = context.omStrategy().choose(window, context.opponentModel());
        return sorted.outcome(window.position(j));
    }

    /** The exponent e. */
    public double e() {
        return e;
    }

    /** The initial concession k. */
    public double k() {
        return k;
    }

    /** The configured Pmin, or NaN for the profile's minimum. */
    public double min() {
        return min;
    }

    /** The configured Pmax, or NaN for the profile's maximum. */
    public double max() {
        return max;
    }

    @Override
    public String toString() {
        return "td(e=" + Num.fmt(e) + ",k=" + Num.fmt(k) + (Double.isNaN(min) ? "" : ",min=" + Num.fmt(min))
                + (Double.isNaN(max) ? "" : ",max=" + Num.fmt(max)) + ")";
    }
}
