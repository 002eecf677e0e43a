package org.parley.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reciprocity ledger for one exchange commitment (prisoners, detainees, remains), after negotiation-methods.md §6.
 * Keep one ledger per category (wounded, under 25, civilians, remains): categories are agreed separately.
 *
 * <p>From the deliveries (tranches) {@code (q_{A→B}, q_{B→A})}, given as two arrays of counts in date order:
 * {@code sent_A(t) = Σ_{tranches ≤ t} q_{A→B}} and likewise
 * {@code sent_B}. Then, by the terms of the text:
 * <ul>
 * <li>N-for-N: balance {@code β = sent_A − sent_B}, completion {@code min(sent_A, sent_B)/N}; flagged when
 * {@code |β|} exceeds the tolerance (the text promises equal numbers) or a side sent more than N;</li>
 * <li>ratio k:1 (A sends k for every 1 from B): compliance {@code sent_A/(k·sent_B)}; flagged when
 * {@code |sent_A − k·sent_B|} exceeds the tolerance;</li>
 * <li>all-for-all: completion {@code sent/pool} per side, with the eligible pool an estimated interval
 * {@code [lo, hi]}, so completion is the interval {@code [sent/hi, sent/lo]}; flagged when a side sent more than
 * the top of its pool estimate (the estimate is wrong);</li>
 * <li>one-way N from one side: completion {@code sent/N}; flagged when the other side sent anything or the
 * sender sent more than N.</li>
 * </ul>
 * Cost: {@code O(#tranches)}. The case ledger ({@code org.parley.mediation.CaseLedger}) feeds it the counts of the
 * case's tranches ({@code org.parley.mediation.Tranche}).
 */
public final class ReciprocityLedger {

    /** What the text says about the exchange. */
    public sealed interface Terms permits NForN, Ratio, AllForAll, OneWay {
    }

    /** "N for N": each side hands over N. */
    public record NForN(double n) implements Terms {
        public NForN {
            Checks.positive("N", n);
        }
    }

    /** "k for 1": A hands over k for every one from B. */
    public record Ratio(double k) implements Terms {
        public Ratio {
            Checks.positive("the ratio k", k);
        }
    }

    /**
     * "All for all", with each side's eligible pool (what it holds and should hand over) as an estimated interval.
     */
    public record AllForAll(double poolALow, double poolAHigh, double poolBLow, double poolBHigh) implements Terms {
        public AllForAll {
            pool("A", poolALow, poolAHigh);
            pool("B", poolBLow, poolBHigh);
        }

        private static void pool(String side, double lo, double hi) {
            Checks.positive("the low estimate of " + side + "'s pool", lo);
            Checks.positive("the high estimate of " + side + "'s pool", hi);
            if (lo > hi) {
                throw new IllegalArgumentException(side + "'s pool estimate runs from " + lo + " down to " + hi
                        + "; give the low estimate first");
            }
        }
    }

    /** One side hands over N, the other nothing; {@code from} is 0 when A sends, 1 when B does. */
    public record OneWay(int from, double n) implements Terms {
        public OneWay {
            if (from != 0 && from != 1) {
                throw new IllegalArgumentException("the sending side must be 0 (A) or 1 (B), got " + from);
            }
            Checks.positive("N", n);
        }
    }

    /**
     * The ledger after the given tranches.
     *
     * @param cumulativeA     {@code sent_A} after each tranche
     * @param cumulativeB     {@code sent_B} after each tranche
     * @param balance         {@code β = sent_A − sent_B}
     * @param completion      N-for-N: {@code min(sent_A, sent_B)/N}; one-way: {@code sent/N}; all-for-all: the
     *                        smaller of the two sides' low completions; ratio: NaN (no ceiling)
     * @param completionA     A's completion as {@code [low, high]}: {@code sent_A/N} twice for a fixed N, the
     *                        interval for an all-for-all pool, NaN for a ratio
     * @param completionB     likewise for B
     * @param compliance      ratio terms: {@code sent_A/(k·sent_B)} (infinite when only A sent, NaN when neither
     *                        did); NaN for other terms
     * @param flags           plain-language flags where practice departs from the text; empty when none
     */
    public record Status(Terms terms, double[] cumulativeA, double[] cumulativeB, double balance, double completion,
            double[] completionA, double[] completionB, double compliance, List<String> flags) {

        public Status {
            flags = List.copyOf(flags);
        }

        /** {@code sent_A}. */
        public double sentA() {
            return cumulativeA.length == 0 ? 0 : cumulativeA[cumulativeA.length - 1];
        }

        /** {@code sent_B}. */
        public double sentB() {
            return cumulativeB.length == 0 ? 0 : cumulativeB[cumulativeB.length - 1];
        }

        /** True when practice departs from the text. */
        public boolean flagged() {
            return !flags.isEmpty();
        }

        @Override
        public double[] cumulativeA() {
            return cumulativeA.clone();
        }

        @Override
        public double[] cumulativeB() {
            return cumulativeB.clone();
        }

        @Override
        public double[] completionA() {
            return completionA.clone();
        }

        @Override
        public double[] completionB() {
            return completionB.clone();
        }
    }

    private final Terms terms;
    private final double tolerance;

    /** A ledger that flags any departure from the terms (tolerance 0). */
    public ReciprocityLedger(Terms terms) {
        this(terms, 0);
    }

    /**
     * @param tolerance the imbalance, in persons or bodies, that does not raise a flag (e.g. a few cases still being
     *                  verified), ≥ 0
     */
    public ReciprocityLedger(Terms terms, double tolerance) {
        this.terms = Checks.notNull("terms", terms);
        this.tolerance = Checks.nonNegative("tolerance", tolerance);
    }

    /**
     * The ledger after the tranches whose counts are {@code fromA[t]} (what A handed over to B in tranche t) and
     * {@code fromB[t]}, in date order.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a count is negative or not finite
     */
    public Status status(double[] fromA, double[] fromB) {
        Checks.notNull("the counts from A", fromA);
        Checks.notNull("the counts from B", fromB);
        if (fromA.length != fromB.length) {
            throw new IllegalArgumentException("the counts from A cover " + fromA.length + " tranches but those from "
                    + "B cover " + fromB.length + "; give one count per side for every tranche");
        }
        int n = fromA.length;
        double[] cumA = new double[n];
        double[] cumB = new double[n];
        double a = 0;
        double b = 0;
        for (int t = 0; t < n; t++) {
            a += Checks.nonNegative("tranche " + t + " count from A", fromA[t]);
            b += Checks.nonNegative("tranche " + t + " count from B", fromB[t]);
            cumA[t] = a;
            cumB[t] = b;
        }
        List<String> flags = new ArrayList<>();
        double nan = Double.NaN;
        if (terms instanceof NForN t) {
            if (Math.abs(a - b) > tolerance) {
                flags.add("the text says " + num(t.n()) + " for " + num(t.n()) + ", but A has handed over " + num(a)
                        + " and B " + num(b) + " (balance " + num(a - b) + ")");
            }
            over(flags, "A", a, t.n());
            over(flags, "B", b, t.n());
            return new Status(terms, cumA, cumB, a - b, Math.min(a, b) / t.n(), pair(a / t.n()), pair(b / t.n()),
                    nan, flags);
        }
        if (terms instanceof Ratio t) {
            if (Math.abs(a - t.k() * b) > tolerance) {
                flags.add("the text says " + num(t.k()) + " for 1, but A has handed over " + num(a) + " against "
                        + num(b) + " from B (" + num(t.k() * b) + " expected from A)");
            }
            double compliance = b > 0 ? a / (t.k() * b) : a > 0 ? Double.POSITIVE_INFINITY : nan;
            return new Status(terms, cumA, cumB, a - b, nan, pair(nan), pair(nan), compliance, flags);
        }
        if (terms instanceof AllForAll t) {
            double[] ca = {a / t.poolAHigh(), a / t.poolALow()};
            double[] cb = {b / t.poolBHigh(), b / t.poolBLow()};
            if (a > t.poolAHigh()) {
                flags.add("A has handed over " + num(a) + ", more than the top estimate of its pool, "
                        + num(t.poolAHigh()) + "; the estimate needs revising");
            }
            if (b > t.poolBHigh()) {
                flags.add("B has handed over " + num(b) + ", more than the top estimate of its pool, "
                        + num(t.poolBHigh()) + "; the estimate needs revising");
            }
            return new Status(terms, cumA, cumB, a - b, Math.min(ca[0], cb[0]), ca, cb, nan, flags);
        }
        OneWay t = (OneWay) terms;
        String from = t.from() == 0 ? "A" : "B";
        String to = t.from() == 0 ? "B" : "A";
        double sent = t.from() == 0 ? a : b;
        double other = t.from() == 0 ? b : a;
        if (other > tolerance) {
            flags.add("the text has only " + from + " handing over, but " + to + " has handed over " + num(other));
        }
        over(flags, from, sent, t.n());
        double c = sent / t.n();
        return new Status(terms, cumA, cumB, a - b, c, t.from() == 0 ? pair(c) : pair(nan),
                t.from() == 1 ? pair(c) : pair(nan), nan, flags);
    }

    private void over(List<String> flags, String side, double sent, double n) {
        if (sent > n + tolerance) {
            flags.add(side + " has handed over " + num(sent) + ", more than the " + num(n) + " in the text");
        }
    }

    private static double[] pair(double x) {
        return new double[] {x, x};
    }

    /** Counts with thousands separators, e.g. 1,212; fractions to two decimals. */
    static String num(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%,.2f", x);
    }
}
