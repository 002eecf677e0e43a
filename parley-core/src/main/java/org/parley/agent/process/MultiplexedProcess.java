package org.parley.agent.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.protocol.ExternalAgent.Failure;

/**
 * An agent process that speaks protocol 2: the sessions it serves at once, each a {@link Slot} known by an id that
 * every message of the session carries. Requests of several sessions are written together ({@link #send()}) and
 * their answers read together ({@link #awaitAll()}); each answer goes to the slot its id names.
 *
 * <p>A fault of the process itself (it exits or is killed, does not answer in time, writes a line that is not JSON,
 * has no id, or answers a session that asked nothing) breaks every session it holds: each open slot gets the same
 * {@link Failure}, and the process is killed. A fault of one session's answer (an error reply, an answer that is not
 * what was asked) is that session's only: see {@link ProcessAgent}.
 *
 * <p>The budget: while requests are awaited, the process must write its next line within the call budget (the
 * largest of the sessions it has served; a run's sessions share one), counted from when parley starts waiting for it
 * (after the previous line, or after writing). A process that answers its requests one after another thus gets the
 * whole budget for each.
 *
 * <p>Not thread-safe: used by one thread at a time (a session's, or a tournament worker's).
 */
final class MultiplexedProcess {

    /** One session of the process: its id, its budget, and the request it awaits or the answer it got. */
    static final class Slot {
        final long id;
        final long budgetNanos;
        final long seed;
        final int party;
        /** The request awaited ("start", "act"), or null. */
        private String awaited;
        private Map<String, Object> reply;
        private String line;
        private Failure failure;

        private Slot(long id, long budgetNanos, long seed, int party) {
            this.id = id;
            this.budgetNanos = budgetNanos;
            this.seed = seed;
            this.party = party;
        }

        /** True while the slot awaits its answer. */
        boolean awaiting() {
            return awaited != null;
        }

        /** The failure of the process that broke this session, or null. */
        Failure failure() {
            return failure;
        }
    }

    /** Texts of times kept by {@link #time}. */
    private static final int TIMES_KEPT = 4096;

    private final AgentProcess process;
    private final Map<Long, Slot> open = new HashMap<>();
    private final Map<Long, String> times = new HashMap<>();
    /** Sessions closed while awaiting an answer: the answer, when it comes, is dropped. */
    private final Set<Long> dropped = new HashSet<>();
    private long nextId;
    private long budget;
    private int awaiting;
    private Failure failure;

    MultiplexedProcess(AgentProcess process) {
        if (process.version() < 2) {
            throw new IllegalArgumentException(process + " speaks protocol " + process.version() + ", not 2");
        }
        this.process = process;
    }

    AgentProcess process() {
        return process;
    }

    /** True when the process broke (every session it held has failed). */
    boolean broken() {
        return failure != null;
    }

    /** Why the process broke, or null. */
    Failure failure() {
        return failure;
    }

    /** True when the process can take one more session. */
    boolean hasRoom() {
        return failure == null && open.size() < process.capacity();
    }

    /** Sessions open now. */
    int sessions() {
        return open.size();
    }

    /** True when some session awaits an answer. */
    boolean busy() {
        return awaiting > 0;
    }

    /** Opens a session (the caller checked {@link #hasRoom()}): its id is new in this process. */
    Slot open(long budgetNanos, long seed, int party) {
        Slot s = new Slot(nextId++, budgetNanos, seed, party);
        budget = Math.max(budget, budgetNanos);
        open.put(s.id, s);
        return s;
    }

    /** Closes a session: its log so far goes to the log folder; a late answer for it will be a fault. */
    void close(Slot s) {
        if (open.remove(s.id) == null) {
            return;
        }
        if (s.awaited != null) {
            s.awaited = null;
            awaiting--;
            dropped.add(s.id);
        }
        process.endSharedSession(s.seed, s.party);
    }

    /** The buffer the session's next message goes into, opened with the session's id: append the rest. */
    StringBuilder message(Slot s) {
        return process.message().append("{\"id\":").append(s.id).append(',');
    }

    /** The session's request just written into the buffer awaits an answer. */
    void expect(Slot s, String request) {
        if (s.failure != null || s.awaited != null) {
            return;
        }
        s.awaited = request;
        s.reply = null;
        s.line = null;
        awaiting++;
    }

