package org.parley.agent.boa;

/**
 * AC_CombiMax(T): {@code AC_Next ∨ (t ≥ T ∧ U(x_o) ≥ max U over all the opponent's bids so far)}. After T, accept
 * the opponent's best bid yet. Non-strict. Default T = 0.98. Spec: {@code combimax(t=0.98)}.
 *
 * @param t the time from which the opponent's best bid so far is accepted
 */
public record AcCombiMax(double t) implements AcceptanceStrategy {

    /** Checks that T is finite. */
    public AcCombiMax {
        Num.requireFinite("combimax: t", t);
    }

    /** AC_CombiMax(0.98). */
    public AcCombiMax() {
        this(0.98);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        return AcceptanceStrategy.acceptIf(AcNext.holds(1, 0, ctx)
                || (ctx.time() >= t && ctx.opponentBidUtility() >= ctx.opponentBids().maxUtility()));
    }

    @Override
    public String toString() {
        return "combimax(t=" + Num.fmt(t) + ")";
    }
}
