package org.parley.mediation;

/**
 * A party's cost of continuing without agreement, turned into a per-period discount factor.
 *
 * <p>With {@code c} the cost per period and {@code V} the stake in the same units, the per-period factor is
 * {@code δ = exp(−c/V)} (negotiation-methods §7.2); {@link #rate()} is {@code c/V}. The case file gives the figure
 * either as a defence-spending share of GDP above a peacetime baseline with the stake in years of GDP
 * ({@code c/V = (share − baseline) / stakeGdpYears / periodsPerYear}), as a loss per period with the stake
 * ({@code c/V = loss/stake}), or as δ itself.
 *
 * @param rate       c/V per period, ≥ 0
 * @param figure     the figure in words, e.g. "defence 6.3% of GDP (13.5 trillion roubles, about $172 billion)"
 * @param source     where the figure comes from
 * @param derivation how {@code rate} was computed, in one line
 */
public record CostOfDelay(double rate, String figure, String source, String derivation) {

    /** No cost of delay: δ = 1. */
    public static final CostOfDelay NONE = new CostOfDelay(0, "", "", "no cost of delay given: δ = 1");

    /** Validates the rate. */
    public CostOfDelay {
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("a cost-of-delay rate c/V must be a finite number ≥ 0, got " + rate);
        }
        figure = figure == null ? "" : figure;
        source = source == null ? "" : source;
        derivation = derivation == null ? "" : derivation;
    }

    /**
     * The per-period discount factor {@code δ = exp(−c/V)}, by
     * {@link org.parley.methods.CostOfDelay#discountFactor} with the cost given per unit of stake.
     */
    public double delta() {
        return org.parley.methods.CostOfDelay.discountFactor(rate, 1);
    }

    /**
     * A reservation level after {@code periods} (≥ 0) of delay: {@code RV(t) = RV · δ^k}, the walk-away
     * alternative (continuing) eroding by δ each period. This is the case format's simple reading of the moving
     * zone (negotiation-methods §7.5): the full {@code RV_P(t) = p_P(t)·V − Σ δ^{s−t} c_s}
     * ({@link org.parley.methods.CostOfDelay#reservationValue}) needs each party's expected share from continuing
     * and its costs per period, which a case file does not give.
     */
    public double reservationAfter(double reservation, double periods) {
        if (!(periods >= 0)) {
            throw new IllegalArgumentException("the periods of delay must be ≥ 0, got " + periods);
        }
        return reservation * Math.pow(delta(), periods);
    }
}
