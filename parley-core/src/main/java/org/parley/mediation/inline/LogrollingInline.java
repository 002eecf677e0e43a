package org.parley.mediation.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Logrolling by priority ratios (negotiation-methods §3). Switch to {@code org.parley.methods.Logrolling} when it
 * lands.
 */
public final class LogrollingInline {

    private LogrollingInline() {
    }

    /** The priority ratio {@code ρ_i = w_Ai / w_Bi}: infinite when only A cares, 1 when neither does. */
    public static double ratio(double wa, double wb) {
        if (wb == 0) {
            return wa == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return wa / wb;
    }

    /**
     * The items ordered by decreasing {@code ρ}: A should get its way on the first ones and B on the last ones;
     * giving A one more item at a time along this order traces the efficient frontier for linear utilities.
     */
    public static List<Integer> order(double[] wa, double[] wb, List<Integer> items) {
        List<Integer> out = new ArrayList<>(items);
        out.sort((x, y) -> Double.compare(ratio(wa[y], wb[y]), ratio(wa[x], wb[x])));
        return out;
    }
}
