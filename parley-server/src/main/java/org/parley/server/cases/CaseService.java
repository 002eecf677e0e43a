package org.parley.server.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.formats.FormatException;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.server.auth.Principal;
import org.parley.server.store.ConcurrencyConflict;
import org.parley.server.store.EventStore;
import org.parley.server.store.StoredEvent;
import org.parley.server.web.ApiError;

/**
 * The cases: every change is decided on the current state, checked by applying it (so nothing invalid is ever
 * stored), then appended to the event log at the next version of the case's stream. When another writer took that
 * version first the change is decided again on the new state, up to {@link #ATTEMPTS} times, then refused with 409:
 * a change is either stored and acknowledged, or refused; never silently lost. The in-memory states are projections
 * of the log, rebuilt from it at start.
 */
public final class CaseService {

    /** How often a change is retried on a concurrency conflict before answering 409. */
    public static final int ATTEMPTS = 50;

    private static final String PREFIX = "case/";

    /**
     * A change to append.
     *
     * @param type    the event type
     * @param payload the event payload
     * @param value   what to return to the caller once it is stored (may use the stored event)
     * @param <T>     the result type
     */
    public record Change<T>(String type, ObjectNode payload, Function<Applied, T> value) {
    }

    /**
     * A change as stored.
     *
     * @param event the stored event
     * @param state the state after it
     */
    public record Applied(StoredEvent event, CaseState state) {
    }

    private final EventStore store;
    private final Map<String, Holder> cases = new ConcurrentHashMap<>();
    private final List<Consumer<StoredEvent>> listeners = new CopyOnWriteArrayList<>();

    /** The cases of {@code store}, rebuilt from its log. */
    public CaseService(EventStore store) {
        this.store = store;
        for (StoredEvent e : store.readAll()) {
            if (e.stream().startsWith(PREFIX)) {
                holder(e.stream().substring(PREFIX.length())).advance(e);
            }
        }
    }

    /** Calls {@code l} after every stored event (in the storing thread). */
    public void listen(Consumer<StoredEvent> l) {
        listeners.add(l);
    }

    /** The log. */
    public EventStore store() {
        return store;
    }

    /** The stream of case {@code id}. */
    public static String stream(String id) {
        return PREFIX + id;
    }

    /** The case {@code id}, if it exists. */
    public Optional<CaseState> find(String id) {
        Holder h = cases.get(id);
        return h == null || h.state.version() == 0 ? Optional.empty() : Optional.of(h.state);
    }

    /** The case {@code id}; 404 when there is none. */
    public CaseState get(String id) {
        return find(id).orElseThrow(() -> ApiError.notFound("there is no case '" + id + "'"));
    }

    /** Every case, by id. */
    public List<CaseState> all() {
        List<CaseState> out = new ArrayList<>();
        for (Holder h : cases.values()) {
            if (h.state.version() > 0) {
                out.add(h.state);
            }
        }
        out.sort(Comparator.comparing(CaseState::id));
        return out;
    }

    /**
     * Imports a case text; returns the new case. Its id is the file's id, or the id with {@code -2}, {@code -3}, ...
     * when a case has it already.
     *
     * @throws ApiError 400 with the case reader's message (line and column) when the text is not a valid case
     */
    public CaseState importCase(String text, Principal actor) {
        Case c;
        try {
            c = CaseYaml.parse(text, CaseState.SOURCE);
        } catch (FormatException e) {
            throw new ApiError(400, e.location() == null ? "" : e.location(), e.getMessage());
        }
        ObjectNode payload = CaseState.JSON.createObjectNode().put("text", text);
        for (int n = 1; n < 10_000; n++) {
            String id = n == 1 ? c.id() : c.id() + "-" + n;
            if (find(id).isPresent()) {
                continue;
            }
            try {
                StoredEvent e = store.append(stream(id), 1, Events.IMPORTED, actor.actor(), write(payload));
                CaseState s = holder(id).advance(e);
                publish(e);
                return s;
            } catch (ConcurrencyConflict conflict) {
                catchUp(id);
            }
        }
        throw ApiError.conflict("no free id for case '" + c.id() + "'");
    }

    /**
     * Decides a change on the current state of case {@code id} and stores it (see the class comment).
     *
     * @throws ApiError 404 for an unknown case, 400 for a change the case refuses, 409 after {@link #ATTEMPTS}
     *         conflicts
     */
    public <T> T change(String id, Principal actor, Function<CaseState, Change<T>> decide) {
        get(id);
        Holder h = holder(id);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CaseState s = h.state;
            Change<T> c = decide.apply(s);
            String payload = write(c.payload());
            // check first: an invalid change is refused before anything is written
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            long provisional = s.seq() + 1;
            CaseState candidate = s.apply(new StoredEvent(provisional, stream(id), s.version() + 1, c.type(),
                    actor.actor(), payload, now));
            StoredEvent e;
            try {
                e = store.append(stream(id), s.version() + 1, c.type(), actor.actor(), payload, now);
            } catch (ConcurrencyConflict conflict) {
                catchUp(id);
                Thread.onSpinWait();
                continue;
            }
            CaseState after = h.advance(e, s, candidate.resequenced(provisional, e.seq()));
            publish(e);
            return c.value().apply(new Applied(e, after));
        }
        throw ApiError.conflict("case '" + id + "' changed " + ATTEMPTS + " times while this change was being "
                + "made; nothing was stored, send it again");
    }

    /** Reads the events of case {@code id} the projection has not seen yet. */
    public void catchUp(String id) {
        Holder h = holder(id);
        for (StoredEvent e : store.read(stream(id), h.state.version())) {
            h.advance(e);
        }
    }

    private void publish(StoredEvent e) {
        for (Consumer<StoredEvent> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                // a listener (an SSE connection) must not undo a stored change
            }
        }
    }

    private Holder holder(String id) {
        return cases.computeIfAbsent(id, k -> new Holder(CaseState.empty(k)));
    }

    static String write(JsonNode n) {
        try {
            return CaseState.JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current state of one case; events are applied in version order only. */
    private final class Holder {
        private volatile CaseState state;

        Holder(CaseState initial) {
            state = initial;
        }

        /** Takes {@code next} (the state after {@code e}, computed on {@code base}) when nothing came between. */
        synchronized CaseState advance(StoredEvent e, CaseState base, CaseState next) {
            if (state == base && e.version() == base.version() + 1) {
                state = next;
                return state;
            }
            return advance(e);
        }

        synchronized CaseState advance(StoredEvent e) {
            if (e.version() <= state.version()) {
                return state;
            }
            if (e.version() > state.version() + 1) {
                String id = state.id();
                for (StoredEvent missing : store.read(stream(id), state.version())) {
                    if (missing.version() < e.version()) {
                        state = state.apply(missing);
                    }
                }
            }
            state = state.apply(e);
            return state;
        }
    }
}
