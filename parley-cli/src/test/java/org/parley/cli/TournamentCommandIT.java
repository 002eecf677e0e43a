package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley tournament} and {@code parley report} end to end on examples/quick-tournament.yaml. */
class TournamentCommandIT {

    static final String QUICK = TournamentFiles.EXAMPLES.resolve("quick-tournament.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void theQuickExampleWritesEverySessionOnceAndTheSummary() throws Exception {
        Path out = tmp.resolve("quick");
        CliRunner.Run run = CliRunner.run("tournament", QUICK, "--out", out.toString(), "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Tournament quick: 900 sessions (6 agents, 5 scenarios); 900 ran in "),
                run.out());
        assertEquals("", run.err(), "no progress bar without a terminal");
        Map<Integer, String> results = TournamentFiles.results(out);
        assertEquals(900, results.size());
        assertEquals(899, (int) ((java.util.TreeMap<Integer, String>) results).lastKey());
        assertEquals(900, TournamentFiles.csvRows(out).size());
        assertEquals("sep=;", Files.readAllLines(out.resolve("results.csv")).get(0));
        String first = results.get(0);
        assertTrue(first.startsWith("{\"id\":0,\"scenario\":\"FiftyFifty-A\",\"repetition\":0,\"seed\":"), first);
        assertTrue(first.contains("\"agents\":[\"boulware\",\"conceder\"],\"profiles\":[\"FiftyFifty-A-prof1\","
                + "\"FiftyFifty-A-prof2\"],\"deadline\":\"180rounds\""), first);
        assertTrue(results.values().stream().anyMatch(l -> l.contains("\"scenario\":\"coffee\"")));
        assertTrue(results.values().stream().anyMatch(l -> l.contains("\"scenario\":\"party\"")));
        assertTrue(results.values().stream().noneMatch(l -> l.contains("\"error\":\"")));
        for (String f : List.of("summary.md", "summary.csv", "boxplot-utility.png", "boxplot-discounted-utility.png",
                "boxplot-welfare.png", "boxplot-dist-pareto.png", "boxplot-dist-nash.png")) {
            assertTrue(Files.size(out.resolve(f)) > 500, f);
        }
    }

    @Test
    void sameResultsWithOneAndWithTwoThreads() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, CliRunner.run("tournament", QUICK, "--out", one.toString(), "--threads", "1",
                "--no-report").exit());
        assertEquals(0, CliRunner.run("tournament", QUICK, "--out", two.toString(), "--threads", "2",
                "--no-report").exit());
        assertEquals(TournamentFiles.results(one), TournamentFiles.results(two));
        assertEquals(TournamentFiles.csvRows(one), TournamentFiles.csvRows(two));
        assertFalse(Files.exists(one.resolve("summary.md")));
    }

    @Test
    void theReportNeedsOnlyTheJsonLines() throws Exception {
        Path out = tmp.resolve("r");
        assertEquals(0, CliRunner.run("tournament", QUICK, "--out", out.toString(), "--no-report").exit());
        Files.delete(out.resolve("tournament.json"));
        Files.delete(out.resolve("results.csv"));
        CliRunner.Run run = CliRunner.run("report", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("900 sessions, 6 agents. Wrote "), run.out());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(7, csv.size());
        assertTrue(csv.get(0).startsWith("agent,n,utility_n,utility_mean,utility_ci95,discounted_utility_n,"));
        int seats = 0;
        for (String row : csv.subList(1, 7)) {
            String[] cols = row.split(",");
            assertEquals("300", cols[1], row);
            seats += Integer.parseInt(cols[1]);
        }
        assertEquals(2 * 900, seats, "every session gives a seat to each of its two agents");
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.startsWith("# Tournament r\n\n900 sessions, "), md);
        assertTrue(md.contains("| rank | agent | n | utility | discounted utility | agreement rate |"));
        assertTrue(Files.size(out.resolve("boxplot-dist-nash.png")) > 5000);
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws Exception {
        Path out = tmp.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRunner.Run busy = CliRunner.run("tournament", QUICK, "--out", out.toString());
        assertEquals(2, busy.exit());
        assertEquals("parley: output folder " + out + " is not empty; add --resume to finish the tournament recorded "
                + "there, or choose another --out\n", busy.err());
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "parley-tournament: 1\nagents: [boulware, bulware]\nscenarios: [x.yaml]\n");
        CliRunner.Run run = CliRunner.run("tournament", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("parley: " + bad + ":2:20: unknown agent 'bulware'"), run.err());
        assertTrue(run.err().contains("(did you mean boulware?)"), run.err());
        assertEquals(1, run.err().lines().count());
        assertEquals(2, CliRunner.run("tournament", QUICK, "--out", tmp.resolve("t").toString(), "--threads", "0")
                .exit());
        CliRunner.Run report = CliRunner.run("report", tmp.toString());
        assertEquals(2, report.exit());
        assertTrue(report.err().startsWith("parley: " + tmp + " holds no results.jsonl"), report.err());
    }
}
