package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;

/**
 * Logrolling by priority ratios for two linear additive parties (Pruitt 1981; Raiffa 1982; negotiation-methods.md
 * §3): {@code U_P(x) = Σ_i w_Pi·v_Pi(x_i)} with {@code v_Pi ∈ [0, 1]}.
 *
 * <p>On each issue i, A's best option {@code a_i} and B's best option {@code b_i} are found (among a party's
 * equally best options, the one the other party likes most, then the lowest index). Each party's <em>stake</em> is
 * what it loses when the issue goes the other's way: {@code s_Ai = w_Ai·(v_Ai(a_i) − v_Ai(b_i))} and
 * {@code s_Bi = w_Bi·(v_Bi(b_i) − v_Bi(a_i))}. With the usual rating (each party's best option 1, the other's 0)
 * the stake is the weight and the priority ratio {@code ρ_i = s_Ai/s_Bi} is the doc's {@code w_Ai/w_Bi}; in general
 * the stakes are what make the claims below true, so they are what is used. Issues with both stakes 0 are
 * congruent: both best options coincide (or both are indifferent), and every package uses them.
 *
 * <p>The tradable issues, ordered by decreasing ρ (ties by index; {@code s_Bi = 0} first, {@code s_Ai = 0}
 * last), give the {@link #sequence()}: from "B gets everything" to "A gets everything", moving one issue at a time
 * to A. Package j maximises {@code λ·U_A + U_B} for every λ between {@code 1/ρ} of its last and next issue, so
 * it lies on the convex hull of the 2^T packages (T tradable issues) and is Pareto-efficient among them, except
 * possibly the two ends (when some {@code ρ = ∞} or {@code ρ = 0}). The exact efficient set of all 2^T packages
 * comes from {@link org.parley.analysis.AdditiveParetoFrontier}; it may also hold packages off the hull.
 *
 * <p>Cost: {@code O(Σ options)} to set up, {@code O(T log T)} for the order, {@code O(T²)} for the sequence and the
 * trades, and the frontier's cost for efficiency: proportional to its size, which is small in practice but can
 * grow exponentially with T for adversarial stakes.
 */
public final class Logrolling {

    /**
     * One issue's best options and stakes.
     *
     * @param issue       the issue index
     * @param bestA       A's best option
     * @param bestB       B's best option
     * @param stakeA      {@code s_Ai}
     * @param stakeB      {@code s_Bi}
     * @param weightRatio {@code w_Ai/w_Bi} (infinite when {@code w_Bi = 0}, NaN when both are 0)
     * @param ratio       {@code ρ_i = s_Ai/s_Bi} (infinite when {@code s_Bi = 0}, NaN for a congruent issue)
     */
    public record IssueStakes(int issue, int bestA, int bestB, double stakeA, double stakeB, double weightRatio,
            double ratio) {

        /** Both stakes are 0: the issue is not traded, both parties' best options are used. */
        public boolean congruent() {
            return stakeA == 0 && stakeB == 0;
        }
    }

    /**
     * A package in which every issue is settled at one party's best option.
     *
     * @param options   the option chosen on each issue
     * @param winner    per issue, the party whose best option is used, 0 (A) or 1 (B); -1 on a congruent issue
     * @param utilityA  {@code U_A}
     * @param utilityB  {@code U_B}
     * @param efficient Pareto-efficient among all such packages
     */
    public record Package(int[] options, int[] winner, double utilityA, double utilityB, boolean efficient) {

        @Override
        public int[] options() {
            return options.clone();
        }

        @Override
        public int[] winner() {
            return winner.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Package p && Arrays.equals(p.options, options) && Arrays.equals(p.winner, winner)
                    && Double.compare(p.utilityA, utilityA) == 0 && Double.compare(p.utilityB, utilityB) == 0
                    && p.efficient == efficient;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(options) * 31 + Arrays.hashCode(winner);
        }

        @Override
        public String toString() {
            return "Package[" + Arrays.toString(winner) + ", uA=" + utilityA + ", uB=" + utilityB
                    + (efficient ? ", efficient" : "") + "]";
        }
    }

    /**
     * One distinct efficient utility vector among the 2^T packages.
     *
     * @param representative one package with these utilities
     * @param count          how many packages have exactly these utilities
     */
    public record EfficientPoint(Package representative, BigInteger count) {
    }

