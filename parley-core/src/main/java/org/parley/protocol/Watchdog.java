package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Gives up on sessions whose agent stays inside one call longer than its budget: the one place that watches for
 * hung agents, used for a single negotiation ({@link #isolate}) and by the tournament runner's worker threads.
 *
 * <p>Worker threads run their sessions through {@link #run}; one watching thread calls {@link #watch}, which every
 * {@value #POLL_MILLIS} ms asks each running session for {@link Session#overrunningCall()}. A session that has
 * overrun is claimed (the worker and the watchdog race for its result; exactly one wins), its abandoned result
 * ({@link Session#abandoned}) is handed to the watcher, and its worker thread is interrupted and left behind:
 * never stopped by force. The caller and every other session go on.
 *
 * @param <T> what a worker attaches to each session it runs, handed back with a given-up session
 */
public final class Watchdog<T> {

    /** How often running sessions are checked, in milliseconds. */
    public static final long POLL_MILLIS = 20;

    /**
     * A session the watchdog gave up on.
     *
     * @param tag    what the worker attached to the session
     * @param result the result to record ({@link Session#abandoned})
     * @param party  the party that never returned, or -1
     * @param worker the thread left inside the agent's call (already interrupted)
     */
    public record GivenUp<T>(T tag, SessionResult result, int party, Thread worker) {
    }

    private final Set<Watch> running = ConcurrentHashMap.newKeySet();

    /**
     * A session watched while its worker thread runs it: the worker and the watchdog race for its result, and
     * exactly one wins ({@link #finish()}, or the watchdog giving it up).
     */
    public final class Watch {
        final Session session;
        final T tag;
        final Thread worker = Thread.currentThread();
        final AtomicBoolean claimed = new AtomicBoolean();

        Watch(Session session, T tag) {
            this.session = session;
            this.tag = tag;
        }

        /**
         * The worker is done with the session (it ended, or the worker leaves it unfinished): true when it is the
         * worker's to record (or to have redone), false when the watchdog (or {@link #claimAll}) took it first.
         */
        public boolean finish() {
            running.remove(this);
            return claimed.compareAndSet(false, true);
        }
    }

    /**
     * Watches {@code session}, which the calling thread runs a step at a time together with other sessions (a
     * tournament worker stepping several): the worker calls {@link Watch#finish()} when it ends. A session given up
     * is handed to the watcher as for {@link #run}, and the worker thread is interrupted.
     */
    public Watch enter(Session session, T tag) {
        Watch w = new Watch(session, tag);
        running.add(w);
        return w;
    }

    /**
     * Claims every session {@code worker} is running that nobody has claimed yet (after giving up one of its
     * sessions, so that another worker redoes the others): their tags.
     */
    public List<T> claimAll(Thread worker) {
        List<T> out = new ArrayList<>();
        for (Watch w : running) {
            if (w.worker == worker && w.claimed.compareAndSet(false, true)) {
                running.remove(w);
                out.add(w.tag);
            }
        }
        return out;
    }

    /**
     * Runs {@code session} in the calling thread while this watchdog watches it.
     *
     * @return its result, or null when the watchdog gave up on it first (its result went to the watcher; the calling
     *         thread has been interrupted and should stop)
     * @throws RuntimeException what the session threw (parley's own fault), unless it had been given up
     */
    public SessionResult run(Session session, T tag) {
        Watch w = new Watch(session, tag);
        running.add(w);
        try {
            SessionResult r = session.run();
            return w.claimed.compareAndSet(false, true) ? r : null;
        } catch (RuntimeException | Error e) {
            if (w.claimed.compareAndSet(false, true)) {
                throw e;
            }
            return null;
        } finally {
            running.remove(w);
        }
    }

    /**
     * Watches in the calling thread until {@code done} reaches zero or {@code stop} says so, handing every session
     * given up to {@code onGivenUp} (called in this thread).
     */
    public void watch(CountDownLatch done, BooleanSupplier stop, Consumer<GivenUp<T>> onGivenUp)
            throws InterruptedException {
        while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS) && !stop.getAsBoolean()) {
            for (Watch w : running) {
                String overrun = w.session.overrunningCall();
                if (overrun != null && w.claimed.compareAndSet(false, true)) {
                    int party = w.session.partyInCall();
                    SessionResult r = w.session.abandoned(overrun, party);
                    running.remove(w);
                    w.worker.interrupt();
                    onGivenUp.accept(new GivenUp<>(w.tag, r, party, w.worker));
                }
            }
        }
    }

    /**
     * Runs {@code session} on its own daemon thread and waits for it, giving up on it (with an error naming the
     * agent) when an agent overruns its budget inside a call.
     *
     * @throws InternalFault when the session failed through parley's own fault
     */
    public static SessionResult isolate(Session session) {
        Watchdog<Void> dog = new Watchdog<>();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<SessionResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<SessionResult> givenUp = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(dog.run(session, null));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        }, "parley-session");
        worker.setDaemon(true);
        worker.start();
        try {
            dog.watch(done, () -> givenUp.get() != null, g -> givenUp.set(g.result()));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return session.abandoned("interrupted while waiting for the session", -1);
        }
        if (givenUp.get() != null) {
            return givenUp.get();
        }
        Throwable f = failure.get();
        if (f != null) {
            throw new InternalFault(f);
        }
        return result.get();
    }
}
