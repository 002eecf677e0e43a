package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.parley.app.json.OutcomeJson;
import org.parley.measures.OpponentModelProbe;
import org.parley.measures.TrueUtilities;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Offer;
import org.parley.protocol.Session;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;
import org.parley.server.store.StoredEvent;
import org.parley.server.web.ApiError;

/**
 * One live room: its state ({@link RoomState}, the projection of its event stream {@code room/ID}) and, while it
 * runs, its SAOP session.
 *
 * <p>The session is the one every other command runs ({@link org.parley.protocol.SessionFactory}, under the shared
 * {@link org.parley.protocol.Watchdog}): agent seats are the registry's agents, with the same per-call budget and
 * fault isolation as {@code parley negotiate}; a person's seat is a {@link PersonSeat}, whose turn waits for the
 * person's action through the API, at most the room's per-turn limit (and, under a time deadline, at most until the
 * deadline). Every seat's agent is wrapped in a {@link Recorder} that stores each legal action as a
 * {@code room.action} event, with its round, normalised time and wall-clock time, before the session goes on: a
 * person's {@code POST .../actions} is answered once its event is stored.
 *
 * <p>When the room ends by itself (a person's turn limit, the time deadline during a person's turn, a failed resume)
 * it records that end instead of the session's. After a restart a round-deadline room is resumed by replaying the
 * session: agents are deterministic for a given seed, the persons' stored actions are given back, and every agent's
 * replayed action is compared with the stored one; a difference ends the room with a recorded reason, as does any
 * restart under a time deadline (its clock cannot be replayed).
 */
public final class Room {

    /** Where a room is. */
    public enum Status {
        /** Waiting for every person to join. */
        WAITING,
        /** The session runs. */
        RUNNING,
        /** Ended; {@link #result()} holds the result. */
        ENDED;

        /** The lower-case name used in JSON. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Thrown inside a seat's call to stop the session when the room ends by itself or the server stops. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(String why) {
            super(why, null, false, false);
        }
    }

    private record Pending(int seat, Action action, CompletableFuture<Act> done) {
    }

    private final RoomService service;
    private final String id;
    private final RoomSpec spec;
    private final Scenario scenario;
    private final List<Profile> profiles;
    private final int parties;

    private final RoomResult results;

    // the projection, guarded by this
    private final RoomState state;

    // the run, guarded by this
    private boolean running;
    private boolean closing;
    private int replayed;
    private Pending pending;
    private int waitingSeat = -1;
    private Instant turnStartedAt;
    private SessionResult override;
    private String overrideReason;
    private Analysis analysis;

    Room(RoomService service, String id, RoomSpec spec, Scenario scenario) {
        this.service = service;
        this.id = id;
        this.spec = spec;
        this.scenario = scenario;
        this.profiles = scenario.profiles();
        this.parties = profiles.size();
        this.state = new RoomState(spec, scenario);
        this.results = new RoomResult(spec, scenario);
    }

    /** The room's id. */
    public String id() {
        return id;
    }

    /** What it is made of. */
    public RoomSpec spec() {
        return spec;
    }

    /** Its scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The credential id of whoever created it. */
    public synchronized String creator() {
        return state.creator();
    }

    /** When it was created. */
    public synchronized Instant createdAt() {
        return state.createdAt();
    }

    /** Where it is. */
    public synchronized Status status() {
        return state.ended() ? Status.ENDED : state.startedAt() != null ? Status.RUNNING : Status.WAITING;
    }

    /** The result (as {@code parley negotiate --json}), or null while it runs. */
    public synchronized ObjectNode result() {
        return state.ended() ? state.result().deepCopy() : null;
    }

    /** Why the room ended by itself rather than by the protocol, or null. */
    public synchronized String reason() {
        return state.reason();
    }

    /** The actions so far. */
    public synchronized List<Act> acts() {
        return List.copyOf(state.acts());
    }

    /** The action stored as event {@code seq}, or null. */
    public synchronized Act act(long seq) {
        return state.act(seq);
    }

    /** The version of its stream. */
    public synchronized int version() {
        return state.version();
    }

    /** The sequence number of the room's latest event (a page's stream goes on from there). */
    public synchronized long lastSeq() {
        return state.lastSeq();
    }

