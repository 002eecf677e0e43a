package org.parley.server.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The append-only event log: {@link #append} inserts one event at the next version of its stream and fails with
 * {@link ConcurrencyConflict} when that version exists (the {@code UNIQUE(stream_id, version)} constraint, SQLState
 * 23505 on H2 and PostgreSQL); nothing ever updates or deletes a row.
 */
public final class EventStore {

    private static final String COLUMNS = "seq, stream_id, version, type, actor, payload, recorded_at";

    private final Jdbi jdbi;

    /** The log in {@code db}. */
    public EventStore(Database db) {
        this.jdbi = Objects.requireNonNull(db, "db").jdbi();
    }

    /**
     * Appends an event; returns it as stored (with its sequence number). The insert is committed before this
     * returns.
     *
     * @throws ConcurrencyConflict when {@code version} of {@code stream} is already taken
     */
    public StoredEvent append(String stream, int version, String type, String actor, String payload) {
        return append(stream, version, type, actor, payload, Instant.now());
    }

    /** {@link #append(String, int, String, String, String)} with the time to record (truncated to microseconds). */
    public StoredEvent append(String stream, int version, String type, String actor, String payload,
            Instant recordedAt) {
        Instant now = recordedAt.truncatedTo(ChronoUnit.MICROS);
        try {
            long seq = jdbi.withHandle(h -> h.createUpdate("INSERT INTO events (stream_id, version, type, actor, "
                    + "payload, recorded_at) VALUES (:stream, :version, :type, :actor, :payload, :at)")
                    .bind("stream", stream).bind("version", version).bind("type", type).bind("actor", actor)
                    .bind("payload", payload).bind("at", Timestamp.from(now))
                    .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one());
            return new StoredEvent(seq, stream, version, type, actor, payload, now);
        } catch (StatementException e) {
            if (isUniqueViolation(e)) {
                throw new ConcurrencyConflict(stream, version);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The events of {@code stream} after {@code afterVersion}, in version order. */
    public List<StoredEvent> read(String stream, int afterVersion) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM events WHERE stream_id = :stream "
                + "AND version > :v ORDER BY version").bind("stream", stream).bind("v", afterVersion)
                .map((rs, ctx) -> row(rs)).list());
    }

    /** The events of {@code stream} with a sequence number above {@code afterSeq}, in order. */
    public List<StoredEvent> readAfterSeq(String stream, long afterSeq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM events WHERE stream_id = :stream "
                + "AND seq > :s ORDER BY seq").bind("stream", stream).bind("s", afterSeq)
                .map((rs, ctx) -> row(rs)).list());
    }

    /** Every event, in sequence order (to rebuild the projections at start). */
    public List<StoredEvent> readAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM events ORDER BY seq")
                .map((rs, ctx) -> row(rs)).list());
    }

    /** The number of events. */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one());
    }

    private static StoredEvent row(java.sql.ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
