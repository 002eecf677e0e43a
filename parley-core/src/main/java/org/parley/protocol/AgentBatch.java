package org.parley.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The waiting calls of one driver thread that steps several sessions at once ({@link SteppedSession}): the requests
 * of {@link BatchedAgent}s, written together and answered together. A tournament worker has one batch; each kind of
 * agent that can wait in it keeps its own {@link Channel} there (the agent processes the worker holds, for agent
 * processes), made on first use.
 *
 * <p>Not thread-safe: one thread uses a batch.
 */
public final class AgentBatch implements AutoCloseable {

    /** What carries waiting requests to agents and their answers back. */
    public interface Channel extends AutoCloseable {

        /** Writes every request queued since the last call. */
        void send();

        /**
         * Waits until every request sent has its answer, or has failed (a failure goes to the agents concerned,
         * which throw it when their call is completed: this method does not throw for an agent's fault).
         */
        void receive();

        /** Releases what the channel holds; requests still waiting fail. */
        @Override
        void close();
    }

    private final Map<Class<?>, Channel> channels = new LinkedHashMap<>();

    /** The channel of type {@code kind}, made by {@code make} on first use. */
    public <C extends Channel> C channel(Class<C> kind, Supplier<? extends C> make) {
        Channel c = channels.get(kind);
        if (c == null) {
            c = make.get();
            channels.put(kind, c);
        }
        return kind.cast(c);
    }

    /** Sends every channel's queued requests, then waits for all their answers. */
    public void complete() {
        for (Channel c : channels.values()) {
            c.send();
        }
        for (Channel c : channels.values()) {
            c.receive();
        }
    }

    /** Closes every channel, the last made first; a failure to close one does not stop the others. */
    @Override
    public void close() {
        List<Channel> cs = new ArrayList<>(channels.values());
        channels.clear();
        for (int i = cs.size() - 1; i >= 0; i--) {
            try {
                cs.get(i).close();
            } catch (RuntimeException e) {
                // a channel's resources are its own; the others still close
            }
        }
    }
}
