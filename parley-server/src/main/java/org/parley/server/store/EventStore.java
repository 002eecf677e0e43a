package org.parley.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only event log: {@link #append} inserts one event at the next version of its stream and fails with
 * {@link ConcurrencyConflict} when that version exists (the {@code UNIQUE(stream_id, version)} constraint, SQLState
 * 23505 on H2 and PostgreSQL); nothing ever updates or deletes a row.
 *
 * <p>Appends are committed in groups: while one thread writes, the appends that arrive meanwhile wait and are then
 * inserted by one of them in a single transaction, so many writers at once share one commit (on H2 a commit writes a
 * chunk of the file, on PostgreSQL it flushes the WAL) instead of paying one each. Each append still returns only
 * after the commit that holds its event. A group that fails (a conflict, a lost connection) is rolled back and each
 * of its appends is retried alone by its own thread, which then gets its own outcome.
 */
public final class EventStore {

    private static final String COLUMNS = "seq, stream_id, version, type, actor, payload, recorded_at";
    private static final String INSERT = "INSERT INTO events (stream_id, version, type, actor, payload, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private final Jdbi jdbi;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean writing;

    /** One append waiting for its group's commit; its fields are guarded by the store's lock. */
    private static final class Pending {
        final String stream;
        final int version;
        final String type;
        final String actor;
        final String payload;
        final Instant at;
        long seq;
        boolean done;
        boolean alone;

        Pending(String stream, int version, String type, String actor, String payload, Instant at) {
            this.stream = stream;
            this.version = version;
            this.type = type;
            this.actor = actor;
            this.payload = payload;
            this.at = at;
        }
    }

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
        Pending p = new Pending(stream, version, type, actor, payload, now);
        // validate as the stored row will be, before anything is written
        new StoredEvent(0, stream, version, type, actor, payload, now);
        lock.lock();
        try {
            queue.add(p);
            while (!p.done) {
                if (writing) {
                    written.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                List<Pending> group = new ArrayList<>(queue);
                queue.clear();
                lock.unlock();
                boolean ok = false;
                try {
                    ok = insert(group);
                } finally {
                    lock.lock();
                    for (Pending g : group) {
                        g.alone = !ok;
                        g.done = true;
                    }
                    writing = false;
                    written.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        if (p.alone) {
            insertAlone(p);
        }
        return new StoredEvent(p.seq, stream, version, type, actor, payload, now);
    }

    /** Inserts {@code group} in one transaction; false (rolled back) when any insert or the commit fails. */
    private boolean insert(List<Pending> group) {
        try {
            return jdbi.withHandle(h -> {
                Connection c = h.getConnection();
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"seq"})) {
                    for (Pending p : group) {
                        p.seq = insert(ps, p);
                    }
                    c.commit();
                    return true;
                } catch (SQLException e) {
                    c.rollback();
                    return false;
                } finally {
                    c.setAutoCommit(auto);
                }
            });
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static long insert(PreparedStatement ps, Pending p) throws SQLException {
        ps.setString(1, p.stream);
        ps.setInt(2, p.version);
        ps.setString(3, p.type);
        ps.setString(4, p.actor);
        ps.setString(5, p.payload);
        ps.setTimestamp(6, Timestamp.from(p.at));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no sequence number for the event");
            }
            return keys.getLong(1);
        }
    }

    /** Inserts {@code p} in a transaction of its own (after its group failed): its own conflict or error. */
    private void insertAlone(Pending p) {
        try {
            p.seq = jdbi.withHandle(h -> {
                try (PreparedStatement ps = h.getConnection().prepareStatement(INSERT, new String[] {"seq"})) {
                    return insert(ps, p);
                }
            });
        } catch (SQLException | RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new ConcurrencyConflict(p.stream, p.version);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the event log could not store version " + p.version + " of stream "
                    + p.stream + ": " + e.getMessage(), e);
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
