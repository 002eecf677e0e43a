package org.parley.agent.boa;

/**
 * Learns one opponent's preferences from its bids (BOA's "O"). A fresh instance models one opponent in one session.
 *
 * <p>Implementations should update in O(n) per bid and evaluate an outcome in O(n) (n = number of issues), without
 * allocating: the offering strategy may evaluate a hundred candidates per turn.
 */
public interface OpponentModel {

    /** Called once, before any other method, with the owning agent's context (for the domain). */
    void init(BoaContext context);

    /**
     * Learns from the opponent's next bid.
     *
     * @param bid the opponent's bid, value indices in issue order; must not be modified, may be kept
     * @param time the normalised time at which it was received
     */
    void update(int[] bid, double time);

    /** The estimated opponent utility of {@code outcome}, in [0, 1]. Must not modify {@code outcome}. */
    double evaluate(int[] outcome);
}
