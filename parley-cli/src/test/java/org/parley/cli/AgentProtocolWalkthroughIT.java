package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/agent-protocol.md as a researcher follows it: the files it shows (the Python agent, its manifest, the
 * tournament file) go into an empty folder next to the clone, and its commands run in that folder, through a child
 * JVM exactly as {@code bin/parley} would run them: one negotiation with {@code process(cmd=...)}, the agent listed
 * by its manifest, the tournament with the agent in it. Afterwards no process is left in that folder. The Node.js
 * example of the doc negotiates too.
 */
@Tag("slow")
class AgentProtocolWalkthroughIT {

    private static final Pattern BLOCK = Pattern.compile("```([a-z]*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("^(?://|#) ?([\\w.-]+\\.(?:py|json|yaml|js))$");

    private static Path repository() {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath().normalize()
                .getParent();
    }

    record Doc(Map<String, String> files, List<String> blocks) {
    }

    private static Doc read() throws IOException {
        String text = Files.readString(repository().resolve("docs/agent-protocol.md"));
        Map<String, String> files = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            blocks.add(body);
            Matcher f = FILE.matcher(body.lines().findFirst().orElse(""));
            if (f.matches()) {
                // JSON has no comments: the doc's first line only names the file
                files.put(f.group(1), f.group(1).endsWith(".json") ? body.substring(body.indexOf('\n') + 1) : body);
            }
        }
        return new Doc(files, blocks);
    }

    /** The doc's command starting with {@code start}, continuation lines joined, split as the shell would. */
    private static List<String> command(Doc doc, String start) {
        for (String block : doc.blocks()) {
            for (String line : block.replace("\\\n", " ").split("\n")) {
                if (line.strip().startsWith(start)) {
                    return words(line.strip());
                }
            }
        }
        throw new AssertionError("docs/agent-protocol.md has no command starting with " + start);
    }

    /** Shell words: blanks separate, single and double quotes group (no escapes in the doc's commands). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean in = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                in = true;
            } else if (Character.isWhitespace(c)) {
                if (in) {
                    out.add(w.toString());
                    w.setLength(0);
                    in = false;
                }
            } else {
                w.append(c);
                in = true;
            }
        }
        if (in) {
            out.add(w.toString());
        }
        return out;
    }

    record Run(int exit, String out) {
    }

    /** Runs parley's command line in {@code cwd} in a child JVM, as bin/parley does ({@code args} without it). */
    static Run parley(Path cwd, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parley.cli.Main"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "parley " + args + " did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Processes (other than this JVM) whose working folder is {@code dir} or inside it. */
    static List<String> processesIn(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    Path cwd = Files.readSymbolicLink(p.resolve("cwd"));
                    if (cwd.startsWith(dir)) {
                        out.add(p.getFileName() + ": " + new String(Files.readAllBytes(p.resolve("cmdline")),
                                StandardCharsets.UTF_8).replace('\0', ' '));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone, or not ours to read
                }
            }
        }
        return out;
    }

    static List<String> awaitNoneIn(Path dir) throws IOException, InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        List<String> left = processesIn(dir);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            left = processesIn(dir);
        }
        return left;
    }

    private static Path project(Path work, Doc doc, String... files) throws IOException {
        Files.createSymbolicLink(work.resolve("parley"), repository());
        Path project = Files.createDirectories(work.resolve("my-agent")).toRealPath();
        for (String f : files) {
            assertTrue(doc.files().containsKey(f), "docs/agent-protocol.md shows " + f + "; it shows "
                    + doc.files().keySet());
            Files.writeString(project.resolve(f), doc.files().get(f));
        }
        return project;
    }

    @Test
    void fromAnEmptyFolderToAPythonAgentInATournament(@TempDir Path work) throws Exception {
        Doc doc = read();
        Path project = project(work, doc, "my_agent.py", "linear-py.agent.json", "my-tournament.yaml");

        List<String> negotiate = command(doc, "../parley/bin/parley negotiate");
        Run one = parley(project, negotiate.subList(1, negotiate.size()));
        assertEquals(0, one.exit(), one.out());
        assertTrue(one.out().startsWith("Negotiation on ItexvsCypress-A-domain: linear-py (ItexvsCypress-A-prof1) vs "
                + "conceder (ItexvsCypress-A-prof2)"), one.out());
        assertTrue(one.out().contains("Agreement in round "), one.out());

        List<String> agents = command(doc, "../parley/bin/parley agents");
        Run listed = parley(project, agents.subList(1, agents.size()));
        assertEquals(0, listed.exit(), listed.out());
        String line = listed.out().lines().filter(l -> l.startsWith("linear-py ")).findFirst().orElse("");
        assertTrue(line.contains("concedes linearly to its reservation value (my_agent.py)"), listed.out());

        List<String> tournament = command(doc, "../parley/bin/parley tournament");
        Run t = parley(project, tournament.subList(1, tournament.size()));
        assertEquals(0, t.exit(), t.out());
        assertTrue(t.out().startsWith("Tournament my-python: 12 sessions (3 agents, 1 scenarios); "), t.out());
        Path results = project.resolve("results");
        int seats = 0;
        int agreements = 0;
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(results.resolve("results.jsonl"));
        assertEquals(12, lines.size());
        for (String l : lines) {
            JsonNode r = json.readTree(l);
            assertTrue(r.get("error").isNull(), l);
            for (JsonNode a : r.get("agents")) {
                if (a.asText().equals("linear-py")) {
                    seats++;
                    agreements += r.get("agreement").isNull() ? 0 : 1;
                }
            }
        }
        assertEquals(8, seats, "the doc says linear-py takes 8 seats");
        assertTrue(agreements > 0, "the Python agent reached agreements");
        String summary = Files.readString(results.resolve("summary.md"));
        assertTrue(summary.contains("| linear-py |"), summary);
        assertFalse(summary.contains("internal error"), summary);
        assertEquals(List.of(), awaitNoneIn(project), "no agent process is left running");
    }

    @Test
    void theNodeExampleNegotiates(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")) || Files.isExecutable(Path.of(
                "/usr/local/bin/node")), "Node.js is not installed");
        Doc doc = read();
        Path project = project(work, doc, "hardheaded.js");
        List<String> negotiate = command(doc, "parley negotiate scenario.yaml --rounds 180 --agents "
                + "\"process(cmd='node");
        int s = negotiate.indexOf("scenario.yaml");
        String itex = "../parley/scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-";
        negotiate.remove(s);
        negotiate.addAll(s, List.of(itex + "domain.xml", itex + "prof1.xml", itex + "prof2.xml"));
        Run one = parley(project, negotiate.subList(1, negotiate.size()));
        assertEquals(0, one.exit(), one.out());
        assertTrue(one.out().startsWith("Negotiation on ItexvsCypress-A-domain: node hardheaded.js "
                + "(ItexvsCypress-A-prof1) vs conceder (ItexvsCypress-A-prof2)"), one.out());
        // conceder gives in before the last tenth, and the Node agent accepts a bid worth its best
        assertTrue(one.out().contains("Agreement in round "), one.out());
        assertEquals(List.of(), awaitNoneIn(project), "no agent process is left running");
    }
}
