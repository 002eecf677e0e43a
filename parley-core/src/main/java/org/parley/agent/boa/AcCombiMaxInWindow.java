package org.parley.agent.boa;

/**
 * AC_CombiMaxInWindow(T), "MAC": {@code AC_Next ∨ (t ≥ T ∧ U(x_o) ≥ max U over the opponent's bids received in
 * [t − (1 − t), t])}. The window is as long as the time that remains, so near the deadline only the recent bids
 * count. Non-strict; bids on the window's edges count. Default T = 0.98. Spec: {@code mac(t=0.98)}.
 *
 * @param t the time from which the best recent bid is accepted
 */
public record AcCombiMaxInWindow(double t) implements AcceptanceStrategy {

    /** Checks that T is finite. */
    public AcCombiMaxInWindow {
        Num.requireFinite("mac: t", t);
    }

    /** AC_CombiMaxInWindow(0.98). */
    public AcCombiMaxInWindow() {
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
        double max = ctx.opponentBids().maxUtility(now - (1 - now), now);
        return AcceptanceStrategy.acceptIf(Double.isNaN(max) || ctx.opponentBidUtility() >= max);
    }

    @Override
    public String toString() {
        return "mac(t=" + Num.fmt(t) + ")";
    }
}
