package org.parley.agent.boa;

/**
 * AC_Next(a, b): accept iff {@code a·U(x_o) + b ≥ U(x')}, i.e. the opponent's bid, scaled and shifted, is at least
 * as good for me as the bid I would make next. Non-strict. Defaults a = 1, b = 0. Spec: {@code next(a=1,b=0)}.
 *
 * @param a scale of the opponent bid's utility
 * @param b shift added to it
 */
public record AcNext(double a, double b) implements AcceptanceStrategy {

    /** Checks that a and b are finite. */
    public AcNext {
        Num.requireFinite("next: a", a);
        Num.requireFinite("next: b", b);
    }

    /** AC_Next(1, 0). */
    public AcNext() {
        this(1, 0);
    }

    /** The test alone, for the combined conditions. */
    static boolean holds(double a, double b, AcceptanceContext c) {
        return a * c.opponentBidUtility() + b >= c.nextBidUtility();
    }

    @Override
    public Decision decide(AcceptanceContext c) {
        return AcceptanceStrategy.acceptIf(holds(a, b, c));
    }

    @Override
    public String toString() {
        return "next(a=" + Num.fmt(a) + ",b=" + Num.fmt(b) + ")";
    }
}
