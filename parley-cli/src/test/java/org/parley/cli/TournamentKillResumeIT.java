package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a tournament with SIGKILL while it runs in a child JVM, then finishes it with {@code --resume}: every
 * planned session is recorded exactly once, no line is partial, and the results equal an uninterrupted run's.
 */
@Tag("slow")
class TournamentKillResumeIT {

    /** 4 agents · 3 agents · 3 scenarios · 2 orderings · 25 repetitions; 1,000 rounds make sessions slow enough. */
    static final int SESSIONS = 4 * 3 * 3 * 2 * 25;

    @TempDir
    Path tmp;

    @Test
    void killedWithSigkillThenResumedLosesAndDuplicatesNothing() throws Exception {
        Path file = tmp.resolve("kill.yaml");
        String anac = TournamentFiles.EXAMPLES.getParent().resolve("scenarios/anac").toString();
        Files.writeString(file, """
                parley-tournament: 1
                seed: 9
                deadline: {rounds: 1000}
                repetitions: 25
                agents: [hardliner, boulware, conceder, random]
                scenarios:
                  - %s/anac__y2012__{Laptop,ItexvsCypress,Camera}/*-C-domain.xml
                """.formatted(anac));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parley.cli.Main", "tournament", file.toString(),
                "--out", out.toString(), "--threads", "2", "--no-report")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path results = out.resolve("results.jsonl");
        long deadline = System.nanoTime() + 60_000_000_000L;
        long lines = 0;
        while (child.isAlive() && lines < 40 && System.nanoTime() < deadline) {
            Thread.sleep(2);
            lines = TournamentFiles.lineCount(results);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long atKill = TournamentFiles.lineCount(results);
        assertTrue(atKill >= 40 && atKill < SESSIONS, "killed after " + atKill + " of " + SESSIONS
                + " sessions; child output: " + Files.readString(log));
        assertEquals(137, child.exitValue(), "SIGKILL");

        CliRunner.Run resumed = CliRunner.run("tournament", file.toString(), "--out", out.toString(), "--threads", "2",
                "--resume", "--no-report");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().startsWith("parley: resuming " + out + ": "), resumed.err());
        assertTrue(resumed.out().contains(" were already recorded, "), resumed.out());
        Map<Integer, String> after = TournamentFiles.results(out);
        assertEquals(SESSIONS, after.size(), "every planned session once");
        assertEquals(SESSIONS, TournamentFiles.lineCount(results), "no partial or duplicate lines");

        Path clean = tmp.resolve("clean");
        assertEquals(0, CliRunner.run("tournament", file.toString(), "--out", clean.toString(), "--threads", "1",
                "--no-report").exit());
        assertEquals(TournamentFiles.results(clean), after);
        List<String> csv = TournamentFiles.csvRows(out);
        assertEquals(TournamentFiles.csvRows(clean), csv, "the CSV is rebuilt from the JSON lines");
        assertTrue(new File(out.toFile(), "results.csv.tmp").exists() == false);
    }
}
