package org.parley.agent.boa;

/**
 * AC_Combi(a, b, T): {@code AC_Next(a, b) ∨ t ≥ T}: accept a bid at least as good as my next one, and anything from
 * time T on (NON-strict, unlike {@link AcTime}). Defaults a = 1, b = 0, T = 0.98. Spec: {@code combi(a=1,b=0,t=0.98)}.
 *
 * @param a scale of the opponent bid's utility in AC_Next
 * @param b shift in AC_Next
 * @param t the time from which everything is accepted
 */
public record AcCombi(double a, double b, double t) implements AcceptanceStrategy {

    /** Checks that the parameters are finite. */
    public AcCombi {
        Num.requireFinite("combi: a", a);
        Num.requireFinite("combi: b", b);
        Num.requireFinite("combi: t", t);
    }

    /** AC_Combi(1, 0, 0.98). */
    public AcCombi() {
        this(1, 0, 0.98);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        return AcceptanceStrategy.acceptIf(AcNext.holds(a, b, ctx) || ctx.time() >= t);
    }

    @Override
    public String toString() {
        return "combi(a=" + Num.fmt(a) + ",b=" + Num.fmt(b) + ",t=" + Num.fmt(t) + ")";
    }
}