    /**
     * A mutually beneficial two-issue trade: A's marginal rate of substitution between the issues differs from
     * B's, {@code s_Ai/s_Aj ≠ s_Bi/s_Bj} ({@code w_Ai/w_Aj ≠ w_Bi/w_Bj} with the usual rating).
     *
     * @param toA   the issue A should get (A values it relatively more): B gives it
     * @param toB   the issue B should get: A gives it
     * @param rateA {@code s_A(toA)/s_A(toB)}: how much of {@code toB} A would give up for all of {@code toA}
     * @param rateB {@code s_B(toA)/s_B(toB)}: how much of {@code toB} B needs for all of {@code toA}; below rateA
     * @param gainA what A gains from swapping the whole issues, from A holding {@code toB} and B holding
     *              {@code toA}: {@code s_A(toA) − s_A(toB)}
     * @param gainB likewise for B: {@code s_B(toB) − s_B(toA)}
     */
    public record Trade(int toA, int toB, double rateA, double rateB, double gainA, double gainB) {

        /**
         * True when swapping the whole issues helps both. Otherwise only a partial exchange does (a fraction of one
         * issue against the other), which needs divisible issues.
         */
        public boolean wholeSwapGainsBoth() {
            return gainA > 0 && gainB > 0;
        }
    }

    private final double[] weightsA;
    private final double[] weightsB;
    private final double[][] valuesA;
    private final double[][] valuesB;
    private final List<IssueStakes> issues;
    private final List<Integer> order;
    private final LogrollingFrontier frontier;

