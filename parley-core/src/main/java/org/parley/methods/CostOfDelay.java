package org.parley.methods;

/**
 * Each side's cost of continuing, turned into discount factors, bargaining shares and ranges
 * (negotiation-methods.md §7). Every method is {@code O(1)} except the reservation path, {@code O(T)}.
 *
 * <ul>
 * <li>Per-period cost from data: {@code c = (m − m_base)·GDP + other − support}, m the military expenditure share of
 * GDP (SIPRI), {@code m_base} a pre-war or peacetime share, support the aid <em>delivered</em>. Casualties and
 * displacement are not monetised here: keep them as separate dimensions.</li>
 * <li>Discount factor for a stake V in the same units: {@code δ = exp(−c/V)}, about {@code 1 − c/V} for small
 * costs, optionally times {@code (1 − q)} for a per-period breakdown risk q (Binmore, Rubinstein &amp; Wolinsky
 * 1986).</li>
 * <li>GENIUS discounts a session's utility as {@code U·d^t} with t ∈ [0, 1] the fraction of the session elapsed.
 * If the session stands for N periods, elapsed time t is {@code t·N} periods, and the per-period factor compounds
 * to {@code δ^{tN} = (δ^N)^t}: so the session factor is {@code d = δ^N}.</li>
 * <li>Rubinstein (1982) alternating offers: the first proposer's share {@code x1* = (1 − δ2)/(1 − δ1·δ2)}.</li>
 * <li>Fearon (1995): with the stake normalised to [0, 1], p A's expected share from fighting and {@code c_A, c_B}
 * the costs as shares of the stake, every split in {@code (p − c_A, p + c_B)} beats fighting for both.</li>
 * <li>Moving ZOPA: {@code RV_P(t) = p_P(t)·V − Σ_{s≥t} δ^{s−t} c_{P,s}}.</li>
 * </ul>
 * Use these comparatively ("if A's cost rises 20 %, the equilibrium share moves by ..."), not as forecasts.
 *
 * <p>A value of this type is one party's stated cost of delay, as a case file gives it: the rate {@code c/V} per
 * period with where the figure comes from; {@link #delta()} is its discount factor and
 * {@link #reservationAfter} the case format's reading of a reservation level eroding with delay.
 *
 * @param rate       c/V per period, ≥ 0
 * @param figure     the figure in words, e.g. "defence 6.3% of GDP (13.5 trillion roubles, about $172 billion)"
 * @param source     where the figure comes from
 * @param derivation how {@code rate} was computed, in one line
 */
public record CostOfDelay(double rate, String figure, String source, String derivation) {

    /** No cost of delay: δ = 1. */
    public static final CostOfDelay NONE = new CostOfDelay(0, "", "", "no cost of delay given: δ = 1");

