package org.parley.server.web;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.parley.server.store.EventStore;
import org.parley.server.store.StoredEvent;

/**
 * Server-sent events of the event log's streams, one message per stored event, with the event's sequence number as
 * the message id. Each listener renders the event as it may see it; a listener that connects after {@code lastSeq}
 * ({@code Last-Event-ID}) first gets every event of its stream it missed, read from the log, then the live ones, with
 * none twice and none lost between the read and the live ones. Events are delivered on one thread of its own, in the
 * order they were published, and every idle listener hears a comment line at each heartbeat.
 *
 * <p>Each message is written as one frame ({@code id}, {@code event}, {@code data} lines and a blank line, as
 * Javalin's {@link SseClient#sendEvent} writes it) and flushed; Javalin's own emitter wraps every message in three
 * 8 KiB reader buffers to split it into lines, which cost more than the rest of a room's message.
 *
 * @param <M> what is prepared once per event for all its listeners (e.g. the parsed payload)
 */
public final class SseFanout<M> implements AutoCloseable {

    /** Renders an event for one listener. */
    @FunctionalInterface
    public interface Renderer<M> {

        /** The message's data for {@code e}, or null to send nothing (the event may be sent again later). */
        String data(StoredEvent e, M prepared);
    }

    private final String event;
    private final EventStore store;
    private final Function<StoredEvent, M> prepare;
    private final Map<String, Set<Listener>> byStream = new ConcurrentHashMap<>();
    private final ScheduledExecutorService dispatcher;

    /**
     * A fan-out of {@code store}'s events.
     *
     * @param thread    the name of its dispatcher thread
     * @param event     the messages' event name
     * @param prepare   what every listener of an event gets with it, computed once per event
     * @param heartbeat how often idle listeners hear a comment
     */
    public SseFanout(String thread, String event, EventStore store, Function<StoredEvent, M> prepare,
            Duration heartbeat) {
        this.event = event;
        this.store = store;
        this.prepare = prepare;
        this.dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        long ms = heartbeat.toMillis();
        dispatcher.scheduleWithFixedDelay(this::heartbeat, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Sends {@code e} (just stored) to the listeners of its stream, on the dispatcher thread. */
    public void publish(StoredEvent e) {
        dispatcher.execute(() -> deliver(e));
    }

    private void deliver(StoredEvent e) {
        Set<Listener> ls = byStream.get(e.stream());
        if (ls == null || ls.isEmpty()) {
            return;
        }
        M prepared = prepare.apply(e);
        for (Listener l : ls) {
            l.offer(e, prepared);
        }
    }

    private void heartbeat() {
        for (Set<Listener> ls : byStream.values()) {
            for (Listener l : ls) {
                l.ping();
            }
        }
    }

    /** Number of connected listeners. */
    public int listeners() {
        return byStream.values().stream().mapToInt(Set::size).sum();
    }

    /** Serves {@code client} the events of {@code stream} after {@code lastSeq} (-1: only the live ones). */
    public void connect(SseClient client, String stream, long lastSeq, Renderer<M> renderer) {
        Listener l = new Listener(client, renderer);
        Set<Listener> set = byStream.computeIfAbsent(stream, k -> ConcurrentHashMap.newKeySet());
        set.add(l);
        client.onClose(() -> set.remove(l));
        client.keepAlive();
        l.comment("connected");
        // read after registering: an event stored meanwhile is both read and offered, and sent once
        List<StoredEvent> missed = lastSeq >= 0 ? store.readAfterSeq(stream, lastSeq) : List.of();
        l.replayed(missed, lastSeq);
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }

    private final class Listener {
        private final SseClient client;
        private final Renderer<M> renderer;
        private boolean replaying = true;
        private final List<StoredEvent> pending = new ArrayList<>();
        private final List<M> pendingPrepared = new ArrayList<>();
        private long lastSent;

        Listener(SseClient client, Renderer<M> renderer) {
            this.client = client;
            this.renderer = renderer;
        }

        synchronized void ping() {
            comment("ping");
        }

        synchronized void comment(String text) {
            if (!client.terminated()) {
                write(": " + text + "\n");
            }
        }

        synchronized void offer(StoredEvent e, M prepared) {
            if (replaying) {
                pending.add(e);
                pendingPrepared.add(prepared);
            } else {
                send(e, prepared);
            }
        }

        synchronized void replayed(List<StoredEvent> missed, long after) {
            lastSent = Math.max(lastSent, after);
            for (StoredEvent e : missed) {
                send(e, prepare.apply(e));
            }
            for (int i = 0; i < pending.size(); i++) {
                send(pending.get(i), pendingPrepared.get(i));
            }
            pending.clear();
            pendingPrepared.clear();
            replaying = false;
        }

        private void send(StoredEvent e, M prepared) {
            if (e.seq() <= lastSent || client.terminated()) {
                return;
            }
            String data = renderer.data(e, prepared);
            if (data == null) {
                return;
            }
            StringBuilder frame = new StringBuilder(data.length() + 48).append("id: ").append(e.seq())
                    .append("\nevent: ").append(event).append('\n');
            for (int from = 0, to; from <= data.length(); from = to + 1) {
                to = data.indexOf('\n', from);
                if (to < 0) {
                    to = data.length();
                }
                frame.append("data: ").append(data, from, to).append('\n');
            }
            write(frame.append('\n').toString());
            lastSent = e.seq();
        }

        /** Writes and flushes {@code text}; a failed write closes the client, as Javalin's emitter does. */
        private void write(String text) {
            try {
                client.ctx().res().getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                client.ctx().res().flushBuffer();
            } catch (IOException e) {
                client.close();
            }
        }
    }
}
