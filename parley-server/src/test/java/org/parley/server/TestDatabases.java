package org.parley.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the server tests run on: H2 always; PostgreSQL when {@code PARLEY_TEST_POSTGRES_URL} names a server
 * (a JDBC URL of a database the user may create databases from, e.g.
 * {@code jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres}). {@code .ci/run} always provides it; under CI
 * ({@code CI} set) a missing URL fails the tests instead of skipping PostgreSQL.
 */
public final class TestDatabases {

    /** The environment variable with the PostgreSQL URL. */
    public static final String ENV = "PARLEY_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    /** "h2", and "postgresql" when it is available. */
    public static Stream<String> kinds() {
        List<String> out = new ArrayList<>(List.of("h2"));
        String pg = System.getenv(ENV);
        if (pg != null && !pg.isBlank()) {
            out.add("postgresql");
        } else if (ci()) {
            throw new IllegalStateException(ENV + " is not set under CI: .ci/run must start PostgreSQL and export it");
        }
        return out.stream();
    }

    /** True under CI. */
    public static boolean ci() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** A fresh, empty database of {@code kind}; returns its JDBC URL. */
    public static String fresh(String kind) {
        if (kind.equals("h2")) {
            return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        }
        String base = System.getenv(ENV);
        String name = "parley_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        String params = q < 0 ? "" : base.substring(q);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + params;
    }
}
