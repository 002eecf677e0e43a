package org.parley.methods;

/**
 * Zeuthen's concession rule (Zeuthen 1930; Harsanyi 1956, 1977): with proposals {@code x^A}, {@code x^B} on the
 * table, party P's risk limit is
 * <pre>  r_P = (U_P(x^P) − U_P(x^Q)) / (U_P(x^P) − d_P),</pre>
 * the largest probability of breakdown P would accept rather than take the other's proposal. The party with the
 * smaller risk limit should concede next; with equal limits both should. Harsanyi showed that
 * {@code r_A < r_B} exactly when the Nash product {@code (U_A − d_A)(U_B − d_B)} of A's proposal is below that of
 * B's, so repeated Zeuthen steps converge to the Nash solution. Useful for explaining who "should" move; it is
 * not a forecast. {@code O(1)}.
 *
 * <p>Readings: {@code r_P ≤ 0} means P likes the other's proposal at least as much as its own (it should accept);
 * {@code r_P > 1} means P prefers breakdown to the other's proposal.
 */
public final class Zeuthen {

    private Zeuthen() {
    }

    /**
     * The two risk limits and who should concede.
     *
     * @param riskA    {@code r_A}
     * @param riskB    {@code r_B}
     * @param concedes the party with the smaller limit, 0 (A) or 1 (B); -1 when they are equal (to 1e-9): both
     *                 concede
     */
    public record Result(double riskA, double riskB, int concedes) {

        /** True when the limits are equal and both parties should concede. */
        public boolean bothConcede() {
            return concedes < 0;
        }
    }

    /**
     * {@code r_P = (U_P(x^P) − U_P(x^Q)) / (U_P(x^P) − d_P)}.
     *
     * @throws IllegalArgumentException when P's own proposal is no better for P than disagreement (the limit is then
     *                                  undefined), or a value is not finite
     */
    public static double riskLimit(double utilityOfOwn, double utilityOfOther, double disagreement) {
        Checks.finite("utility of the own proposal", utilityOfOwn);
        Checks.finite("utility of the other proposal", utilityOfOther);
        Checks.finite("disagreement utility", disagreement);
        if (!(utilityOfOwn > disagreement)) {
            throw new IllegalArgumentException("the own proposal's utility " + utilityOfOwn
                    + " is not above the disagreement utility " + disagreement
                    + ", so the risk limit is undefined; a party proposes something it prefers to breakdown");
        }
        return (utilityOfOwn - utilityOfOther) / (utilityOfOwn - disagreement);
    }

    /**
     * Who should concede next.
     *
     * @param uAOfA {@code U_A(x^A)}
     * @param uAOfB {@code U_A(x^B)}
     * @param dA    {@code d_A}
     * @param uBOfB {@code U_B(x^B)}
     * @param uBOfA {@code U_B(x^A)}
     * @param dB    {@code d_B}
     */
    public static Result next(double uAOfA, double uAOfB, double dA, double uBOfB, double uBOfA, double dB) {
        double rA = riskLimit(uAOfA, uAOfB, dA);
        double rB = riskLimit(uBOfB, uBOfA, dB);
        int p = Checks.close(rA, rB) ? -1 : rA < rB ? 0 : 1;
        return new Result(rA, rB, p);
    }
}
