package org.parley.agent.boa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;

/** Small scenarios built in code for the BOA tests. */
final class BoaFixtures {

    private BoaFixtures() {
    }

    /** {@code issues} discrete issues i0, i1, ... with values v0, v1, ... */
    static Domain domain(int issues, int values) {
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            List<String> vs = new ArrayList<>();
            for (int v = 0; v < values; v++) {
                vs.add("v" + v);
            }
            list.add(new DiscreteIssue("i" + i, vs));
        }
        return new Domain("d" + issues + "x" + values, list);
    }

    /** An additive profile; {@code raw[i][v]} are raw evaluations, divided by each issue's maximum. */
    static Profile profile(String name, Domain d, double[] weights, double[][] raw, double reservation) {
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < d.issueCount(); i++) {
            Map<String, Double> ev = new LinkedHashMap<>();
            for (int v = 0; v < raw[i].length; v++) {
                ev.put(d.issue(i).label(v), raw[i][v]);
            }
            evaluators.add(new DiscreteEvaluator(ev, true));
        }
        return new Profile(name, new AdditiveUtility(d, weights, evaluators), reservation, 1.0);
    }

    /** Raw evaluations {@code values..1} (first value best) or {@code 1..values} (last best) for every issue. */
    static double[][] ramps(int issues, int values, boolean firstBest) {
        double[][] raw = new double[issues][values];
        for (int i = 0; i < issues; i++) {
            for (int v = 0; v < values; v++) {
                raw[i][v] = firstBest ? values - v : v + 1;
            }
        }
        return raw;
    }

    /** Two opposed profiles on {@code issues × values}: A likes low values, B high ones; weights differ. */
    static Profile[] opposed(int issues, int values) {
        Domain d = domain(issues, values);
        double[] wa = new double[issues];
        double[] wb = new double[issues];
        double total = issues * (issues + 1) / 2.0;
        for (int i = 0; i < issues; i++) {
            wa[i] = (issues - i) / total;
            wb[i] = (i + 1) / total;
        }
        return new Profile[] {profile("A", d, wa, ramps(issues, values, true), 0),
            profile("B", d, wb, ramps(issues, values, false), 0)};
    }

    /** Settings for party 0 of 2 with {@code profile}. */
    static AgentSettings settings(Profile profile, long seed) {
        return new AgentSettings(0, 2, profile, Deadline.rounds(100), "SAOP", seed);
    }
}
