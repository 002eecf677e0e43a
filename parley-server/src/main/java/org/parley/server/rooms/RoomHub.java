package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parley.server.store.StoredEvent;

/**
 * Server-sent events of the rooms: every listener of a room gets one {@code room} message per stored event, id = the
 * event's sequence number, data {@code {"seq", "type", "act"?}} where {@code act} is an action as the listener may
 * see it ({@link RoomViews#act}: a seat's own utility only). A client that reconnects with {@code Last-Event-ID}
 * first gets what it missed from the log, then the live events, none twice.
 */
public final class RoomHub implements AutoCloseable {

    private final RoomService rooms;
    private final Map<String, Set<Listener>> byRoom = new ConcurrentHashMap<>();
    private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-room-sse");
        t.setDaemon(true);
        return t;
    });

    /** A hub fed by {@code rooms}, pinging idle listeners every {@code heartbeat}. */
    public RoomHub(RoomService rooms, Duration heartbeat) {
        this.rooms = rooms;
        rooms.listen((room, e) -> {
            if (e != null) {
                dispatcher.execute(() -> deliver(room, e));
            }
        });
        long ms = heartbeat.toMillis();
        dispatcher.scheduleWithFixedDelay(this::heartbeat, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void heartbeat() {
        for (Set<Listener> ls : byRoom.values()) {
            for (Listener l : ls) {
                l.ping();
            }
        }
    }

    private void deliver(Room room, StoredEvent e) {
        Set<Listener> ls = byRoom.get(room.id());
        if (ls == null) {
            return;
        }
        JsonNode payload = rooms.payload(e);
        for (Listener l : ls) {
            l.offer(e, payload);
        }
    }

    /** Number of connected listeners. */
    public int listeners() {
        return byRoom.values().stream().mapToInt(Set::size).sum();
    }

    /** Serves {@code client} for {@code room} as {@code seat} sees it ({@link RoomViews#OWNER}), after {@code lastSeq}. */
    public void connect(SseClient client, Room room, int seat, long lastSeq) {
        Listener l = new Listener(client, room, seat);
        Set<Listener> set = byRoom.computeIfAbsent(room.id(), k -> ConcurrentHashMap.newKeySet());
        set.add(l);
        client.onClose(() -> set.remove(l));
        client.keepAlive();
        client.sendComment("connected");
        List<StoredEvent> missed = lastSeq >= 0 ? rooms.store().readAfterSeq(RoomService.stream(room.id()), lastSeq)
                : List.of();
        l.replayed(missed, lastSeq);
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }

    /** The message data of {@code e} for {@code seat}. */
    static String data(Room room, StoredEvent e, JsonNode payload, int seat) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("seq", e.seq()).put("version", e.version())
                .put("type", e.type());
        if (e.type().equals(RoomEvents.ACTION)) {
            int s = payload.get("seat").intValue();
            JsonNode out = payload.get("outcome");
            int[] outcome = out == null || out.isNull() ? null
                    : Outcomes.parse(room.scenario().domain(), out, "/outcome");
            Act a = new Act(s, payload.get("round").intValue(), payload.get("t").doubleValue(),
                    Act.action(payload.get("type").asText(), s, outcome), e.recordedAt(), e.seq());
            o.set("act", RoomViews.act(a, room.scenario().domain(), room.scenario().profiles(), seat));
        } else if (e.type().equals(RoomEvents.JOINED)) {
            o.put("seat", payload.get("seat").intValue());
        }
        return o.toString();
    }

    private final class Listener {
        private final SseClient client;
        private final Room room;
        private final int seat;
        private boolean replaying = true;
        private final List<StoredEvent> pending = new ArrayList<>();
        private final List<JsonNode> pendingPayloads = new ArrayList<>();
        private long lastSent;

        Listener(SseClient client, Room room, int seat) {
            this.client = client;
            this.room = room;
            this.seat = seat;
        }

        synchronized void ping() {
            if (!client.terminated()) {
                client.sendComment("ping");
            }
        }

        synchronized void offer(StoredEvent e, JsonNode payload) {
            if (replaying) {
                pending.add(e);
                pendingPayloads.add(payload);
            } else {
                send(e, payload);
            }
        }

        synchronized void replayed(List<StoredEvent> missed, long after) {
            lastSent = Math.max(lastSent, after);
            for (StoredEvent e : missed) {
                send(e, rooms.payload(e));
            }
            for (int i = 0; i < pending.size(); i++) {
                send(pending.get(i), pendingPayloads.get(i));
            }
            pending.clear();
            pendingPayloads.clear();
            replaying = false;
        }

        private void send(StoredEvent e, JsonNode payload) {
            if (e.seq() <= lastSent || client.terminated()) {
                return;
            }
            client.sendEvent("room", data(room, e, payload, seat), Long.toString(e.seq()));
            lastSent = e.seq();
        }
    }
}
