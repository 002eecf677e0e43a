package org.parley.protocol;

/**
 * An agent that lets parley measure its opponent model: how well its estimate of each opponent's utility matches
 * that opponent's true utility ({@code org.parley.measures.OpponentModelProbe}). Implementing it changes nothing in
 * how the agent negotiates; the measurement calls it between the agent's own calls, on the session's thread, and
 * compares the answers with preferences the agent never sees.
 *
 * <p>BOA agents with a model implement it ({@code org.parley.agent.boa.BoaAgent}); any agent that models its
 * opponents can.
 */
public interface ExposesOpponentModel {

    /**
     * The agent's current estimate of party {@code opponent}'s undiscounted utility of {@code outcome}, ideally in
     * [0, 1]; NaN when it has no model of that party (or none yet). Must be cheap (it is called for up to 10,000
     * outcomes at a time), must not change the agent's state and must not modify {@code outcome}.
     *
     * @param opponent the opponent's position (0-based party index, not the agent's own)
     * @param outcome  value indices in issue order
     */
    double estimatedUtility(int opponent, int[] outcome);
}
