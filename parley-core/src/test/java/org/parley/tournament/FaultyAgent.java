package org.parley.tournament;

import org.parley.agent.Agents;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Timeline;

/** Test agents: {@code test-thrower} throws on its first turn, {@code test-spinner} never returns from it. */
final class FaultyAgent implements Agent {

    static {
        Agents.register("test-thrower", spec -> () -> new FaultyAgent(false));
        Agents.register("test-spinner", spec -> () -> new FaultyAgent(true));
    }

    private final boolean spin;
    private int party;

    private FaultyAgent(boolean spin) {
        this.spin = spin;
    }

    /** Makes sure the test agents are registered. */
    static void register() {
        // the static initialiser does the work
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
