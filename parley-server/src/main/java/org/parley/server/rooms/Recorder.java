package org.parley.server.rooms;

import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.ExternalAgent;
import org.parley.protocol.Timeline;

/**
 * Wraps one seat's agent: every call passes through unchanged, and each action the agent chooses is stored by the
 * room ({@link Room#acted}) before the session goes on. An agent process stays an {@link ExternalAgent}, so the
 * session still lets it enforce its own budget and closes it.
 */
class Recorder implements Agent {

    private final Room room;
    private final int seat;
    private final Agent agent;

    Recorder(Room room, int seat, Agent agent) {
        this.room = room;
        this.seat = seat;
        this.agent = agent;
    }

    /** The wrapper of {@code agent} in {@code seat} (null stays null: the session reports the factory's failure). */
    static Agent of(Room room, int seat, Agent agent) {
        if (agent == null) {
            return null;
        }
        return agent instanceof ExternalAgent x ? new External(room, seat, x) : new Recorder(room, seat, agent);
    }

    @Override
    public final void init(AgentSettings settings) {
        agent.init(settings);
    }

    @Override
    public final void receive(Action action, Timeline timeline) {
        agent.receive(action, timeline);
    }

    @Override
    public final Action chooseAction(Timeline timeline) {
        Action a = agent.chooseAction(timeline);
        room.acted(seat, a, timeline);
        return a;
    }

    @Override
    public final void negotiationEnded(int[] agreement) {
        agent.negotiationEnded(agreement);
    }

    @Override
    public final String name() {
        return agent.name();
    }

    private static final class External extends Recorder implements ExternalAgent {
        private final ExternalAgent external;

        External(Room room, int seat, ExternalAgent agent) {
            super(room, seat, agent);
            this.external = agent;
        }

        @Override
        public void callBudget(long nanos) {
            external.callBudget(nanos);
        }

        @Override
        public void close() {
            external.close();
        }
    }
}
