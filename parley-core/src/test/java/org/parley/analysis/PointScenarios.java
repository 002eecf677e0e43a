package org.parley.analysis;

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

/** Scenarios given by their outcomes' utility vectors: one issue whose option k has utilities {@code points[k]}. */
final class PointScenarios {

    private PointScenarios() {
    }

    static List<Profile> of(double[][] points, double... reservations) {
        List<String> options = new ArrayList<>();
        for (int k = 0; k < points.length; k++) {
            options.add("o" + k);
        }
        Domain domain = new Domain("points", List.of(new DiscreteIssue("x", options)));
        List<Profile> out = new ArrayList<>();
        for (int j = 0; j < reservations.length; j++) {
            Map<String, Double> table = new LinkedHashMap<>();
            for (int k = 0; k < points.length; k++) {
                table.put("o" + k, points[k][j]);
            }
            List<Evaluator> ev = List.of(new DiscreteEvaluator(table, false));
            out.add(new Profile("p" + j, new AdditiveUtility(domain, new double[] {1}, ev), reservations[j], 1));
        }
        return out;
    }
}
