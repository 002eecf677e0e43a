package org.parley.agent.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parley.protocol.ExternalAgent.Failure;

/**
 * One running agent process and the pipes to it: messages are collected in a buffer and written in one go when a
 * reply is wanted ({@link #request}); replies are read line by line under a deadline that the pool's reaper enforces
 * by killing the process with its whole process group. stderr is read all the time by a thread of its own into the
 * current session's {@link SessionLog}.
 *
 * <p>The process is started through a small {@code /bin/sh} wrapper ({@link #WRAPPER}), in a session and process
 * group of its own ({@code setsid}), so that it and everything it starts can be killed together, and so that it dies
 * with parley: the wrapper checks twice a second that parley's JVM is still there and kills its group when it is
 * not (even when parley was killed with SIGKILL and could do nothing itself).
 */
final class AgentProcess {

    /** The protocol versions parley speaks, oldest first. */
    static final List<Integer> VERSIONS = List.of(1, 2);

    /** Most sessions parley gives one process at once under protocol 2, whatever the process offers. */
    static final int MAX_SESSIONS = 256;

    /** Bytes written at once under protocol 2 before reading what the process has answered meanwhile. */
    static final int WRITE_PIECE = 16 * 1024;

    /** Longest line an agent may write. */
    static final int MAX_LINE = 1 << 20;

    /** Most an agent may write to its log in one session before it is stopped as flooding. */
    static final long MAX_LOG_BYTES = 16L << 20;

    /**
     * Starts the agent's command ({@code "$@"}, after parley's pid and whether it runs in a group of its own) with
     * the wrapper's stdin (through fd 3: a shell gives a background command /dev/null otherwise) and stdout, lets go
     * of both (so the agent's exit closes them), and waits for it, passing on
     * its exit code. A background loop kills the group (or just the agent) once parley's JVM is gone; a TERM does
     * the same at once.
     */
    static final String WRAPPER = String.join("\n",
            "jvm=$1; group=$2; shift 2",
            "exec 3<&0",
            "\"$@\" <&3 3<&- &",
            "agent=$!",
            "exec </dev/null >/dev/null 3<&-",
            "die() { if [ \"$group\" = 1 ]; then kill -KILL 0; else kill -KILL \"$agent\"; exit 137; fi; }",
            "( while kill -0 \"$jvm\" 2>/dev/null; do sleep 0.5; done; die ) >/dev/null 2>&1 &",
            "watcher=$!",
            "trap die TERM",
            "wait \"$agent\"",
            "code=$?",
            "kill \"$watcher\" 2>/dev/null",
            "exit $code");

    private static final String SETSID = find("setsid");

    final Launch launch;
    private final ProcessPool pool;
    private final Process process;
    private final long pid;
    private final InputStream in;
    private final OutputStream out;
    private final StringBuilder pending = new StringBuilder(1024);
    private byte[] buf = new byte[8192];
    private int pos;
    private int lim;
    private final SessionLog log = new SessionLog();
    private final Thread stderrReader;

    /** Clock reading after which the reaper kills the process, or 0 when no reply is awaited. */
    private volatile long deadline;
    private volatile long deadlineBudget;
    /** Why the process was killed by parley, or null. */
    private volatile String killed;
    private volatile boolean dead;

    private int version;
    private int capacity = 1;
    private MultiplexedProcess multiplexed;
    private String agentName;
    private int sessions;
    private long sessionSeed;
    private int sessionParty;

