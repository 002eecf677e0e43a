package org.parley.mediation.inline;

/**
 * Cost of delay as discounting (negotiation-methods §7). Switch to {@code org.parley.methods.CostOfDelay} when it
 * lands.
 */
public final class CostOfDelayInline {

    private CostOfDelayInline() {
    }

    /** The per-period factor {@code δ = exp(−c/V)} for {@code rate = c/V ≥ 0}. */
    public static double delta(double rate) {
        return Math.exp(-rate);
    }

    /** The GENIUS discount factor over a horizon of {@code periods}: {@code d = δ^N}. */
    public static double discount(double delta, double periods) {
        return Math.pow(delta, periods);
    }

    /**
     * {@code c/V} per period from a defence-spending share of GDP: the excess over a peacetime baseline, per year,
     * over a stake measured in years of GDP, spread over the periods of a year:
     * {@code (share − baseline) / stakeGdpYears / periodsPerYear}; 0 when the share does not exceed the baseline.
     */
    public static double rateFromGdpShare(double share, double baseline, double stakeGdpYears, double periodsPerYear) {
        if (!(stakeGdpYears > 0) || !(periodsPerYear > 0)) {
            throw new IllegalArgumentException("the stake and the periods per year must be positive, got "
                    + stakeGdpYears + " and " + periodsPerYear);
        }
        return Math.max(0, share - baseline) / stakeGdpYears / periodsPerYear;
    }

    /** {@code c/V} from a loss per period and the stake in the same units. */
    public static double rateFromLoss(double lossPerPeriod, double stake) {
        if (!(stake > 0) || !(lossPerPeriod >= 0)) {
            throw new IllegalArgumentException("the loss must be ≥ 0 and the stake positive, got " + lossPerPeriod
                    + " and " + stake);
        }
        return lossPerPeriod / stake;
    }

    /**
     * The reservation level after {@code periods} of delay: the walk-away alternative (continuing) erodes by δ each
     * period, {@code RV(t) = RV · δ^k} (a simple reading of the moving ZOPA, §7.5).
     */
    public static double reservationAt(double reservation, double delta, double periods) {
        return reservation * Math.pow(delta, periods);
    }
}
