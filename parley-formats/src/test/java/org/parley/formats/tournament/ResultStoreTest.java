package org.parley.formats.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.ResultRepository;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentSummary;

class ResultStoreTest {

    private static final String MANIFEST = "{\"format\":\"parley-tournament-results\",\"version\":1,\"sessions\":10,"
            + "\"settings\":{\"seed\":1},\"agents\":[],\"scenarios\":[{\"name\":\"s\",\"files\":[\"a\"],\"sha256\":\"x\"}]}";

    @TempDir
    Path tmp;

    static SessionRecord record(int id, boolean agreement) {
        return new SessionRecord(id, "Laptop-A", id % 3, 1234567890123L * (id + 1), List.of("boulware", "conceder"),
                List.of("Laptop-A-prof1", "Laptop-A-prof2"), "180rounds", agreement ? "agreement" : "deadline",
                agreement ? Map.of("Brand", "Dell") : null, 103, 103.0 / 181, 205,
                new double[] {0.9040000000000001, 0.1 * id}, new double[] {0.6101, 0.1 / 3}, 1.0040000000000001,
                0.03125, agreement ? 0.1 + 0.2 : Double.NaN, new GeniusCsv.Analysis(0.5, Double.NaN, 0.7, true),
                agreement ? null : "agent x (party 2) threw \"boom\"; ok", agreement ? null : "conceder", 0.000123);
    }

    @Test
    void linesReadBackExactly() {
        for (SessionRecord r : List.of(record(0, true), record(7, false))) {
            String line = ResultsJson.line(r);
            assertFalse(line.contains("\n"));
            SessionRecord back = ResultsJson.parse(line);
            assertEquals(line, ResultsJson.line(back));
            assertEquals(r.geniusRow(), back.geniusRow());
            assertEquals(0.1 + 0.2, record(1, true).distNash());
        }
        assertTrue(ResultsJson.line(record(7, false)).contains("\"distNash\":null"));
        assertTrue(Double.isNaN(ResultsJson.parse(ResultsJson.line(record(7, false))).distNash()));
        assertThrows(IllegalArgumentException.class, () -> ResultsJson.parse("{\"id\":3}"));
        assertThrows(IllegalArgumentException.class, () -> ResultsJson.parse("{\"id\":3,\"scen"));
    }

