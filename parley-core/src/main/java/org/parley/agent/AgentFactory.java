package org.parley.agent;

import org.parley.protocol.Agent;

/** Makes a fresh agent for each session. */
@FunctionalInterface
public interface AgentFactory {

    Agent create();
}
