package org.parley.protocol.snt;

import org.parley.protocol.Agent;
import org.parley.protocol.Timeline;

/**
 * A party of a single-text session that votes directly: it is shown the current text and the mediator's proposal
 * and says whether it accepts the change. Agents that are not voters take part through the offer they would accept
 * (see {@link SingleTextSession}).
 */
public interface TextVoter extends Agent {

    /**
     * True to accept replacing {@code text} by {@code proposal}. Both arrays are this call's own copies.
     */
    boolean vote(int[] text, int[] proposal, Timeline timeline);
}
