package org.parley.protocol;

/**
 * An {@link ExternalAgent} whose answers can wait in an {@link AgentBatch} with other agents' (an agent process that
 * serves several sessions at once, protocol 2 of {@code docs/agent-protocol.md}). A {@link SteppedSession} splits each
 * of its calls that wait for an answer in two: the request, queued in the batch, and its completion, once the batch
 * has been completed; meanwhile the driver steps other sessions. {@link #receive} and
 * {@link #negotiationEnded} need no answer and are queued as they are called.
 *
 * <p>Used through its plain {@link Agent} methods, it works as any external agent, one call at a time.
 */
public interface BatchedAgent extends ExternalAgent {

    /**
     * Begins {@link #init}: queues its request in {@code batch} and returns true, so that the session waits for
     * {@link #completeInit()}; or, when this agent cannot wait in a batch (its process serves one session at a time),
     * initialises at once and returns false: every later call of the session is then a plain one.
     *
     * @throws Failure as {@link #init} would
     */
    boolean requestInit(AgentSettings settings, AgentBatch batch);

    /**
     * Completes init once the batch has been completed.
     *
     * @throws Failure when the answer was not the agent being ready, or the agent broke meanwhile
     */
    void completeInit();

    /** Queues the request for this agent's action. */
    void requestAction(Timeline timeline);

    /**
     * The action asked for by {@link #requestAction}, once the batch has been completed.
     *
     * @throws Failure when the answer was not an action, or the agent broke meanwhile
     */
    Action completeAction();
}
