package org.parley.formats.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.FormatException;
import org.parley.mediation.Case;
import org.parley.mediation.Tranche;

class TrancheRecorderTest {

    @TempDir
    Path dir;

    private static TrancheRecorder.Entry entry(String commitment, String party) {
        Map<String, Long> d = new LinkedHashMap<>();
        d.put(party, 3L);
        d.put("b", null);
        return new TrancheRecorder.Entry(null, commitment, LocalDate.of(2026, 1, 20), d, Tranche.Status.VERIFIED,
                "site visit \"B\"", true, "analyst", "2026-01-21T09:00:00Z", null);
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void appendsAtTheEndAndKeepsEverythingElse() throws IOException {
        String original = CaseYamlErrorsTest.small();
        Path f = write(original);
        Tranche t = TrancheRecorder.record(f, entry("C1", "a"));
        assertEquals("T2", t.id());
        assertEquals(3L, t.delivered().get("a"));
        assertTrue(!t.delivered().containsKey("b"));
        assertEquals("analyst", t.recordedBy());
        assertEquals("site visit \"B\"", t.source());
        String now = Files.readString(f);
        assertTrue(now.startsWith(original), "the original text is kept byte for byte");
        assertEquals("  - id: \"T2\"\n    commitment: \"C1\"\n    date: 2026-01-20\n"
                + "    delivered: {\"a\": 3, \"b\": ~}\n    status: verified\n    source: \"site visit \\\"B\\\"\"\n    approximate: true\n"
                + "    recordedBy: \"analyst\"\n    recordedAt: \"2026-01-21T09:00:00Z\"\n",
                now.substring(original.length()));
        Case c = CaseYaml.read(f);
        assertEquals(2, c.tranches().size());
    }

    @Test
    void insertsBeforeTheNextKeyWhenTranchesIsNotLast() throws IOException {
        String original = CaseYamlErrorsTest.small();
        int cut = original.indexOf("tranches:");
        int end = original.indexOf("# end of the case");
        String moved = original.substring(0, original.indexOf("commitments:")) + original.substring(cut, end)
                + original.substring(original.indexOf("commitments:"), cut) + original.substring(end);
        Path f = write(moved);
        TrancheRecorder.record(f, entry("C1", "a"));
        String now = Files.readString(f);
        int at = moved.indexOf("commitments:");
        assertTrue(now.startsWith(moved.substring(0, at)));
        assertTrue(now.endsWith(moved.substring(at)));
        assertTrue(now.substring(at, now.length() - (moved.length() - at)).startsWith("  - id: \"T2\"\n"));
    }

    @Test
    void createsTheListWhenThereIsNone() throws IOException {
        String original = CaseYamlErrorsTest.small();
        String without = original.substring(0, original.indexOf("tranches:"));
        Path f = write(without);
        TrancheRecorder.record(f, entry("C1", "a"));
        String now = Files.readString(f);
        assertTrue(now.startsWith(without + "tranches:\n  - id: \"T1\"\n"), now);
    }

    @Test
    void aFailedRecordLeavesTheFileByteIdentical() throws IOException {
        Path f = write(CaseYamlErrorsTest.small());
        byte[] before = Files.readAllBytes(f);
        FormatException unknown = assertThrows(FormatException.class,
                () -> TrancheRecorder.record(f, entry("C9", "a")));
        assertTrue(unknown.getMessage().contains("unknown commitment 'C9'"), unknown.getMessage());
        FormatException party = assertThrows(FormatException.class,
                () -> TrancheRecorder.record(f, entry("C1", "z")));
        assertTrue(party.getMessage().contains("'z' is not a side of commitment C1"), party.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    /** A case whose last tranche ends the file without a line break was refused ("tranches[2] needs 'source'"). */
    @Test
    void aFileWithoutAFinalLineBreak() throws IOException {
        String original = CaseYamlErrorsTest.small();
        String cut = original.substring(0, original.indexOf("\n# end of the case"));
        assertTrue(cut.endsWith("    source: minutes"));
        Path f = write(cut);
        Tranche t = TrancheRecorder.record(f, entry("C1", "a"));
        assertEquals("T2", t.id());
        String now = Files.readString(f);
        assertTrue(now.startsWith(cut + "\n  - id: \"T2\"\n"), now);
        assertEquals(2, CaseYaml.read(f).tranches().size());
        assertEquals("minutes", CaseYaml.read(f).tranches().get(0).source());
    }

    /**
     * Errors about the new tranche name the file as it is, never a line of the text not yet written (the tester saw
     * line 303 of a 285-line file); errors in the case itself cite its own lines.
     */
    @Test
    void errorsNameTheFileAsItIs() throws IOException {
        String original = CaseYamlErrorsTest.small();
        Path f = write(original);
        FormatException side = assertThrows(FormatException.class, () -> TrancheRecorder.record(f, entry("C1",
                "bee")));
        assertEquals(f + ": 'bee' is not a side of commitment C1 (a, b)", side.getMessage());
        assertEquals(null, side.location());
        FormatException commitment = assertThrows(FormatException.class, () -> TrancheRecorder.record(f,
                entry("C2", "a")));
        assertEquals(f + ": the new tranche is for unknown commitment 'C2'; expected a commitment among C1",
                commitment.getMessage());
        Path bad = write(original.replace("delivered: {a: 5, b: 5}", "delivered: {a: 5, c: 5}"));
        FormatException inFile = assertThrows(FormatException.class, () -> TrancheRecorder.record(bad,
                entry("C1", "a")));
        assertEquals("48:23", inFile.location());
        assertTrue(Integer.parseInt(inFile.location().split(":")[0]) <= original.split("\n").length);
    }

    /** The same tranche (commitment, date, counts) recorded twice was accepted silently. */
    @Test
    void aRepeatIsRefusedUnlessAllowed() throws IOException {
        Path f = write(CaseYamlErrorsTest.small());
        TrancheRecorder.record(f, entry("C1", "a"));
        byte[] once = Files.readAllBytes(f);
        DuplicateTrancheException e = assertThrows(DuplicateTrancheException.class,
                () -> TrancheRecorder.record(f, entry("C1", "a")));
        assertEquals(f + ": tranche T2 already records C1 on 2026-01-20: a 3, b not reported; nothing was written",
                e.getMessage());
        assertEquals("T2", e.existing());
        assertArrayEquals(once, Files.readAllBytes(f));
        Map<String, Long> other = new LinkedHashMap<>();
        other.put("a", 3L);
        other.put("b", 0L); // 0 is a count, not the same as not reported
        TrancheRecorder.record(f, new TrancheRecorder.Entry(null, "C1", LocalDate.of(2026, 1, 20), other,
                Tranche.Status.REPORTED, "minutes", false, "analyst", "", null));
        assertEquals("T4", TrancheRecorder.record(f, entry("C1", "a"), true).id());
        assertEquals(4, CaseYaml.read(f).tranches().size());
    }

    @Test
    void anEntryNeedsASourceAndCounts() {
        Map<String, Long> d = new LinkedHashMap<>();
        d.put("a", 1L);
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new TrancheRecorder.Entry(
                null, "C1", LocalDate.of(2026, 1, 20), d, null, " ", false, "x", "", null));
        assertEquals("the source of the figures is empty; say where they come from", blank.getMessage());
        d.put("b", 1_000_000_000_001L);
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> new TrancheRecorder.Entry(
                null, "C1", LocalDate.of(2026, 1, 20), d, null, "s", false, "x", "", null));
        assertEquals("the count of b is 1,000,000,000,001; counts are whole numbers from 0 to 1,000,000,000,000",
                big.getMessage());
    }

    /**
     * Two records at once both answered "recorded tranche T4" and one was lost (20 of 40). Records from many threads
     * through {@link TrancheRecorder#record} all land, each with its own number.
     */
    @Test
    void concurrentRecordsAllLandWithTheirOwnNumbers() throws Exception {
        Path f = write(CaseYamlErrorsTest.small());
        int threads = 6;
        int each = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<java.util.List<String>>> ids = new java.util.ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int thread = k;
            ids.add(pool.submit(() -> {
                start.await();
                java.util.List<String> mine = new java.util.ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Map<String, Long> d = new LinkedHashMap<>();
                    d.put("a", (long) (100 * thread + i));
                    mine.add(TrancheRecorder.record(f, new TrancheRecorder.Entry(null, "C1", LocalDate.of(2026, 2,
                            1), d, null, "thread " + thread, false, "t", "", null)).id());
                }
                return mine;
            }));
        }
        start.countDown();
        java.util.Set<String> answered = new java.util.TreeSet<>();
        for (var future : ids) {
            answered.addAll(future.get());
        }
        pool.shutdown();
        Case c = CaseYaml.read(f);
        assertEquals(1 + threads * each, c.tranches().size());
        assertEquals(threads * each, answered.size(), "every record answered with its own id: " + answered);
        java.util.Set<String> inFile = new java.util.TreeSet<>();
        c.tranches().stream().skip(1).forEach(t -> inFile.add(t.id()));
        assertEquals(answered, inFile);
        for (int k = 2; k <= 1 + threads * each; k++) {
            assertTrue(inFile.contains("T" + k), "T" + k);
        }
    }
}
