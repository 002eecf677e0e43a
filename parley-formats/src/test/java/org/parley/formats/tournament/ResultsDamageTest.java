package org.parley.formats.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a corrupt line in the middle of results.jsonl made {@code report} summarise only the lines before it and
 * {@code --resume} cut every line after it, blaming "an incomplete last line"; a disk that filled while
 * tournament.json was written left a folder that could be neither resumed nor reused.
 */
class ResultsDamageTest {

    private static final String MANIFEST = "{\"format\":\"parley-tournament-results\",\"version\":1,\"sessions\":10,"
            + "\"settings\":{\"seed\":1},\"agents\":[],\"scenarios\":[{\"name\":\"s\",\"files\":[\"a\"],\"sha256\":\"x\"}]}";

    @TempDir
    Path tmp;

    private Path folderWithDamage() throws IOException {
        Path dir = tmp.resolve("out");
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, false)) {
            for (int id = 0; id < 6; id++) {
                s.append(ResultStoreTest.record(id, id % 2 == 0));
            }
        }
        Path results = dir.resolve(ResultStore.RESULTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        lines.set(2, lines.get(2).substring(0, 30) + "#garbage#");
        lines.set(4, "x".repeat(ResultsJson.MAX_LINE + 10));
        Files.writeString(results, String.join("\n", lines) + "\n" + "{\"id\":9,\"scen", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void everyValidLineIsReadAndEachBadLineIsReportedWithItsNumber() throws IOException {
        Path dir = folderWithDamage();
        List<Integer> ids = new ArrayList<>();
        ResultsJson.Scan scan = ResultsJson.read(dir.resolve(ResultStore.RESULTS), r -> ids.add(r.id()));
        assertEquals(List.of(0, 1, 3, 5), ids, "the lines after the damaged ones are kept");
        assertEquals(2, scan.badLines().size(), scan.badLines().toString());
        assertTrue(scan.badLines().get(0).startsWith("line 3: not JSON"), scan.badLines().get(0));
        assertEquals("line 5: longer than " + ResultsJson.MAX_LINE + " bytes", scan.badLines().get(1));
        assertTrue(scan.damagedTail(), "the last line has no newline");
    }

    @Test
    void resumeKeepsEveryValidLineAndRunsOnlyTheDamagedSessionsAgain() throws IOException {
        Path dir = folderWithDamage();
        long before = Files.size(dir.resolve(ResultStore.RESULTS));
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, true)) {
            BitSet done = new BitSet();
            for (int id : new int[] {0, 1, 3, 5}) {
                done.set(id);
            }
            assertEquals(done, s.done());
            assertEquals(2, s.recovered().badLines().size());
            assertEquals(before - "{\"id\":9,\"scen".length(), Files.size(dir.resolve(ResultStore.RESULTS)),
                    "only the incomplete last line is cut");
            s.append(ResultStoreTest.record(2, true));
        }
        List<Integer> ids = new ArrayList<>();
        ResultsJson.read(dir.resolve(ResultStore.RESULTS), r -> ids.add(r.id()));
        assertEquals(List.of(0, 1, 3, 5, 2), ids);
        assertEquals(7, Files.readAllLines(dir.resolve(ResultStore.CSV)).size(), "two header lines and five rows");
    }

    @Test
    void aFailedAtomicWriteLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("tournament.json");
        Files.createDirectories(target.resolve("in-the-way"));
        assertThrows(IOException.class, () -> ResultStore.writeAtomically(target, "{}"));
        assertFalse(Files.exists(tmp.resolve("tournament.json.tmp")));
    }

    @Test
    void aFolderHoldingOnlyTheLockOfADeadSetupIsStillFresh() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ResultStore.LOCK), "");
        assertTrue(ResultStore.checkUsable(dir, false));
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, false)) {
            assertTrue(s.done().isEmpty());
        }
        assertTrue(Files.isRegularFile(dir.resolve(ResultStore.MANIFEST)));
    }
}
