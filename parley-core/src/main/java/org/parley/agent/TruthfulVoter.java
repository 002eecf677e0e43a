package org.parley.agent;

import org.parley.preference.Profile;
import org.parley.protocol.Action;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;
import org.parley.protocol.snt.TextVoter;

/**
 * A truthful party of the single negotiating text: it accepts a proposed change exactly when the proposal is worth
 * more to it than the current text (undiscounted; a change of equal worth is refused). It has no SAOP behaviour:
 * seated in an alternating-offers session it fails with a message saying so.
 *
 * <p>Name {@code truthful} in {@link AgentRegistry}.
 */
public final class TruthfulVoter implements TextVoter {

    private Profile profile;

    @Override
    public void init(AgentSettings settings) {
        profile = settings.profile();
    }

    @Override
    public boolean vote(int[] text, int[] proposal, Timeline timeline) {
        return profile.utility(proposal) > profile.utility(text);
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        throw StrategicVoter.notSingleText(name());
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        throw StrategicVoter.notSingleText(name());
    }

    @Override
    public String name() {
        return "truthful";
    }
}
