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
    void aResumeWithNothingLeftReportsTheTotalsOfTheWholeFolder() throws Exception {
        Path out = tmp.resolve("done");
        assertEquals(0, CliRunner.run("tournament", QUICK, "--out", out.toString(), "--no-report").exit());
        long agreements = TournamentFiles.results(out).values().stream()
                .filter(l -> !l.contains("\"agreement\":null")).count();
        assertTrue(agreements > 0 && agreements < 900, "some sessions agree, some do not: " + agreements);
        CliRunner.Run again = CliRunner.run("tournament", QUICK, "--out", out.toString(), "--resume", "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("900 were already recorded, 0 ran in "), again.out());
        assertTrue(again.out().contains(String.format(java.util.Locale.ROOT, " In all, results.jsonl records 900 of "
                + "900 sessions: %d agreements (%.1f%%), 0 errors.", agreements, 100.0 * agreements / 900)),
                again.out());
    }

    @Test
    void profilesOfTheSameSideFoundByAGlobAreWarnedAboutAndAListSaysWhichAreTheSides() throws Exception {
        Path dir = TournamentFiles.EXAMPLES.resolve("../scenarios/anac/anac__y2010__ItexvsCypress").normalize();
        Path globbed = tmp.resolve("globbed.yaml");
        Files.writeString(globbed, String.join("\n", "parley-tournament: 1", "deadline: {rounds: 5}",
                "agents: [boulware, conceder]", "scenarios:", "  - '" + dir + "/*domain.xml'", ""));
        CliRunner.Run warned = CliRunner.run("tournament", globbed.toString(), "--out", tmp.resolve("g").toString(),
                "--no-report");
        assertEquals(0, warned.exit(), warned.err());
        assertTrue(warned.err().startsWith("parley: warning: scenario ItexvsCypress: 4 profiles found next to "
                + "ItexvsCypress_domain.xml (ItexvsCypress_Cypress.xml, ItexvsCypress_Cypress100.xml, "
                + "ItexvsCypress_Itex.xml, ItexvsCypress_Itex50.xml) for 2 parties; roles: all seats every ordered "
                + "choice of 2 of them, so two profiles of the same side may meet. Say which profiles are the sides "
                + "with {domain: "), warned.err());
        assertTrue(warned.out().startsWith("Tournament globbed: 24 sessions"), warned.out());
        Path sides = tmp.resolve("sides.yaml");
        Files.writeString(sides, String.join("\n", "parley-tournament: 1", "deadline: {rounds: 5}",
                "agents: [boulware, conceder]", "scenarios:", "  - {domain: '" + dir + "/ItexvsCypress_domain.xml',",
                "     profiles: ['" + dir + "/ItexvsCypress_Itex.xml', '" + dir + "/ItexvsCypress_Cypress.xml']}",
                ""));
        CliRunner.Run listed = CliRunner.run("tournament", sides.toString(), "--out", tmp.resolve("s").toString(),
                "--no-report");
        assertEquals(0, listed.exit(), listed.err());
        assertEquals("", listed.err());
        assertTrue(listed.out().startsWith("Tournament sides: 4 sessions"), listed.out());
        Path bySides = tmp.resolve("by-sides.yaml");
        Files.writeString(bySides, String.join("\n", "parley-tournament: 1", "deadline: {rounds: 5}",
                "agents: [boulware, conceder]", "scenarios:", "  - domain: '" + dir + "/ItexvsCypress_domain.xml'",
                "    sides: [['*_Itex*.xml'], ['*_Cypress*.xml']]", ""));
        CliRunner.Run crossed = CliRunner.run("tournament", bySides.toString(), "--out", tmp.resolve("b").toString(),
                "--no-report");
        assertEquals(0, crossed.exit(), crossed.err());
        assertEquals("", crossed.err());
        // 2 x 2 choices of a profile per side, 2 ordered pairs of agents, 2 seatings: 16 of the 24 sessions above
        assertTrue(crossed.out().startsWith("Tournament by-sides: 16 sessions"), crossed.out());
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
