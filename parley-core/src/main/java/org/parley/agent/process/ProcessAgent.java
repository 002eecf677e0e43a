package org.parley.agent.process;

import java.util.Map;
import org.parley.protocol.Action;
import org.parley.protocol.AgentBatch;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.BatchedAgent;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

/**
 * A Java {@link org.parley.protocol.Agent} that is an agent process speaking the agent protocol
 * ({@code docs/agent-protocol.md}). Its session is served in one of three ways:
 *
 * <ul>
 *   <li>Protocol 1: the session takes a whole process from the run's {@link ProcessPool} (the thread's idle one, or a
 *       new one) and gives it back at the end; a process that broke its session (did not answer in time, exited,
 *       wrote something that is not the protocol) is killed instead, and the next session gets a fresh one.</li>
 *   <li>Protocol 2, alone: the same, with the session's id on every message.</li>
 *   <li>Protocol 2, in a batch ({@link #requestInit}): the session is one of several a tournament worker's
 *       {@link ProcessBatch} has in one process; requests wait in the batch. A fault of the process breaks every
 *       session it holds; a fault of one session's answer (an error reply, an answer that is not an action) ends that
 *       session only, and the process goes on.</li>
 * </ul>
 *
 * <p>Messages to the agent are collected and written in one go when a reply is wanted (the start of a session, the
 * request for an action) or when the session ends.
 */
final class ProcessAgent implements BatchedAgent {

    /** Shortest time a new process gets to start and answer hello. */
    static final long MIN_STARTUP_NANOS = 20_000_000_000L;

    /** A profile's JSON, shared by the sessions of a run. */
    private record ProfileText(String json) {
    }

    private final Launch launch;
    private final long startupNanos;
    private long budget = SessionSpec.DEFAULT_ROUND_CALL_BUDGET_NANOS;
    private ProcessPool pool;
    /** The process this agent took from the pool for its session (protocol 1, or 2 alone), or null. */
    private AgentProcess process;
    /** Protocol 2: the process serving the session, and the session's slot in it. */
    private MultiplexedProcess shared;
    private MultiplexedProcess.Slot slot;
    /** Protocol 2 in a batch: the batch's processes (they own {@link #shared}). */
    private ProcessBatch batch;
    private int party;
    private boolean ended;
    private boolean broken;

    ProcessAgent(Launch launch, long startupNanos) {
        this.launch = launch;
        this.startupNanos = startupNanos;
    }

    @Override
    public void callBudget(long nanos) {
        this.budget = nanos;
    }

    private long startup() {
        return Math.max(startupNanos, budget);
    }

    /** The profile's JSON (shared by the run's sessions); the pool. */
    private String prepare(AgentSettings settings) {
        party = settings.party();
        pool = settings.context().resource(ProcessPool.class, ProcessPool::new);
        return settings.context().shared(settings.profile(), ProfileText.class,
                p -> new ProfileText(ProfileJson.of(p)), t -> 2L * t.json().length() + 64).json();
    }

    @Override
    public void init(AgentSettings settings) {
        String profile = prepare(settings);
        try {
            process = pool.acquire(launch, startup());
        } catch (Failure f) {
            broken = true;
            throw f;
        }
        if (process.version() >= 2) {
            shared = process.multiplexed();
            start(settings, profile);
            completeInit();
            return;
        }
        process.beginSession(settings.seed(), party);
        Messages.start(process.message().append('{'), settings, profile);
        String line = request();
        Map<String, Object> reply = process.object(line, "start");
        if (!"ready".equals(reply.get("type"))) {
            throw fail(process.malformed("answered start with", line));
        }
    }

    @Override
    public boolean requestInit(AgentSettings settings, AgentBatch agentBatch) {
        String profile = prepare(settings);
        ProcessPool p = pool;
        ProcessBatch b = agentBatch.channel(ProcessBatch.class, () -> new ProcessBatch(p));
        MultiplexedProcess mp;
        try {
            mp = b.room(launch, startup());
        } catch (Failure f) {
            broken = true;
            throw f;
        }
        if (mp == null) {
            init(settings); // its processes serve one session at a time
            return false;
        }
        batch = b;
        shared = mp;
        start(settings, profile);
        return true;
    }

    /** Protocol 2: opens the session's slot and queues its start. */
    private void start(AgentSettings settings, String profile) {
        slot = shared.open(budget, settings.seed(), party);
        Messages.start(shared.message(slot), settings, profile);
        shared.expect(slot, "start");
    }

