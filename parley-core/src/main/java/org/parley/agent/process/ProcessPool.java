package org.parley.agent.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent processes of one run (a {@link org.parley.protocol.RunContext} resource), keyed by {@link Launch}: a
 * session takes an idle process of its agent's launch, or starts one when none is idle, and gives it back when it
 * ends. So an agent has as many processes as sessions that use it at once (in a tournament, one per worker thread,
 * two when it meets itself), each started once and used for session after session. A process that broke its session
 * is killed instead, and a later session starts a fresh one. A reaper thread enforces the deadlines of replies awaited:
 * it checks them every twentieth of the shortest budget in use, but at most every {@value #REAP_MILLIS} ms and at
 * least every {@value #REAP_MAX_MILLIS} ms (so a process over the default budget of 10 s is killed within 50 ms of
 * it, and the reaper does not wake 200 times a second for nothing).
 * {@link #close()} ends every process: stdin closed, {@value #CLOSE_GRACE_MILLIS} ms to exit, then killed with its
 * process group.
 */
public final class ProcessPool implements AutoCloseable {

    /** Shortest time between two checks of the awaited replies against their deadline. */
    public static final long REAP_MILLIS = 5;

    /** Longest time between two checks of the awaited replies against their deadline. */
    public static final long REAP_MAX_MILLIS = 50;

    /** How long processes get to exit after their stdin is closed, when the pool closes. */
    public static final long CLOSE_GRACE_MILLIS = 500;

    private final Map<Launch, ArrayDeque<AgentProcess>> idle = new HashMap<>();
    private final Set<AgentProcess> all = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private Thread reaper;
    /** The shortest call budget armed so far (nanoseconds): the reaper checks every twentieth of it. */
    private volatile long shortestBudget = Long.MAX_VALUE;

    /**
     * An idle process of {@code launch} (the one given back last), or a new one.
     *
     * @param startupNanos how long a new process has to start and answer hello
     * @throws org.parley.protocol.ExternalAgent.Failure when a new process cannot be started or says hello wrongly
     */
    AgentProcess acquire(Launch launch, long startupNanos) {
        if (closed) {
            throw new IllegalStateException("the run's agent processes have been closed");
        }
        while (true) {
            AgentProcess p;
            synchronized (idle) {
                ArrayDeque<AgentProcess> q = idle.get(launch);
                p = q == null ? null : q.poll();
            }
            if (p == null) {
                return AgentProcess.start(launch, this, startupNanos);
            }
            if (p.alive()) {
                return p;
            }
            discard(p);
        }
    }

    /** Called by a process that was just started: from now on the pool watches and ends it. */
    void started(AgentProcess p) {
        all.add(p);
        synchronized (this) {
            if (reaper == null && !closed) {
                reaper = new Thread(this::reap, "parley-agent-reaper");
                reaper.setDaemon(true);
                reaper.start();
            }
        }
        if (closed) {
            discard(p);
        }
    }

    /** Gives a healthy process back for a later session. */
    void release(AgentProcess p) {
        if (closed || !p.alive()) {
            discard(p);
            return;
        }
        synchronized (idle) {
            idle.computeIfAbsent(p.launch, l -> new ArrayDeque<>()).push(p);
        }
    }

    /** Kills a process that broke its session (or is no longer wanted). */
    void discard(AgentProcess p) {
        all.remove(p);
        p.kill();
    }

    /** Processes alive now (started and not discarded). */
    public int size() {
        return all.size();
    }

    /** Called when a reply is awaited for at most {@code budgetNanos}: the reaper checks often enough for it. */
    void awaiting(long budgetNanos) {
        if (budgetNanos < shortestBudget) {
            shortestBudget = budgetNanos;
        }
    }

    /** Milliseconds the reaper sleeps between two checks when the shortest budget armed is {@code budgetNanos}. */
    static long reapMillis(long budgetNanos) {
        return Math.max(REAP_MILLIS, Math.min(REAP_MAX_MILLIS, budgetNanos / 20_000_000L));
    }

    private void reap() {
        while (!closed) {
            long now = System.nanoTime();
            for (AgentProcess p : all) {
                p.overdue(now);
            }
            try {
                Thread.sleep(reapMillis(shortestBudget));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Ends every process of the pool: their stdin is closed (a well-behaved agent exits), then whatever is still
     * there after {@value #CLOSE_GRACE_MILLIS} ms is killed with its process group. Processes still in a session
     * are killed too, and their sessions end with an error.
     */
    @Override
    public void close() {
        closed = true;
        List<AgentProcess> ps = new ArrayList<>(all);
        all.clear();
        synchronized (idle) {
            idle.clear();
        }
        for (AgentProcess p : ps) {
            p.closeInput();
        }
        long until = System.nanoTime() + CLOSE_GRACE_MILLIS * 1_000_000L;
        for (AgentProcess p : ps) {
            p.awaitExit(until);
            p.kill();
        }
        Thread r;
        synchronized (this) {
            r = reaper;
        }
        if (r != null) {
            r.interrupt();
        }
    }
}
