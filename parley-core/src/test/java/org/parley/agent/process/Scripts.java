package org.parley.agent.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The repository's Python kit and test agents, as command lines for {@code process(cmd=...)}, and the process table. */
final class Scripts {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path PYTHON = REPO.resolve("python");

    private Scripts() {
    }

    /** A word no other process has in its command line or environment. */
    static String tag() {
        return "parleytest" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The kit's time-dependent agent {@code preset}, tagged. */
    static String kit(String preset, String tag) {
        return "PARLEY_TEST_TAG=" + tag + " PYTHONPATH=" + PYTHON + " exec python3 -m "
                + "parley_agent.examples.time_dependent " + preset;
    }

    /** The faulty test agent in {@code mode}, misbehaving from session {@code session} on. */
    static String faulty(String mode, int session, String tag) {
        return "exec python3 " + PYTHON.resolve("tests/agents/faulty_agent.py") + " " + mode + " --session " + session
                + " --tag " + tag;
    }

    /** {@code process(cmd='...')} for a command line (quotes escaped). */
    static String spec(String cmd) {
        return "process(cmd='" + cmd.replace("\\", "\\\\").replace("'", "\\'") + "')";
    }

    /** Processes whose command line or environment holds {@code tag}, as "pid: command line". */
    static List<String> tagged(String tag) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                String cmd = read(p.resolve("cmdline"));
                if (cmd.contains(tag) || read(p.resolve("environ")).contains(tag)) {
                    out.add(p.getFileName() + ": " + cmd);
                }
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Waits up to {@code seconds} until no process holds {@code tag}; returns those still there. */
    static List<String> awaitNoneTagged(String tag, double seconds) throws IOException, InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        List<String> left = tagged(tag);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            left = tagged(tag);
        }
        return left;
    }
}