    @Override
    public void completeInit() {
        shared.await(slot);
        String line = answer();
        if (line.endsWith(",\"type\":\"ready\"}") && MultiplexedProcess.idOf(line) >= 0
                && line.indexOf(',') == line.length() - 16) {
            return;
        }
        if (!"ready".equals(parsed("start").get("type"))) {
            throw wrong("answered start with", line);
        }
    }

    /** Protocol 2: the session's answer line; a failure of the process as this session's failure. */
    private String answer() {
        try {
            return shared.answer(slot);
        } catch (Failure f) {
            broken = true;
            throw f;
        }
    }

    /** Protocol 2: the session's answer, parsed; an error reply, or a line that is not JSON, fails the session. */
    private Map<String, Object> parsed(String request) {
        Map<String, Object> reply;
        try {
            reply = shared.parsed(slot);
        } catch (IllegalArgumentException e) {
            throw wrong("answered " + request + " with a line that is not a JSON object (" + e.getMessage() + "):",
                    shared.answer(slot));
        }
        if ("error".equals(reply.get("type"))) {
            broken = true;
            Object message = reply.get("message");
            throw new Failure("reported an error", "its message: " + (message instanceof String s ? Json.excerpt(s)
                    : Json.excerpt(shared.answer(slot))));
        }
        return reply;
    }

    /** Protocol 2: an answer that is not what was asked ends this session only. */
    private Failure wrong(String what, String line) {
        broken = true;
        return new Failure(what + " '" + Json.excerpt(line) + "'", null);
    }

    private String request() {
        try {
            return process.request(budget);
        } catch (Failure f) {
            broken = true;
            throw f;
        }
    }

    private Failure fail(Failure f) {
        broken = true;
        return f;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (shared == null) {
            Messages.action(process.message().append('{'), action, timeline);
        } else if (!shared.broken()) {
            Messages.action(shared.message(slot), action, shared.time(timeline.time()), timeline.round());
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        if (shared != null) {
            requestAction(timeline);
            return completeAction();
        }
        Messages.act(process.message().append('{'), timeline);
        String line = request();
        try {
            return Messages.action(process.object(line, "act"), party);
        } catch (IllegalArgumentException e) {
            throw fail(process.malformed(e.getMessage(), line));
        }
    }

    @Override
    public void requestAction(Timeline timeline) {
        if (!shared.broken()) {
            Messages.act(shared.message(slot), shared.time(timeline.time()), timeline.round());
            shared.expect(slot, "act");
        }
    }

    @Override
    public Action completeAction() {
        shared.await(slot);
        String line = answer();
        Action fast = Messages.fastAction(line, party);
        if (fast != null) {
            return fast;
        }
        Map<String, Object> reply = parsed("act");
        try {
            return Messages.action(reply, party);
        } catch (IllegalArgumentException e) {
            throw wrong(e.getMessage(), line);
        }
    }

    @Override
    public void negotiationEnded(int[] agreement) {
        end(agreement);
    }

    private void end(int[] agreement) {
        if (ended) {
            return;
        }
        if (shared != null) {
            // protocol 2: the end also after this session's own fault, so that the agent forgets the session
            if (slot == null || shared.broken()) {
                return;
            }
            ended = true;
            Messages.end(shared.message(slot), agreement);
            if (batch == null) {
                shared.send(); // alone: at once, as under protocol 1 (in a batch it goes with the next write)
                if (shared.broken()) {
                    broken = true;
                    throw shared.failure();
                }
            }
            return;
        }
        if (process == null || broken) {
            return;
        }
        ended = true;
        Messages.end(process.message().append('{'), agreement);
        try {
            process.send(budget);
        } catch (Failure f) {
            broken = true;
            throw f;
        }
    }

    @Override
    public void close() {
        if (shared != null) {
            try {
                end(null);
            } catch (Failure f) {
                // broken now: killed below
            }
            if (slot != null) {
                shared.close(slot);
            }
            if (process != null) {
                giveBack(shared.broken());
            }
            shared = null;
            return;
        }
        if (process == null) {
            return;
        }
        try {
            end(null);
        } catch (Failure f) {
            // broken now: killed below
        }
        process.endSession();
        giveBack(broken);
    }

    /** Gives the process this agent took from the pool back, or kills it when it broke. */
    private void giveBack(boolean kill) {
        if (kill) {
            pool.discard(process);
        } else {
            pool.release(process);
        }
        process = null;
    }

    @Override
    public String name() {
        return launch.name();
    }
}
