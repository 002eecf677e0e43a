package org.parley.agent.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.protocol.AgentFactory;

/**
 * An agent manifest: a JSON file named {@code NAME.agent.json} that makes an agent process known by name, found on the
 * agent path like a jar ({@code docs/agent-protocol.md}, "A manifest"):
 *
 * <pre>
 * {"name": "my-agent", "command": "python3 my_agent.py", "workdir": ".", "env": {"MY_AGENT_MODE": "fast"}}
 * </pre>
 *
 * {@code name} and {@code command} are required; {@code command} is a shell command line (run by {@code /bin/sh -c})
 * or a list (the program and its arguments, run as they are). {@code workdir} is relative to the manifest's folder
 * (default: that folder), {@code env} adds variables, {@code description} is the line {@code parley agents} shows,
 * {@code log} a folder for the agent's logs (relative to the manifest's folder), {@code startup} the seconds a new
 * process has to answer hello.
 *
 * @param file         the manifest file
 * @param launch       how the agent is started
 * @param description  the one-line description
 * @param startupNanos how long a new process has to answer hello
 */
public record AgentManifest(Path file, Launch launch, String description, long startupNanos) {

    /** What a manifest's file name ends with. */
    public static final String SUFFIX = ".agent.json";

    /** Largest manifest read. */
    static final long MAX_BYTES = 1 << 20;

    private static final Set<String> KEYS = Set.of("name", "command", "workdir", "env", "description", "log",
            "startup");

    /** True when {@code p}'s name says it is a manifest. */
    public static boolean isManifest(Path p) {
        Path f = p.getFileName();
        return f != null && f.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The agent's name. */
    public String name() {
        return launch.name();
    }

    /** A factory of this agent's processes. */
    public AgentFactory factory() {
        return ProcessAgents.factory(launch, startupNanos);
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException naming the file (and line:column for JSON errors) and the problem
     */
    public static AgentManifest read(Path file) {
        Path f = file.toAbsolutePath().normalize();
        String text;
        try {
            if (Files.size(f) > MAX_BYTES) {
                throw new IllegalArgumentException("agent manifest " + f + " is larger than 1 MiB");
            }
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("agent manifest " + f + " cannot be read: " + e.getMessage(), e);
        }
        Object v;
        try {
            v = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent manifest " + f + ":" + e.getMessage(), e);
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw bad(f, "must hold one JSON object");
        }
        for (Object k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw bad(f, "unknown key '" + k + "'; the keys are command, description, env, log, name, startup, "
                        + "workdir");
            }
        }
        String name = text(f, m, "name", true);
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw bad(f, "name '" + name + "' must be lower-case letters, digits, '-' or '_'");
        }
        Object c = m.get("command");
        List<String> command = new ArrayList<>();
        if (c instanceof String s && !s.isBlank()) {
            command.add(s.strip());
        } else if (c instanceof List<?> l && !l.isEmpty()) {
            for (Object a : l) {
                if (!(a instanceof String s)) {
                    throw bad(f, "command must list strings, got " + a);
                }
                command.add(s);
            }
        } else {
            throw bad(f, "needs a command: a command line (\"python3 my_agent.py\") or a list of arguments");
        }
        Path dir = f.getParent();
        Path workdir = m.containsKey("workdir") ? path(f, dir, text(f, m, "workdir", true)) : dir;
        Path log = m.containsKey("log") ? path(f, dir, text(f, m, "log", true)) : null;
        Map<String, String> env = new LinkedHashMap<>();
        if (m.containsKey("env")) {
            if (!(m.get("env") instanceof Map<?, ?> e)) {
                throw bad(f, "env must be an object of variable names to strings");
            }
            for (Map.Entry<?, ?> en : e.entrySet()) {
                if (!(en.getValue() instanceof String s)) {
                    throw bad(f, "env." + en.getKey() + " must be a string");
                }
                env.put((String) en.getKey(), s);
            }
        }
        String description = m.containsKey("description") ? text(f, m, "description", false)
                : "agent process: " + String.join(" ", command);
        long startup = ProcessAgent.MIN_STARTUP_NANOS;
        if (m.containsKey("startup")) {
            Object s = m.get("startup");
            double sec = s instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!(sec > 0 && sec <= 86_400)) {
                throw bad(f, "startup must be a number of seconds in (0, 86400], got " + s);
            }
            startup = (long) (sec * 1e9);
        }
        try {
            return new AgentManifest(f, new Launch(name, command, workdir, env, log), description.replace('\n', ' '),
                    startup);
        } catch (IllegalArgumentException e) {
            throw bad(f, e.getMessage());
        }
    }

    private static String text(Path f, Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (!(v instanceof String s) || (required && s.isBlank())) {
            throw bad(f, key + " must be " + (required ? "a non-empty string" : "a string"));
        }
        return s;
    }

    private static Path path(Path f, Path dir, String p) {
        try {
            return dir.resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw bad(f, "'" + p + "' is not a valid path: " + e.getReason());
        }
    }

    private static IllegalArgumentException bad(Path f, String problem) {
        return new IllegalArgumentException("agent manifest " + f + ": " + problem);
    }
}
