package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import org.parley.server.store.StoredEvent;
import org.parley.server.web.SseFanout;

/**
 * Server-sent events of the rooms: every listener of a room gets one {@code room} message per stored event, id = the
 * event's sequence number, data {@code {"seq", "version", "type", "act"?, "seat"?}} where {@code act} is an action as
 * the listener may see it ({@link RoomViews#act}: a seat's own utility only) and {@code seat} the seat that joined. A
 * client that reconnects with {@code Last-Event-ID} first gets what it missed from the log, then the live events, none
 * twice ({@link SseFanout}).
 */
public final class RoomHub implements AutoCloseable {

    private final RoomService rooms;
    private final SseFanout<JsonNode> fanout;

    /** A hub fed by {@code rooms}, pinging idle listeners every {@code heartbeat}. */
    public RoomHub(RoomService rooms, Duration heartbeat) {
        this.rooms = rooms;
        // an action is read from the room's state; only a join needs its payload
        this.fanout = new SseFanout<>("parley-room-sse", "room", rooms.store(),
                e -> e.type().equals(RoomEvents.JOINED) ? rooms.payload(e) : null, heartbeat);
        rooms.listen((room, e) -> {
            if (e != null) {
                fanout.publish(e);
            }
        });
    }

    /** Number of connected listeners. */
    public int listeners() {
        return fanout.listeners();
    }

    /** Serves {@code client} for {@code room} as {@code seat} sees it ({@link RoomViews#OWNER}), after {@code lastSeq}. */
    public void connect(SseClient client, Room room, int seat, long lastSeq) {
        fanout.connect(client, RoomService.stream(room.id()), lastSeq, (e, joined) -> data(room, e, joined, seat));
    }

    @Override
    public void close() {
        fanout.close();
    }

    /** The message data of {@code e} for {@code seat} ({@code joined}: the payload of a join, else null). */
    private String data(Room room, StoredEvent e, JsonNode joined, int seat) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("seq", e.seq()).put("version", e.version())
                .put("type", e.type());
        if (e.type().equals(RoomEvents.ACTION)) {
            // a room applies each event to its state, under its monitor, as it stores it: a stored action is there
            Act a = room.act(e.seq());
            if (a == null) {
                throw new IllegalStateException("room " + room.id() + " has no action stored as event " + e.seq());
            }
            o.set("act", RoomViews.act(a, room.scenario().domain(), seat));
        } else if (joined != null) {
            o.put("seat", joined.get("seat").intValue());
        }
        return o.toString();
    }
}
