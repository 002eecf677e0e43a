package org.parley.tournament;

import java.util.List;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.agent.AgentSpec;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Timeline;

/** Test agents: {@code test-thrower} throws on its first turn, {@code test-spinner} never returns from it. */
final class FaultyAgent implements Agent {

    /** The built-in agents and the two faulty ones. */
    static final AgentRegistry AGENTS = AgentRegistry.builtIns().with(List.of(new AgentProvider() {
        @Override
        public List<String> names() {
            return List.of("test-thrower", "test-spinner");
        }

        @Override
        public String description(String name) {
            return name.equals("test-spinner") ? "never returns from its first turn" : "throws on its first turn";
        }

        @Override
        public AgentFactory factory(AgentSpec spec) {
            spec.requireNoOptions();
            boolean spin = spec.name().equals("test-spinner");
            return () -> new FaultyAgent(spin);
        }
    }));

    private final boolean spin;
    private int party;

    private FaultyAgent(boolean spin) {
        this.spin = spin;
    }

    @Override
    public void init(AgentSettings settings) {
        party = settings.party();
    }

    @Override
    public void receive(Action action, Timeline timeline) {
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        if (!spin) {
            throw new IllegalStateException("boom");
        }
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        return new EndNegotiation(party);
    }

    @Override
    public String name() {
        return spin ? "test-spinner" : "test-thrower";
    }
}
