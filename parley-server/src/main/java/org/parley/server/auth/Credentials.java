package org.parley.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.parley.server.store.Database;

/**
 * API tokens, invitation links and browser sessions. Secrets are random (256 bits) and only their SHA-256 is
 * stored; every credential may expire and be revoked, and revoking it ends the sessions opened with it. A
 * single-use credential (the administrator's first link) works once.
 *
 * <p>Lookups, and the list of a case's credentials, are cached for at most {@link #CACHE_TTL}; issuing, using or
 * revoking through this object clears the affected entries at once (another server on the same database is seen
 * after at most that time).
 */
public final class Credentials {

    /** How long a successful lookup is reused without asking the database again. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(2);

    /** How long a browser session lasts at most. */
    public static final Duration SESSION_LIFETIME = Duration.ofDays(7);

    /**
     * A stored credential.
     *
     * @param id        public id (shown in lists, used to revoke)
     * @param role      its role
     * @param caseId    its case, null for the administrator
     * @param party     its party, for a party
     * @param label     display name
     * @param singleUse works once
     * @param createdAt when it was issued
     * @param expiresAt when it stops working, or null
     * @param usedAt    when a single-use credential was used, or null
     * @param revokedAt when it was revoked, or null
     */
    public record Credential(String id, Role role, String caseId, String party, String label, boolean singleUse,
            Instant createdAt, Instant expiresAt, Instant usedAt, Instant revokedAt) {

        /** True when it may be used at {@code now}. */
        public boolean valid(Instant now) {
            return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt))
                    && !(singleUse && usedAt != null);
        }

        /** The caller it authenticates. */
        public Principal principal() {
            return new Principal(role, caseId, party, id, label);
        }
    }

    /**
     * A credential just issued, with its secret (shown once, never stored).
     *
     * @param credential the stored credential
     * @param secret     the secret
     */
    public record Issued(Credential credential, String secret) {
    }

    /**
     * A browser session.
     *
     * @param principal who it is
     * @param csrf      the token every state-changing request of this session must carry
     * @param expiresAt when it ends
     */
    public record Session(Principal principal, String csrf, Instant expiresAt) {
    }

    private record Cached<T>(T value, Instant until) {
    }

    private static final String CREDENTIAL_COLUMNS = "id, role, case_id, party, label, single_use, created_at, "
            + "expires_at, used_at, revoked_at";

    private final Jdbi jdbi;
    private final ConcurrentHashMap<String, Cached<Credential>> tokenCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached<Session>> sessionCache = new ConcurrentHashMap<>();
    /** {@link #ofCase} by case id ({@code ""} for the administrator's). */
    private final ConcurrentHashMap<String, Cached<List<Credential>>> caseCache = new ConcurrentHashMap<>();
    /** Counts the changes through this object: a list read before a change is not cached after it. */
    private final AtomicLong changes = new AtomicLong();

    /** The credentials in {@code db}. */
    public Credentials(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Issues a credential; the secret starts with {@code pk_} (a token) or {@code pl_} (a link). */
    public Issued issue(Role role, String caseId, String party, String label, boolean singleUse, Instant expiresAt) {
        new Principal(role, caseId, party, "check", label);
        String secret = Secrets.newSecret(singleUse ? "pl_" : "pk_");
        Credential c = new Credential(Secrets.newId(), role, caseId, party, label == null ? role.key() : label,
                singleUse, now(), expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS), null, null);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO credentials (id, secret_hash, role, case_id, party, label, "
                + "single_use, created_at, expires_at) VALUES (:id, :hash, :role, :case, :party, :label, :single, "
                + ":created, :expires)").bind("id", c.id()).bind("hash", Secrets.hash(secret))
                .bind("role", role.key()).bind("case", caseId).bind("party", party).bind("label", c.label())
                .bind("single", singleUse).bind("created", ts(c.createdAt())).bind("expires", ts(c.expiresAt()))
                .execute());
        changed(caseId);
        return new Issued(c, secret);
    }

    /** The valid credential with {@code secret}, if any (single-use ones are not consumed here). */
    public Optional<Credential> lookup(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        Instant now = Instant.now();
        Cached<Credential> hit = tokenCache.get(hash);
        if (hit != null && now.isBefore(hit.until()) && hit.value().valid(now)) {
            return Optional.of(hit.value());
        }
        Optional<Credential> c = jdbi.withHandle(h -> h.createQuery("SELECT " + CREDENTIAL_COLUMNS
                + " FROM credentials WHERE secret_hash = :hash").bind("hash", hash).map((rs, ctx) -> credential(rs))
                .findOne());
        c.filter(x -> x.valid(now) && !x.singleUse()).ifPresentOrElse(
                x -> tokenCache.put(hash, new Cached<>(x, now.plus(CACHE_TTL))), () -> tokenCache.remove(hash));
        return c.filter(x -> x.valid(now));
    }

    /**
     * Uses a single-use credential: true for the one caller that marks it used, false when it was already used,
     * revoked or expired. A reusable credential is simply checked.
     */
    public boolean use(Credential c) {
        if (!c.singleUse()) {
            return c.valid(Instant.now());
        }
        Instant now = now();
        boolean used = jdbi.withHandle(h -> h.createUpdate("UPDATE credentials SET used_at = :now WHERE id = :id AND "
                + "used_at IS NULL AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)")
                .bind("now", ts(now)).bind("id", c.id()).execute()) == 1;
        changed(c.caseId());
        return used;
    }

    /** Revokes credential {@code id} and every session opened with it; false when there is no such credential. */
    public boolean revoke(String id) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE credentials SET revoked_at = :now WHERE id = :id AND "
                + "revoked_at IS NULL").bind("now", ts(now())).bind("id", id).execute());
        changes.incrementAndGet();
        tokenCache.clear();
        sessionCache.clear();
        caseCache.clear();
        return n == 1 || get(id).isPresent();
    }

    /** Credential {@code id}, valid or not. */
    public Optional<Credential> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CREDENTIAL_COLUMNS + " FROM credentials WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> credential(rs)).findOne());
    }

    /**
     * The credentials of case {@code caseId} (administrator credentials for null), oldest first, valid or not (ask
     * {@link Credential#valid} at the time of use: expiry is not a change this list sees).
     */
    public List<Credential> ofCase(String caseId) {
        String key = caseKey(caseId);
        Instant now = Instant.now();
        Cached<List<Credential>> hit = caseCache.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.value();
        }
        long before = changes.get();
        List<Credential> list = List.copyOf(jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + CREDENTIAL_COLUMNS + " FROM credentials WHERE "
                    + (caseId == null ? "case_id IS NULL" : "case_id = :case") + " ORDER BY created_at, id");
            if (caseId != null) {
                q.bind("case", caseId); // JDBI refuses a binding the query does not use
            }
            return q.map((rs, ctx) -> credential(rs)).list();
        }));
        // not when a change came meanwhile (it may be missing from the list): the check and a change's removal of
        // the entry are atomic on the entry, and revoke counts before it clears
        caseCache.compute(key, (k, old) -> changes.get() == before ? new Cached<>(list, now.plus(CACHE_TTL)) : old);
        return list;
    }

    private void changed(String caseId) {
        caseCache.compute(caseKey(caseId), (k, old) -> {
            changes.incrementAndGet();
            return null;
        });
    }

    private static String caseKey(String caseId) {
        return caseId == null ? "" : caseId;
    }

    /** True when any administrator credential was ever issued (the first start has none). */
    public boolean hasAdministrator() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM credentials WHERE role = 'administrator'")
                .mapTo(Long.class).one()) > 0;
    }

    /** Opens a browser session for credential {@code c}; returns the session secret (the cookie value). */
    public String openSession(Credential c) {
        String secret = Secrets.newSecret("ps_");
        Instant now = now();
        Instant end = now.plus(SESSION_LIFETIME);
        if (c.expiresAt() != null && c.expiresAt().isBefore(end)) {
            end = c.expiresAt();
        }
        Instant until = end;
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (secret_hash, credential_id, csrf, created_at, "
                + "expires_at) VALUES (:hash, :cred, :csrf, :now, :end)").bind("hash", Secrets.hash(secret))
                .bind("cred", c.id()).bind("csrf", Secrets.newSecret("")).bind("now", ts(now))
                .bind("end", ts(until)).execute());
        return secret;
    }

    /** The live session with cookie value {@code secret}, whose credential is still valid. */
    public Optional<Session> session(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        Instant now = Instant.now();
        Cached<Session> hit = sessionCache.get(hash);
        if (hit != null && now.isBefore(hit.until()) && now.isBefore(hit.value().expiresAt())) {
            return Optional.of(hit.value());
        }
        Optional<Session> s = jdbi.withHandle(h -> h.createQuery("SELECT c.id, c.role, c.case_id, c.party, c.label, "
                + "c.single_use, c.created_at, c.expires_at, c.used_at, c.revoked_at, s.csrf, s.expires_at FROM "
                + "sessions s JOIN credentials c ON c.id = s.credential_id WHERE s.secret_hash = :hash")
                .bind("hash", hash).map((rs, ctx) -> {
                    Credential c = credential(rs);
                    Instant end = rs.getTimestamp(12).toInstant();
                    // a used single-use link still backs the session it opened
                    boolean ok = c.revokedAt() == null && (c.expiresAt() == null || now.isBefore(c.expiresAt()))
                            && now.isBefore(end);
                    return ok ? new Session(c.principal(), rs.getString(11), end) : null;
                }).findOne());
        s.ifPresentOrElse(x -> sessionCache.put(hash, new Cached<>(x, now.plus(CACHE_TTL))),
                () -> sessionCache.remove(hash));
        return s;
    }

    /** Ends the session with cookie value {@code secret}. */
    public void closeSession(String secret) {
        if (secret == null) {
            return;
        }
        String hash = Secrets.hash(secret);
        jdbi.useHandle(h -> h.createUpdate("UPDATE sessions SET expires_at = :now WHERE secret_hash = :hash")
                .bind("now", ts(now())).bind("hash", hash).execute());
        sessionCache.remove(hash);
    }

    private static Credential credential(ResultSet rs) throws SQLException {
        String party = rs.getString(4);
        return new Credential(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3), party, rs.getString(5),
                rs.getBoolean(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
