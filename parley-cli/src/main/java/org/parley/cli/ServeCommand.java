package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley serve}: the web workspace. This class names no server class outside {@link #call()}, so the other
 * commands start without loading the web server, the database drivers or the templates.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web workspace for real talks: a page for the mediator and one for each party, the "
            + "JSON API under /api/v1, on an embedded H2 database in the data folder or on PostgreSQL.",
            "The first start prints a one-time administrator link and an administrator API token (also written to "
                + "DIR/admin-token). See docs/server.md."},
        footer = {"", "Examples:", "  parley serve", "  parley serve --port 9000 --data /srv/parley",
            "  parley serve --db \\",
            "      'jdbc:postgresql://127.0.0.1:5432/parley?user=parley&password=secret'"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder: the H2 database and the admin-token file (default: ~/.parley).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = {"A PostgreSQL database instead of H2 in the data folder, as a JDBC URL:",
                "jdbc:postgresql://HOST:PORT/DB?user=U"})
    String db;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + ": expected 0 to 65535");
        }
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".parley");
        return org.parley.server.Serve.run(host, port, dir, db, System.out);
    }
}
