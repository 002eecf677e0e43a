package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Python kit's own unit tests ({@code python/tests}), run with the machine's python3 by
 * Failsafe (it starts a process, so it is an integration test). */
class PythonKitIT {

    /** Runs {@code command} in {@code dir}; returns the exit code and the output (stdout and stderr together). */
    static Object[] run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Object[] {p.exitValue(), new String(out, StandardCharsets.UTF_8)};
    }

    @Test
    void theKitsUnitTestsPass() throws Exception {
        Object[] r = run(Scripts.PYTHON, List.of("python3", "-m", "unittest", "-v"));
        String out = (String) r[1];
        assertEquals(0, r[0], out);
        Matcher m = Pattern.compile("\nRan (\\d+) tests? in ").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Integer.parseInt(m.group(1)) >= 16, "the kit has at least 16 tests: " + out);
        assertTrue(out.strip().endsWith("OK"), out);
    }
}
