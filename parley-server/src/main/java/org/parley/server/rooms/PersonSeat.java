package org.parley.server.rooms;

import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;

/**
 * A person's seat in a room's session: its turn waits for the person's action through the API
 * ({@link Room#awaitPerson}). It sees nothing else: the person sees the room through the pages and the API.
 */
final class PersonSeat implements Agent {

    private final Room room;
    private final int seat;
    private final String name;

    PersonSeat(Room room, int seat, String name) {
        this.room = room;
        this.seat = seat;
        this.name = name;
    }

    @Override
    public void init(AgentSettings settings) {
        // the person reads the preferences on the page
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        // the room stores every action; the page shows it
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        return room.awaitPerson(seat, timeline);
    }

    @Override
    public String name() {
        return name;
    }
}
