package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.parley.agent.AgentRegistry;
import org.parley.protocol.SessionFactory;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Role;
import org.parley.server.cases.CaseService;
import org.parley.server.rooms.RoomHub;
import org.parley.server.rooms.RoomScenarios;
import org.parley.server.rooms.RoomService;
import org.parley.server.store.Database;
import org.parley.server.store.EventStore;
import org.parley.server.web.Routes;
import org.parley.server.web.SseHub;

/**
 * {@code parley serve}: opens (and on first start creates and migrates) the database, rebuilds the cases from the
 * event log, and serves the pages and the API. The first start issues the administrator's credentials.
 */
public final class ParleyServer implements AutoCloseable {

    /**
     * How to start.
     *
     * @param host    the address to listen on (default loopback)
     * @param port    the port (0: any free port)
     * @param dataDir the data folder (the H2 database, the admin token)
     * @param dbUrl     a JDBC URL, or null for H2 in {@code dataDir}
     * @param heartbeat how often an idle event stream hears a comment line (keeps proxies from closing it)
     */
    public record Options(String host, int port, Path dataDir, String dbUrl, Duration heartbeat) {

        /** Checks the values. */
        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(heartbeat, "heartbeat");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + ": expected 0 to 65535");
            }
            if (heartbeat.isNegative() || heartbeat.isZero()) {
                throw new IllegalArgumentException("heartbeat " + heartbeat + ": expected a positive duration");
            }
        }

        /** Options with the standard heartbeat ({@link SseHub#HEARTBEAT}). */
        public Options(String host, int port, Path dataDir, String dbUrl) {
            this(host, port, dataDir, dbUrl, SseHub.HEARTBEAT);
        }

        /**
         * These options with another heartbeat.
         *
         * @param every how often an idle stream hears a comment line
         * @return the options
         */
        public Options withHeartbeat(Duration every) {
            return new Options(host, port, dataDir, dbUrl, every);
        }
    }

    /**
     * What the first start issued (null on later starts).
     *
     * @param link  the one-time administrator link
     * @param token the administrator API token
     * @param file  where the token was written
     */
    public record FirstStart(String link, String token, Path file) {
    }

    /** Request threads per core (see the constructor). */
    static final int THREADS_PER_CORE = 8;

    private final Options options;
    private final Database database;
    private final Credentials credentials;
    private final CaseService cases;
    private final SseHub hub;
    private final AgentRegistry agents;
    private final RoomService rooms;
    private final RoomScenarios roomScenarios;
    private final RoomHub roomHub;
    private final Javalin app;
    private final List<org.parley.server.web.Route> routes = new ArrayList<>();
    private FirstStart first;

    private ParleyServer(Options options) {
        this.options = options;
        try {
            if (!Files.isDirectory(options.dataDir())) {
                Files.createDirectories(options.dataDir());
                try {
                    // the database holds every party's private preferences: the owner only
                    Files.setPosixFilePermissions(options.dataDir(), PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("data folder " + options.dataDir() + ": cannot create it: "
                    + e.getMessage(), e);
        }
        this.database = Database.open(options.dbUrl() != null ? options.dbUrl() : Database.h2Url(options.dataDir()));
        try {
            this.credentials = new Credentials(database);
            this.cases = new CaseService(new EventStore(database));
            this.hub = new SseHub(cases, options.heartbeat());
            this.agents = AgentRegistry.builtIns();
            this.rooms = new RoomService(new EventStore(database), credentials, agents::factory,
                    SessionFactory.standard());
            this.roomScenarios = new RoomScenarios(cases);
            this.roomHub = new RoomHub(rooms, options.heartbeat());
            Routes r = new Routes(this);
            this.app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = options.host();
                config.jetty.port = options.port();
                // Jetty's default pool (250 threads) lets 50 clients' requests run at once and time-slice on a
                // 2-core machine: more CPU per request (switches, contention) and a longer tail. A pool of 8 threads
                // per core keeps the cores busy while requests wait on the database and queues the rest in order;
                // streams (SSE) are asynchronous and hold no thread.
                config.jetty.threadPool = new QueuedThreadPool(THREADS_PER_CORE
                        * Math.max(2, Runtime.getRuntime().availableProcessors()), 8, 60_000);
                config.http.maxRequestSize = 17L << 20;
                r.configure(config, routes);
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts a server. */
    public static ParleyServer start(Options options) {
        ParleyServer s = new ParleyServer(options);
        try {
            s.rooms.start();
            s.app.start();
            s.issueFirstCredentials();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void issueFirstCredentials() {
        if (credentials.hasAdministrator()) {
            return;
        }
        Credentials.Issued token = credentials.issue(Role.ADMINISTRATOR, null, null, "administrator", false, null);
        Credentials.Issued link = credentials.issue(Role.ADMINISTRATOR, null, null, "administrator (first link)",
                true, Instant.now().plus(7, ChronoUnit.DAYS));
        Path file = options.dataDir().resolve("admin-token");
        writePrivate(file, token.secret() + "\n");
        first = new FirstStart(url() + "/join/" + link.secret(), token.secret(), file);
    }

    /** Writes {@code text} to {@code file}, readable by its owner only (mode 600 where the file system has modes). */
    static void writePrivate(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("cannot replace " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Prints where the server is and, on the first start, the administrator's link and token. */
    public void printWelcome(PrintStream out) {
        out.println("parley serve: " + url() + "/ (database: " + database.kind().key()
                + (options.dbUrl() == null ? " in " + options.dataDir().toAbsolutePath() : "") + ")");
        if (first != null) {
            out.println("First start. Open this one-time administrator link in your browser (it works once):");
            out.println("  " + first.link());
            out.println("Administrator API token (also in " + first.file().toAbsolutePath() + ", mode 600):");
            out.println("  " + first.token());
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    /** What the first start issued, or null. */
    public FirstStart firstStart() {
        return first;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + app.port();
    }

    /** The base URL as the caller reached the server (its Host header), for links in responses. */
    public String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        return host == null ? url() : ctx.scheme() + "://" + host;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The database. */
    public Database database() {
        return database;
    }

    /** The credentials. */
    public Credentials credentials() {
        return credentials;
    }

    /** The cases. */
    public CaseService cases() {
        return cases;
    }

    /** The SSE hub. */
    public SseHub hub() {
        return hub;
    }

    /** The live rooms. */
    public RoomService rooms() {
        return rooms;
    }

    /** The rooms' SSE hub. */
    public RoomHub roomHub() {
        return roomHub;
    }

    /** Where rooms' scenarios come from: inline, shipped with the server, or a case of this site. */
    public RoomScenarios roomScenarios() {
        return roomScenarios;
    }

    /** The agents rooms and exercises may seat (the built-ins). */
    public AgentRegistry agentRegistry() {
        return agents;
    }

    /** Every route with the access it declares. */
    public List<org.parley.server.web.Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            rooms.close();
            roomHub.close();
            agents.close();
            hub.close();
            database.close();
        }
    }
}
