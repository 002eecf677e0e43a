package org.parley.protocol;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a session on its own daemon thread and gives up on it, with an error naming the agent, when an agent stays
 * inside one call longer than its budget. The stuck thread is interrupted and abandoned, never stopped by force;
 * the caller and every other session go on.
 */
public final class IsolatedRunner {

    private static final long POLL_MILLIS = 20;

    private IsolatedRunner() {
    }

    public static SessionResult run(SaopSession session) {
        FutureTask<SessionResult> task = new FutureTask<>(session::run);
        Thread worker = new Thread(task, "parley-session");
        worker.setDaemon(true);
        worker.start();
        while (true) {
            try {
                return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                String overrun = session.overrunningCall();
                if (overrun != null) {
                    int party = session.partyInCall();
                    worker.interrupt();
                    return session.abandoned(overrun, party);
                }
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                return session.abandoned("interrupted while waiting for the session", -1);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
            }
        }
    }
}
