package org.parley.protocol;

/**
 * A negotiating agent. The session calls {@link #init} once, then {@link #receive} for every action of every other
 * party (in order, as they happen), and {@link #chooseAction} on the agent's turn. An agent sees only its own
 * profile, through {@link AgentSettings#profile()}.
 *
 * <p>One instance negotiates one session; agents are created per session by an {@code AgentFactory}. Exceptions,
 * illegal actions and calls over the time budget end the session with an error naming the agent.
 *
 * <p>Legal actions: an {@link Offer} of any complete outcome; an {@link Accept} of exactly the latest offer (not on
 * the very first turn of the session); {@link EndNegotiation}.
 */
public interface Agent {

    /** Called once before the session starts. */
    void init(AgentSettings settings);

    /** Another party's action, delivered to every other party as soon as it is made. */
    void receive(Action action, Timeline timeline);

    /** This agent's action on its turn. */
    Action chooseAction(Timeline timeline);

    /** Called once when the session ends; {@code agreement} is null without agreement. */
    default void negotiationEnded(int[] agreement) {
    }

    /** A short name for logs and traces, e.g. {@code boulware}. */
    String name();
}