    @Test
    void resumeKeepsCompleteLinesCutsTheDamagedTailAndRebuildsTheCsv() throws IOException {
        Path dir = tmp.resolve("out");
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, false)) {
            assertTrue(s.done().isEmpty());
            for (int id : new int[] {4, 0, 2}) {
                s.append(record(id, id != 2));
            }
        }
        Path results = dir.resolve(ResultStore.RESULTS);
        long good = Files.size(results);
        String partial = ResultsJson.line(record(5, true)).substring(0, 40);
        Files.writeString(results, partial, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve(ResultStore.CSV), "1.0;2;partial", StandardOpenOption.APPEND);
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, true)) {
            BitSet expected = new BitSet();
            expected.set(0);
            expected.set(2);
            expected.set(4);
            assertEquals(expected, s.done());
            assertEquals(new ResultsJson.Scan(3, good, good + 40), s.recovered());
            assertEquals(good, Files.size(results), "the cut line is gone");
            s.append(record(5, true));
        }
        List<String> csv = Files.readAllLines(dir.resolve(ResultStore.CSV));
        assertEquals(List.of("sep=;", GeniusCsv.header(2).substring(6), record(4, true).geniusRow(),
                record(0, true).geniusRow(), record(2, false).geniusRow(), record(5, true).geniusRow()), csv);
        List<Integer> ids = new ArrayList<>();
        ResultsJson.Scan scan = ResultsJson.read(results, r -> ids.add(r.id()));
        assertEquals(List.of(4, 0, 2, 5), ids);
        assertFalse(scan.damagedTail());
        assertTrue(csv.get(4).contains("threw \"boom\", ok;"), "';' in errors becomes ','");
    }

    @Test
    void refusesNonEmptyFoldersOtherTournamentsDuplicatesAndASecondWriter() throws IOException {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ResultFolderException busy = assertThrows(ResultFolderException.class,
                () -> ResultStore.open(dir, MANIFEST, 2, 10, false));
        assertEquals("output folder " + dir + " is not empty", busy.getMessage(), "the state, no command-line advice");
        assertEquals(ResultFolderException.Problem.NOT_EMPTY, busy.problem());
        assertEquals(dir, busy.dir());
        ResultFolderException foreign = assertThrows(ResultFolderException.class,
                () -> ResultStore.open(dir, MANIFEST, 2, 10, true));
        assertEquals("output folder " + dir + " holds no tournament.json, so it is not a tournament's results",
                foreign.getMessage());
        assertEquals(ResultFolderException.Problem.NOT_RESULTS, foreign.problem());
        Path out = tmp.resolve("out2");
        try (ResultStore s = ResultStore.open(out, MANIFEST, 2, 10, false)) {
            s.append(record(1, true));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> ResultStore.open(out, MANIFEST, 2, 10,
                    true)).getMessage().startsWith("another parley tournament is writing"));
        }
        String other = MANIFEST.replace("\"sha256\":\"x\"", "\"sha256\":\"y\"");
        ResultFolderException changed = assertThrows(ResultFolderException.class,
                () -> ResultStore.open(out, other, 2, 10, true));
        assertEquals(out + " holds results of another tournament (its scenarios differ: a scenario file changed, or "
                + "the list did)", changed.getMessage());
        assertEquals(ResultFolderException.Problem.OTHER_TOURNAMENT, changed.problem());
        String moved = MANIFEST.replace("\"files\":[\"a\"]", "\"files\":[\"../b/a\"]");
        ResultStore.open(out, moved, 2, 10, true).close();
        String saop = MANIFEST.replace("{\"seed\":1}", "{\"seed\":1,\"protocol\":\"saop\"}");
        ResultStore.open(out, saop, 2, 10, true).close(); // written before 'protocol' existed: it ran SAOP
        String text = MANIFEST.replace("{\"seed\":1}", "{\"seed\":1,\"protocol\":\"snt(rule=veto,mediator=search)\"}");
        assertEquals(out + " holds results of another tournament (its settings differ)", assertThrows(
                ResultFolderException.class, () -> ResultStore.open(out, text, 2, 10, true)).getMessage());
        Files.writeString(out.resolve(ResultStore.RESULTS), ResultsJson.line(record(1, true)) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResultStore.open(out, MANIFEST, 2, 10, true))
                .getMessage().endsWith("session 1 is recorded twice"));
    }

    @Test
    void isAResultRepositoryThatAppendsListsAndReadsBack() throws IOException {
        Path dir = tmp.resolve("repo");
        List<SessionRecord> written = List.of(record(4, true), record(0, true), record(2, false));
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 10, false)) {
            ResultRepository repo = s;
            written.forEach(repo::append);
            BitSet ids = new BitSet();
            ids.set(0);
            ids.set(2);
            ids.set(4);
            assertEquals(ids, repo.done(), "appended ids count as done at once");
            repo.done().clear();
            assertEquals(3, repo.done().cardinality(), "done() is a copy");
            try (Stream<SessionRecord> back = repo.records()) {
                assertEquals(written, back.toList());
            }
            List<List<Integer>> chunks = new ArrayList<>();
            assertEquals(3, repo.forEachChunk(2, c -> chunks.add(c.stream().map(SessionRecord::id).toList())));
            assertEquals(List.of(List.of(4, 0), List.of(2)), chunks);
            assertTrue(assertThrows(IllegalArgumentException.class, () -> repo.append(record(0, false)))
                    .getMessage().endsWith("session 0 is recorded already"));
            try (ResultStore reader = ResultStore.openForReading(dir)) {
                assertEquals(ids, reader.done(), "a reader needs no lock while the writer runs");
                assertThrows(IllegalStateException.class, () -> reader.append(record(7, true)));
                TournamentSummary expected = new TournamentSummary();
                written.forEach(expected::add);
                TournamentSummary read = TournamentSummary.of(reader);
                assertEquals(expected.rows(), read.rows());
                assertFalse(reader.lastRead().damagedTail());
            }
        }
        Files.writeString(dir.resolve(ResultStore.RESULTS), "{\"id\":9,\"scen", StandardOpenOption.APPEND);
        try (ResultStore reader = ResultStore.openForReading(dir)) {
            assertEquals(3, TournamentSummary.of(reader).sessions(), "the incomplete last line is left out");
            assertTrue(reader.lastRead().damagedTail());
            assertEquals(3, reader.lastRead().records());
        }
        ResultStore closed = ResultStore.open(dir, MANIFEST, 2, 10, true);
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.append(record(7, true)));
        assertThrows(IllegalArgumentException.class, () -> ResultStore.openForReading(tmp.resolve("nothing")));
    }

    @Test
    void linesThatStraddleTheReadBufferReadBackLazilyInOrder() throws IOException {
        // 600 lines in several 64 KiB reads, so lines are split across read boundaries
        Path dir = tmp.resolve("long");
        List<SessionRecord> written = new ArrayList<>();
        try (ResultStore s = ResultStore.open(dir, MANIFEST, 2, 600, false)) {
            for (int id = 599; id >= 0; id--) {
                SessionRecord r = record(id, id % 4 != 0);
                written.add(r);
                s.append(r);
            }
        }
        Path jsonl = dir.resolve(ResultStore.RESULTS);
        long size = Files.size(jsonl);
        assertTrue(size > 3 * 65536, "the file spans several read buffers: " + size + " bytes");
        Files.writeString(jsonl, "{\"id\":600,\"scen", StandardOpenOption.APPEND);
        try (ResultStore reader = ResultStore.openForReading(dir)) {
            try (Stream<SessionRecord> first = reader.records()) {
                assertEquals(written.subList(0, 3), first.limit(3).toList(), "read lazily, stopped early");
            }
            try (Stream<SessionRecord> all = reader.records()) {
                assertEquals(written, all.toList());
            }
            ResultsJson.Scan scan = reader.lastRead();
            assertEquals(600, scan.records());
            assertEquals(size, scan.validBytes(), "the valid part ends where the incomplete line starts");
            assertTrue(scan.damagedTail());
        }
    }
}
