package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.Success$;
import org.apache.spark.TaskContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.TournamentEngine;
import org.parley.app.TournamentJob;
import org.parley.domain.Issue;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.InMemoryResults;
import org.parley.tournament.SessionRecord;

/**
 * A task attempt that fails part-way through writing its Parquet rows (an executor fault injected into the first
 * attempt of one task) is retried by Spark, and the tournament's output is still exactly the in-process result: every
 * session once, none twice, none lost. Spark in {@code local[2,2]}: two threads and up to two attempts per task
 * (plain {@code local[2]} gives a task a single attempt).
 */
@Tag("slow")
@Timeout(900)
class SparkTaskRetryIT {

    /** The task (partition) whose first attempt fails, and after how many of its rows. */
    static final int FAILING_PARTITION = 2;
    static final int ROWS_BEFORE_FAULT = 100;

    /** Faults injected so far (executors run in this JVM in local mode). */
    static final AtomicInteger INJECTED = new AtomicInteger();

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2,2]").appName("parley-retry-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheResultsAreExactlyTheInProcessOnes() throws Exception {
        assertEquals("local[2,2]", spark.sparkContext().master(), "a session with task retries, not another test's");
        TournamentDefinition definition = TournamentYaml.read(SparkTournamentIT.QUICK);
        List<Scenario> scenarios = TournamentScenarios.load(definition.scenarios());
        Map<String, List<String>> issues = new TreeMap<>();
        for (Scenario s : scenarios) {
            issues.put(s.name(), s.domain().issues().stream().map(Issue::name).toList());
        }
        InMemoryResults results = new InMemoryResults();
        TournamentJob.prepare(definition, scenarios).run(results, 2, r -> { });
        Map<Integer, SessionRecord> inProcess = new TreeMap<>();
        try (Stream<SessionRecord> s = results.records()) {
            s.forEach(r -> inProcess.put(r.id(), SparkTournamentIT.withoutTime(r)));
        }
        assertEquals(900, inProcess.size());

        List<String> failed = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> succeeded = new ConcurrentHashMap<>();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() == Success$.MODULE$) {
                    succeeded.merge(end.taskInfo().attemptNumber(), 1, Integer::sum);
                } else {
                    failed.add(end.taskInfo().attemptNumber() + ": " + end.reason());
                }
            }
        });
        INJECTED.set(0);
        Path out = tmp.resolve("retried");
        TournamentEngine.Request request = new TournamentEngine.Request(SparkTournamentIT.QUICK,
                out.toUri().toString(), false, true, null, List.of());
        TournamentEngine.Outcome o = SparkTournament.run(spark, request, 4, n -> { }, index -> {
            TaskContext task = TaskContext.get();
            if (task.partitionId() == FAILING_PARTITION && task.attemptNumber() == 0 && index == ROWS_BEFORE_FAULT) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected executor fault after " + index + " rows");
            }
        });
        spark.sparkContext().listenerBus().waitUntilEmpty();

        assertEquals(1, INJECTED.get(), "the fault was injected once");
        assertEquals(1, failed.size(), "one task attempt failed: " + failed);
        assertTrue(failed.get(0).startsWith("0: ") && failed.get(0).contains("injected executor fault after 100 rows"),
                failed.get(0));
        assertEquals(1, succeeded.getOrDefault(1, 0), "its second attempt succeeded: " + succeeded);
        assertEquals(900, o.ran());

        Map<Integer, SessionRecord> recorded = new TreeMap<>();
        List<Row> rows = spark.read().schema(RecordRows.SCHEMA).parquet(out.resolve(SparkTournament.PARQUET)
                .toString()).collectAsList();
        assertEquals(900, rows.size(), "no row of the failed attempt is kept");
        for (Row row : rows) {
            SessionRecord r = RecordRows.fromRow(row, issues.get(row.getString(1)));
            assertEquals(null, recorded.put(r.id(), SparkTournamentIT.withoutTime(r)), "session " + r.id()
                    + " is recorded twice");
        }
        assertEquals(inProcess, recorded, "the results equal the in-process records, by id");
    }
}
