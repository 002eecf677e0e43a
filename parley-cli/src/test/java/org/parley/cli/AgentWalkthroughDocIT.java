package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/agent-api.md, step by step, as a newcomer follows it: the files it shows (pom.xml, the agent, the provider,
 * the service file, the tournament file) are written into an empty folder next to the clone, the Java sources are
 * compiled against parley-core alone, the jar is packed where the pom would put it, and the doc's commands run
 * through the command line; the summary the doc shows must be what the tournament writes.
 */
class AgentWalkthroughDocIT {

    private static final Pattern BLOCK = Pattern.compile("```([a-z]*)\\n(.*?)```", Pattern.DOTALL);
    /** The first line of a block that is a file: {@code // path}, {@code # path} or {@code <!-- path -->}. */
    private static final Pattern FILE = Pattern.compile("^(?://|#|<!--) ?([\\w./-]+\\.(?:java|xml|yaml|AgentProvider))"
            + "(?: -->)?$");

    private static Path repository() {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath().normalize()
                .getParent();
    }

    record Doc(Map<String, String> files, List<String> blocks, String text) {
    }

    private static Doc read() throws IOException {
        String text = Files.readString(repository().resolve("docs/agent-api.md"));
        Map<String, String> files = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            blocks.add(body);
            Matcher f = FILE.matcher(body.lines().findFirst().orElse(""));
            if (f.matches()) {
                files.put(f.group(1), body);
            }
        }
        return new Doc(files, blocks, text);
    }

    /** The text of {@code <tag>} at the top level of a pom (before the dependencies). */
    private static String pomValue(String pom, String tag) {
        String head = pom.substring(0, pom.indexOf("<properties>") < 0 ? pom.length() : pom.indexOf("<properties>"));
        Matcher m = Pattern.compile("<" + tag + ">([^<]+)</" + tag + ">").matcher(head.substring(head.indexOf(
                "</modelVersion>")));
        assertTrue(m.find(), "the pom names its " + tag);
        return m.group(1).trim();
    }

    /** A command of the doc, continuation lines joined, run from {@code cwd}: relative paths made absolute. */
    private static String[] command(Doc doc, String start, Path cwd) {
        for (String block : doc.blocks()) {
            String joined = block.replace("\\\n", " ");
            for (String line : joined.split("\n")) {
                if (line.strip().startsWith(start)) {
                    List<String> args = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
                    args.remove(0); // the launcher: Main.run takes the arguments
                    for (int i = 0; i < args.size(); i++) {
                        String a = args.get(i);
                        boolean path = !a.startsWith("-") && (a.contains("/") || a.contains(".")
                                || (i > 0 && args.get(i - 1).equals("--out")));
                        if (path) {
                            args.set(i, cwd.resolve(a).normalize().toString());
                        }
                    }
                    return args.toArray(new String[0]);
                }
            }
        }
        throw new AssertionError("docs/agent-api.md has no command starting with " + start);
    }

    private static CliRunner.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner.Run(exit, out.toString(), err.toString());
    }

    /** parley-core's classes on this test's class path: all that the doc's pom gives the agent. */
    private static String parleyCore() {
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.replace('\\', '/').contains("/parley-core/")) {
                return e;
            }
        }
        throw new AssertionError("parley-core is not on the test class path");
    }

    @Test
    void fromAnEmptyFolderToTheAgentRankedInATournament(@TempDir Path work) throws Exception {
        Doc doc = read();
        for (String f : List.of("pom.xml", "src/main/java/example/LinearConcessionAgent.java",
                "src/main/java/example/LinearConcessionProvider.java",
                "src/main/resources/META-INF/services/org.parley.agent.AgentProvider", "my-tournament.yaml")) {
            assertTrue(doc.files().containsKey(f), "docs/agent-api.md shows " + f + "; it shows " + doc.files()
                    .keySet());
        }
        // work/parley is the clone, work/my-agent the newcomer's folder, as the doc lays them out
        Files.createSymbolicLink(work.resolve("parley"), repository());
        Path project = Files.createDirectories(work.resolve("my-agent"));
        for (Map.Entry<String, String> f : doc.files().entrySet()) {
            Path p = project.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }

        // the pom depends on this very parley-core
        String pom = doc.files().get("pom.xml");
        String rootPom = Files.readString(repository().resolve("pom.xml"));
        Matcher v = Pattern.compile("<artifactId>parley-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(rootPom);
        assertTrue(v.find());
        assertTrue(pom.contains("<artifactId>parley-core</artifactId>\n      <version>" + v.group(1) + "</version>"),
                "the doc's pom depends on parley-core " + v.group(1));

        // mvn package, by hand: compile the sources against parley-core alone, add the resources, pack the jar
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", parleyCore(), "--release",
                "17", "-Xlint:all", "-Werror"));
        try (Stream<Path> s = Files.walk(project.resolve("src/main/java"))) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        assertEquals(0, javac.run(null, diagnostics, diagnostics, args.toArray(new String[0])),
                "the doc's sources compile against parley-core alone, without warnings: " + diagnostics);
        Path resources = project.resolve("src/main/resources");
        copy(resources, classes);
        Path jar = project.resolve("target/" + pomValue(pom, "artifactId") + "-" + pomValue(pom, "version") + ".jar");
        pack(classes, jar);
        assertTrue(doc.text().contains("`" + project.relativize(jar) + "`"), "the doc names the jar " + jar);

        // without the jar, the agent is unknown (as the doc says)
        String[] negotiate = command(doc, "../parley/bin/parley negotiate", project);
        List<String> withoutJar = new ArrayList<>(Arrays.asList(negotiate));
        int at = withoutJar.indexOf("--agent-path");
        withoutJar.remove(at + 1);
        withoutJar.remove(at);
        CliRunner.Run unknown = run(withoutJar.toArray(new String[0]));
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("parley: unknown agent 'linear-concession'"), unknown.err());

        // parley lists the agent, as the doc shows
        CliRunner.Run listed = run(command(doc, "../parley/bin/parley agents", project));
        assertEquals(0, listed.exit(), listed.err());
        String shownLine = doc.blocks().stream().filter(b -> b.startsWith("linear-concession ")).findFirst()
                .orElseThrow(() -> new AssertionError("docs/agent-api.md shows no listing")).strip();
        String prefix = shownLine.substring(0, shownLine.indexOf("(...") + 1);
        String mine = listed.out().lines().filter(l -> l.startsWith("linear-concession ")).findFirst().orElse("");
        assertTrue(mine.startsWith(prefix) && mine.endsWith(project.relativize(jar) + ")]"), mine);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("boulware ")), listed.out());

        // one negotiation with --agent-path
        CliRunner.Run one = run(negotiate);
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().startsWith("Negotiation on ItexvsCypress-A-domain: linear-concession "
                + "(ItexvsCypress-A-prof1) vs conceder (ItexvsCypress-A-prof2)"), one.out());
        assertTrue(one.out().contains("Agreement in round "), one.out());

        // the tournament, with agentPath: in the file
        CliRunner.Run t = run(command(doc, "../parley/bin/parley tournament", project));
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().startsWith("Tournament my-first: 24 sessions (3 agents, 2 scenarios); "), t.out());
        Path results = project.resolve("results");
        String summary = Files.readString(results.resolve("summary.md"));
        String shown = doc.blocks().stream().filter(b -> b.startsWith("| rank | agent | n |")).findFirst()
                .orElseThrow(() -> new AssertionError("docs/agent-api.md shows no summary table"));
        for (String line : shown.strip().split("\n")) {
            assertTrue(summary.contains(line + "\n"), "summary.md has the row the doc shows:\n" + line + "\n\n"
                    + summary);
        }
        assertTrue(shown.contains("| linear-concession | 16 |"), shown);
        int seats = 0;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(results.resolve("results.jsonl"))) {
            JsonNode r = json.readTree(line);
            for (JsonNode a : r.get("agents")) {
                if (a.asText().equals("linear-concession")) {
                    seats++;
                    assertTrue(r.get("error").isNull(), line);
                }
            }
        }
        assertEquals(16, seats, "the agent took 16 seats, as the summary says");
        assertFalse(summary.contains("internal error"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
    }
}
