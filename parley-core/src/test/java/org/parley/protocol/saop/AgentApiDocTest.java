package org.parley.protocol.saop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.preference.Profile;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/** The complete example agent in docs/agent-api.md compiles as written and negotiates to an agreement. */
class AgentApiDocTest {

    @Test
    void exampleAgentFromTheDocsCompilesAndRuns(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Paths.get("..", "docs", "agent-api.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/agent-api.md has a java block");
        Path source = dir.resolve("LinearConcessionAgent.java");
        Files.writeString(source, m.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        int status = javac.run(null, null, null, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                source.toString());
        assertEquals(0, status, "the documented agent compiles");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Agent doc1 = (Agent) loader.loadClass("LinearConcessionAgent").getDeclaredConstructor().newInstance();
            Agent doc2 = (Agent) loader.loadClass("LinearConcessionAgent").getDeclaredConstructor().newInstance();
            List<Profile> profiles = SaopSessionTest.profiles(0.0, 1.0, new double[] {10, 5, 1},
                    new double[] {1, 5, 10});
            SessionResult r = SessionFactory.standard().run(SessionSpec.builder().profiles(profiles)
                    .instances(List.of(doc1, doc2)).deadline(Deadline.rounds(20)).build());
            assertNull(r.error());
            assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
            assertEquals("linear-concession", r.agentNames().get(0));
            assertTrue(r.utilities()[0] >= 0.5 && r.utilities()[1] >= 0.5, "meets in the middle: b");
        }
    }
}