    /** When the session started, or null. */
    public synchronized Instant startedAt() {
        return state.startedAt();
    }

    /** When it ended, or null. */
    public synchronized Instant endedAt() {
        return state.endedAt();
    }

    /** Whether the person in {@code seat} has joined. */
    public synchronized boolean joined(int seat) {
        return state.joined(seat);
    }

    /** The seat whose turn it is, or -1 when the room does not run. */
    public synchronized int turn() {
        return state.turn();
    }

    /** The current round (1-based; 0 before the start). */
    public synchronized int round() {
        return state.round();
    }

    /** When the turn of the person waiting now began, or null when no person is waiting. */
    public synchronized Instant turnStartedAt() {
        return waitingSeat >= 0 ? turnStartedAt : null;
    }

    // ---------------------------------------------------------------- projection

    /** Applies a stored event of this room's stream (the projection; called in version order). */
    synchronized void apply(StoredEvent e, JsonNode p) {
        state.apply(e, p);
    }

    private StoredEvent append(String type, String actor, ObjectNode payload) {
        StoredEvent e = service.append(this, state.version() + 1, type, actor, payload);
        state.apply(e, payload);
        service.published(this, e);
        return e;
    }

    // ---------------------------------------------------------------- joining and starting

    /** Records that the person in {@code seat} has joined; starts the session once every person has. */
    public void join(int seat) {
        synchronized (this) {
            if (seat < 0 || state.joined(seat) || state.ended()) {
                return;
            }
            append(RoomEvents.JOINED, "seat:" + seat, service.object().put("seat", seat));
        }
        startIfReady();
    }

    /** Starts the session when every person has joined and it has not started yet. */
    void startIfReady() {
        synchronized (this) {
            if (state.startedAt() != null || state.ended() || closing || !state.everyoneJoined()) {
                return;
            }
            append(RoomEvents.STARTED, "room", service.object());
            running = true;
        }
        service.execute(this::run);
    }

    /**
     * Resumes a room found running at the server's start: a round-deadline session is replayed and goes on; a
     * time-deadline session ends with the reason recorded.
     */
    void resume() {
        synchronized (this) {
            if (state.ended() || state.startedAt() == null) {
                return;
            }
            if (!spec.deadline().isRounds()) {
                end(results.error("the server restarted during the session; a session under a time deadline "
                        + "cannot resume (its clock ran on while the server was down)", state), "server restarted");
                return;
            }
            running = true;
        }
        service.execute(this::run);
    }

    // ---------------------------------------------------------------- the session

    private void run() {
        OpponentModelProbe probe = new OpponentModelProbe(() -> new TrueUtilities(profiles));
        List<AgentFactory> base = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < parties; s++) {
            RoomSpec.Seat seat = spec.seats().get(s);
            int index = s;
            labels.add(seat.label());
            base.add(seat.isPerson() ? () -> new PersonSeat(this, index, seat.person())
                    : service.agents().apply(seat.agent()));
        }
        List<AgentFactory> probed = probe.wrap(base);
        List<AgentFactory> seats = new ArrayList<>();
        for (int s = 0; s < parties; s++) {
            AgentFactory f = probed.get(s);
            int index = s;
            seats.add(() -> Recorder.of(this, index, f.create()));
        }
        SessionSpec.Builder b = service.sessions().spec().profiles(profiles).agents(seats).labels(labels)
                .deadline(spec.deadline()).seed(spec.seed()).keepTrace(true);
        if (spec.hasPersons()) {
            // a person's turn may take up to the room's limit: the watchdog must not give up on it first
            long person = (spec.turnSeconds() + 30L) * 1_000_000_000L;
            b.callBudgetNanos(Math.max(SessionSpec.defaultCallBudgetNanos(spec.deadline()), person));
        }
        SessionSpec ss = b.build();
        Session session = service.sessions().create(ss);
        SessionResult r;
        try {
            r = service.watchdog().run(session, this);
        } catch (RuntimeException | Error e) {
            r = SessionResult.internalError("internal error: " + e, ss.reservationValues(), labels);
        }
        if (r == null) {
            return; // given up by the watchdog: givenUp() has recorded the end
        }
        SessionResult end;
        String why;
        synchronized (this) {
            running = false;
            if (closing || state.ended()) {
                return;
            }
            end = results.withTrace(override != null ? override : r, state);
            why = override != null ? overrideReason : null;
        }
        end(end, why, probe);
    }

