package org.parley.agent.boa;

/**
 * AC_Previous(a, b): accept iff {@code a·U(x_o) + b ≥ U(x_prev)}, against my previous bid rather than my next one.
 * Non-strict. Rejects while I have not bid yet. Defaults a = 1, b = 0. Spec: {@code previous(a=1,b=0)}.
 *
 * @param a scale of the opponent bid's utility
 * @param b shift added to it
 */
public record AcPrevious(double a, double b) implements AcceptanceStrategy {

    /** Checks that a and b are finite. */
    public AcPrevious {
        Num.requireFinite("previous: a", a);
        Num.requireFinite("previous: b", b);
    }

    /** AC_Previous(1, 0). */
    public AcPrevious() {
        this(1, 0);
    }

    @Override
    public Decision decide(AcceptanceContext c) {
        return AcceptanceStrategy.acceptIf(c.hasPreviousBid()
                && a * c.opponentBidUtility() + b >= c.previousBidUtility());
    }

    @Override
    public String toString() {
        return "previous(a=" + Num.fmt(a) + ",b=" + Num.fmt(b) + ")";
    }
}
