package org.parley.server.rooms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.Watchdog;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.auth.Secrets;
import org.parley.server.store.EventStore;
import org.parley.server.store.StoredEvent;
import org.parley.server.web.ApiError;

/**
 * The live rooms: creates them (a {@code room.created} event and one credential per person's seat), rebuilds them
 * from the event log at start and resumes the ones that were running, runs their sessions on threads of their own
 * under one shared {@link Watchdog}, and tells its listeners (the SSE hub) about every stored event.
 */
public final class RoomService implements AutoCloseable {

    private static final String PREFIX = "room/";
    private static final String EXERCISE = "exercise/";

    private final EventStore store;
    private final Credentials credentials;
    private final Function<String, AgentFactory> agents;
    private final SessionFactory sessions;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Exercise> exercises = new ConcurrentHashMap<>();
    private final List<BiConsumer<Room, StoredEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Watchdog<Room> watchdog = new Watchdog<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parley-room-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Thread watcher;

    /**
     * The rooms of {@code store}, rebuilt from its log; running rooms are resumed.
     *
     * @param agents   finds an agent by spec (the registry's {@code factory})
     * @param sessions builds the sessions (the protocol and the clock)
     */
    public RoomService(EventStore store, Credentials credentials, Function<String, AgentFactory> agents,
            SessionFactory sessions) {
        this.store = store;
        this.credentials = credentials;
        this.agents = agents;
        this.sessions = sessions;
        this.watcher = new Thread(() -> {
            try {
                watchdog.watch(stopped, () -> false, g -> g.tag().givenUp(g.result()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parley-room-watchdog");
        watcher.setDaemon(true);
    }

    /** Rebuilds the rooms from the log, starts the watchdog and resumes the rooms that were running. */
    public RoomService start() {
        Map<String, List<StoredEvent>> byRoom = new LinkedHashMap<>();
        for (StoredEvent e : store.readAll()) {
            if (e.stream().startsWith(EXERCISE) && e.type().equals(Exercise.CREATED)) {
                Exercise x = exercise(e.stream().substring(EXERCISE.length()), payload(e), e.recordedAt());
                exercises.put(x.id(), x);
            }
            if (e.stream().startsWith(PREFIX)) {
                byRoom.computeIfAbsent(e.stream().substring(PREFIX.length()), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<StoredEvent>> r : byRoom.entrySet()) {
            List<StoredEvent> events = r.getValue();
            StoredEvent first = events.get(0);
            if (!first.type().equals(RoomEvents.CREATED)) {
                continue;
            }
            JsonNode created = payload(first);
            RoomSpec spec = RoomSpec.fromJson(created.get("spec"));
            Room room = new Room(this, r.getKey(), spec, spec.loadScenario());
            for (StoredEvent e : events) {
                room.apply(e, payload(e));
            }
            rooms.put(room.id(), room);
        }
        watcher.start();
        for (Room room : rooms.values()) {
            room.resume();
        }
        return this;
    }

    /**
     * A room just created, with the tokens of its persons' seats.
     *
     * @param room   the room
     * @param tokens seat index to that seat's token (its invitation link is {@code /join/TOKEN})
     */
    public record Created(Room room, Map<Integer, String> tokens) {

        /** Copies the tokens. */
        public Created {
            tokens = Map.copyOf(tokens);
        }
    }

    /** Creates a room for {@code spec} on behalf of {@code creator}; an all-agent room starts at once. */
    public Created create(RoomSpec spec, Principal creator) {
        for (int s = 0; s < spec.seats().size(); s++) {
            RoomSpec.Seat seat = spec.seats().get(s);
            if (!seat.isPerson()) {
                try {
                    agents.apply(seat.agent());
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("/seats/" + s + "/agent", e.getMessage());
                }
            }
        }
        String id = Secrets.newId();
        Room room = new Room(this, id, spec, spec.loadScenario());
        Map<Integer, String> tokens = new LinkedHashMap<>();
        synchronized (room) {
            ObjectNode p = object();
            p.set("spec", spec.toJson(json));
            p.put("creator", creator.credentialId());
            StoredEvent e = append(room, 1, RoomEvents.CREATED, creator.actor(), p);
            room.apply(e, p);
            rooms.put(id, room);
            for (int s = 0; s < spec.seats().size(); s++) {
                RoomSpec.Seat seat = spec.seats().get(s);
                if (seat.isPerson()) {
                    Credentials.Issued i = credentials.issue(Role.SEAT, Principal.ROOM + id, Integer.toString(s),
                            seat.person(), false, null);
                    tokens.put(s, i.secret());
                }
            }
            published(room, e);
        }
        room.startIfReady();
        return new Created(room, tokens);
    }

    /**
     * Hands a person's action to room {@code room}'s session; the future completes once the action is stored.
     *
     * @throws ApiError 409 when it is not {@code seat}'s turn or the room does not run, 400 for a bad action
     */
    public java.util.concurrent.CompletableFuture<Act> submit(Room room, int seat, String type, JsonNode outcome) {
        return room.submit(seat, type, outcome);
    }

    /** {@code seat}'s utility of {@code outcome} in {@code room} (400 for an outcome the scenario lacks). */
    public double utility(Room room, int seat, JsonNode outcome) {
        return room.scenario().profiles().get(seat).utility(Outcomes.parse(room.scenario().domain(), outcome,
                "?outcome"));
    }

    /**
     * Creates an exercise: {@code pairs} rooms of two people each (or of one person against {@code opponent}), and as
     * many again with the roles swapped when {@code swap}; every room shares {@code base}'s scenario, deadline, seed,
     * turn limit and reveal setting.
     *
     * @param base        the template room (its seats are ignored; the scenario must have two parties)
     * @param opponent    the agent spec, or null for people against people
     * @param studentRole against an agent, the party (0 or 1) the students play in the first round
     * @return the exercise and every room with its seats' tokens, in order
     */
    public Map.Entry<Exercise, List<Created>> createExercise(String title, RoomSpec base, String opponent,
            int studentRole, int pairs, boolean swap, Principal creator) {
        String id = Secrets.newId();
        List<Created> made = new ArrayList<>();
        for (int round = 0; round < (swap ? 2 : 1); round++) {
            for (int k = 1; k <= pairs; k++) {
                RoomSpec.Seat a = new RoomSpec.Seat(null, (opponent == null ? "pair " + k + " A" : "student " + k));
                RoomSpec.Seat b = opponent == null ? new RoomSpec.Seat(null, "pair " + k + " B")
                        : new RoomSpec.Seat(opponent, null);
                List<RoomSpec.Seat> seats = (round == 0) == (studentRole == 0) ? List.of(a, b) : List.of(b, a);
                String t = (title == null ? "exercise" : title) + " · " + (opponent == null ? "pair " : "student ") + k
                        + (swap ? " · round " + (round + 1) : "");
                made.add(create(new RoomSpec(base.scenario(), seats, base.deadline(), base.seed(), base.turnSeconds(),
                        base.reveal(), t, id), creator));
            }
        }
        ObjectNode p = object().put("title", title).put("opponent", opponent).put("pairs", pairs).put("swap", swap)
                .put("studentRole", studentRole).put("creator", creator.credentialId());
        com.fasterxml.jackson.databind.node.ArrayNode ids = p.putArray("rooms");
        made.forEach(c -> ids.add(c.room().id()));
        StoredEvent e;
        try {
            e = store.append(EXERCISE + id, 1, Exercise.CREATED, creator.actor(), json.writeValueAsString(p),
                    Instant.now());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
        Exercise x = exercise(id, p, e.recordedAt());
        exercises.put(id, x);
        return Map.entry(x, made);
    }

    private static Exercise exercise(String id, JsonNode p, Instant at) {
        List<String> ids = new ArrayList<>();
        p.get("rooms").forEach(r -> ids.add(r.asText()));
        return new Exercise(id, p.path("title").isTextual() ? p.get("title").asText() : null,
                p.path("opponent").isTextual() ? p.get("opponent").asText() : null, p.get("pairs").intValue(),
                p.get("swap").asBoolean(), ids, p.path("creator").asText(null), at);
    }

    /** Every exercise, newest first. */
    public List<Exercise> exercises() {
        List<Exercise> out = new ArrayList<>(exercises.values());
        out.sort(Comparator.comparing(Exercise::createdAt).thenComparing(Exercise::id).reversed());
        return out;
    }

    /** Exercise {@code id}, if it exists. */
    public Optional<Exercise> findExercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** Exercise {@code id}; 404 when there is none. */
    public Exercise exercise(String id) {
        Exercise x = exercises.get(id);
        if (x == null) {
            throw ApiError.notFound("there is no exercise '" + id + "'");
        }
        return x;
    }

    /** Checks that {@code spec} names an agent of the registry (throws IllegalArgumentException otherwise). */
    public void checkAgent(String spec) {
        agents.apply(spec);
    }

    /**
     * A fresh token for the person's seat {@code seat} of {@code room}, revoking its earlier ones (only for a seat
     * that has not joined: revoking would end a joined person's session).
     */
    public String reissue(Room room, int seat) {
        if (room.joined(seat)) {
            throw ApiError.conflict("seat " + seat + " of room '" + room.id() + "' has joined; its link stays");
        }
        for (Credentials.Credential c : credentials.ofCase(Principal.ROOM + room.id())) {
            if (c.party().equals(Integer.toString(seat)) && c.revokedAt() == null) {
                credentials.revoke(c.id());
            }
        }
        return credentials.issue(Role.SEAT, Principal.ROOM + room.id(), Integer.toString(seat),
                room.spec().seats().get(seat).person(), false, null).secret();
    }

    /** Room {@code id}, if it exists. */
    public Optional<Room> find(String id) {
        return Optional.ofNullable(rooms.get(id));
    }

    /** Room {@code id}; 404 when there is none. */
    public Room get(String id) {
        Room r = rooms.get(id);
        if (r == null) {
            throw ApiError.notFound("there is no room '" + id + "'");
        }
        return r;
    }

    /** Every room, oldest first. */
    public List<Room> all() {
        List<Room> out = new ArrayList<>(rooms.values());
        out.sort(Comparator.comparing(Room::createdAt).thenComparing(Room::id));
        return out;
    }

    /** The stream of room {@code id}. */
    public static String stream(String id) {
        return PREFIX + id;
    }

    /** The log. */
    public EventStore store() {
        return store;
    }

    /** Calls {@code l} after every event stored in a room (in the storing thread). */
    public void listen(BiConsumer<Room, StoredEvent> l) {
        listeners.add(l);
    }

    Function<String, AgentFactory> agents() {
        return agents;
    }

    SessionFactory sessions() {
        return sessions;
    }

    Watchdog<Room> watchdog() {
        return watchdog;
    }

    void execute(Runnable r) {
        runner.execute(r);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    StoredEvent append(Room room, int version, String type, String actor, ObjectNode payload) {
        try {
            return store.append(stream(room.id()), version, type, actor, json.writeValueAsString(payload),
                    Instant.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void published(Room room, StoredEvent e) {
        for (BiConsumer<Room, StoredEvent> l : listeners) {
            l.accept(room, e);
        }
    }

    /** The payload of a stored event as JSON. */
    public JsonNode payload(StoredEvent e) {
        try {
            return json.readTree(e.payload());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("event " + e.seq() + " of " + e.stream() + " is not JSON", x);
        }
    }

    @Override
    public void close() {
        for (Room r : rooms.values()) {
            r.close();
        }
        stopped.countDown();
        runner.shutdownNow();
    }
}
