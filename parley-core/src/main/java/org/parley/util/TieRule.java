package org.parley.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The one rule for choosing among candidates (solution points, packages) by a score, larger is better. Each
 * candidate has a score and a utility vector (one utility per party, in party order).
 *
 * <ol>
 * <li>Scores within the {@linkplain Tolerance tolerance} of the best score are ties: every candidate whose score is
 * {@linkplain Tolerance#close close} to the largest score stays in.</li>
 * <li>Among those, the larger welfare (sum of utilities) wins, again with every candidate close to the largest
 * welfare staying in.</li>
 * <li>Then the smaller utility of the first party, then of the second, and so on (each step keeping the candidates
 * close to the smallest). This is the order in which GENIUS sweeps its frontier (first party's utility ascending,
 * first strict improvement kept), so exact ties of equal welfare go where GENIUS puts them.</li>
 * <li>Candidates equal within the tolerance in every utility are the same point for every purpose: the first in the
 * caller's order is taken.</li>
 * </ol>
 *
 * <p>Each step keeps the candidates close to the step's best value, so the choice does not depend on the order in
 * which candidates arrive (except in step 4). A candidate that another one Pareto-dominates by more than rounding
 * (at least as good within the tolerance for every party, better by more than it for one) is never chosen when its
 * score is no larger than the dominating candidate's up to rounding, as with every monotone score (products and
 * minima of gains, sums).
 *
 * <p>Cost: {@code O(n·m)} for {@link #best}, {@code O(n²·m)} for {@link #rank}, n candidates of m parties.
 */
public final class TieRule {

    private TieRule() {
    }

    /**
     * The chosen candidate, or empty when there is none. Candidates whose score is NaN never qualify.
     *
     * @param candidates the candidates, in the caller's order (which only decides step 4)
     * @param score      the score, larger is better
     * @param utilities  the utility vector, in party order
     */
    public static <T> Optional<T> best(List<T> candidates, ToDoubleFunction<? super T> score,
            Function<? super T, double[]> utilities) {
        List<T> kept = new ArrayList<>();
        double top = Double.NaN;
        for (T c : candidates) {
            double s = score.applyAsDouble(c);
            if (!Double.isNaN(s)) {
                kept.add(c);
                top = Double.isNaN(top) ? s : Math.max(top, s);
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        kept = keepLargest(kept, score, top);
        ToDoubleFunction<T> welfare = c -> welfare(utilities.apply(c));
        kept = keepLargest(kept, welfare, max(kept, welfare));
        int m = utilities.apply(kept.get(0)).length;
        for (int j = 0; j < m && kept.size() > 1; j++) {
            int party = j;
            ToDoubleFunction<T> minus = c -> -utilities.apply(c)[party];
            kept = keepLargest(kept, minus, max(kept, minus));
        }
        return Optional.of(kept.get(0));
    }

    /** The candidates ranked by the rule, the chosen one first (repeated {@link #best}); NaN scores are dropped. */
    public static <T> List<T> rank(List<T> candidates, ToDoubleFunction<? super T> score,
            Function<? super T, double[]> utilities) {
        List<T> left = new ArrayList<>(candidates);
        left.removeIf(c -> Double.isNaN(score.applyAsDouble(c)));
        List<T> out = new ArrayList<>();
        while (!left.isEmpty()) {
            T b = best(left, score, utilities).orElseThrow();
            out.add(b);
            for (int k = 0; k < left.size(); k++) {
                if (left.get(k) == b) {
                    left.remove(k);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The rule as a pairwise comparator, greater meaning preferred (steps 1–3 compared pair by pair; equal in step
     * 4). For bounded heaps over streams; it agrees with {@link #best} unless near-ties chain (a close to b and b to c
     * but not a to c), so rank what a heap kept with {@link #rank} before reporting it.
     */
    public static <T> Comparator<T> preference(ToDoubleFunction<? super T> score,
            Function<? super T, double[]> utilities) {
        return (a, b) -> {
            int c = Tolerance.compare(score.applyAsDouble(a), score.applyAsDouble(b));
            if (c != 0) {
                return c;
            }
            double[] ua = utilities.apply(a);
            double[] ub = utilities.apply(b);
            c = Tolerance.compare(welfare(ua), welfare(ub));
            for (int j = 0; c == 0 && j < ua.length; j++) {
                c = Tolerance.compare(ub[j], ua[j]);
            }
            return c;
        };
    }

    /** The sum of the utilities, in party order. */
    public static double welfare(double[] utilities) {
        double s = 0;
        for (double u : utilities) {
            s += u;
        }
        return s;
    }

    private static <T> double max(List<T> candidates, ToDoubleFunction<? super T> f) {
        double top = Double.NEGATIVE_INFINITY;
        for (T c : candidates) {
            top = Math.max(top, f.applyAsDouble(c));
        }
        return top;
    }

    private static <T> List<T> keepLargest(List<T> candidates, ToDoubleFunction<? super T> f, double top) {
        List<T> out = new ArrayList<>();
        for (T c : candidates) {
            double v = f.applyAsDouble(c);
            if (v >= top || Tolerance.close(v, top)) {
                out.add(c);
            }
        }
        return out;
    }
}
