package org.parley.agent.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.protocol.AgentBatch;

/**
 * The agent processes of one tournament worker that serve several of its sessions at once (protocol 2): the
 * {@link AgentBatch.Channel} of {@link ProcessAgent}s. A session's agent asks for {@link #room} in a process of its
 * launch: one of the worker's with a free session, else one more from the run's {@link ProcessPool}, kept by the
 * worker until it ends. {@link #send()} writes each process's queued messages (one write per process),
 * {@link #receive()} reads every awaited answer. A process that breaks is killed at once (its sessions fail, see
 * {@link MultiplexedProcess}), and later sessions get another.
 */
final class ProcessBatch implements AgentBatch.Channel {

    private final ProcessPool pool;
    private final Map<Launch, List<MultiplexedProcess>> processes = new HashMap<>();
    private final List<MultiplexedProcess> all = new ArrayList<>();
    /** Launches whose processes speak protocol 1: their sessions take a process each, as outside a batch. */
    private final Set<Launch> oneAtATime = new HashSet<>();

    ProcessBatch(ProcessPool pool) {
        this.pool = pool;
    }

    /**
     * A process of {@code launch} with room for one more session, or null when the launch's processes serve one
     * session at a time (protocol 1).
     *
     * @throws org.parley.protocol.ExternalAgent.Failure when a new process cannot be started or says hello wrongly
     */
    MultiplexedProcess room(Launch launch, long startupNanos) {
        if (oneAtATime.contains(launch)) {
            return null;
        }
        List<MultiplexedProcess> ps = processes.computeIfAbsent(launch, l -> new ArrayList<>());
        for (MultiplexedProcess mp : ps) {
            if (mp.hasRoom()) {
                return mp;
            }
        }
        AgentProcess p = pool.acquire(launch, startupNanos);
        if (p.version() < 2) {
            pool.release(p);
            oneAtATime.add(launch);
            return null;
        }
        MultiplexedProcess mp = p.multiplexed();
        ps.add(mp);
        all.add(mp);
        return mp;
    }

    @Override
    public void send() {
        for (MultiplexedProcess mp : all) {
            mp.send();
        }
        dropBroken();
    }

    @Override
    public void receive() {
        for (MultiplexedProcess mp : all) {
            mp.awaitAll();
        }
        dropBroken();
    }

    /** Processes that broke are discarded (killed already; their sessions hold their failure). */
    private void dropBroken() {
        for (Iterator<MultiplexedProcess> it = all.iterator(); it.hasNext();) {
            MultiplexedProcess mp = it.next();
            if (mp.broken()) {
                it.remove();
                processes.get(mp.process().launch).remove(mp);
                pool.discard(mp.process());
            }
        }
    }

    /**
     * Gives the processes back to the pool (their last messages written first), or kills those that still hold a
     * session or broke.
     */
    @Override
    public void close() {
        for (MultiplexedProcess mp : all) {
            if (mp.sessions() == 0 && !mp.broken()) {
                mp.send();
            }
            if (mp.sessions() == 0 && !mp.broken()) {
                pool.release(mp.process());
            } else {
                pool.discard(mp.process());
            }
        }
        all.clear();
        processes.clear();
    }
}
