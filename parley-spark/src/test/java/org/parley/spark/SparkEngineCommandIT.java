package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/**
 * {@code parley tournament FILE --engine spark --master local[2]} from the command line: the engine is found on the
 * class path, plays every session into Parquet and JSON lines and prints the end-of-run paragraph; resuming plays
 * nothing.
 */
@Tag("slow")
@Timeout(900)
class SparkEngineCommandIT {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theCommandLineRunsTheQuickTournamentOnSpark() throws Exception {
        Path out = tmp.resolve("spark");
        String quick = SparkTournamentIT.QUICK.toString();
        Run run = parley("tournament", quick, "--engine", "spark", "--master", "local[2]", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Tournament quick: 900 sessions (6 agents, 5 scenarios) on Spark; 900 ran; "
                + "900 sessions recorded in "), run.out());
        assertTrue(Files.isDirectory(out.resolve("results.parquet")));
        assertTrue(Files.isRegularFile(out.resolve("summary.md")));

        Run again = parley("tournament", quick, "--engine", "spark", "--master", "local[2]", "--out", out.toString(),
                "--resume");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("900 were already recorded, 0 ran; 900 sessions recorded"), again.out());

        Run busy = parley("tournament", quick, "--engine", "spark", "--master", "local[2]", "--out", out.toString());
        assertEquals(2, busy.exit());
        assertTrue(busy.err().startsWith("parley: output file:") && busy.err().endsWith(" is not empty (resume the "
                + "tournament recorded there, or choose another output)\n"), busy.err());
    }
}
