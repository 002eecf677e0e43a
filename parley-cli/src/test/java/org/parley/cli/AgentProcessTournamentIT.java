package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tournaments with agent processes that misbehave (the reliability test): Python agents that crash on their
 * 3rd session, sleep forever, print garbage, or exit. The tournament finishes; every session between good agents is
 * identical to the same session of a tournament without the bad ones; every bad session is recorded with its cause;
 * no agent process is left in the process table afterwards. And {@code kill -9} of parley in the middle of a
 * tournament leaves no orphaned agent process.
 */
@Tag("slow")
class AgentProcessTournamentIT {

    private static final Path REPO = TournamentFiles.EXAMPLES.getParent();
    private static final String SCENARIO = REPO.resolve(
            "scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-domain.xml").toString();

    private static String tag() {
        return "parleytest" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String kit(String preset, String tag) {
        return "PARLEY_TEST_TAG=" + tag + " PYTHONPATH=" + REPO.resolve("python") + " exec python3 -m "
                + "parley_agent.examples.time_dependent " + preset;
    }

    private static String faulty(String mode, int session, String tag) {
        return "exec python3 " + REPO.resolve("python/tests/agents/faulty_agent.py") + " " + mode + " --session "
                + session + " --tag " + tag;
    }

    private static String entrant(String name, String cmd) {
        return "  - {name: " + name + ", spec: \"process(cmd='" + cmd + "', name=" + name + ")\"}\n";
    }

    private static Path file(Path dir, String name, int repetitions, double budget, String agents) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), """
                parley-tournament: 1
                name: %s
                seed: 5
                deadline: {rounds: 180}
                repetitions: %d
                call-budget: %s
                agents:
                %sscenarios:
                  - %s
                """.formatted(name, repetitions, budget, agents, SCENARIO));
    }

    /** Processes whose command line or environment holds {@code tag}. */
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

    static List<String> awaitNoneTagged(String tag, double seconds) throws IOException, InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        List<String> left = tagged(tag);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            left = tagged(tag);
        }
        return left;
    }

    /** The sessions of a results folder by (agents, profiles, repetition), without id and run time. */
    private static Map<String, JsonNode> sessions(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> m = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            ObjectNode r = (ObjectNode) json.readTree(line);
            r.remove("id");
            r.remove("runSeconds");
            String key = r.get("agents") + " " + r.get("profiles") + " " + r.get("repetition");
            assertTrue(m.put(key, r) == null, "one session per key: " + key);
        }
        return m;
    }

    @Test
    void badAgentsCostOnlyTheirSessionsAndLeaveNothingRunning(@TempDir Path tmp) throws Exception {
        String tag = tag();
        String good = "  - boulware\n  - conceder\n" + entrant("boulware-py", kit("boulware", tag));
        String bad = entrant("crasher", faulty("crash", 3, tag)) + entrant("sleeper", faulty("sleep", 1, tag))
                + entrant("garbler", faulty("garbage", 1, tag)) + entrant("quitter", faulty("exit", 1, tag));
        Path clean = tmp.resolve("clean");
        CliRunner.Run c = CliRunner.run("tournament", file(tmp, "clean", 1, 1, good).toString(), "--out",
                clean.toString(), "--threads", "2", "--no-report");
        assertEquals(0, c.exit(), c.err());
        Path mixed = tmp.resolve("mixed");
        CliRunner.Run m = CliRunner.run("tournament", file(tmp, "mixed", 1, 1, good + bad).toString(), "--out",
                mixed.toString(), "--threads", "2", "--no-report");
        assertEquals(0, m.exit(), m.err());

        Map<String, JsonNode> expected = sessions(clean);
        Map<String, JsonNode> actual = sessions(mixed);
        assertEquals(12, expected.size(), "3 agents: 6 ordered pairs, 2 orderings of the profiles");
        assertEquals(84, actual.size(), "7 agents, 42 ordered pairs, 2 orderings: the tournament finished");
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            JsonNode r = e.getValue();
            assertTrue(r.get("error").isNull(), r.toString());
            assertEquals(r, actual.get(e.getKey()), "the same session with and without the bad agents");
        }
        Map<String, String> causes = Map.of(
                "sleeper", "did not answer within its time budget of 1.000 s (killed with its process group) in ",
                "garbler", "answered act with a line that is not JSON (1:1: unexpected character 'g'): 'garbage, not "
                        + "json' in chooseAction",
                "quitter", "exited with code 0 in chooseAction",
                "crasher", "exited with code 1 in chooseAction; its log ends: ");
        Map<String, Integer> errors = new HashMap<>();
        int crasherClean = 0;
        for (JsonNode r : actual.values()) {
            List<String> agents = new ArrayList<>();
            r.get("agents").forEach(a -> agents.add(a.asText()));
            boolean withBad = agents.stream().anyMatch(causes::containsKey);
            if (r.get("error").isNull()) {
                // sleeper, garbler and quitter break every session they reach a turn in: in each of theirs
                assertTrue(!agents.contains("sleeper") && !agents.contains("garbler") && !agents.contains("quitter"),
                        r.toString());
                crasherClean += agents.contains("crasher") ? 1 : 0;
                continue;
            }
            assertTrue(withBad, "only the bad agents' sessions fail: " + r);
            String b = r.get("errorAgent").asText();
            assertTrue(causes.containsKey(b), r.toString());
            assertEquals("error", r.get("endedBy").asText(), r.toString());
            String who = "agent " + b + " (party " + (agents.indexOf(b) + 1) + ") ";
            String error = r.get("error").asText();
            assertTrue(error.startsWith(who + causes.get(b)), error);
            errors.merge(b, 1, Integer::sum);
        }
        for (String b : causes.keySet()) {
            assertTrue(errors.getOrDefault(b, 0) > 0, b + " broke a session: " + errors);
        }
        // each crasher process plays two sessions, then crashes at its first turn: a fresh one takes over
        assertTrue(errors.get("crasher") < 24 && errors.get("crasher") + crasherClean <= 24, "the crasher broke "
                + errors.get("crasher") + " of its 24 sessions and completed " + crasherClean);
        assertEquals(List.of(), awaitNoneTagged(tag, 5), "no agent process is left running");
    }

    /**
     * The kit serving several sessions at once (protocol 2, its default), one at a time (protocol 1), and the Java
     * agents it reproduces: the same results, every field but the run time.
     */
    @Test
    void theKitThroughProtocol2GivesTheResultsOfProtocol1AndOfJava(@TempDir Path tmp) throws Exception {
        String tag = tag();
        Map<String, Map<String, JsonNode>> runs = new HashMap<>();
        Map<String, String> agents = Map.of(
                "v2", entrant("boulware-py", kit("boulware", tag)) + entrant("conceder-py", kit("conceder", tag)),
                "v1", entrant("boulware-py", kit("boulware", tag) + " --sessions 1")
                        + entrant("conceder-py", kit("conceder", tag) + " --sessions 1"),
                "java", "  - {name: boulware-py, spec: boulware}\n  - {name: conceder-py, spec: conceder}\n");
        for (Map.Entry<String, String> e : agents.entrySet()) {
            Path dir = Files.createDirectories(tmp.resolve(e.getKey()));
            Path out = dir.resolve("out");
            CliRunner.Run r = CliRunner.run("tournament", file(dir, "kit", 6, 10, e.getValue() + "  - linear\n")
                    .toString(), "--out", out.toString(), "--threads", "2", "--no-report");
            assertEquals(0, r.exit(), r.err());
            runs.put(e.getKey(), sessions(out));
        }
        assertEquals(72, runs.get("java").size(), "3 agents, 6 ordered pairs, 2 orderings, 6 repetitions");
        for (JsonNode r : runs.get("java").values()) {
            assertTrue(r.get("error").isNull(), r.toString());
        }
        assertEquals(runs.get("java"), runs.get("v1"));
        assertEquals(runs.get("java"), runs.get("v2"));
        assertEquals(List.of(), awaitNoneTagged(tag, 5), "no agent process is left running");
    }

    @Test
    void sigkillOfParleyLeavesNoOrphanedAgentProcess(@TempDir Path tmp) throws Exception {
        String tag = tag();
        Path file = file(tmp, "killed", 200, 10, entrant("boulware-py", kit("boulware", tag))
                + entrant("conceder-py", kit("conceder", tag)) + "  - linear\n");
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parley.cli.Main", "tournament", file.toString(),
                "--out", out.toString(), "--threads", "2", "--no-report")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path results = out.resolve("results.jsonl");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (child.isAlive() && TournamentFiles.lineCount(results) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> running = tagged(tag);
        assertTrue(running.size() >= 2, "agent processes are running: " + running + "; " + Files.readString(log));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "SIGKILL; child output: " + Files.readString(log));
        assertTrue(TournamentFiles.lineCount(results) < 2400, "killed mid-tournament");
        assertEquals(List.of(), awaitNoneTagged(tag, 5), "the agents died with parley");
    }
}
