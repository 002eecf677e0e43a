package org.parley.agent.champions;

import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-profile structures shared by every session (sorted or sampled outcome lists, rankings, bins), held through
 * soft references: a long tournament over many large scenarios cannot run out of memory because of them, as the
 * garbage collector may drop one under pressure and the next session rebuilds it (they are pure functions of their
 * key, so results do not change).
 */
final class ProfileCache<K, T> {

    private final ConcurrentHashMap<K, SoftReference<T>> map = new ConcurrentHashMap<>();
    private final Function<K, T> build;

    ProfileCache(Function<K, T> build) {
        this.build = build;
    }

    T get(K key) {
        SoftReference<T> ref = map.get(key);
        T value = ref == null ? null : ref.get();
        if (value != null) {
            return value;
        }
        @SuppressWarnings("unchecked")
        T[] holder = (T[]) new Object[1];
        map.compute(key, (k, old) -> {
            T v = old == null ? null : old.get();
            if (v == null) {
                v = build.apply(k);
                old = new SoftReference<>(v);
            }
            holder[0] = v;
            return old;
        });
        return holder[0];
    }
}
