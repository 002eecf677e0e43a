package org.parley.agent;

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
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.Timeline;

/** Hand-built profiles and a scripted clock for agent unit tests. */
final class TestProfiles {

    private TestProfiles() {
    }

    /**
     * One discrete issue with values {@code v0, v1, ...}, where outcome {@code {vi}} has exactly utility
     * {@code utilities[i]} (the largest must be 1, since GENIUS divides by the maximum evaluation).
     */
    static Profile oneIssue(String name, double reservation, double... utilities) {
        return weightedOneIssue(name, reservation, 1.0, utilities);
    }

    /**
     * As {@link #oneIssue}, with the issue weighted by {@code weight}: below 1, no outcome reaches a reservation
     * value of 1 (a reservation value lies in [0, 1], so this is how "nothing is acceptable" is built).
     */
    static Profile weightedOneIssue(String name, double reservation, double weight, double... utilities) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < utilities.length; i++) {
            values.add("v" + i);
        }
        return withValues(name, values, reservation, weight, utilities);
    }

    /** One discrete issue with the given value names; outcome {@code {values[i]}} has utility {@code utilities[i]}. */
    static Profile oneIssue(String name, List<String> values, double reservation, double... utilities) {
        return withValues(name, values, reservation, 1.0, utilities);
    }

    private static Profile withValues(String name, List<String> values, double reservation, double weight,
            double... utilities) {
        Map<String, Double> eval = new LinkedHashMap<>();
        for (int i = 0; i < utilities.length; i++) {
            eval.put(values.get(i), utilities[i]);
        }
        Domain d = new Domain("test", List.of(new DiscreteIssue("x", values)));
        List<Evaluator> evaluators = List.of(new DiscreteEvaluator(eval, true));
        return new Profile(name, new AdditiveUtility(d, new double[] {weight}, evaluators), reservation, 1.0);
    }

    /** Two issues of {@code n} values; value i of issue 0 scores i/(n−1), of issue 1 the reverse; weights given. */
    static Profile twoIssues(String name, int n, double w0, double w1, boolean mirrored) {
        List<String> values = new ArrayList<>();
        Map<String, Double> up = new LinkedHashMap<>();
        Map<String, Double> down = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.add("v" + i);
            up.put("v" + i, (double) i);
            down.put("v" + i, (double) (n - 1 - i));
        }
        Domain d = new Domain("grid", List.of(new DiscreteIssue("a", values), new DiscreteIssue("b", values)));
        DiscreteEvaluator e0 = new DiscreteEvaluator(mirrored ? down : up, true);
        DiscreteEvaluator e1 = new DiscreteEvaluator(mirrored ? up : down, true);
        return new Profile(name, new AdditiveUtility(d, new double[] {w0, w1}, List.of(e0, e1)), 0, 1.0);
    }

    static AgentSettings settings(Profile p, Deadline deadline, long seed) {
        return new AgentSettings(0, 2, p, deadline, "SAOP", seed);
    }

    /** A clock stopped at a round of a round deadline, or at a time of a time deadline. */
    static final class Clock implements Timeline {
        private final Deadline deadline;
        int round = 1;
        double time;

        Clock(Deadline deadline) {
            this.deadline = deadline;
        }

        Clock round(int r) {
            round = r;
            return this;
        }

        Clock at(double t) {
            time = t;
            return this;
        }

        @Override
        public double time() {
            return deadline.isRounds() ? deadline.timeOfRound(round) : time;
        }

        @Override
        public int round() {
            return round;
        }

        @Override
        public Deadline deadline() {
            return deadline;
        }
    }
}
