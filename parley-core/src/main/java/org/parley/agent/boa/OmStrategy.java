package org.parley.agent.boa;

/**
 * The opponent-model strategy (BOA's "OMS"): chooses which of several bids that are about equally good for me to
 * offer, using the opponent model, and says whether the model may still learn.
 */
public interface OmStrategy {

    /** Called once with the owning agent's context (for its seeded random generator). */
    default void init(BoaContext context) {
    }

    /**
     * Picks one candidate.
     *
     * @param candidates at least one bid, ordered by my utility, best first
     * @param model      the current opponent's model
     * @return the position of the chosen candidate, in {@code [0, candidates.size())}
     */
    int choose(Candidates candidates, OpponentModel model);

    /** Whether the opponent model may learn from a bid received at {@code time}. All built-ins say always. */
    default boolean canUpdateModel(double time) {
        return true;
    }
}
