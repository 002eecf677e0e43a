package org.parley.agent.boa;

/**
 * AC_Const(c): accept iff {@code U(x_o) > c}. STRICT: a bid worth exactly c is rejected. Default c = 0.9.
 * Spec: {@code const(c=0.9)}.
 *
 * @param c the utility the opponent's bid must exceed
 */
public record AcConst(double c) implements AcceptanceStrategy {

    /** Checks that c is finite. */
    public AcConst {
        Num.requireFinite("const: c", c);
    }

    /** AC_Const(0.9). */
    public AcConst() {
        this(0.9);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        return AcceptanceStrategy.acceptIf(ctx.opponentBidUtility() > c);
    }

    @Override
    public String toString() {
        return "const(c=" + Num.fmt(c) + ")";
    }
}
