package org.parley.agent.process;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentSpec;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;

/**
 * The {@code process} agent: an agent process started from a command given in the spec, e.g.
 * {@code process(cmd='python3 my_agent.py')} ({@code docs/agent-protocol.md}). Options, each {@code key=value} with
 * the value bare or in single or double quotes (a backslash escapes the quote and itself):
 *
 * <ul>
 *   <li>{@code cmd}: the command line, run by {@code /bin/sh -c} (required);</li>
 *   <li>{@code name}: the agent's name in logs and errors (default: the command line);</li>
 *   <li>{@code dir}: the folder it runs in (default: the base folder: the current folder on the command line, the
 *       tournament file's folder in a tournament file);</li>
 *   <li>{@code log}: a folder to keep each process's log in, one file per process with a header per session;</li>
 *   <li>{@code startup}: seconds a new process has to start and answer hello (default 20, at least the call
 *       budget).</li>
 * </ul>
 */
public final class ProcessAgents implements AgentProvider {

    /** The spec kind's name. */
    public static final String NAME = "process";

    private static final List<String> KEYS = List.of("cmd", "name", "dir", "log", "startup");

    private final Path base;

    /** Relative folders in specs resolve against {@code base}. */
    public ProcessAgents(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** Relative folders resolve against the current folder. */
    public ProcessAgents() {
        this(Path.of(""));
    }

    /** The folder relative paths in specs resolve against. */
    public Path base() {
        return base;
    }

    @Override
    public List<String> names() {
        return List.of(NAME);
    }

    @Override
    public String description(String name) {
        return "an agent process in any language, speaking the agent protocol: process(cmd='python3 my_agent.py')";
    }

    @Override
    public AgentFactory factory(AgentSpec spec) {
        Map<String, String> o = options(spec);
        if (!o.containsKey("cmd") || o.get("cmd").isBlank()) {
            throw new IllegalArgumentException("agent '" + spec + "' needs a command: process(cmd='python3 "
                    + "my_agent.py')");
        }
        String cmd = o.get("cmd").strip();
        Path dir = o.containsKey("dir") ? path(spec, "dir", o.get("dir")) : base;
        Path log = o.containsKey("log") ? path(spec, "log", o.get("log")) : null;
        long startup = ProcessAgent.MIN_STARTUP_NANOS;
        if (o.containsKey("startup")) {
            double s;
            try {
                s = Double.parseDouble(o.get("startup"));
            } catch (NumberFormatException e) {
                s = Double.NaN;
            }
            if (!(s > 0 && s <= 86_400)) {
                throw new IllegalArgumentException("agent '" + spec + "': startup must be a number of seconds in "
                        + "(0, 86400], got '" + o.get("startup") + "'");
            }
            startup = (long) (s * 1e9);
        }
        String name = o.getOrDefault("name", cmd).strip();
        Launch launch = new Launch(name.isEmpty() ? cmd : name, List.of(cmd), dir, Map.of(), log);
        return factory(launch, startup);
    }

    /** The factory of agents that are processes of {@code launch}. */
    public static AgentFactory factory(Launch launch, long startupNanos) {
        return new Factory(launch, startupNanos);
    }

    /** Agents that are processes of a launch: batched agents ({@link org.parley.protocol.BatchedAgent}). */
    private record Factory(Launch launch, long startupNanos) implements AgentFactory {
        @Override
        public Agent create() {
            return new ProcessAgent(launch, startupNanos);
        }

        @Override
        public boolean batched() {
            return true;
        }
    }

    private Path path(AgentSpec spec, String key, String value) {
        try {
            return base.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("agent '" + spec + "': " + key + " '" + value
                    + "' is not a valid path: " + e.getReason());
        }
    }

    /**
     * The options of a {@code process(...)} spec as key to value, in order.
     *
     * @throws IllegalArgumentException naming the spec and the position of the problem
     */
    static Map<String, String> options(AgentSpec spec) {
        String s = spec.options().strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("agent 'process' needs a command: process(cmd='python3 my_agent.py')");
        }
        if (!s.startsWith("(") || !s.endsWith(")")) {
            throw new IllegalArgumentException("agent '" + spec + "': write the options in parentheses: "
                    + "process(cmd='python3 my_agent.py')");
        }
        String body = s.substring(1, s.length() - 1);
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (true) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= body.length()) {
                break;
            }
            int eq = body.indexOf('=', i);
            if (eq < 0) {
                throw bad(spec, "expected key=value at '" + body.substring(i) + "'");
            }
            String key = body.substring(i, eq).strip();
            if (!KEYS.contains(key)) {
                throw bad(spec, "unknown option '" + key + "'; the options are " + String.join(", ", KEYS));
            }
            i = eq + 1;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < body.length() && (body.charAt(i) == '\'' || body.charAt(i) == '"')) {
                char q = body.charAt(i++);
                boolean closed = false;
                while (i < body.length()) {
                    char c = body.charAt(i++);
                    if (c == '\\' && i < body.length() && (body.charAt(i) == q || body.charAt(i) == '\\')) {
                        v.append(body.charAt(i++));
                    } else if (c == q) {
                        closed = true;
                        break;
                    } else {
                        v.append(c);
                    }
                }
                if (!closed) {
                    throw bad(spec, "the value of '" + key + "' has no closing " + q);
                }
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
            } else {
                int end = body.indexOf(',', i);
                end = end < 0 ? body.length() : end;
                v.append(body, i, end);
                i = end;
            }
            if (out.put(key, v.toString().strip()) != null) {
                throw bad(spec, "option '" + key + "' is given twice");
            }
            if (i < body.length()) {
                if (body.charAt(i) != ',') {
                    throw bad(spec, "expected ',' after the value of '" + key + "'");
                }
                i++;
            }
        }
        return out;
    }

    private static IllegalArgumentException bad(AgentSpec spec, String problem) {
        return new IllegalArgumentException("agent '" + spec + "': " + problem);
    }
}
