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
}
