package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/** Agents from jars and class folders on an agent path, found with {@link java.util.ServiceLoader}. */
class AgentPathTest {

    /** An agent that accepts the first offer it hears (else offers all-zeros), and its provider under {@code name}. */
    static Map<String, String> sources(String pkg, String name) {
        String agent = """
                package PKG;

                import org.parley.protocol.*;

                public class Taker implements Agent {
                    private AgentSettings s;
                    private int[] heard;

                    public void init(AgentSettings s) { this.s = s; }

                    public void receive(Action a, Timeline t) {
                        if (a instanceof Offer o && heard == null) { heard = o.outcome(); }
                    }

                    public Action chooseAction(Timeline t) {
                        return heard != null ? new Accept(s.party(), heard)
                                : new Offer(s.party(), new int[s.profile().domain().issueCount()]);
                    }

                    public String name() { return "NAME"; }
                }
                """.replace("PKG", pkg).replace("NAME", name);
        String provider = """
                package PKG;

                import java.util.List;
                import org.parley.agent.AgentProvider;
                import org.parley.agent.AgentSpec;
                import org.parley.protocol.AgentFactory;

                public class TakerProvider implements AgentProvider {
                    public List<String> names() { return List.of("NAME"); }

                    public String description(String name) { return "accepts the first offer"; }

                    public AgentFactory factory(AgentSpec spec) {
                        spec.requireNoOptions();
                        return Taker::new;
                    }
                }
                """.replace("PKG", pkg).replace("NAME", name);
        String dir = pkg.replace('.', '/') + "/";
        return Map.of(dir + "Taker.java", agent, dir + "TakerProvider.java", provider);
    }

