package org.parley.protocol;

/**
 * Makes a fresh agent for each session. A session calls {@link #create()} once per seat, under the per-call time
 * budget: a factory that throws, returns null or takes too long is the agent's fault, recorded in the session's
 * result like any other.
 */
@FunctionalInterface
public interface AgentFactory {

    Agent create();
}
