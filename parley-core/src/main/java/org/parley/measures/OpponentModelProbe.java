package org.parley.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.ExposesOpponentModel;
import org.parley.protocol.Timeline;
import org.parley.protocol.snt.TextVoter;

/**
 * Measures the opponent models of one session's agents. {@link #wrap} wraps the seats' factories: an agent that
 * implements {@link ExposesOpponentModel} is wrapped in a probe that passes every call through unchanged and, before
 * the first call at or after each tenth of the session's time ({@link #CHECKPOINTS} of them) and once more when the
 * session ends, asks the agent's estimate of every opponent's utility of every outcome of {@link TrueUtilities} and
 * compares it with the truth ({@link ModelAccuracy}). Other agents are not wrapped at all.
 *
 * <p>The true preferences stay here: the agent is only ever asked for its estimate. The measurement runs on the
 * session's thread inside the agent's calls, so its time (about a millisecond per checkpoint for 10,000 outcomes)
 * counts towards the agent's call budget and, under a time deadline, the session's time. An estimate that throws
 * counts as no estimate (NaN) and never affects the session.
 *
 * <p>The wrapper keeps the agent's role: a single-text {@link TextVoter} stays a voter (and is measured before each
 * vote too). One probe per session; {@link #tracks()} after it has run.
 */
public final class OpponentModelProbe {

    /** Measurements at or after t = 0.1, 0.2, ..., 1.0, besides the one at the end. */
    public static final int CHECKPOINTS = 10;

    private final Supplier<TrueUtilities> truth;
    private TrueUtilities truths;
    private final List<Probe> probes = new ArrayList<>();

    /**
     * A probe comparing against {@code truth}, asked for on the first measurement only (so a session without an
     * exposed model never computes it).
     */
    public OpponentModelProbe(Supplier<TrueUtilities> truth) {
        this.truth = truth;
    }

    /** The true utilities, from {@code truth} on the first call (a session's probes share them). */
    private synchronized TrueUtilities truths() {
        if (truths == null) {
            truths = truth.get();
        }
        return truths;
    }

    /** The factories with every agent that exposes a model wrapped; in seat order. */
    public List<AgentFactory> wrap(List<AgentFactory> factories) {
        List<AgentFactory> out = new ArrayList<>();
        for (int seat = 0; seat < factories.size(); seat++) {
            AgentFactory f = factories.get(seat);
            int s = seat;
            out.add(() -> {
                Agent a = f.create();
                if (a instanceof ExposesOpponentModel model) {
                    Probe p = a instanceof TextVoter voter ? new VoterProbe(voter, model, s) : new Probe(a, model, s);
                    synchronized (probes) {
                        probes.add(p);
                    }
                    return p;
                }
                return a;
            });
        }
        return out;
    }

    /**
     * Every measured (agent, opponent) pair, by agent then opponent position; a pair whose every estimate was NaN
     * (the agent has no model of that party) is left out. Empty when no agent exposes a model.
     */
    public List<ModelTrack> tracks() {
        List<Probe> copy;
        synchronized (probes) {
            copy = new ArrayList<>(probes);
        }
        copy.sort((a, b) -> Integer.compare(a.seat, b.seat));
        List<ModelTrack> out = new ArrayList<>();
        for (Probe p : copy) {
            out.addAll(p.tracks());
        }
        return out;
    }

    /** The wrapper around a single-text voter that exposes a model: still a voter. */
    private final class VoterProbe extends Probe implements TextVoter {
        private final TextVoter voter;

        VoterProbe(TextVoter voter, ExposesOpponentModel model, int seat) {
            super(voter, model, seat);
            this.voter = voter;
        }

        @Override
        public boolean vote(int[] text, int[] proposal, Timeline timeline) {
            checkpoint(timeline.time());
            return voter.vote(text, proposal, timeline);
        }
    }

    /** The wrapper around one agent that exposes a model. */
    private class Probe implements Agent {
        private final Agent agent;
        private final ExposesOpponentModel model;
        private final int seat;
        private int parties;
        private double next = 1.0 / CHECKPOINTS;
        private double lastTime;
        private List<List<ModelAccuracy>> curves;
        private boolean ended;

        Probe(Agent agent, ExposesOpponentModel model, int seat) {
            this.agent = agent;
            this.model = model;
            this.seat = seat;
        }

        @Override
        public void init(AgentSettings settings) {
            synchronized (this) {
                parties = settings.partyCount();
                curves = new ArrayList<>();
                for (int p = 0; p < parties; p++) {
                    curves.add(new ArrayList<>());
                }
            }
            agent.init(settings);
        }

        @Override
        public void receive(Action action, Timeline timeline) {
            checkpoint(timeline.time());
            agent.receive(action, timeline);
        }

        @Override
        public Action chooseAction(Timeline timeline) {
            checkpoint(timeline.time());
            return agent.chooseAction(timeline);
        }

        @Override
        public void negotiationEnded(int[] agreement) {
            agent.negotiationEnded(agreement);
            synchronized (this) {
                if (curves != null && !ended) {
                    ended = true;
                    measure(lastTime);
                }
            }
        }

        @Override
        public String name() {
            return agent.name();
        }

        synchronized void checkpoint(double t) {
            lastTime = t;
            if (curves == null || ended || t < next - 1e-12) {
                return;
            }
            measure(t);
            next = (Math.floor(t * CHECKPOINTS + 1e-9) + 1) / CHECKPOINTS;
        }

        private void measure(double t) {
            TrueUtilities truths = truths();
            List<int[]> outcomes = truths.outcomes();
            double[] estimate = new double[outcomes.size()];
            for (int p = 0; p < parties; p++) {
                if (p == seat || p >= truths.parties()) {
                    continue;
                }
                try {
                    for (int k = 0; k < estimate.length; k++) {
                        estimate[k] = model.estimatedUtility(p, outcomes.get(k));
                    }
                } catch (RuntimeException e) {
                    java.util.Arrays.fill(estimate, Double.NaN);
                }
                curves.get(p).add(truths.accuracy(p, t, estimate));
            }
        }

        synchronized List<ModelTrack> tracks() {
            List<ModelTrack> out = new ArrayList<>();
            if (curves == null) {
                return out;
            }
            for (int p = 0; p < parties; p++) {
                List<ModelAccuracy> c = curves.get(p);
                if (p == seat || c.stream().allMatch(a -> Double.isNaN(a.mae()))) {
                    continue; // no model of this party
                }
                out.add(new ModelTrack(seat, p, c.get(c.size() - 1), c));
            }
            return out;
        }
    }
}
