package org.parley.tournament;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * A {@link ResultRepository} in memory, for tests and for small runs that need no files (a web request running a
 * quick tournament). Records are kept in the order appended.
 */
public final class InMemoryResults implements ResultRepository {

    private final List<SessionRecord> records = new ArrayList<>();
    private final BitSet done = new BitSet();
    private boolean closed;

    @Override
    public synchronized void append(SessionRecord record) {
        if (closed) {
            throw new IllegalStateException("the results are closed");
        }
        if (done.get(record.id())) {
            throw new IllegalArgumentException("session " + record.id() + " is recorded already");
        }
        done.set(record.id());
        records.add(record);
    }

    @Override
    public synchronized BitSet done() {
        return (BitSet) done.clone();
    }

    /** A snapshot of the records appended so far. */
    @Override
    public synchronized Stream<SessionRecord> records() {
        return List.copyOf(records).stream();
    }

    /** Number of records. */
    public synchronized int size() {
        return records.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
