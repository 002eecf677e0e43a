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
}
