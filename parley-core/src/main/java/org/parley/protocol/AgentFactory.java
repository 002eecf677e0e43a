package org.parley.protocol;

/**
 * Makes a fresh agent for each session. A session calls {@link #create()} once per seat, under the per-call time
 * budget: a factory that throws, returns null or takes too long is the agent's fault, recorded in the session's
 * result like any other.
 */
@FunctionalInterface
public interface AgentFactory {

    Agent create();

    /**
     * True when the agents made are {@link BatchedAgent}s (agent processes): a tournament then steps its sessions, so
     * that their calls wait in batches ({@link SteppedSession}). False by default.
     */
    default boolean batched() {
        return false;
    }
}
