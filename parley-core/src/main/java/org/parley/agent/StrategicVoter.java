package org.parley.agent;

import org.parley.preference.Profile;
import org.parley.protocol.Action;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;
import org.parley.protocol.snt.TextVoter;

/**
 * A strategic party of the single negotiating text: it votes by a threshold that falls over time instead of by
 * comparison with the text. It accepts a proposal iff its utility is at least
 * {@code θ(t) = r + (1 − r)·(1 − t)}, r its reservation value (at least 0): at first it holds out for nearly its
 * best outcome (refusing even changes that help it, to keep the text moving its way), at the deadline it takes
 * anything above its reservation value (even a change that makes it worse off than the current text).
 *
 * <p>Name {@code strategic} in {@link AgentRegistry}.
 */
public final class StrategicVoter implements TextVoter {

    private Profile profile;
    private double reservation;

    @Override
    public void init(AgentSettings settings) {
        profile = settings.profile();
        reservation = Math.max(0, profile.reservationValue());
    }

    /** The threshold at normalised time {@code t}. */
    public double threshold(double t) {
        return reservation + (1 - reservation) * (1 - t);
    }

    @Override
    public boolean vote(int[] text, int[] proposal, Timeline timeline) {
        return profile.utility(proposal) >= threshold(timeline.time());
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        throw notSingleText(name());
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        throw notSingleText(name());
    }

    @Override
    public String name() {
        return "strategic";
    }

    static UnsupportedOperationException notSingleText(String name) {
        return new UnsupportedOperationException("'" + name + "' only votes in the single negotiating text; run it "
                + "with protocol snt, or pick an alternating-offers agent for SAOP");
    }
}
