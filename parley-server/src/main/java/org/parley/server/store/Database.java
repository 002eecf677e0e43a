package org.parley.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The server's database: a connection pool, the schema migrated by Flyway (the same migrations on H2 and
 * PostgreSQL) and Jdbi over it.
 */
public final class Database implements AutoCloseable {

    /** The supported databases, by the name the health check reports. */
    public enum Kind {
        /** Embedded H2, a file in the data folder (or in memory for tests). */
        H2("h2"),
        /** PostgreSQL 15 or later. */
        POSTGRESQL("postgresql");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name reported by {@code /api/v1/health}. */
        public String key() {
            return key;
        }
    }

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Kind kind;

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
        this.jdbi = Jdbi.create(pool);
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String h2Url(Path dataDir) {
        // WRITE_DELAY=0: a commit reaches the file before the statement returns, so an acknowledged write
        // survives the process being killed.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("parley").toString().replace('\\', '/')
                + ";WRITE_DELAY=0";
    }

    /**
     * Opens {@code url} ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}; user and password, when needed, as URL
     * parameters) and migrates it.
     *
     * @throws IllegalArgumentException for another kind of URL, or a database that cannot be reached or migrated
     */
    public static Database open(String url) {
        Kind kind = kindOf(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(kind == Kind.H2 ? 8 : 16);
        config.setPoolName("parley");
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException | IllegalStateException e) {
            pool.close();
            throw new IllegalArgumentException("database " + redact(url) + ": " + firstLine(e), e);
        }
        return new Database(pool, kind);
    }

    /** The kind of database {@code url} names. */
    public static Kind kindOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException("database URL " + redact(url)
                + ": expected jdbc:h2:... or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** The URL without a password parameter, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Jdbi over the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** H2 or PostgreSQL. */
    public Kind kind() {
        return kind;
    }

    @Override
    public void close() {
        pool.close();
    }
}