    private AgentProcess(Launch launch, ProcessPool pool, Process process) {
        this.launch = launch;
        this.pool = pool;
        this.process = process;
        this.pid = process.pid();
        this.in = process.getInputStream();
        this.out = process.getOutputStream();
        this.stderrReader = new Thread(this::readStderr, "parley-agent-log-" + pid);
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    /** The setsid program's path, or null where there is none (the process then shares parley's group). */
    private static String find(String program) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(Arrays.asList((path == null ? "" : path).split(":")));
        dirs.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        for (String d : dirs) {
            if (!d.isEmpty()) {
                Path p = Path.of(d, program);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /**
     * Starts {@code launch} and says hello: the process answers with the version it speaks.
     *
     * @throws Failure when it cannot be started, or does not answer hello properly within {@code startupNanos}
     */
    static AgentProcess start(Launch launch, ProcessPool pool, long startupNanos) {
        if (!Files.isDirectory(launch.workdir())) {
            throw new Failure("could not be started: its working folder " + launch.workdir() + " does not exist",
                    null);
        }
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            cmd.add(SETSID);
        }
        cmd.addAll(List.of("/bin/sh", "-c", WRAPPER, "parley-agent", Long.toString(ProcessHandle.current().pid()),
                SETSID != null ? "1" : "0"));
        cmd.addAll(launch.argv());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(launch.workdir().toFile());
        Map<String, String> env = pb.environment();
        env.putAll(launch.env());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new Failure("could not be started (" + launch.commandLine() + "): " + e.getMessage(), null);
        }
        AgentProcess ap = new AgentProcess(launch, pool, p);
        pool.started(ap);
        try {
            ap.hello(startupNanos);
        } catch (Failure f) {
            pool.discard(ap);
            throw f;
        }
        return ap;
    }

    private void hello(long startupNanos) {
        StringBuilder m = message().append("{\"type\":\"hello\",\"versions\":[");
        for (int i = 0; i < VERSIONS.size(); i++) {
            m.append(i > 0 ? "," : "").append(VERSIONS.get(i));
        }
        m.append("]}\n");
        String line = request(startupNanos);
        Map<String, Object> reply = object(line, "hello");
        if (!"hello".equals(reply.get("type"))) {
            throw malformed("answered hello with", line);
        }
        Object v = reply.get("version");
        if (!(v instanceof Long n) || !VERSIONS.contains(n.intValue())) {
            throw broken("speaks protocol version " + v + ", which parley does not (it speaks " + VERSIONS + ")",
                    null);
        }
        version = n.intValue();
        Object name = reply.get("name");
        agentName = name instanceof String s ? s : null;
        if (version >= 2 && reply.containsKey("sessions")) {
            if (!(reply.get("sessions") instanceof Long k) || k < 1) {
                throw malformed("answered hello with sessions that is not a whole number of at least 1:", line);
            }
            capacity = (int) Math.min(k, MAX_SESSIONS);
        }
    }

    /** The protocol version agreed in the hello. */
    int version() {
        return version;
    }

    /** How many sessions the process serves at once: 1 under protocol 1, what it offered under protocol 2. */
    int capacity() {
        return capacity;
    }

    /** Protocol 2: the process's sessions (one view for the process's whole life, so that ids are never reused). */
    MultiplexedProcess multiplexed() {
        if (multiplexed == null) {
            multiplexed = new MultiplexedProcess(this);
        }
        return multiplexed;
    }

    /** The name the agent gave in its hello, or null. */
    String agentName() {
        return agentName;
    }

    long pid() {
        return pid;
    }

    boolean alive() {
        return !dead && process.isAlive();
    }

    /**
     * The buffer the next messages go into (each ends with a newline); written by {@link #request}, {@link #send} or
     * {@link #sendDraining}.
     */
    StringBuilder message() {
        return pending;
    }

    /** Starts a session: its log starts afresh. */
    void beginSession(long seed, int party) {
        sessions++;
        sessionSeed = seed;
        sessionParty = party;
        String before = log.take();
        if (!before.isEmpty()) {
            writeLog(before, "between sessions");
        }
    }

    /** Ends the session: its log goes to the log folder, if there is one. */
    void endSession() {
        String s = log.take();
        if (!s.isEmpty()) {
            writeLog(s, "session seed=" + sessionSeed + " party=" + (sessionParty + 1));
        }
    }

    /**
     * Protocol 2: a session of the process ended. The log is the process's, shared by the sessions it serves at
     * once: what it wrote since the previous session ended goes to the log folder under a header naming this one.
     */
    void endSharedSession(long seed, int party) {
        sessions++;
        String s = log.take();
        if (!s.isEmpty()) {
            writeLog(s, "up to the end of session seed=" + seed + " party=" + (party + 1) + " (protocol 2: the "
                    + "sessions the process serves at once share its log)");
        }
    }

    private void writeLog(String text, String header) {
        if (launch.log() == null) {
            return;
        }
        try {
            Files.createDirectories(launch.log());
            Path f = launch.log().resolve(launch.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + pid + ".log");
            Files.writeString(f, "# " + header + "\n" + text + (text.endsWith("\n") ? "" : "\n"),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // a log that cannot be written does not break the session
        }
    }

    /**
     * Writes the pending messages and waits for one reply line, at most {@code budgetNanos}.
     *
     * @throws Failure when the process wrote something unasked, died, or did not answer in time (it is then killed)
     */
    String request(long budgetNanos) {
        if (pos < lim || available() > 0) {
            String extra = pos < lim ? new String(buf, pos, Math.min(lim - pos, 200), StandardCharsets.UTF_8) : "";
            throw broken("wrote output parley did not ask for" + (extra.isBlank() ? "" : ": '"
                    + Json.excerpt(extra.strip()) + "'"), null);
        }
        armDeadline(budgetNanos);
        try {
            flushPending();
            return readLine();
        } finally {
            deadline = 0;
        }
    }

    /** Writes the pending messages without waiting for a reply, at most {@code budgetNanos}. */
    void send(long budgetNanos) {
        armDeadline(budgetNanos);
        try {
            flushPending();
        } finally {
            deadline = 0;
        }
    }

    /**
     * Protocol 2: writes the pending messages, at most {@code budgetNanos}, in pieces of {@value #WRITE_PIECE}
     * bytes; between pieces, every line the process has answered meanwhile goes to {@code lines}. (A process that
     * answers while parley writes a large batch could otherwise fill its own output pipe and wait for parley, which
     * waits for it to read.)
     *
     * @throws Failure when the process died or did not read in time (it is then killed)
     */
    void sendDraining(long budgetNanos, java.util.function.Consumer<String> lines) {
        if (pending.length() == 0) {
            return;
        }
        byte[] b = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        armDeadline(budgetNanos);
        try {
            for (int off = 0; off < b.length; off += WRITE_PIECE) {
                if (off > 0) {
                    for (String l = pollLine(); l != null; l = pollLine()) {
                        lines.accept(l);
                    }
                }
                try {
                    out.write(b, off, Math.min(WRITE_PIECE, b.length - off));
                } catch (IOException e) {
                    throw died();
                }
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw died();
            }
        } finally {
            deadline = 0;
        }
    }

    /**
     * Protocol 2: the next line the process writes, waiting at most {@code budgetNanos} for it.
     *
     * @throws Failure when the process died or did not answer in time (it is then killed)
     */
    String readReply(long budgetNanos) {
        armDeadline(budgetNanos);
        try {
            return readLine();
        } finally {
            deadline = 0;
        }
    }

    /** A line the process has written already, without waiting (null when there is no complete line yet). */
    private String pollLine() {
        while (true) {
            String l = bufferedLine();
            if (l != null || available() <= 0 || lim - pos > MAX_LINE) {
                return l;
            }
            fill();
        }
    }

    private void armDeadline(long budgetNanos) {
        pool.awaiting(budgetNanos);
        deadlineBudget = budgetNanos;
        long d = System.nanoTime() + budgetNanos;
        deadline = d == 0 ? 1 : d;
    }

    private int available() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    private void flushPending() {
        if (pending.length() == 0) {
            return;
        }
        byte[] b = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            out.write(b);
            out.flush();
        } catch (IOException e) {
            throw died();
        }
    }

    private String readLine() {
        while (true) {
            String line = bufferedLine();
            if (line != null) {
                return line;
            }
            if (lim - pos > MAX_LINE) {
                throw broken("wrote a line longer than " + (MAX_LINE >> 20) + " MiB (flooding its output?)", null);
            }
            fill();
        }
    }

    /** The next non-blank line in the buffer, or null when it holds no complete one. */
    private String bufferedLine() {
        while (true) {
            int nl = -1;
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0) {
                return null;
            }
            int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
            String line = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
            pos = nl + 1;
            if (!line.isBlank()) {
                return line;
            }
        }
    }

