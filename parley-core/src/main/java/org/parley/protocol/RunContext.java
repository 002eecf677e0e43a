package org.parley.protocol;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.parley.preference.Profile;

/**
 * What the sessions of one run (a negotiation, a case simulation, a tournament) share: read-only values derived
 * from a profile that are costly to build, such as an agent's sorted outcome space
 * ({@code SortedOutcomes.of(settings)}). Agents reach it through {@link AgentSettings#context()}; it lives as long as
 * the run that made it, so a long-lived process does not keep every profile it ever saw.
 *
 * <p>Bounded: least recently used values are dropped once their estimated size passes {@link #maxBytes()} (the
 * {@value #KEEP} most recently used are always kept, so the profiles of the scenarios in play are not rebuilt for
 * every session), or once there are more than {@value #MAX_VALUES}. A dropped value is rebuilt on its next use, the
 * same as before: results never depend on the bound. Values are keyed by the profile object (identity) and their
 * class. Thread-safe; a value is built once even when many threads ask for it at the same time.
 *
 * <p>A context also owns the run's resources ({@link #resource}), such as the pool of agent processes: the code that
 * made the context closes it when the run is over ({@link #close()}), which ends them. A closed context can be used
 * again; resources asked for afterwards are made afresh.
 */
public final class RunContext implements AutoCloseable {

    /** Values always kept, whatever their size (the most recently used). */
    public static final int KEEP = 8;

    /** Most values kept. */
    public static final int MAX_VALUES = 256;

    private record Key(Profile profile, Class<?> kind) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.profile == profile && k.kind == kind;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(profile) * 31 + kind.hashCode();
        }
    }

    private static final class Slot {
        final CompletableFuture<Object> value = new CompletableFuture<>();
        long bytes = -1;
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private final LinkedHashMap<Class<?>, AutoCloseable> resources = new LinkedHashMap<>();

    /** A context bounded by a quarter of the maximum heap. */
    public RunContext() {
        this(defaultMaxBytes());
    }

    /** A context that keeps values of about {@code maxBytes} in all (at least the {@value #KEEP} last used). */
    public RunContext(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a run context's bound must not be negative, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** A quarter of the maximum heap (1 GiB when the heap is unbounded). */
    public static long defaultMaxBytes() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 1L << 30 : max / 4;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The value of {@code kind} for {@code profile}, built by {@code build} on first use (or after it was dropped)
     * and shared with every later caller.
     *
     * @param bytes the value's estimated size in bytes, for the bound
     */
    public <V> V shared(Profile profile, Class<V> kind, Function<Profile, ? extends V> build,
            ToLongFunction<? super V> bytes) {
        Key key = new Key(profile, kind);
        Slot slot;
        boolean mine = false;
        synchronized (this) {
            slot = slots.get(key);
            if (slot == null) {
                slot = new Slot();
                slots.put(key, slot);
                mine = true;
            }
        }
        if (mine) {
            V v;
            try {
                v = build.apply(profile);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    slots.remove(key, slot);
                }
                slot.value.completeExceptionally(e);
                throw e;
            }
            long size = Math.max(0, bytes.applyAsLong(v));
            synchronized (this) {
                if (slots.get(key) == slot) {
                    slot.bytes = size;
                    this.bytes += size;
                    evict();
                }
            }
            slot.value.complete(v);
            return v;
        }
        try {
            return kind.cast(slot.value.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another thread built a shared value", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** Drops the least recently used built values while over a bound. */
    private void evict() {
        Iterator<Map.Entry<Key, Slot>> it = slots.entrySet().iterator();
        int n = slots.size();
        while (it.hasNext() && n > KEEP && (bytes > maxBytes || n > MAX_VALUES)) {
            Slot s = it.next().getValue();
            if (s.bytes < 0) {
                continue; // still being built
            }
            it.remove();
            bytes -= s.bytes;
            n--;
        }
    }

    /**
     * The run's resource of type {@code kind}, made by {@code make} on first use and kept until {@link #close()}.
     * Thread-safe: made once even when many threads ask at the same time.
     */
    public <R extends AutoCloseable> R resource(Class<R> kind, Supplier<? extends R> make) {
        synchronized (resources) {
            AutoCloseable r = resources.get(kind);
            if (r == null) {
                r = make.get();
                resources.put(kind, r);
            }
            return kind.cast(r);
        }
    }

    /**
     * Closes the resources made so far, the last made first (a failure to close one does not stop the others; the
     * first is rethrown at the end as an unchecked exception). The shared values stay.
     */
    @Override
    public void close() {
        List<AutoCloseable> rs;
        synchronized (resources) {
            rs = new ArrayList<>(resources.values());
            resources.clear();
        }
        RuntimeException first = null;
        for (int i = rs.size() - 1; i >= 0; i--) {
            try {
                rs.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Values held now. */
    public synchronized int size() {
        return slots.size();
    }

    /** Estimated bytes of the values held now. */
    public synchronized long bytes() {
        return bytes;
    }
}
