package org.parley.agent.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to start an agent process: the pool's key (processes with equal launches are interchangeable).
 *
 * @param name    the agent's name in logs, traces and errors
 * @param command the command: one element is a shell command line run by {@code /bin/sh -c}; several are the
 *                program and its arguments, run as they are
 * @param workdir the folder the command runs in (absolute)
 * @param env     variables added to parley's environment
 * @param log     a folder to write each session's log (the agent's stderr) into, or null
 */
public record Launch(String name, List<String> command, Path workdir, Map<String, String> env, Path log) {

    public Launch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agent process needs a name");
        }
        command = List.copyOf(command);
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("agent process '" + name + "' needs a command");
        }
        if (workdir == null) {
            throw new IllegalArgumentException("agent process '" + name + "' needs a working folder");
        }
        workdir = workdir.toAbsolutePath().normalize();
        env = java.util.Collections.unmodifiableMap(new TreeMap<>(env));
        for (String k : env.keySet()) {
            if (k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("agent process '" + name + "': '" + k
                        + "' is not an environment variable name");
            }
        }
        log = log == null ? null : log.toAbsolutePath().normalize();
    }

    /** The command as one line, for messages. */
    public String commandLine() {
        return command.size() == 1 ? command.get(0) : String.join(" ", command);
    }

    /** The argument vector: the command itself, or {@code /bin/sh -c LINE} for a command line. */
    List<String> argv() {
        return command.size() == 1 ? List.of("/bin/sh", "-c", command.get(0)) : command;
    }
}
