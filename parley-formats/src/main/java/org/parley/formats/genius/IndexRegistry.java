package org.parley.formats.genius;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Domain;

/**
 * Remembers the GENIUS issue indices of domains read by {@link GeniusXml#readDomain}, keyed by the identity of the
 * {@link Domain} object and held weakly, so that {@link GeniusXml#readProfile(java.nio.file.Path, Domain)} can
 * resolve a profile's issue indices without the caller carrying them around. Entries vanish with their domain.
 */
final class IndexRegistry {

    private static final ReferenceQueue<Domain> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, List<Integer>> INDICES = new HashMap<>();

    private IndexRegistry() {
    }

    static synchronized void remember(GeniusDomain gd) {
        expunge();
        INDICES.put(new Key(gd.domain(), QUEUE), gd.issueIndices());
    }

    /** The domain with its recorded indices, or with the default indices 1..n when none were recorded. */
    static synchronized GeniusDomain lookup(Domain domain) {
        expunge();
        List<Integer> idx = INDICES.get(new Key(domain, null));
        return idx == null ? GeniusDomain.withDefaultIndices(domain) : new GeniusDomain(domain, idx);
    }

    private static void expunge() {
        for (Object k = QUEUE.poll(); k != null; k = QUEUE.poll()) {
            INDICES.remove(k);
        }
    }

    /** A weak key compared by referent identity. */
    private static final class Key extends WeakReference<Domain> {
        private final int hash;

        Key(Domain d, ReferenceQueue<Domain> q) {
            super(d, q);
            this.hash = System.identityHashCode(d);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k)) {
                return false;
            }
            Domain mine = get();
            return mine != null && mine == k.get();
        }
    }
}
