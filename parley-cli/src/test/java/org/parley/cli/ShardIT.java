package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley tournament --shard K/N} and {@code parley report DIR1 DIR2 ...}: the three shards of the quick example,
 * run apart and merged, give exactly the sessions and the summary of one run.
 */
@Tag("slow")
class ShardIT {

    @TempDir
    Path tmp;

    @Test
    void threeShardsMergedEqualOneRun() throws Exception {
        Path whole = tmp.resolve("whole");
        CliRunner.Run one = CliRunner.run("tournament", TournamentCommandIT.QUICK, "--out", whole.toString(),
                "--threads", "2");
        assertEquals(0, one.exit(), one.err());
        Map<Integer, String> all = TournamentFiles.results(whole);
        assertEquals(900, all.size());

        Map<Integer, String> union = new TreeMap<>();
        for (int k = 1; k <= 3; k++) {
            Path dir = tmp.resolve("shard-" + k);
            CliRunner.Run run = CliRunner.run("tournament", TournamentCommandIT.QUICK, "--out", dir.toString(),
                    "--threads", "2", "--shard", k + "/3");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().startsWith("Tournament quick, shard " + k + "/3: 300 sessions (6 agents, 5 "
                    + "scenarios); 300 ran in "), run.out());
            Map<Integer, String> part = TournamentFiles.results(dir);
            assertEquals(300, part.size());
            for (Map.Entry<Integer, String> e : part.entrySet()) {
                assertEquals(k - 1, e.getKey() % 3, "session " + e.getKey() + " in shard " + k);
                assertEquals(all.get(e.getKey()), e.getValue(), "session " + e.getKey() + " as in one run");
                assertEquals(null, union.put(e.getKey(), e.getValue()), "session " + e.getKey() + " in two shards");
            }
            assertTrue(Files.readString(dir.resolve("summary.md")).startsWith("# Tournament quick\n\n300 sessions of "
                    + "300 planned"), "a shard's own report counts the shard's sessions");
        }
        assertEquals(all, union, "the shards together hold every session once");

        Path merged = tmp.resolve("merged");
        CliRunner.Run report = CliRunner.run("report", tmp.resolve("shard-1").toString(),
                tmp.resolve("shard-2").toString(), tmp.resolve("shard-3").toString(), "--out", merged.toString());
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith("900 sessions, 6 agents. Wrote "), report.out());
        assertEquals(Files.readString(whole.resolve("summary.md")), Files.readString(merged.resolve("summary.md")));
        assertTrue(Files.readString(merged.resolve("summary.md")).contains("## Ranking and significance"),
                "the merged report has the single run's ranking and pairwise tests");
        assertEquals(Files.readString(whole.resolve("statistics.json")),
                Files.readString(merged.resolve("statistics.json")), "bootstrap intervals and tests as in one run");
        assertSameCsv(whole.resolve("summary.csv"), merged.resolve("summary.csv"));

        Path globbed = tmp.resolve("globbed");
        CliRunner.Run glob = CliRunner.run("report", tmp + "/shard-*", "--out", globbed.toString());
        assertEquals(0, glob.exit(), glob.err());
        assertEquals(Files.readString(merged.resolve("summary.md")), Files.readString(globbed.resolve("summary.md")));

        // what the report refuses: overlapping parts, several parts without --out, resuming with another shard
        CliRunner.Run overlap = CliRunner.run("report", whole.toString(), tmp.resolve("shard-2").toString(), "--out",
                tmp.resolve("x").toString());
        assertEquals(2, overlap.exit());
        assertEquals("parley: session 1 is recorded both in " + whole + " and in " + tmp.resolve("shard-2")
                + "; the folders must hold disjoint parts of one tournament (e.g. its shards)\n", overlap.err());
        CliRunner.Run noOut = CliRunner.run("report", tmp + "/shard-*");
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().startsWith("parley: 3 results folders (") && noOut.err().endsWith("are merged into one "
                + "summary; give --out OUT for its files\n"), noOut.err());
        CliRunner.Run other = CliRunner.run("tournament", TournamentCommandIT.QUICK, "--out",
                tmp.resolve("shard-1").toString(), "--shard", "2/3", "--resume");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("holds results of another shard of the tournament (its shard differ)"),
                other.err());
        CliRunner.Run bad = CliRunner.run("tournament", TournamentCommandIT.QUICK, "--out",
                tmp.resolve("bad").toString(), "--shard", "4/3");
        assertEquals(2, bad.exit());
        assertEquals("parley: shard 4/3: the shard must lie in 1..3 (shards are numbered from 1)\n", bad.err());
        CliRunner.Run none = CliRunner.run("report", tmp + "/nothing-*", "--out", tmp.resolve("y").toString());
        assertEquals(2, none.exit());
        assertEquals("parley: no results folder (a folder holding results.jsonl) matches '" + tmp + "/nothing-*'\n",
                none.err());
    }

    /** Same agents, counts and numbers; means and intervals to 1e-9 (merging sums moments in another order). */
    private static void assertSameCsv(Path expected, Path actual) throws Exception {
        List<String> a = Files.readAllLines(expected);
        List<String> b = Files.readAllLines(actual);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            String[] x = a.get(i).split(",", -1);
            String[] y = b.get(i).split(",", -1);
            assertEquals(x.length, y.length, "row " + i);
            for (int j = 0; j < x.length; j++) {
                if (x[j].equals(y[j])) {
                    continue;
                }
                assertEquals(Double.parseDouble(x[j]), Double.parseDouble(y[j]), 1e-9, "row " + i + " column " + j);
            }
        }
    }
}
