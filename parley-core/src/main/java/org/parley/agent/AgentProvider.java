package org.parley.agent;

import java.util.List;
import org.parley.protocol.AgentFactory;

/**
 * Offers agents to parley by name: how agents in a jar of your own reach {@code negotiate}, {@code tournament} and
 * {@code case simulate}. Implement it in a public class with a public no-argument constructor, name that class in
 * the jar's {@code META-INF/services/org.parley.agent.AgentProvider}, and give the jar to parley's agent path; an
 * {@link AgentRegistry} finds it with {@link java.util.ServiceLoader}. Walk-through: {@code docs/agent-api.md}.
 *
 * <p>The built-in agents are offered the same way (the registry's built-in provider). A provider must not offer
 * the name of a built-in agent, nor one another provider on the same path offers: the registry refuses both.
 */
public interface AgentProvider {

    /**
     * The names this provider offers: lower-case letters, digits, {@code -} and {@code _}, starting with a letter or
     * digit, e.g. {@code my-agent}. A user selects an agent by its name, optionally followed by options in
     * parentheses or after {@code ?} that the provider defines.
     */
    List<String> names();

    /** A one-line description of the agent {@code name}, for listings, e.g. {@code concedes linearly in time}. */
    String description(String name);

    /**
     * The factory for {@code spec}, whose name is one of {@link #names()}. Called once per spec when a negotiation or
     * tournament is set up; the factory is then called once per session and must make a fresh agent each time.
     *
     * @throws IllegalArgumentException for options the agent does not take (see {@link AgentSpec#requireNoOptions()})
     */
    AgentFactory factory(AgentSpec spec);
}