    /** Writes every message queued for the process (a fault of the process fails its sessions). */
    void send() {
        if (failure != null) {
            process.message().setLength(0);
            return;
        }
        try {
            process.sendDraining(budget(), this::dispatch);
        } catch (Failure f) {
            fail(f);
        }
    }

    /** Writes what is queued, then reads until {@code s} has its answer or the process has broken. */
    void await(Slot s) {
        if (s.awaited == null) {
            return;
        }
        send();
        while (s.awaited != null && failure == null) {
            readOne();
        }
    }

    /** Reads until no session awaits an answer or the process has broken. */
    void awaitAll() {
        while (awaiting > 0 && failure == null) {
            readOne();
        }
    }

    /**
     * The line {@code s} got for an answer, after {@link #await} or {@link #awaitAll}.
     *
     * @throws Failure the process's failure, if it broke the session
     */
    String answer(Slot s) {
        if (s.failure != null) {
            throw s.failure;
        }
        return s.line;
    }

    /**
     * The answer {@link #answer} returned, parsed.
     *
     * @throws IllegalArgumentException when it is not JSON (saying where)
     */
    Map<String, Object> parsed(Slot s) {
        if (s.reply == null) {
            Object v = Json.parse(s.line);
            if (!(v instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            s.reply = m;
        }
        return s.reply;
    }

    /** The text of time {@code t} in a message (remembered: the sessions of a run share their times). */
    String time(double t) {
        long bits = Double.doubleToRawLongBits(t);
        String s = times.get(bits);
        if (s == null) {
            if (times.size() >= TIMES_KEPT) {
                times.clear();
            }
            s = Json.number(new StringBuilder(24), t).toString();
            times.put(bits, s);
        }
        return s;
    }

    /** The largest call budget of the sessions the process has served (in a run they share one). */
    private long budget() {
        return budget > 0 ? budget : ProcessAgent.MIN_STARTUP_NANOS;
    }

    private void readOne() {
        String line;
        try {
            line = process.readReply(budget());
        } catch (Failure f) {
            fail(f);
            return;
        }
        dispatch(line);
    }

    /**
     * Files a line the process wrote under the session its id names. A line that starts as the Python kit writes its
     * answers, <code>{"id":N,</code>, is taken for session N's answer without parsing the rest (the session's agent
     * does: an answer that is not valid is that session's fault); any other line is parsed to find its id.
     */
    private void dispatch(String line) {
        if (failure != null) {
            return;
        }
        long id = idOf(line);
        Map<String, Object> parsed = null;
        if (id < 0) {
            Object v;
            try {
                v = Json.parse(line);
            } catch (IllegalArgumentException e) {
                fail(process.malformed("wrote a line that is not JSON (" + e.getMessage() + "):", line));
                return;
            }
            if (!(v instanceof Map<?, ?> m) || !(m.get("id") instanceof Long n) || n < 0) {
                fail(process.malformed("wrote a line that is not an object with a session id:", line));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            parsed = map;
            id = n;
        }
        if (dropped.remove(id)) {
            return;
        }
        Slot s = open.get(id);
        if (s == null || s.awaited == null) {
            fail(process.malformed("wrote output parley did not ask for (session " + id + " awaited nothing):",
                    line));
            return;
        }
        s.reply = parsed;
        s.line = line;
        s.awaited = null;
        awaiting--;
    }

    /** The id of a line that starts exactly <code>{"id":N,</code> (N at most 18 digits), else -1. */
    static long idOf(String line) {
        if (!line.startsWith("{\"id\":")) {
            return -1;
        }
        long id = 0;
        int i = 6;
        for (; i < line.length() && i < 24; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            id = id * 10 + (c - '0');
        }
        if (i == 6 || i >= line.length() || line.charAt(i) != ',' || (line.charAt(6) == '0' && i > 7)) {
            return -1;
        }
        return id;
    }

    /** The process broke: every open session fails with {@code f}; the process has been killed. */
    private void fail(Failure f) {
        failure = f;
        process.message().setLength(0);
        List<Slot> all = new ArrayList<>(open.values());
        for (Slot s : all) {
            s.failure = f;
            if (s.awaited != null) {
                s.awaited = null;
                awaiting--;
            }
        }
    }

    @Override
    public String toString() {
        return process + ", " + open.size() + " of " + process.capacity() + " sessions open";
    }
}
