package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import org.parley.server.auth.Principal;
import org.parley.server.cases.CaseService;
import org.parley.server.cases.CaseState;
import org.parley.server.cases.Visibility;
import org.parley.server.store.StoredEvent;

/**
 * Server-sent events: every member connected to a case gets one {@code update} message per stored event, with the
 * event's sequence number as its id and {@code {"seq", "version", "type"}} as data ({@code type} is
 * {@value Visibility#REDACTED} for what the member may not see). A client that reconnects with
 * {@code Last-Event-ID} (or, without that header, {@code ?after=SEQ}: the pages name the version they show, so the
 * events between rendering a page and opening its stream are not lost) first gets every event it missed from the log,
 * then the live ones, with none twice.
 */
public final class SseHub implements AutoCloseable {

    private final CaseService cases;
    private final Map<String, Set<Listener>> byCase = new ConcurrentHashMap<>();
    private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-sse");
        t.setDaemon(true);
        return t;
    });

    /** A hub fed by {@code cases}. */
    public SseHub(CaseService cases) {
        this(cases, HEARTBEAT);
    }

    /** A hub fed by {@code cases} that sends a comment to every idle listener every {@code heartbeat}. */
    public SseHub(CaseService cases, Duration heartbeat) {
        this.cases = cases;
        cases.listen(e -> dispatcher.execute(() -> deliver(e)));
        long ms = heartbeat.toMillis();
        dispatcher.scheduleWithFixedDelay(this::heartbeat, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * How often a listener that got nothing else hears a comment line: the server's idle timeout (and proxies')
     * would otherwise close a quiet stream, and the browser would reconnect for nothing.
     */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private void heartbeat() {
        for (Set<Listener> ls : byCase.values()) {
            for (Listener l : ls) {
                l.ping();
            }
        }
    }

    private void deliver(StoredEvent e) {
        Set<Listener> ls = byCase.get(e.stream());
        if (ls == null || ls.isEmpty()) {
            return;
        }
        JsonNode payload = org.parley.server.cases.CaseStateAccess.payload(e);
        for (Listener l : ls) {
            l.offer(e, payload);
        }
    }

    /** Number of connected listeners (for tests and the benchmark). */
    public int listeners() {
        return byCase.values().stream().mapToInt(Set::size).sum();
    }

    /** Serves {@code client} for case {@code caseId} as seen by {@code who}, replaying after {@code lastSeq}. */
    public void connect(SseClient client, Principal who, String caseId, long lastSeq) {
        String stream = CaseService.stream(caseId);
        Listener l = new Listener(client, who, caseId);
        Set<Listener> set = byCase.computeIfAbsent(stream, k -> ConcurrentHashMap.newKeySet());
        set.add(l);
        client.onClose(() -> set.remove(l));
        client.keepAlive();
        client.sendComment("connected");
        List<StoredEvent> missed = lastSeq >= 0 ? cases.store().readAfterSeq(stream, lastSeq) : List.of();
        l.replayed(missed, lastSeq);
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }

    private final class Listener {
        private final SseClient client;
        private final Principal who;
        private final String caseId;
        private boolean replaying = true;
        private final List<StoredEvent> pending = new ArrayList<>();
        private final List<JsonNode> pendingPayloads = new ArrayList<>();
        private long lastSent;

        Listener(SseClient client, Principal who, String caseId) {
            this.client = client;
            this.who = who;
            this.caseId = caseId;
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
                send(e, org.parley.server.cases.CaseStateAccess.payload(e));
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
            CaseState s = cases.find(caseId).orElse(null);
            if (s == null) {
                return;
            }
            String type = Visibility.visible(e, payload, who, s) ? e.type() : Visibility.REDACTED;
            client.sendEvent("update", "{\"seq\":" + e.seq() + ",\"version\":" + e.version() + ",\"type\":\""
                    + type + "\"}", Long.toString(e.seq()));
            lastSent = e.seq();
        }
    }
}
