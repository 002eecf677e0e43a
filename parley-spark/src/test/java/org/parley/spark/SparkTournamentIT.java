package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.ReportJob;
import org.parley.app.TournamentEngine;
import org.parley.app.TournamentJob;
import org.parley.app.json.StatisticsJson;
import org.parley.app.report.TournamentReport;
import org.parley.domain.Issue;
import org.parley.formats.tournament.ResultsJson;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.InMemoryResults;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentStatistics;
import org.parley.tournament.TournamentSummary;

/**
 * The quick example tournament on Spark {@code local[2]} records exactly what the in-process runner records (every
 * field but the wall time, by session id), in Parquet and in JSON lines, with the same summary; resuming plays only
 * the sessions missing from the output and adds nothing when none is.
 */
@Tag("slow")
@Timeout(900)
class SparkTournamentIT {

    static final Path QUICK = Path.of(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
            .getParent().resolve("examples").resolve("quick-tournament.yaml");

    private static SparkSession spark;
    private static Map<Integer, SessionRecord> inProcess;
    private static InMemoryResults inProcessResults;
    private static Map<String, List<String>> issues;
    private static TournamentDefinition definition;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("parley-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        definition = TournamentYaml.read(QUICK);
        List<Scenario> scenarios = TournamentScenarios.load(definition.scenarios());
        issues = new TreeMap<>();
        for (Scenario s : scenarios) {
            issues.put(s.name(), s.domain().issues().stream().map(Issue::name).toList());
        }
        inProcessResults = new InMemoryResults();
        TournamentJob.prepare(definition, scenarios).run(inProcessResults, 2, r -> { });
        inProcess = new TreeMap<>();
        try (Stream<SessionRecord> s = inProcessResults.records()) {
            s.forEach(r -> inProcess.put(r.id(), withoutTime(r)));
        }
        assertEquals(900, inProcess.size());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static TournamentEngine.Request request(Path out, boolean resume) {
        return new TournamentEngine.Request(QUICK, out.toUri().toString(), resume, true, null, List.of());
    }

    @Test
    void sparkRecordsWhatTheInProcessRunnerRecordsAndResumingAddsNothing() throws Exception {
        Path out = tmp.resolve("spark");
        List<String> notes = new ArrayList<>();
        TournamentEngine.Outcome o = SparkTournament.run(spark, request(out, false), 0, notes::add);
        assertEquals(900, o.sessions());
        assertEquals(0, o.recordedBefore());
        assertEquals(900, o.ran());
        assertEquals(List.of(), notes);

        assertEquals(inProcess, parquet(out), "Parquet rows equal the in-process records, by id");
        assertEquals(lines(inProcess), jsonl(out), "JSON lines equal the in-process lines, by id");
        TournamentStatistics statistics = new TournamentStatistics();
        inProcess.values().forEach(statistics::add);
        ReportJob.Summary expected = new ReportJob.Summary("quick", 900,
                org.parley.tournament.TournamentSummary.of(inProcessResults), new ResultsJson.Scan(900, 0, 0),
                statistics);
        assertTrue(expected.summary().rows().get(0).stat(TournamentSummary.Metric.CONCESSION_RATE).n() > 0,
                "the behaviour measures travel through Parquet into the summary");
        assertEquals(TournamentReport.markdown(expected), Files.readString(out.resolve("summary.md")));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("## Ranking and significance"));
        assertEquals(StatisticsJson.toJson(statistics) + "\n", Files.readString(out.resolve("statistics.json")));
        assertTrue(Files.size(out.resolve("ranking.png")) > 500);
        assertEquals(900, o.summary().sessions());
        assertEquals(expected.summary().agreements(), o.summary().agreements());
        assertTrue(Files.size(out.resolve("boxplot-utility.png")) > 500);
        assertTrue(Files.readString(out.resolve("tournament.json")).contains("\"sessions\":900"));

        TournamentEngine.Outcome again = SparkTournament.run(spark, request(out, true), 0, notes::add);
        assertEquals(900, again.recordedBefore());
        assertEquals(0, again.ran());
        assertEquals(inProcess, parquet(out), "resuming a finished tournament adds nothing");
        assertEquals(List.of("resuming file:" + out + ": 900 of 900 sessions already recorded"), notes);

        IllegalArgumentException busy = assertThrows(IllegalArgumentException.class,
                () -> SparkTournament.run(spark, request(out, false), 0, n -> { }));
        assertEquals("output file:" + out + " is not empty (resume the tournament recorded there, or choose another "
                + "output)", busy.getMessage());
    }

    @Test
    void resumingPlaysOnlyTheSessionsMissingFromTheOutput() throws Exception {
        Path out = tmp.resolve("partial");
        SparkTournament.run(spark, request(out, false), 4, n -> { });
        Path lost;
        try (Stream<Path> parts = Files.list(out.resolve(SparkTournament.PARQUET))) {
            lost = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().findFirst()
                    .orElseThrow();
        }
        Files.delete(lost); // a part lost (as if that task's output had never been committed)
        int left = parquet(out).size();
        assertTrue(left < 900 && left > 0, left + " sessions left");
        TournamentEngine.Outcome o = SparkTournament.run(spark, request(out, true), 0, n -> { });
        assertEquals(left, o.recordedBefore());
        assertEquals(900 - left, o.ran());
        assertEquals(inProcess, parquet(out));
        assertEquals(lines(inProcess), jsonl(out));
    }

    /** The Parquet results by id, without wall times; a session found twice fails. */
    private Map<Integer, SessionRecord> parquet(Path out) {
        Map<Integer, SessionRecord> byId = new TreeMap<>();
        for (Row row : spark.read().schema(RecordRows.SCHEMA).parquet(out.resolve(SparkTournament.PARQUET).toString())
                .collectAsList()) {
            SessionRecord r = RecordRows.fromRow(row, issues.get(row.getString(1)));
            assertEquals(null, byId.put(r.id(), withoutTime(r)), "session " + r.id() + " is recorded twice");
        }
        return byId;
    }

    /** Every line of the JSON-lines part files, by id, without its wall time. */
    private static Map<Integer, String> jsonl(Path out) throws IOException {
        Map<Integer, String> byId = new TreeMap<>();
        try (Stream<Path> parts = Files.list(out.resolve(SparkTournament.JSONL))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    int id = Integer.parseInt(line.substring(6, line.indexOf(',')));
                    assertEquals(null, byId.put(id, withoutRunSeconds(line)),
                            "session " + id + " is written twice");
                }
            }
        }
        return byId;
    }

    private static Map<Integer, String> lines(Map<Integer, SessionRecord> records) {
        Map<Integer, String> out = new TreeMap<>();
        records.forEach((id, r) -> out.put(id, withoutRunSeconds(ResultsJson.line(r))));
        return out;
    }

    private static String withoutRunSeconds(String line) {
        String out = line.replaceFirst("\"runSeconds\":[^,}]+", "\"runSeconds\":_");
        assertTrue(out.contains("\"runSeconds\":_,\"measures\":{"), line);
        return out;
    }

    /** {@code r} with its wall time set to 0; every other field (the measures too) as it is. */
    static SessionRecord withoutTime(SessionRecord r) {
        return new SessionRecord(r.id(), r.scenario(), r.repetition(), r.seed(), r.agents(), r.profiles(),
                r.deadline(), r.endedBy(), r.agreement(), r.round(), r.time(), r.actions(), r.utilities(),
                r.discountedUtilities(), r.welfare(), r.distPareto(), r.distNash(), r.genius(), r.error(),
                r.errorAgent(), 0, r.measures());
    }
}
