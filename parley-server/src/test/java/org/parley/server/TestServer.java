package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.parley.server.web.SseHub;

/** A server on a free loopback port over a fresh database, for one test. */
public final class TestServer implements AutoCloseable {

    /** The repository root (examples/ and scenarios/). */
    public static final Path ROOT = Path.of(System.getProperty("parley.root", ".."));

    private final ParleyServer server;
    private final Path data;
    private final String url;
    private final String kind;
    private final String admin;
    private final Duration heartbeat;

    private TestServer(String kind, String url, Path data, String admin, Duration heartbeat) {
        this.kind = kind;
        this.url = url;
        this.data = data;
        this.heartbeat = heartbeat;
        this.server = ParleyServer.start(new ParleyServer.Options("127.0.0.1", 0, data, url).withHeartbeat(heartbeat));
        this.admin = admin != null ? admin : server.firstStart().token();
    }

    /** A server on a fresh database of {@code kind} ("h2" or "postgresql"). */
    public static TestServer start(String kind) {
        return start(kind, SseHub.HEARTBEAT);
    }

    /** A server on a fresh database of {@code kind} whose idle streams hear a comment every {@code heartbeat}. */
    public static TestServer start(String kind, Duration heartbeat) {
        try {
            return new TestServer(kind, TestDatabases.fresh(kind), Files.createTempDirectory("parley-test"), null,
                    heartbeat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new server on the same database and data folder (after {@link #close()}). */
    public TestServer restart() {
        return new TestServer(kind, url, data, admin, heartbeat);
    }

    /** The server. */
    public ParleyServer server() {
        return server;
    }

    /** The administrator's token. */
    public String adminToken() {
        return admin;
    }

    /** An HTTP client. */
    public Http http() {
        return new Http(server.url());
    }

    /** The data folder. */
    public Path data() {
        return data;
    }

    /** The database kind. */
    public String kind() {
        return kind;
    }

    /** The base URL. */
    public String url() {
        return server.url();
    }

    /** The text of an example case, e.g. {@code peace-talks-2025}. */
    public static String example(String name) {
        try {
            return Files.readString(ROOT.resolve("examples").resolve(name).resolve("case.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
