package org.parley.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;

/** Hand-built one-issue profiles: outcome {vi} has exactly utility {@code utilities[i]} (the largest must be 1). */
final class MeasureProfiles {

    static final Domain DOMAIN = domain(5);

    private MeasureProfiles() {
    }

    static Domain domain(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add("v" + i);
        }
        return new Domain("measures", List.of(new DiscreteIssue("x", values)));
    }

    static Profile oneIssue(String name, double... utilities) {
        Map<String, Double> eval = new LinkedHashMap<>();
        for (int i = 0; i < utilities.length; i++) {
            eval.put("v" + i, utilities[i]);
        }
        List<Evaluator> evaluators = List.of(new DiscreteEvaluator(eval, true));
        return new Profile(name, new AdditiveUtility(domain(utilities.length), new double[] {1.0}, evaluators), 0,
                1.0);
    }

    /**
     * A: v0..v4 = 1.0, 0.6, 0.5, 0.2, 0.4; B: 0.1, 0.6, 0.5, 1.0, 0.3. Frontier: v0 (1, 0.1), v1 (0.6, 0.6),
     * v3 (0.2, 1); v2 and v4 are dominated by v1.
     */
    static List<Profile> pair() {
        return List.of(oneIssue("A", 1.0, 0.6, 0.5, 0.2, 0.4), oneIssue("B", 0.1, 0.6, 0.5, 1.0, 0.3));
    }
}