    /** The watchdog gave up on this room's session (an agent overran its call budget). */
    void givenUp(SessionResult r) {
        SessionResult end;
        synchronized (this) {
            running = false;
            if (closing) {
                return;
            }
            end = results.withTrace(r, state);
        }
        end(end, null);
    }

    private void end(SessionResult r, String why) {
        end(r, why, null);
    }

    private void end(SessionResult r, String why, OpponentModelProbe probe) {
        ObjectNode json = results.json(r, probe, service.sessions().protocol());
        synchronized (this) {
            if (state.ended()) {
                return;
            }
            ObjectNode p = service.object();
            p.set("result", json);
            p.put("reason", why);
            append(RoomEvents.ENDED, "room", p);
            if (pending != null) {
                pending.done().completeExceptionally(ApiError.conflict("the room ended before your action was taken"));
                pending = null;
            }
            notifyAll();
        }
    }

    // ---------------------------------------------------------------- seats' calls (session thread)

    /**
     * A seat's action, as the session gets it: stored as an event (or, while resuming, checked against the stored
     * one) before the session goes on. An illegal action is not stored (the session refuses it and ends with the
     * agent's error).
     */
    void acted(int seat, Action a, Timeline timeline) {
        synchronized (this) {
            if (closing || state.ended()) {
                throw new Stop("the room has ended");
            }
            if (replayed < state.actions()) {
                Act rec = state.acts().get(replayed);
                if (rec.seat() != seat || !same(rec.action(), a)) {
                    stop(results.error("the session could not resume after the server restarted: on replay, "
                            + spec.seats().get(seat).label() + " (party " + (seat + 1) + ") did not act as "
                            + "recorded", state), "resume failed");
                }
                replayed++;
                return;
            }
            if (illegal(seat, a) != null) {
                return;
            }
            ObjectNode p = service.object().put("seat", seat).put("round", state.actions() / parties + 1)
                    .put("t", timeline.time()).put("type", Act.type(a));
            int[] o = Act.outcome(a);
            p.set("outcome", o == null ? null : OutcomeJson.toJson(scenario.domain(), o));
            append(RoomEvents.ACTION, spec.seats().get(seat).isPerson() ? "seat:" + seat
                    : "agent:" + spec.seats().get(seat).agent(), p);
            replayed = state.actions();
            if (pending != null && pending.seat() == seat) {
                pending.done().complete(state.acts().get(replayed - 1));
                pending = null;
            }
        }
    }

    private static boolean same(Action x, Action y) {
        return x.getClass() == y.getClass() && x.party() == y.party() && Arrays.equals(Act.outcome(x),
                Act.outcome(y));
    }

