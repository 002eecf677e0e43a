package org.parley.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the event log.
 *
 * @param seq        the global sequence number (also the SSE event id)
 * @param stream     the stream, e.g. {@code case/peace-talks-2025}
 * @param version    1 for the first event of the stream, then 2, 3, ... without gaps
 * @param type       e.g. {@code tranche.recorded}
 * @param actor      who did it, e.g. {@code party:ukraine}
 * @param payload    the event as a JSON object
 * @param recordedAt when it was stored
 */
public record StoredEvent(long seq, String stream, int version, String type, String actor, String payload,
        Instant recordedAt) {

    /** Checks the fields. */
    public StoredEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (version < 1) {
            throw new IllegalArgumentException("event version " + version + " of stream " + stream + "; it must be ≥ 1");
        }
    }
}
