package org.parley.agent.boa;

/**
 * AC_CombiAvg(T): {@code AC_Next ∨ (t ≥ T ∧ U(x_o) ≥ mean U over the opponent's bids received in [t − (1 − t), t])}:
 * like {@link AcCombiMaxInWindow} but against the window's average, so it accepts more readily. Non-strict.
 * Default T = 0.98. Spec: {@code combiavg(t=0.98)}.
 *
 * @param t the time from which a better-than-average recent bid is accepted
 */
public record AcCombiAvg(double t) implements AcceptanceStrategy {

    /** Checks that T is finite. */
    public AcCombiAvg {
        Num.requireFinite("combiavg: t", t);
    }

    /** AC_CombiAvg(0.98). */
    public AcCombiAvg() {
        this(0.98);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        if (AcNext.holds(1, 0, ctx)) {
            return Decision.ACCEPT;
        }
        double now = ctx.time();
        if (now < t) {
            return Decision.REJECT;
        }
        double avg = ctx.opponentBids().averageUtility(now - (1 - now), now);
        return AcceptanceStrategy.acceptIf(Double.isNaN(avg) || ctx.opponentBidUtility() >= avg);
    }

    @Override
    public String toString() {
        return "combiavg(t=" + Num.fmt(t) + ")";
    }
}
