package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

/** Hand-built profiles and a scripted clock for the champions' unit tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** One discrete issue with values v0, v1, ...; outcome {vi} has utility {@code utilities[i]} (max must be 1). */
    static Profile oneIssue(String name, double reservation, double discount, double... utilities) {
        List<String> values = new ArrayList<>();
        Map<String, Double> eval = new LinkedHashMap<>();
        for (int i = 0; i < utilities.length; i++) {
            values.add("v" + i);
            eval.put("v" + i, utilities[i]);
        }
        Domain d = new Domain("one", List.of(new DiscreteIssue("x", values)));
        List<Evaluator> evaluators = List.of(new DiscreteEvaluator(eval, true));
        return new Profile(name, new AdditiveUtility(d, new double[] {1.0}, evaluators), reservation, discount);
    }

    /**
     * A discrete issue per entry of {@code evaluations} (raw evaluations of values v0, v1, ...) with the given
     * weights.
     */
    static Profile discrete(String name, double reservation, double discount, double[] weights,
            double[]... evaluations) {
        List<Issue> issues = new ArrayList<>();
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < evaluations.length; i++) {
            List<String> values = new ArrayList<>();
            Map<String, Double> eval = new LinkedHashMap<>();
            for (int v = 0; v < evaluations[i].length; v++) {
                values.add("i" + i + "v" + v);
                eval.put("i" + i + "v" + v, evaluations[i][v]);
            }
            issues.add(new DiscreteIssue("issue" + i, values));
            evaluators.add(new DiscreteEvaluator(eval, true));
        }
        Domain d = new Domain("discrete", issues);
        return new Profile(name, new AdditiveUtility(d, weights, evaluators), reservation, discount);
    }

    /**
     * A mixed domain: a discrete issue (3 values), an integer issue 1..5 and a real issue [0, 1] (21 points), with
     * linear evaluators rising ({@code up}) or falling.
     */
    static Profile mixed(String name, boolean up) {
        Domain d = new Domain("mixed", List.of(new DiscreteIssue("colour", List.of("red", "green", "blue")),
                new IntegerIssue("count", 1, 5), new RealIssue("share", 0, 1)));
        Map<String, Double> eval = new LinkedHashMap<>();
        eval.put("red", up ? 1.0 : 3.0);
        eval.put("green", 2.0);
        eval.put("blue", up ? 3.0 : 1.0);
        List<Evaluator> evaluators = List.of(new DiscreteEvaluator(eval, true),
                new IntegerLinearEvaluator(up ? 0.25 : -0.25, up ? 0 : 1),
                new RealLinearEvaluator(up ? 0 : 1, up ? 1 : -1));
        return new Profile(name, new AdditiveUtility(d, new double[] {0.4, 0.3, 0.3}, evaluators), 0, 1);
    }

    /** A session of agent instances, built like the old session builder, run through the standard factory. */
    static SessionBuilder session() {
        return new SessionBuilder();
    }

    static final class SessionBuilder {
        private List<Profile> profiles;
        private List<? extends Agent> agents;
        private Deadline deadline = Deadline.rounds(180);
        private long seed;
        private boolean trace;

        SessionBuilder profiles(List<Profile> p) {
            profiles = p;
            return this;
        }

        SessionBuilder agents(List<? extends Agent> a) {
            agents = a;
            return this;
        }

        SessionBuilder deadline(Deadline d) {
            deadline = d;
            return this;
        }

        SessionBuilder seed(long s) {
            seed = s;
            return this;
        }

        SessionBuilder keepTrace(boolean t) {
            trace = t;
            return this;
        }

        SessionBuilder build() {
            return this;
        }

        SessionResult run() {
            return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).instances(agents)
                    .deadline(deadline).seed(seed).keepTrace(trace).build());
        }
    }

    static AgentSettings settings(Profile p, int rounds, long seed) {
        return new AgentSettings(0, 2, p, Deadline.rounds(rounds), "SAOP", seed);
    }

    /** A clock stopped at a round of a round deadline. */
    static final class Clock implements Timeline {
        private final Deadline deadline;
        int round = 1;

        Clock(int rounds) {
            this.deadline = Deadline.rounds(rounds);
        }

        Clock round(int r) {
            round = r;
            return this;
        }

        @Override
        public double time() {
            return deadline.timeOfRound(round);
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
