package org.parley.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.preference.UtilityFunction;

/** Seeded random discrete domains and profiles for the brute-force cross-checks, with frequent ties. */
final class TestProfiles {

    private TestProfiles() {
    }

    static Domain domain(SplittableRandom r, int maxIssues, int maxValues) {
        int n = 1 + r.nextInt(maxIssues);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> values = new ArrayList<>();
            int size = 1 + r.nextInt(maxValues);
            for (int v = 0; v < size; v++) {
                values.add("v" + v);
            }
            issues.add(new DiscreteIssue("i" + i, values));
        }
        return new Domain("random", issues);
    }

    /** Additive with weights summing to 1 and values on a coarse grid half of the time. */
    static AdditiveUtility additive(SplittableRandom r, Domain d) {
        boolean coarse = r.nextBoolean();
        int n = d.issueCount();
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = coarse ? 1 + r.nextInt(3) : r.nextDouble() + 0.01;
            total += w[i];
        }
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w[i] /= total;
            Map<String, Double> ev = new LinkedHashMap<>();
            for (int v = 0; v < d.issue(i).size(); v++) {
                ev.put(d.issue(i).label(v), coarse ? r.nextInt(3) * 0.5 : r.nextDouble());
            }
            evaluators.add(new DiscreteEvaluator(ev, false));
        }
        return new AdditiveUtility(d, w, evaluators);
    }

    /** A non-additive utility: the square of an additive one (so the analysis has to enumerate). */
    static UtilityFunction squared(AdditiveUtility a) {
        return new UtilityFunction() {
            @Override
            public Domain domain() {
                return a.domain();
            }

            @Override
            public double utility(int[] outcome) {
                double u = a.utility(outcome);
                return u * u;
            }
        };
    }

    static List<Profile> profiles(SplittableRandom r, Domain d, int parties, boolean additive) {
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            AdditiveUtility a = additive(r, d);
            UtilityFunction u = additive || j % 2 == 0 ? a : squared(a);
            double reservation = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.8;
            out.add(new Profile("p" + j, u, reservation, 1.0));
        }
        return out;
    }
}
