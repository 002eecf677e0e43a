package org.parley.agent.boa;

/**
 * AC_Time(T): accept anything once {@code t > T}. STRICT. Default T = 0.99. Spec: {@code time(t=0.99)}.
 *
 * @param t the time after which everything is accepted
 */
public record AcTime(double t) implements AcceptanceStrategy {

    /** Checks that T is finite. */
    public AcTime {
        Num.requireFinite("time: t", t);
    }

    /** AC_Time(0.99). */
    public AcTime() {
        this(0.99);
    }

    @Override
    public Decision decide(AcceptanceContext ctx) {
        return AcceptanceStrategy.acceptIf(ctx.time() > t);
    }

    @Override
    public String toString() {
        return "time(t=" + Num.fmt(t) + ")";
    }
}
