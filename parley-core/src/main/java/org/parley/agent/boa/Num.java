package org.parley.agent.boa;

import java.math.BigDecimal;

/** Number formatting for canonical spec strings: the shortest decimal that reads back to the same double. */
final class Num {

    private Num() {
    }

    static String fmt(double d) {
        if (d == 0) {
            return "0";
        }
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static double requireFinite(String what, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + d);
        }
        return d;
    }
}
