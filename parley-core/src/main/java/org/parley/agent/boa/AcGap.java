package org.parley.agent.boa;

/**
 * AC_Gap(c): accept iff {@code U(x_o) + c ≥ U(x_prev)}: the opponent's bid is within c of my previous bid.
 * Non-strict. Rejects while I have not bid yet. Default c = 0.01. Spec: {@code gap(c=0.01)}.
 *
 * @param c the tolerated gap
 */
public record AcGap(double c) implements AcceptanceStrategy {

    /** Checks that c is finite. */
    public AcGap {
        Num.requireFinite("gap: c", c);
    }

    /** AC_Gap(0.01). */
    public AcGap() {
        this(0.01);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        return AcceptanceStrategy.acceptIf(ctx.hasPreviousBid()
                && ctx.opponentBidUtility() + c >= ctx.previousBidUtility());
    }

    @Override
    public String toString() {
        return "gap(c=" + Num.fmt(c) + ")";
    }
}
