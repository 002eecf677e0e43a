package org.parley.formats.yaml;

import java.util.List;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.agent.AgentSpec;
import org.parley.protocol.AgentFactory;

/** Offers {@code yaml-agent} (a hardliner) when a test names this class in an agent path's service file. */
public final class YamlTestProvider implements AgentProvider {

    @Override
    public List<String> names() {
        return List.of("yaml-agent");
    }

    @Override
    public String description(String name) {
        return "a hardliner under another name";
    }

    @Override
    public AgentFactory factory(AgentSpec spec) {
        spec.requireNoOptions();
        return AgentRegistry.builtIns().factory("hardliner");
    }
}