    /** A class folder holding the compiled agent and its service registration. */
    static Path classFolder(Path dir, String pkg, String name) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes-" + name));
        JarBuilder.compile(classes, sources(pkg, name));
        JarBuilder.resource(classes, AgentRegistry.SERVICE_FILE, pkg + ".TakerProvider\n");
        return classes;
    }

    static Path jar(Path dir, String pkg, String name, Path jar) throws IOException {
        return JarBuilder.jar(classFolder(dir, pkg, name), jar);
    }

    private static SessionResult negotiate(AgentRegistry r, String first, String second) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(List.of(
                TestProfiles.twoIssues("a", 4, 0.6, 0.4, false), TestProfiles.twoIssues("b", 4, 0.6, 0.4, true)))
                .agents(List.of(r.factory(first), r.factory(second))).deadline(Deadline.rounds(10)).build());
    }

    @Test
    void aJarOnTheAgentPathAddsItsAgents(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "one", "taker", dir.resolve("lib/taker.jar"));
        try (AgentRegistry r = AgentRegistry.builtIns().withAgentPath(List.of(jar))) {
            assertTrue(r.names().contains("taker") && r.names().contains("boulware"), r.names().toString());
            assertEquals("accepts the first offer", r.description("taker"));
            assertTrue(r.origin("taker").contains("one.TakerProvider") && r.origin("taker").contains("taker.jar"),
                    r.origin("taker"));
            SessionResult s = negotiate(r, "conceder", "Taker");
            assertEquals(SessionResult.End.AGREEMENT, s.endedBy(), String.valueOf(s.error()));
            assertEquals(List.of("conceder", "taker"), s.agentNames());
            assertEquals(1, s.round());
            assertTrue(!AgentRegistry.builtIns().names().contains("taker"));
            String opts = assertThrows(IllegalArgumentException.class, () -> r.factory("taker(x=1)")).getMessage();
            assertEquals("agent 'taker' takes no options, got 'taker(x=1)'", opts);
        }
    }

    @Test
    void aFolderStandsForItsJarsAndItself(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("agents"));
        jar(dir, "two", "jar-taker", folder.resolve("a.jar"));
        Path classes = classFolder(dir, "three", "class-taker");
        try (AgentRegistry r = AgentRegistry.builtIns().withAgentPath(List.of(folder))) {
            assertTrue(r.names().contains("jar-taker"), r.names().toString());
        }
        try (AgentRegistry r = AgentRegistry.builtIns().withAgentPath(List.of(classes, folder))) {
            assertTrue(r.names().containsAll(List.of("jar-taker", "class-taker")), r.names().toString());
            assertEquals(SessionResult.End.AGREEMENT, negotiate(r, "boulware", "class-taker").endedBy());
        }
    }

    @Test
    void badPathsAndProvidersAreNamed(@TempDir Path dir) throws IOException {
        AgentRegistry b = AgentRegistry.builtIns();
        Path missing = dir.resolve("nope.jar");
        assertEquals("agent path " + missing + " does not exist",
                assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(missing))).getMessage());
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hi");
        assertEquals("agent path " + txt + " is neither a .jar file, an agent manifest (*.agent.json) nor a folder",
                assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(txt))).getMessage());
        Path plainClasses = Files.createDirectories(dir.resolve("plain"));
        JarBuilder.compile(plainClasses, sources("four", "plain"));
        Path plain = JarBuilder.jar(plainClasses, dir.resolve("plain.jar"));
        assertEquals("agent path " + plain + " provides no agents: the jar has no " + AgentRegistry.SERVICE_FILE
                + " naming an AgentProvider class (see docs/agent-api.md and docs/agent-protocol.md)",
                assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(plain))).getMessage());
        JarBuilder.resource(plainClasses, AgentRegistry.SERVICE_FILE, "four.NoSuchProvider\n");
        Path broken = JarBuilder.jar(plainClasses, dir.resolve("broken.jar"));
        String m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(broken))).getMessage();
        assertTrue(m.startsWith("agent path " + broken + ": cannot load an AgentProvider: ")
                && m.contains("four.NoSuchProvider"), m);
        Path clash = jar(dir, "five", "boulware", dir.resolve("clash.jar"));
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(clash))).getMessage();
        assertTrue(m.contains("five.TakerProvider (" + clash + ") offers 'boulware', the name of a built-in agent"),
                m);
        Path twin1 = jar(dir, "six", "twin", dir.resolve("twin1.jar"));
        Path twin2 = jar(dir, "seven", "twin", dir.resolve("twin2.jar"));
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(twin1, twin2))).getMessage();
        assertTrue(m.contains("offers 'twin', a name already offered by "), m);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(empty))).getMessage();
        assertTrue(m.contains("provides no agents: neither the folder nor a jar in it has "), m);
        assertTrue(m.contains("and it holds no agent manifest (*.agent.json)"), m);
    }

    /** An agent manifest names an agent process; a bad one is refused naming the file and the problem. */
    @Test
    void manifestsOnTheAgentPathNameAgentProcesses(@TempDir Path dir) throws IOException {
        AgentRegistry b = AgentRegistry.builtIns();
        Path good = Files.writeString(dir.resolve("mine.agent.json"), "{\"name\": \"mine\", \"command\": "
                + "\"python3 my_agent.py\", \"env\": {\"MODE\": \"fast\"}, \"description\": \"my own\"}");
        AgentRegistry r = b.withAgentPath(List.of(dir));
        assertTrue(r.names().contains("mine"), r.names().toString());
        assertTrue(b.withAgentPath(List.of(good)).names().contains("mine"));
        Path bad = Files.writeString(dir.resolve("bad.agent.json"), "{\"name\": \"bad\", \"cmd\": \"x\"}");
        String m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(bad))).getMessage();
        assertEquals("agent manifest " + bad + ": unknown key 'cmd'; the keys are command, description, env, log, "
                + "name, startup, workdir", m);
        Files.writeString(bad, "{\"name\": \"Bad Name\", \"command\": \"x\"}");
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(bad))).getMessage();
        assertEquals("agent manifest " + bad + ": name 'Bad Name' must be lower-case letters, digits, '-' or '_'", m);
        Files.writeString(bad, "{\"name\": \"bad\"}");
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(bad))).getMessage();
        assertTrue(m.startsWith("agent manifest " + bad + ": needs a command"), m);
        Files.writeString(bad, "{\"name\": \"bad\",\n \"command\": }");
        m = assertThrows(IllegalArgumentException.class, () -> b.withAgentPath(List.of(bad))).getMessage();
        assertTrue(m.startsWith("agent manifest " + bad + ":2:"), m);
    }

    @Test
    void theSameJarTwiceIsLoadedOnce(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "eight", "once", dir.resolve("once.jar"));
        try (AgentRegistry r = AgentRegistry.builtIns().withAgentPath(List.of(jar, dir.resolve("./once.jar")))) {
            assertTrue(r.names().contains("once"));
        }
    }
}
