package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The browser scenario ({@code src/test/browser/scenario.mjs}) in Debian's Chromium through playwright-core, against
 * a server on H2 and on PostgreSQL: the case imported in the page, two parties in separate browser contexts changing
 * their preferences, the mediator's matrix and packages following live, a party refused the other's room, a
 * screenshot of each page in {@code target/browser-artifacts/}. Skipped locally when Chromium or the npm package is
 * missing; under CI ({@code CI} set) that fails instead.
 */
@Tag("slow")
class BrowserIT {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final Path SCRIPTS = Path.of("src/test/browser");

    /**
     * The live rooms ({@code rooms.mjs}, issue 10): a person against {@code conceder} on a shipped scenario reaching an
     * agreement, reloading mid-session and finding no other seat's preferences in the page, the API or the stream
     * before the debrief; two people in two browser contexts; a teacher creating an exercise through the form (a
     * refused value first) and reading its results.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void rooms(String db) throws Exception {
        String chromium = chromium();
        Path artifacts = Path.of(System.getProperty("parley.artifacts", "target/browser-artifacts")).resolve(db);
        try (TestServer t = TestServer.start(db)) {
            ProcessBuilder pb = new ProcessBuilder("node", "rooms.mjs").directory(SCRIPTS.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PARLEY_URL", t.url());
            pb.environment().put("PARLEY_ADMIN_TOKEN", t.adminToken());
            pb.environment().put("PARLEY_SCENARIO", TestServer.ROOT.resolve("scenarios/anac/anac__y2010__ItexvsCypress")
                    .toAbsolutePath().normalize().toString());
            pb.environment().put("PARLEY_ARTIFACTS", artifacts.toAbsolutePath().toString());
            pb.environment().put("PARLEY_CHROMIUM", chromium);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the rooms scenario did not finish: " + output);
            System.out.println(output);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("rooms scenario: 1 passed, 0 failed"), output);
            for (String shot : new String[] {"room-person", "room-ended", "room-debrief", "exercise-form",
                "exercise-created", "exercise-results"}) {
                assertTrue(Files.size(artifacts.resolve(shot + ".png")) > 10_000, shot);
            }
        }
    }

    /** Chromium's path, when it and playwright-core are there; else the test is skipped (fails under CI). */
    private static String chromium() {
        String chromium = System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium");
        boolean ready = new File(chromium).canExecute()
                && Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"));
        if (!ready) {
            String why = "Chromium (" + chromium + ") or playwright-core (npm ci in " + SCRIPTS + ") is missing";
            if (TestDatabases.ci()) {
                throw new AssertionError(why + ": .ci/run installs both");
            }
            Assumptions.abort(why);
        }
        return chromium;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scenario(String db) throws Exception {
        String chromium = System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium");
        boolean ready = new File(chromium).canExecute()
                && Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"));
        if (!ready) {
            String why = "Chromium (" + chromium + ") or playwright-core (npm ci in " + SCRIPTS + ") is missing";
            if (TestDatabases.ci()) {
                throw new AssertionError(why + ": .ci/run installs both");
            }
            Assumptions.abort(why);
        }
        Path artifacts = Path.of(System.getProperty("parley.artifacts", "target/browser-artifacts")).resolve(db);
        try (TestServer t = TestServer.start(db)) {
            ProcessBuilder pb = new ProcessBuilder("node", "scenario.mjs").directory(SCRIPTS.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PARLEY_URL", t.url());
            pb.environment().put("PARLEY_ADMIN_TOKEN", t.adminToken());
            pb.environment().put("PARLEY_CASE", TestServer.ROOT.resolve("examples/peace-talks-2025/case.yaml")
                    .toAbsolutePath().normalize().toString());
            pb.environment().put("PARLEY_ARTIFACTS", artifacts.toAbsolutePath().toString());
            pb.environment().put("PARLEY_CHROMIUM", chromium);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the browser scenario did not finish: " + output);
            System.out.println(output);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("browser scenario: 1 passed, 0 failed"), output);
            for (String shot : new String[] {"dashboard", "room-ukraine", "room-russia", "refused",
                "dashboard-after-changes", "audit"}) {
                assertTrue(Files.size(artifacts.resolve(shot + ".png")) > 10_000, shot);
            }
        }
    }
}
