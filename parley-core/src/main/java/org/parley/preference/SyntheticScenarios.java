package org.parley.preference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;

/** Seeded random scenarios for scale tests and benchmarks. */
public final class SyntheticScenarios {

    private SyntheticScenarios() {
    }

    /**
     * {@code issues} discrete issues of {@code values} values each, and {@code parties} additive profiles with random
     * weights (normalised to sum 1), integer evaluations 0..100 (GENIUS semantics: divided by the issue maximum) and
     * the given reservation value. The same seed gives the same scenario.
     */
    public static Scenario randomAdditive(int issues, int values, int parties, double reservation, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < values; v++) {
            labels.add(Character.toString('a' + v % 26) + (v < 26 ? "" : Integer.toString(v / 26)));
        }
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            list.add(new DiscreteIssue("issue" + i, labels));
        }
        Domain domain = new Domain("random-" + issues + "x" + values, list);
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            double[] w = new double[issues];
            double total = 0;
            for (int i = 0; i < issues; i++) {
                w[i] = r.nextDouble();
                total += w[i];
            }
            List<Evaluator> evs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                w[i] /= total;
                Map<String, Double> ev = new LinkedHashMap<>();
                for (String v : labels) {
                    ev.put(v, (double) r.nextInt(101));
                }
                evs.add(new DiscreteEvaluator(ev, true));
            }
            profiles.add(new Profile("p" + p, new AdditiveUtility(domain, w, evs), reservation, 1.0));
        }
        return new Scenario(domain.name(), domain, profiles);
    }

    /**
     * A zero-sum space: {@code issues} issues of values a and b, the first profile getting 1 from a and the second 1
     * from b, both with the same seeded random weights {@code minWeight + U[0, 1)}, divided by their sum when
     * {@code normalize} (every outcome is then Pareto-optimal) or left to add up to about {@code issues / 2}, so that
     * GENIUS's cap at 1 binds for both. Domain {@code zero-sum-ISSUES}, profiles p and q, reservation 0.
     */
    public static Scenario zeroSum(int issues, double minWeight, boolean normalize, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[issues];
        double sum = 0;
        for (int i = 0; i < issues; i++) {
            w[i] = minWeight + r.nextDouble();
            sum += w[i];
        }
        List<Issue> list = new ArrayList<>();
        List<Evaluator> first = new ArrayList<>();
        List<Evaluator> second = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            w[i] /= normalize ? sum : 1;
            list.add(new DiscreteIssue("i" + i, List.of("a", "b")));
            first.add(new DiscreteEvaluator(Map.of("a", 1.0, "b", 0.0), false));
            second.add(new DiscreteEvaluator(Map.of("a", 0.0, "b", 1.0), false));
        }
        Domain d = new Domain("zero-sum-" + issues, list);
        return new Scenario(d.name(), d, List.of(new Profile("p", new AdditiveUtility(d, w, first), 0, 1),
                new Profile("q", new AdditiveUtility(d, w, second), 0, 1)));
    }
}