    /** Reads what the process has written into the buffer (blocking until it writes something). */
    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE + 2));
        }
        int n;
        try {
            n = in.read(buf, lim, buf.length - lim);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            throw died();
        }
        lim += n;
    }

    /** Parses a reply line as a JSON object, or fails as malformed. */
    Map<String, Object> object(String line, String to) {
        Object v;
        try {
            v = Json.parse(line);
        } catch (IllegalArgumentException e) {
            throw malformed("answered " + to + " with a line that is not JSON (" + e.getMessage() + "):", line);
        }
        if (!(v instanceof Map<?, ?>)) {
            throw malformed("answered " + to + " with JSON that is not an object:", line);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return m;
    }

    /** The process broke the protocol: it is killed, and the failure says why. */
    Failure malformed(String what, String line) {
        return broken(what + " '" + Json.excerpt(line) + "'", null);
    }

    /** Kills the process and returns the failure to throw. */
    Failure broken(String what, String detail) {
        // the log as the agent left it, read before the kill (whose "Killed" from the shell is not the agent's)
        String d = detail != null ? detail : logTail();
        kill();
        return new Failure(what, d);
    }

    /** The process closed its output or a pipe broke: why (exit code, timeout, flood), with the end of its log. */
    private Failure died() {
        String why = killed;
        if (why == null) {
            boolean exited;
            try {
                exited = process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exited = false;
            }
            why = killed != null ? killed : exited ? exit(process.exitValue()) : "closed its output";
        }
        kill();
        try {
            stderrReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Failure(why, logTail());
    }

    private static String exit(int code) {
        if (code > 128 && code < 128 + 65) {
            return "was killed by signal " + (code - 128) + " (exit code " + code + ")";
        }
        return "exited with code " + code;
    }

    private String logTail() {
        String t = log.tail(400);
        return t == null ? null : "its log ends: " + t;
    }

    /** Called by the reaper: true when a reply is overdue (the process is then killed). */
    boolean overdue(long now) {
        long d = deadline;
        if (d == 0 || now - d < 0 || killed != null) {
            return false;
        }
        killed = String.format(Locale.ROOT, "did not answer within its time budget of %.3f s (killed with its "
                + "process group)", deadlineBudget / 1e9);
        kill();
        return true;
    }

    private void readStderr() {
        byte[] b = new byte[8192];
        try (InputStream err = process.getErrorStream()) {
            while (true) {
                int n = err.read(b);
                if (n < 0) {
                    return;
                }
                long total = log.append(b, 0, n);
                if (total > MAX_LOG_BYTES && killed == null) {
                    killed = "flooded its log (over " + (MAX_LOG_BYTES >> 20) + " MiB on stderr in one session; "
                            + "killed with its process group)";
                    kill();
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /**
     * Kills the process with its whole process group (through the wrapper's TERM trap) and every descendant still
     * known; returns at once.
     */
    void kill() {
        dead = true;
        ProcessHandle h = process.toHandle();
        if (SETSID != null && !process.isAlive()) {
            killGroup();
        }
        List<ProcessHandle> tree = h.descendants().toList();
        h.destroy();
        for (ProcessHandle d : tree) {
            d.destroyForcibly();
        }
        try {
            if (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The wrapper has exited already: what is left of its group is killed with kill(1). */
    private void killGroup() {
        try {
            Process k = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            k.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill(1): the descendants known are killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks the process to end (closes its stdin) without waiting; {@link #kill()} follows when it is still there
     * after the pool's grace period.
     */
    void closeInput() {
        try {
            out.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Waits until the process has exited, at most until {@code deadlineNanos} (a System.nanoTime() reading). */
    boolean awaitExit(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        try {
            return process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Sessions this process has begun. */
    int sessions() {
        return sessions;
    }

    @Override
    public String toString() {
        return "agent process " + launch.name() + " (pid " + pid + ")";
    }
}
