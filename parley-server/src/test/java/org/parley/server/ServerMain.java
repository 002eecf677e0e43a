package org.parley.server;

import java.nio.file.Path;

/** Runs a server in a child process for the kill test: {@code DATA_DIR [JDBC_URL]}, any free port. */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) {
        System.exit(Serve.run("127.0.0.1", 0, Path.of(args[0]), args.length > 1 ? args[1] : null, System.out));
    }
}
