package org.parley.tournament;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where a tournament's finished sessions are kept: appended one at a time as they finish (from several worker threads
 * at once), listed by id to resume a run, and read back in the order they were recorded, without holding them all in
 * memory. The JSON-lines folder of {@code parley tournament} ({@code org.parley.formats.tournament.ResultStore}) is
 * one implementation; a database table or a distributed file set can be another, and {@link TournamentRunner} and
 * {@link TournamentSummary} work with any.
 *
 * <p>Contract: {@link #append} is thread-safe, and once it returns the record belongs to the repository (it is read
 * back by {@link #records} and its id is in {@link #done}); each session id is recorded at most once.
 */
public interface ResultRepository extends AutoCloseable {

    /**
     * Records one finished session. Thread-safe.
     *
     * @throws IllegalStateException when the repository was opened only for reading, or is closed
     */
    void append(SessionRecord record);

    /** The ids of the sessions recorded so far (a copy: changing it changes nothing). */
    BitSet done();

    /**
     * Every record, in the order recorded, read lazily: nothing is held beyond what the stream's consumer keeps.
     * Close the stream (try-with-resources) to release what it reads from.
     */
    Stream<SessionRecord> records();

    /**
     * Reads every record back in chunks of at most {@code size}, in the order recorded, handing each chunk to
     * {@code sink} (a batch insert, a partition of a distributed job); returns how many records were read.
     */
    default long forEachChunk(int size, Consumer<List<SessionRecord>> sink) {
        if (size < 1) {
            throw new IllegalArgumentException("chunks must hold at least one record, got " + size);
        }
        long n = 0;
        List<SessionRecord> chunk = new ArrayList<>(Math.min(size, 4096));
        try (Stream<SessionRecord> s = records()) {
            for (var it = s.iterator(); it.hasNext();) {
                chunk.add(it.next());
                n++;
                if (chunk.size() == size) {
                    sink.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            sink.accept(List.copyOf(chunk));
        }
        return n;
    }

    /** Releases what the repository holds (files, locks, connections). Appending afterwards fails. */
    @Override
    void close();
}
