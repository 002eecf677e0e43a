package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.analysis.AdditiveParetoFrontier;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;

/**
 * The 2^T "each tradable issue to one side's best option" packages of {@link Logrolling} as a domain of binary
 * issues (value 0 = B's best, 1 = A's best), with their exact Pareto frontier from {@link AdditiveParetoFrontier}.
 *
 * <p>Each party's weights are divided by {@code Σ w·(1 + 1e-12)}, so that no package reaches GENIUS's cap of 1 and
 * the frontier is that of the uncapped sums; efficiency is invariant under this scaling. A package is efficient
 * iff its (scaled) utility vector, computed by the same {@link AdditiveUtility}, is one of the frontier's vectors.
 */
final class LogrollingFrontier {

    private record Key(long a, long b) {
        static Key of(double a, double b) {
            return new Key(Double.doubleToLongBits(a), Double.doubleToLongBits(b));
        }
    }

    private final double[] weightsA;
    private final double[] weightsB;
    private final double[][] valuesA;
    private final double[][] valuesB;
    private final List<Logrolling.IssueStakes> issues;
    private final List<Integer> tradable;
    private final AdditiveUtility scaledA;
    private final AdditiveUtility scaledB;
    private final ParetoFrontier frontier;
    private final Set<Key> efficient = new HashSet<>();

    LogrollingFrontier(double[] weightsA, double[] weightsB, double[][] valuesA, double[][] valuesB,
            List<Logrolling.IssueStakes> issues, List<Integer> order) {
        this.weightsA = weightsA;
        this.weightsB = weightsB;
        this.valuesA = valuesA;
        this.valuesB = valuesB;
        this.issues = issues;
        this.tradable = order.stream().sorted().toList();
        if (tradable.isEmpty()) {
            scaledA = null;
            scaledB = null;
            frontier = null;
            return;
        }
        List<Issue> binary = new ArrayList<>();
        for (int i : tradable) {
            binary.add(new DiscreteIssue("issue" + i, List.of("B", "A")));
        }
        Domain domain = new Domain("logrolling", binary);
        scaledA = utility(domain, weightsA, valuesA);
        scaledB = utility(domain, weightsB, valuesB);
        frontier = new AdditiveParetoFrontier(List.of(scaledA, scaledB)).compute();
        for (ParetoFrontier.Point p : frontier.points()) {
            efficient.add(Key.of(p.utility(0), p.utility(1)));
        }
    }

    private AdditiveUtility utility(Domain domain, double[] w, double[][] v) {
        double scale = Checks.sum(w) * (1 + 1e-12);
        double[] weights = new double[tradable.size()];
        List<Evaluator> evaluators = new ArrayList<>();
        for (int k = 0; k < tradable.size(); k++) {
            int i = tradable.get(k);
            weights[k] = w[i] / scale;
            Map<String, Double> ev = new LinkedHashMap<>();
            ev.put("B", v[i][issues.get(i).bestB()]);
            ev.put("A", v[i][issues.get(i).bestA()]);
            evaluators.add(new DiscreteEvaluator(ev, false));
        }
        return new AdditiveUtility(domain, weights, evaluators);
    }

    Logrolling.Package evaluate(int[] winner) {
        Checks.notNull("winner", winner);
        if (winner.length != issues.size()) {
            throw new IllegalArgumentException("a package needs a winner for each of the " + issues.size()
                    + " issues, got " + winner.length);
        }
        int n = issues.size();
        int[] options = new int[n];
        int[] w = new int[n];
        Arrays.fill(w, -1);
        double uA = 0;
        double uB = 0;
        for (int i = 0; i < n; i++) {
            Logrolling.IssueStakes s = issues.get(i);
            if (!s.congruent()) {
                if (winner[i] != 0 && winner[i] != 1) {
                    throw new IllegalArgumentException("the winner of tradable issue " + i + " must be 0 (A) or 1 "
                            + "(B), got " + winner[i]);
                }
                w[i] = winner[i];
            }
            options[i] = w[i] == 1 ? s.bestB() : s.bestA();
            uA += weightsA[i] * valuesA[i][options[i]];
            uB += weightsB[i] * valuesB[i][options[i]];
        }
        boolean isEfficient = true;
        if (frontier != null) {
            int[] outcome = new int[tradable.size()];
            for (int k = 0; k < outcome.length; k++) {
                outcome[k] = w[tradable.get(k)] == 0 ? 1 : 0;
            }
            isEfficient = efficient.contains(Key.of(scaledA.utility(outcome), scaledB.utility(outcome)));
        }
        return new Logrolling.Package(options, w, uA, uB, isEfficient);
    }

    List<Logrolling.EfficientPoint> points() {
        if (frontier == null) {
            int[] none = new int[issues.size()];
            Arrays.fill(none, -1);
            return List.of(new Logrolling.EfficientPoint(evaluate(none), BigInteger.ONE));
        }
        List<Logrolling.EfficientPoint> out = new ArrayList<>();
        for (ParetoFrontier.Point p : frontier.points()) {
            int[] winner = new int[issues.size()];
            Arrays.fill(winner, -1);
            for (int k = 0; k < tradable.size(); k++) {
                winner[tradable.get(k)] = p.outcome()[k] == 1 ? 0 : 1;
            }
            out.add(new Logrolling.EfficientPoint(evaluate(winner), p.count()));
        }
        return out;
    }
}
