package org.parley.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.agent.boa.BoaAgent;
import org.parley.agent.boa.BoaSpec;
import org.parley.preference.Profile;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.ExposesOpponentModel;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

class OpponentModelProbeTest {

    /** Offers v{value} forever, never accepts. */
    private static class Stubborn implements Agent {
        final int value;
        AgentSettings settings;

        Stubborn(int value) {
            this.value = value;
        }

        @Override
        public void init(AgentSettings s) {
            settings = s;
        }

        @Override
        public void receive(Action action, Timeline timeline) {
        }

        @Override
        public Action chooseAction(Timeline timeline) {
            return new Offer(settings.party(), new int[] {value});
        }

        @Override
        public String name() {
            return "stubborn";
        }
    }

    /** Stubborn, with a model of party 1 that is flat (0.5) until it receives something at t ≥ 0.5, then exact. */
    private static final class Learner extends Stubborn implements ExposesOpponentModel {
        final Profile truth;
        boolean learned;

        Learner(Profile truth) {
            super(0);
            this.truth = truth;
        }

        @Override
        public void receive(Action action, Timeline timeline) {
            learned |= timeline.time() >= 0.5;
        }

        @Override
        public double estimatedUtility(int opponent, int[] outcome) {
            return opponent != 1 ? Double.NaN : learned ? truth.utility(outcome) : 0.5;
        }
    }

    private static SessionResult run(List<Profile> profiles, List<AgentFactory> factories, int rounds) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).agents(factories)
                .deadline(Deadline.rounds(rounds)).build());
    }

    @Test
    void aCurveAtEachTenthAndAtTheEnd() {
        List<Profile> profiles = MeasureProfiles.pair();
        OpponentModelProbe probe = new OpponentModelProbe(() -> new TrueUtilities(profiles));
        run(profiles, probe.wrap(List.of(() -> new Learner(profiles.get(1)), () -> new Stubborn(3))), 20);
        List<ModelTrack> tracks = probe.tracks();
        assertEquals(1, tracks.size());
        ModelTrack t = tracks.get(0);
        assertEquals(0, t.party());
        assertEquals(1, t.opponent());
        // 20 rounds: t = r/21; the first calls at or after 0.1, 0.2, ... are in rounds 3, 5, ..., 19; the end at 20/21
        assertEquals(10, t.curve().size());
        for (int k = 0; k < 9; k++) {
            assertEquals((3 + 2 * k) / 21.0, t.curve().get(k).time(), 1e-12, "checkpoint " + k);
        }
        assertEquals(20 / 21.0, t.last().time(), 1e-12);
        // flat up to round 11 (the model learns on receiving in round 11, after the probe measured it):
        // B's utilities .1 .6 .5 1 .3, |0.5 − u| = .4 .1 0 .5 .2: MAE .24, no correlation
        for (int k = 0; k < 5; k++) {
            ModelAccuracy a = t.curve().get(k);
            assertTrue(Double.isNaN(a.pearson()) && Double.isNaN(a.kendall()), "flat at " + k);
            assertEquals(0.24, a.mae(), 1e-12);
        }
        for (int k = 5; k < 10; k++) {
            ModelAccuracy a = t.curve().get(k);
            assertEquals(1, a.pearson(), 1e-12);
            assertEquals(1, a.kendall(), 1e-12);
            assertEquals(0, a.mae(), 1e-12);
        }
        assertSame(t.curve().get(9), t.last());
    }

    @Test
    void agentsWithoutAModelAreNotWrapped() throws Exception {
        List<Profile> profiles = MeasureProfiles.pair();
        OpponentModelProbe probe = new OpponentModelProbe(() -> {
            throw new AssertionError("no model, no truth computed");
        });
        Stubborn plain = new Stubborn(1);
        List<AgentFactory> wrapped = probe.wrap(List.of(() -> plain, () -> new Stubborn(3)));
        assertSame(plain, wrapped.get(0).create());
        run(profiles, probe.wrap(List.of(() -> new Stubborn(0), () -> new Stubborn(3))), 10);
        assertTrue(probe.tracks().isEmpty());
    }

    @Test
    void aBoaAgentExposesItsFrequencyModel() {
        List<Profile> profiles = MeasureProfiles.pair();
        BoaAgent[] boa = new BoaAgent[1];
        AgentFactory boaFactory = () -> {
            boa[0] = (BoaAgent) BoaSpec.parse("boa(offer=td(e=0.2),model=hardheaded,accept=next)").create();
            return boa[0];
        };
        OpponentModelProbe probe = new OpponentModelProbe(() -> new TrueUtilities(profiles));
        int[] cycle = {0};
        AgentFactory wanderer = () -> new Stubborn(3) {
            @Override
            public Action chooseAction(Timeline timeline) {
                int[] values = {3, 3, 1, 3, 2};
                return new Offer(settings.party(), new int[] {values[cycle[0]++ % values.length]});
            }
        };
        run(profiles, probe.wrap(List.of(boaFactory, wanderer)), 30);
        List<ModelTrack> tracks = probe.tracks();
        assertEquals(1, tracks.size());
        double[] estimate = new double[5];
        double[] truth = new double[5];
        for (int v = 0; v < 5; v++) {
            estimate[v] = boa[0].context().opponentModel(1).evaluate(new int[] {v});
            truth[v] = profiles.get(1).utility(new int[] {v});
        }
        ModelAccuracy expected = ModelAccuracy.of(0, estimate, truth);
        ModelAccuracy last = tracks.get(0).last();
        assertEquals(expected.pearson(), last.pearson(), 1e-12);
        assertEquals(expected.kendall(), last.kendall(), 1e-12);
        assertEquals(expected.mae(), last.mae(), 1e-12);
        assertTrue(last.pearson() > 0.5, "the opponent offered v3 most, its best: " + last);
    }

    @Test
    void largeSpacesAreSampledWithTheFixedSeed() {
        org.parley.domain.Domain big = MeasureProfiles.domain(100);
        java.util.List<org.parley.domain.Issue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issues.add(new org.parley.domain.DiscreteIssue("i" + i, ((org.parley.domain.DiscreteIssue) big.issue(0))
                    .values()));
        }
        org.parley.domain.Domain d = new org.parley.domain.Domain("big", issues);
        List<int[]> a = OutcomeSample.of(d);
        List<int[]> b = OutcomeSample.of(d);
        assertEquals(OutcomeSample.MAX, a.size());
        for (int k = 0; k < a.size(); k++) {
            assertEquals(java.util.Arrays.toString(a.get(k)), java.util.Arrays.toString(b.get(k)));
        }
        assertEquals(100, OutcomeSample.of(big).size(), "a small space: every outcome");
    }
}
