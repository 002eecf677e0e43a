package org.parley.server;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The entry point of {@code parley serve}: starts the server, prints where it is, and runs until stopped. */
public final class Serve {

    private Serve() {
    }

    /**
     * Starts the server and blocks until the process is stopped (Ctrl-C, SIGTERM); returns the exit code.
     *
     * @throws IllegalArgumentException for a port in use, a database URL or data folder that does not work
     */
    public static int run(String host, int port, Path dataDir, String dbUrl, PrintStream out) {
        ParleyServer server;
        try {
            server = ParleyServer.start(new ParleyServer.Options(host, port, dataDir, dbUrl));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + t.getMessage()
                            + "); choose another port", e);
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            throw e;
        }
        server.printWelcome(out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "parley-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
