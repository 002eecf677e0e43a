package org.parley.agent.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentSpec;
import org.parley.protocol.AgentFactory;

/** The agents of one {@link AgentManifest}, offered by name like any provider's. */
public final class ManifestAgents implements AgentProvider {

    private final Map<String, AgentManifest> manifests = new LinkedHashMap<>();

    /** The provider of one manifest. */
    public ManifestAgents(AgentManifest manifest) {
        manifests.put(manifest.name(), manifest);
    }

    /** The manifest of agent {@code name}. */
    public AgentManifest manifest(String name) {
        return manifests.get(name);
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(manifests.keySet());
    }

    @Override
    public String description(String name) {
        AgentManifest m = manifests.get(name);
        return m == null ? "" : m.description();
    }

    @Override
    public AgentFactory factory(AgentSpec spec) {
        spec.requireNoOptions();
        AgentManifest m = manifests.get(spec.name());
        if (m == null) {
            throw new IllegalArgumentException("no agent '" + spec.name() + "' in this manifest");
        }
        return m.factory();
    }
}
