package org.parley.tournament;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.parley.protocol.AgentBatch;
import org.parley.protocol.Session;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SteppedSession;
import org.parley.protocol.Watchdog;

/**
 * A tournament worker that steps several sessions at once ({@link SteppedSession}), for runs with agent processes
 * that serve several sessions each: it starts sessions until it holds {@code window} of them, completes its
 * {@link AgentBatch} (one write to each of its agent processes with the requests of all its sessions, then their
 * answers), steps every session on with its answer (the agents in the JVM act within the step), and again, until
 * the run has no session left. A session without a batched agent runs to its end in its first step.
 *
 * <p>Hangs: each session is watched by the run's {@link Watchdog}. When it gives one up (an agent in the JVM never
 * returned from a call), this worker's thread is left inside that call: the run claims the worker's other sessions
 * and has them played again from the start by a fresh worker (same seeds, same results), and this worker, should its
 * thread ever come back, records nothing more: it releases its agents and processes and ends.
 */
final class SteppingWorker implements Runnable {

    /** One planned session as a worker plays it. */
    interface Job {

        /** The session's id in the plan. */
        int id();

        /** The session, built to step, its batched agents' calls waiting in {@code batch}. */
        SteppedSession stepped(AgentBatch batch);

        /** The result recorded when building or stepping the session failed through parley's own fault. */
        SessionResult internalError(Throwable e);
    }

    /** What a worker asks of its run. */
    interface Jobs {

        /** The next session to play, or null when none is left or the run stops. */
        Job next();

        /** Records a session's result. */
        void finished(Job job, SessionResult result);

        /** Has a session played again from the start, by any worker (this one left it unfinished). */
        void retry(Job job);

        /** Called before a session's first step. */
        void started(Job job);

        /** True when the run stops (a fatal error): sessions still in progress are not recorded. */
        boolean stopping();

        /** The run's watchdog. */
        Watchdog<Job> watchdog();
    }

    /** A session in progress. */
    private record Flight(Job job, SteppedSession session, Watchdog<Job>.Watch watch,
            Map.Entry<Integer, Session> entry) {
    }

    private final Jobs jobs;
    private final int window;
    final Thread thread;
    private final List<Flight> flights = new ArrayList<>();
    private final AgentBatch batch = new AgentBatch();
    private volatile boolean givenUp;
    /** The session being stepped, for the run's exit hook. */
    private volatile Map.Entry<Integer, Session> current;

    /** Starts a worker thread named {@code name} that holds up to {@code window} sessions at once. */
    SteppingWorker(Jobs jobs, int window, String name) {
        if (window < 1) {
            throw new IllegalArgumentException("a worker holds at least one session, got " + window);
        }
        this.jobs = jobs;
        this.window = window;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    SteppingWorker start() {
        thread.start();
        return this;
    }

    /** The session this worker is stepping now (its id and session), or null. */
    Map.Entry<Integer, Session> current() {
        return current;
    }

    /** The watchdog gave up one of this worker's sessions: the worker records nothing more. */
    void giveUp() {
        givenUp = true;
    }

    @Override
    public void run() {
        try {
            while (!givenUp && !jobs.stopping()) {
                fill();
                if (flights.isEmpty() || givenUp) {
                    return;
                }
                try {
                    batch.complete();
                } catch (RuntimeException | Error e) {
                    failAll(e);
                    continue;
                }
                for (Iterator<Flight> it = flights.iterator(); it.hasNext() && !givenUp;) {
                    if (step(it.next())) {
                        it.remove();
                    }
                }
            }
        } finally {
            current = null;
            for (Flight f : flights) {
                f.session().close();
                if (f.watch().finish() && !jobs.stopping()) {
                    jobs.retry(f.job());
                }
            }
            flights.clear();
            batch.close();
        }
    }

    /** Starts sessions until the worker holds {@code window} of them that wait, or the run has none left. */
    private void fill() {
        while (flights.size() < window && !givenUp && !jobs.stopping()) {
            Job job = jobs.next();
            if (job == null) {
                return;
            }
            SteppedSession s;
            try {
                s = job.stepped(batch);
            } catch (RuntimeException | Error e) {
                jobs.finished(job, job.internalError(e));
                continue;
            }
            jobs.started(job);
            Flight f = new Flight(job, s, jobs.watchdog().enter(s, job), Map.entry(job.id(), s));
            if (!step(f)) {
                flights.add(f);
            }
        }
    }

    /** Steps a session; true when it has ended (its result recorded, unless the watchdog took it first). */
    private boolean step(Flight f) {
        current = f.entry();
        SessionResult r;
        try {
            if (!f.session().step()) {
                return false;
            }
            r = f.session().result();
        } catch (RuntimeException | Error e) {
            r = f.job().internalError(e);
        }
        if (f.watch().finish()) {
            jobs.finished(f.job(), r);
        }
        return true;
    }

    /** Completing the batch failed through parley's own fault: every session in progress records it. */
    private void failAll(Throwable e) {
        for (Flight f : flights) {
            f.session().close();
            if (f.watch().finish()) {
                jobs.finished(f.job(), f.job().internalError(e));
            }
        }
        flights.clear();
    }
}
