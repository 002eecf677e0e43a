package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pip install ./python} offline: a copy of the kit installs with {@code --no-index} and pip's usual build
 * isolation (the kit has no build requirements: its build backend is its own, standard library only), and the
 * installed package answers parley's hello from any folder.
 */
@Tag("slow")
class PythonKitInstallIT {

    @Test
    void installsOfflineAndRuns(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        try (Stream<Path> s = Files.walk(Scripts.PYTHON)) {
            for (Path p : s.filter(p -> !p.toString().contains("__pycache__")).toList()) {
                Path to = src.resolve(Scripts.PYTHON.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path site = tmp.resolve("site");
        Object[] install = PythonKitIT.run(tmp, List.of("python3", "-m", "pip", "install", "--no-index",
                "--disable-pip-version-check", "--target", site.toString(), src.toString()));
        assertEquals(0, install[0], (String) install[1]);
        assertTrue(Files.isRegularFile(site.resolve("parley_agent/examples/time_dependent.py")));
        assertTrue(Files.isRegularFile(site.resolve("parley_agent-1.0.0.dist-info/RECORD")));
        Path script = Files.writeString(tmp.resolve("hello.sh"), "printf '{\"type\":\"hello\",\"versions\":[1]}\\n' | "
                + "PYTHONPATH=" + site + " python3 -m parley_agent.examples.time_dependent conceder\n");
        Object[] hello = PythonKitIT.run(tmp, List.of("/bin/sh", script.toString()));
        assertEquals(0, hello[0], (String) hello[1]);
        assertEquals("{\"type\":\"hello\",\"version\":1,\"name\":\"conceder\"}\n", hello[1]);
    }
}