    /** Validates the rate and defaults the text. */
    public CostOfDelay {
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("a cost-of-delay rate c/V must be a finite number ≥ 0, got " + rate);
        }
        figure = figure == null ? "" : figure;
        source = source == null ? "" : source;
        derivation = derivation == null ? "" : derivation;
    }

    /** The per-period discount factor {@code δ = exp(−c/V)}, by {@link #discountFactor} with the cost per unit stake. */
    public double delta() {
        return discountFactor(rate, 1);
    }

    /**
     * A reservation level after {@code periods} (≥ 0) of delay: {@code RV(t) = RV · δ^k}, the walk-away alternative
     * (continuing) eroding by δ each period. This is the case format's simple reading of the moving zone
     * (negotiation-methods §7.5): the full {@code RV_P(t) = p_P(t)·V − Σ δ^{s−t} c_s} ({@link #reservationValue})
     * needs each party's expected share from continuing and its costs per period, which a case file does not give.
     */
    public double reservationAfter(double reservation, double periods) {
        if (!(periods >= 0)) {
            throw new IllegalArgumentException("the periods of delay must be ≥ 0, got " + periods);
        }
        return reservation * Math.pow(delta(), periods);
    }

    /** {@code c = (m − m_base)·GDP}: the extra military spending per period. Negative when m is below the base. */
    public static double perPeriodCost(double milexShare, double baselineShare, double gdp) {
        return perPeriodCost(milexShare, baselineShare, gdp, 0, 0);
    }

    /**
     * {@code c = (m − m_base)·GDP + other − support}.
     *
     * @param milexShare      m, military expenditure as a share of GDP, in [0, 1]
     * @param baselineShare   {@code m_base}, in [0, 1]
     * @param gdp             GDP per period (&gt; 0), in the unit of the result
     * @param otherCosts      other monetised costs per period (sanctions losses, reconstruction), ≥ 0
     * @param externalSupport external support delivered per period, ≥ 0
     */
    public static double perPeriodCost(double milexShare, double baselineShare, double gdp, double otherCosts,
            double externalSupport) {
        share("military expenditure share m", milexShare);
        share("baseline share m_base", baselineShare);
        Checks.positive("GDP", gdp);
        Checks.nonNegative("other costs", otherCosts);
        Checks.nonNegative("external support", externalSupport);
        return (milexShare - baselineShare) * gdp + otherCosts - externalSupport;
    }

    private static void share(String what, double v) {
        Checks.finite(what, v);
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException(what + " must be a fraction in [0, 1], got " + v
                    + (v > 1 && v <= 100 ? "; give percentages as fractions (" + v + " % is " + v / 100 + ")" : ""));
        }
    }

    /**
     * {@code δ = exp(−c/V)}.
     *
     * @throws IllegalArgumentException when c &lt; 0 (delay would pay, and no δ ≤ 1 describes that) or V ≤ 0
     */
    public static double discountFactor(double cost, double stake) {
        return Math.exp(-ratio(cost, stake));
    }

    /**
     * The first-order approximation {@code δ ≈ 1 − c/V}, close to {@link #discountFactor} when {@code c/V} is small.
     *
     * @throws IllegalArgumentException also when {@code c ≥ V}, where the approximation is not a discount factor
     */
    public static double linearDiscountFactor(double cost, double stake) {
        double r = ratio(cost, stake);
        if (r >= 1) {
            throw new IllegalArgumentException("the linear approximation 1 − c/V needs c < V, got c/V = " + r
                    + "; use the exponential discountFactor");
        }
        return 1 - r;
    }

    private static double ratio(double cost, double stake) {
        Checks.nonNegative("the per-period cost c", cost);
        Checks.positive("the stake V", stake);
        return cost / stake;
    }

    /** {@code δ·(1 − q)}, q the per-period risk that talks break down, in [0, 1). */
    public static double withBreakdownRisk(double delta, double breakdownRisk) {
        Checks.unit("δ", delta);
        Checks.unit("breakdown risk q", breakdownRisk);
        if (breakdownRisk == 1) {
            throw new IllegalArgumentException("breakdown risk q must be below 1, got 1");
        }
        return delta * (1 - breakdownRisk);
    }

    /**
     * The GENIUS session discount factor {@code d = δ^N} for a session standing for N periods (see the class
     * comment for why).
     *
     * @throws IllegalArgumentException unless δ ∈ (0, 1] and N &gt; 0, or when {@code δ^N} underflows to 0 (GENIUS
     *                                  would read 0 as "no discount")
     */
    public static double sessionDiscount(double perPeriodDelta, double periods) {
        Checks.within("δ", perPeriodDelta, Double.MIN_VALUE, 1);
        Checks.positive("the number of periods N", periods);
        double d = Math.pow(perPeriodDelta, periods);
        if (d == 0) {
            throw new IllegalArgumentException("δ^N = " + perPeriodDelta + "^" + periods
                    + " underflows to 0, which GENIUS reads as no discount; use fewer periods");
        }
        return d;
    }

    /**
     * Rubinstein's first-proposer share {@code x1* = (1 − δ2)/(1 − δ1·δ2)}; the responder gets {@code 1 − x1*}.
     *
     * @throws IllegalArgumentException unless both δ lie in [0, 1] and not both are 1
     */
    public static double rubinsteinShare(double delta1, double delta2) {
        Checks.unit("δ1", delta1);
        Checks.unit("δ2", delta2);
        if (delta1 == 1 && delta2 == 1) {
            throw new IllegalArgumentException("with δ1 = δ2 = 1 (no cost of delay) every split is an equilibrium");
        }
        return (1 - delta2) / (1 - delta1 * delta2);
    }

    /**
     * An interval of splits (A's share of the stake).
     *
     * @param low          the lower end
     * @param high         the upper end
     * @param includesEnds whether the ends belong to the interval (Fearon's range is open; {@link #shareZone} is
     *                     closed)
     */
    public record Range(double low, double high, boolean includesEnds) {

        /** {@code high − low}, 0 when empty. */
        public double width() {
            return Math.max(0, high - low);
        }

        /** True when no split lies in the interval. */
        public boolean isEmpty() {
            return includesEnds ? !(low <= high) : !(low < high);
        }

        /** True when x lies in the interval. */
        public boolean contains(double x) {
            return includesEnds ? low <= x && x <= high : low < x && x < high;
        }

        /** The part of the interval inside [0, 1]: the splits that exist. */
        public Range feasible() {
            return new Range(Math.max(0, low), Math.min(1, high), includesEnds);
        }
    }

    /**
     * Fearon's bargaining range {@code (p − c_A, p + c_B)}, of width {@code c_A + c_B}.
     *
     * @param p     A's expected share from fighting on, in [0, 1]
     * @param costA A's cost of fighting as a share of the stake, ≥ 0
     * @param costB B's cost, likewise
     */
    public static Range fearonRange(double p, double costA, double costB) {
        return fearonRange(p, p, costA, costB);
    }

    /**
     * The range when the parties disagree about p: A accepts only splits above {@code p_A − c_A}, B only below
     * {@code p_B + c_B}, so the range {@code (p_A − c_A, p_B + c_B)} is empty when {@code p_A − p_B ≥ c_A + c_B}:
     * mutual optimism, one of Fearon's two rationalist causes of war (the other, commitment problems, is not a
     * number here).
     *
     * @param pBelievedByA A's estimate of its own expected share from fighting
     * @param pBelievedByB B's estimate of A's expected share
     */
    public static Range fearonRange(double pBelievedByA, double pBelievedByB, double costA, double costB) {
        Checks.unit("A's belief p_A", pBelievedByA);
        Checks.unit("B's belief p_B", pBelievedByB);
        Checks.nonNegative("cost c_A", costA);
        Checks.nonNegative("cost c_B", costB);
        return new Range(pBelievedByA - costA, pBelievedByB + costB, false);
    }

    /**
     * {@code RV_P(t) = p·V − Σ_{s=t}^{T−1} δ^{s−t} c_s} for one t, with {@code costs} the costs of periods
     * {@code t..T−1}.
     */
    public static double reservationValue(double p, double stake, double[] costsFromT, double delta) {
        Checks.notNull("costs", costsFromT);
        Checks.positive("the stake V", stake);
        Checks.unit("δ", delta);
        double s = 0;
        for (int t = costsFromT.length - 1; t >= 0; t--) {
            s = Checks.finite("costs[" + t + "]", costsFromT[t]) + delta * s;
        }
        return Checks.unit("p", p) * stake - s;
    }

    /**
     * The moving reservation value {@code RV_P(t)} for every period {@code t = 0..T−1}, with {@code p[t]} P's
     * expected share from continuing at t, {@code costs[t]} its cost in period t and the horizon ending after
     * period {@code T−1}. Computed backwards: {@code S(T) = 0}, {@code S(t) = c_t + δ·S(t+1)},
     * {@code RV(t) = p_t·V − S(t)}. Feed the values to an agreement-zone test to plot {@code Z(t)}.
     */
    public static double[] reservationPath(double[] p, double stake, double[] costs, double delta) {
        Checks.notNull("p", p);
        Checks.notNull("costs", costs);
        if (p.length != costs.length) {
            throw new IllegalArgumentException("p has " + p.length + " periods but costs has " + costs.length);
        }
        Checks.positive("the stake V", stake);
        Checks.unit("δ", delta);
        double[] rv = new double[p.length];
        double s = 0;
        for (int t = p.length - 1; t >= 0; t--) {
            s = Checks.finite("costs[" + t + "]", costs[t]) + delta * s;
            rv[t] = Checks.unit("p[" + t + "]", p[t]) * stake - s;
        }
        return rv;
    }

    /**
     * The zone of splits of a stake V that both accept at one date: A's share x with {@code x·V ≥ RV_A} and
     * {@code (1 − x)·V ≥ RV_B}, i.e. the closed interval {@code [RV_A/V, 1 − RV_B/V]} (intersected with [0, 1]);
     * empty when {@code RV_A + RV_B > V}.
     */
    public static Range shareZone(double rvA, double rvB, double stake) {
        Checks.finite("RV_A", rvA);
        Checks.finite("RV_B", rvB);
        Checks.positive("the stake V", stake);
        return new Range(Math.max(0, rvA / stake), Math.min(1, 1 - rvB / stake), true);
    }
}