    /**
     * @param weightsA A's issue weights, non-negative, not all 0 (the doc's convention is {@code Σ w = 1};
     *                 another scale, e.g. 100 points, scales A's utilities)
     * @param weightsB B's issue weights, likewise
     * @param valuesA  A's value of each option of each issue ({@code valuesA[i][o]}), in [0, 1]
     * @param valuesB  B's values, with the same number of options per issue
     */
    public Logrolling(double[] weightsA, double[] weightsB, double[][] valuesA, double[][] valuesB) {
        this.weightsA = weights("weightsA", weightsA);
        this.weightsB = weights("weightsB", weightsB);
        Checks.sameLength("weightsA", this.weightsA, "weightsB", this.weightsB);
        int n = this.weightsA.length;
        this.valuesA = values("valuesA", valuesA, n);
        this.valuesB = values("valuesB", valuesB, n);
        List<IssueStakes> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (this.valuesA[i].length != this.valuesB[i].length) {
                throw new IllegalArgumentException("issue " + i + " has " + this.valuesA[i].length
                        + " options for A but " + this.valuesB[i].length + " for B");
            }
            list.add(stakes(i));
        }
        this.issues = List.copyOf(list);
        List<Integer> tradable = new ArrayList<>();
        for (IssueStakes s : issues) {
            if (!s.congruent()) {
                tradable.add(s.issue());
            }
        }
        // decreasing ρ = sA/sB, compared as sA_i·sB_j > sA_j·sB_i; stable, so ties keep index order
        Comparator<Integer> byRatio = (i, j) -> Double.compare(
                issues.get(j).stakeA() * issues.get(i).stakeB(), issues.get(i).stakeA() * issues.get(j).stakeB());
        tradable.sort(byRatio);
        this.order = List.copyOf(tradable);
        this.frontier = new LogrollingFrontier(this.weightsA, this.weightsB, this.valuesA, this.valuesB, issues,
                order);
    }

    /**
     * Logrolling for two linear additive utilities on one domain: the weights as given, and each value's
     * evaluation {@code e_i(v)} (which must lie in [0, 1], as every GENIUS evaluator except an out-of-range constant
     * does). Issues with many values (integer or real) are fine; the frontier only sees each party's best.
     */
    public static Logrolling of(AdditiveUtility a, AdditiveUtility b) {
        Checks.notNull("utility A", a);
        Checks.notNull("utility B", b);
        Domain domain = a.domain();
        if (!domain.equals(b.domain())) {
            throw new IllegalArgumentException("the two utilities are for different domains, '" + domain.name()
                    + "' and '" + b.domain().name() + "'");
        }
        int n = domain.issueCount();
        double[][] va = new double[n][];
        double[][] vb = new double[n][];
        for (int i = 0; i < n; i++) {
            int size = domain.issue(i).size();
            va[i] = new double[size];
            vb[i] = new double[size];
            for (int v = 0; v < size; v++) {
                va[i][v] = a.evaluator(i).evaluate(domain.issue(i), v);
                vb[i][v] = b.evaluator(i).evaluate(domain.issue(i), v);
            }
        }
        return new Logrolling(a.weights(), b.weights(), va, vb);
    }

    private IssueStakes stakes(int i) {
        int a = best(valuesA[i], valuesB[i]);
        int b = best(valuesB[i], valuesA[i]);
        double sA = weightsA[i] * (valuesA[i][a] - valuesA[i][b]);
        double sB = weightsB[i] * (valuesB[i][b] - valuesB[i][a]);
        double wr = weightsA[i] / weightsB[i];
        double rho = sA == 0 && sB == 0 ? Double.NaN : sA / sB;
        return new IssueStakes(i, a, b, sA, sB, wr, rho);
    }

    /** The best option for {@code own}; ties go to the one {@code other} values most, then the lowest index. */
    private static int best(double[] own, double[] other) {
        int best = 0;
        for (int o = 1; o < own.length; o++) {
            if (own[o] > own[best] || (own[o] == own[best] && other[o] > other[best])) {
                best = o;
            }
        }
        return best;
    }

    /** Each issue's best options, stakes and ratios, in issue order. */
    public List<IssueStakes> issues() {
        return issues;
    }

    /** The tradable issues in the order they move to A: decreasing ρ. */
    public List<Integer> order() {
        return order;
    }

    /** The T + 1 packages from "B gets everything" to "A gets everything", moving one issue along {@link #order()}. */
    public List<Package> sequence() {
        List<Package> out = new ArrayList<>();
        int[] winner = new int[issues.size()];
        Arrays.fill(winner, -1);
        for (int i : order) {
            winner[i] = 1;
        }
        out.add(evaluate(winner));
        for (int i : order) {
            winner[i] = 0;
            out.add(evaluate(winner));
        }
        return out;
    }

    /**
     * The package that settles each issue at {@code winner[i]}'s best option, 0 for A and 1 for B (any value on a
     * congruent issue).
     *
     * @throws IllegalArgumentException when the array has the wrong length or a tradable issue has no winner
     */
    public Package evaluate(int[] winner) {
        return frontier.evaluate(winner);
    }

    /** The distinct Pareto-efficient utility vectors among the 2^T packages, by U_A descending. */
    public List<EfficientPoint> efficientPackages() {
        return frontier.points();
    }

    /** Every mutually beneficial two-issue trade, each unordered pair of issues once, by (lower, higher) index. */
    public List<Trade> trades() {
        List<Trade> out = new ArrayList<>();
        for (int x = 0; x < order.size(); x++) {
            for (int y = 0; y < order.size(); y++) {
                IssueStakes i = issues.get(order.get(x));
                IssueStakes j = issues.get(order.get(y));
                double lhs = i.stakeA() * j.stakeB();
                double rhs = j.stakeA() * i.stakeB();
                if (lhs > rhs && !Checks.close(lhs, rhs)) {
                    out.add(new Trade(i.issue(), j.issue(), i.stakeA() / j.stakeA(), i.stakeB() / j.stakeB(),
                            i.stakeA() - j.stakeA(), j.stakeB() - i.stakeB()));
                }
            }
        }
        out.sort(Comparator.comparingInt((Trade t) -> Math.min(t.toA(), t.toB()))
                .thenComparingInt(t -> Math.max(t.toA(), t.toB())));
        return out;
    }

    private static double[] weights(String what, double[] w) {
        double[] c = Checks.nonNegativeArray(what, w);
        if (!(Checks.sum(c) > 0)) {
            throw new IllegalArgumentException(what + " are all 0; at least one issue must matter");
        }
        return c;
    }

    private static double[][] values(String what, double[][] v, int n) {
        Checks.notNull(what, v);
        if (v.length != n) {
            throw new IllegalArgumentException(what + " has " + v.length + " issues but the weights have " + n);
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            Checks.notNull(what + "[" + i + "]", v[i]);
            if (v[i].length == 0) {
                throw new IllegalArgumentException(what + "[" + i + "] has no options");
            }
            c[i] = v[i].clone();
            for (int o = 0; o < c[i].length; o++) {
                Checks.unit(what + "[" + i + "][" + o + "]", c[i][o]);
            }
        }
        return c;
    }
}