    /** Why {@code a} is not a legal action of {@code seat} now, or null (the session's own rules, for storing). */
    private String illegal(int seat, Action a) {
        if (a == null || a.party() != seat) {
            return "not an action of this seat";
        }
        if (a instanceof Offer o) {
            try {
                o.checkIn(scenario.domain());
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return null;
        }
        if (a instanceof Accept x) {
            Offer last = state.lastOffer();
            return last == null ? "there is no offer to accept yet"
                    : x.accepts(last) ? null : "only the latest offer can be accepted";
        }
        return null;
    }

    /** The latest offer, or null. */
    public synchronized Offer latestOffer() {
        return state.lastOffer();
    }

    /**
     * A person's turn: the stored action while resuming, else waits for the person's action through the API, at
     * most the per-turn limit and, under a time deadline, at most until the deadline.
     */
    Action awaitPerson(int seat, Timeline timeline) {
        synchronized (this) {
            if (replayed < state.actions()) {
                Act rec = state.acts().get(replayed);
                if (rec.seat() == seat) {
                    return rec.action();
                }
                stop(results.error("the session could not resume after the server restarted: the recorded turn of "
                        + "party " + (rec.seat() + 1) + " came to party " + (seat + 1), state), "resume failed");
            }
            waitingSeat = seat;
            turnStartedAt = Instant.now();
            long limit = System.nanoTime() + spec.turnSeconds() * 1_000_000_000L;
            try {
                while (true) {
                    if (closing || state.ended() || override != null) {
                        throw new Stop("the room has ended");
                    }
                    if (pending != null && pending.seat() == seat) {
                        return pending.action();
                    }
                    long left = limit - System.nanoTime();
                    if (!spec.deadline().isRounds()) {
                        long toDeadline = (long) ((1 - timeline.time()) * spec.deadline().seconds() * 1e9);
                        if (toDeadline <= 0) {
                            stop(results.deadline(timeline, state), null);
                        }
                        left = Math.min(left, toDeadline);
                    }
                    if (left <= 0) {
                        stop(results.turnLimit(seat, timeline, state), "turn limit");
                    }
                    try {
                        wait(Math.max(1, (left + 999_999) / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Stop("interrupted");
                    }
                }
            } finally {
                waitingSeat = -1;
            }
        }
    }

    /** Ends the session by the room's own decision: {@code r} is recorded instead of the session's result. */
    private void stop(SessionResult r, String why) {
        override = r;
        overrideReason = why;
        notifyAll();
        throw new Stop(why == null ? "deadline" : why);
    }

    // ---------------------------------------------------------------- persons' actions (API threads)

    /**
     * Hands a person's action to the session: checked against the room's state (409 when it is not this seat's
     * turn or the room does not run; 400 for an action the scenario lacks), then completed once it is stored.
     */
    CompletableFuture<Act> submit(int seat, String type, JsonNode outcome) {
        synchronized (this) {
            if (state.ended()) {
                throw ApiError.conflict("the room has ended");
            }
            if (state.startedAt() == null) {
                throw ApiError.conflict("the room has not started: it starts once every person has joined");
            }
            if (!running) {
                throw ApiError.conflict("the room is not running");
            }
            int turn = state.actions() % parties;
            if (turn != seat || replayed < state.actions()) {
                throw ApiError.conflict("it is not your turn: it is the turn of " + spec.seats().get(turn).label()
                        + " (party " + (turn + 1) + ")");
            }
            if (pending != null) {
                throw ApiError.conflict("your previous action is still being taken");
            }
            Action a;
            switch (type) {
                case "offer" -> {
                    if (outcome == null || outcome.isNull()) {
                        throw ApiError.badRequest("/outcome", "an offer needs an 'outcome': {\"ISSUE\": VALUE, ...}");
                    }
                    a = new Offer(seat, Outcomes.parse(scenario.domain(), outcome, "/outcome"));
                }
                case "accept" -> {
                    Offer last = state.lastOffer();
                    if (last == null) {
                        throw ApiError.conflict("there is no offer to accept yet");
                    }
                    if (outcome != null && !outcome.isNull()
                            && !Arrays.equals(Outcomes.parse(scenario.domain(), outcome, "/outcome"), last.outcome())) {
                        throw ApiError.conflict("only the latest offer can be accepted, and it is another one");
                    }
                    a = new Accept(seat, last.outcome());
                }
                case "end" -> a = new org.parley.protocol.EndNegotiation(seat);
                default -> throw ApiError.badRequest("/type", "'type' must be offer, accept or end; got '" + type
                        + "'");
            }
            CompletableFuture<Act> done = new CompletableFuture<>();
            pending = new Pending(seat, a, done);
            notifyAll();
            return done;
        }
    }

    /** Stops the session thread without recording an end (the server is stopping; a restart resumes the room). */
    void close() {
        synchronized (this) {
            closing = true;
            if (pending != null) {
                pending.done().completeExceptionally(ApiError.conflict("the server is stopping"));
                pending = null;
            }
            notifyAll();
        }
    }

    // ---------------------------------------------------------------- the debrief's analysis

    /** The analysis of the outcome space (frontier, Nash, Kalai–Smorodinsky), computed once; null if too large. */
    public Analysis analysis() {
        synchronized (this) {
            if (analysis != null) {
                return analysis;
            }
        }
        Analysis a = Analysis.of(scenario);
        synchronized (this) {
            analysis = a;
        }
        return a;
    }
}
