package org.parley.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.parley.agent.AgentRegistry;
import org.parley.app.ReportJob;
import org.parley.app.TournamentEngine;
import org.parley.app.report.TournamentReport;
import org.parley.domain.Issue;
import org.parley.formats.tournament.Manifest;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentPlan;
import org.parley.tournament.TournamentRunner;
import org.parley.tournament.TournamentStatistics;
import org.parley.tournament.TournamentSummary;

/**
 * A tournament on Spark: the driver reads the tournament file and its scenarios, ships the scenario files as bytes
 * in a broadcast (a serialized payload of settings and file bytes) and cuts the plan's ids into ranges, one task each; a task plays the
 * ids of its range not yet recorded with the same {@link TournamentRunner} (one worker thread and its watchdog) as a
 * local run, so every session gets the same seed and record. Output, under any Hadoop URI:
 *
 * <ul>
 *   <li>{@code tournament.json}: the manifest, as in a local results folder;</li>
 *   <li>{@code results.parquet/}: one row per session (an explicit schema, docs/cluster.md), the record of truth, appended to by
 *       each run; Spark's commit protocol publishes each task's file once, so a retried or speculative task replaces
 *       its attempt's output and never adds it twice;</li>
 *   <li>{@code results.jsonl/}: the same sessions as {@code results.jsonl} lines (part files), rewritten from the
 *       Parquet results at the end of every run;</li>
 *   <li>{@code summary.md}, {@code summary.csv}, {@code boxplot-<metric>.png}, {@code statistics.json},
 *       {@code ranking.png}: the report of {@code parley report}, its summary reduced from one partial
 *       {@link TournamentSummary} per partition, its ranking and pairwise tests ({@link TournamentStatistics})
 *       computed on the driver from the Parquet results read one partition at a time (up to
 *       {@value #STATISTICS_LIMIT} sessions).</li>
 * </ul>
 *
 * <p>Resuming reads the ids present in {@code results.parquet} and plays only the others.
 */
public final class SparkTournament {

    /** The Parquet results under the output. */
    public static final String PARQUET = "results.parquet";

    /** The JSON-lines results under the output (a folder of part files). */
    public static final String JSONL = "results.jsonl";

    /**
     * Most sessions whose ranking and pairwise tests the report computes: {@link TournamentStatistics} keeps every
     * seat's utility with its condition in the driver's memory (a few hundred bytes per session).
     */
    static final long STATISTICS_LIMIT = 2_000_000;

    /** Sessions per task when the plan is large: a few seconds of work for quick agents. */
    static final int SESSIONS_PER_TASK = 20_000;

    private SparkTournament() {
    }

    /**
     * Runs {@code request} on {@code spark}, in {@code partitions} tasks (0: one per 20,000
     * sessions, at least four per core Spark offers).
     *
     * @throws IllegalArgumentException for a bad tournament file, a non-empty output without resuming, or an output
     *                                  holding another tournament or damaged results
     */
    public static TournamentEngine.Outcome run(SparkSession spark, TournamentEngine.Request request, int partitions,
            Consumer<String> notes) throws IOException {
        return run(spark, request, partitions, notes, NO_FAULT);
    }

    /**
     * Called in a task before each row it hands to the Parquet writer (its index in the task), so that tests can make
     * a task attempt fail part-way through writing, as an executor fault would.
     */
    @FunctionalInterface
    interface TaskFault extends Serializable {
        /** Throws to fail the task attempt. */
        void beforeRow(int index);
    }

    private static final TaskFault NO_FAULT = index -> { };

    /** As {@link #run(SparkSession, TournamentEngine.Request, int, Consumer)}, calling {@code fault} in the tasks. */
    static TournamentEngine.Outcome run(SparkSession spark, TournamentEngine.Request request, int partitions,
            Consumer<String> notes, TaskFault fault) throws IOException {
        long start = System.nanoTime();
        List<Path> agentPath = new ArrayList<>(request.agentPath());
        AgentRegistry agents = TournamentPayload.executorAgents().withAgentPath(agentPath);
        TournamentDefinition def = TournamentYaml.read(request.file(), agents);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios(), notes);
        // the plan and the agent specs are checked here, on the driver, before anything is written
        TournamentRunner check = new TournamentRunner(def.settings(), scenarios, agents.withAgentPath(
                def.agentPath()), TournamentPayload.sessions(def.protocol()));
        TournamentPlan plan = check.plan();
        int size = plan.size();
        String manifest = Manifest.of(def, size);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        for (String jar : agentJars(request.agentPath(), def.agentPath())) {
            jsc.addJar(jar);
        }
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(request.out());
        FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
        String where = fs.makeQualified(out).toString();
        prepareOutput(fs, out, where, manifest, request.resume());

        TournamentPayload payload = TournamentPayload.of(def);
        Broadcast<TournamentPayload> shipped = jsc.broadcast(payload);
        String parquet = new org.apache.hadoop.fs.Path(out, PARQUET).toString();
        boolean hasResults = fs.exists(new org.apache.hadoop.fs.Path(out, PARQUET));
        BitSet done = new BitSet();
        if (hasResults) {
            ResultsScan before = scan(spark, parquet, null);
            check(before, size, where);
            done = before.ids();
            if (done.cardinality() > 0) {
                notes.accept(String.format(Locale.ROOT, "resuming %s: %d of %d sessions already recorded", where,
                        done.cardinality(), size));
            }
        }
        int recordedBefore = done.cardinality();
        int pending = size - recordedBefore;
        if (pending > 0) {
            int tasks = partitions > 0 ? partitions : Math.max(Math.min(size, 4 * jsc.defaultParallelism()),
                    (int) Math.min(Integer.MAX_VALUE, ((long) size + SESSIONS_PER_TASK - 1) / SESSIONS_PER_TASK));
            tasks = Math.max(1, Math.min(tasks, size));
            Broadcast<BitSet> skip = jsc.broadcast(done);
            int count = tasks;
            JavaRDD<Row> rows = jsc.parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
                    .mapPartitions(it -> play(it, count, size, shipped.value(), skip.value(), fault));
            spark.createDataFrame(rows, RecordRows.SCHEMA).write().mode(SaveMode.Append).parquet(parquet);
            skip.destroy();
        }

        ResultsScan all = scan(spark, parquet, shipped);
        check(all, size, where);
        String jsonl = new org.apache.hadoop.fs.Path(out, JSONL).toString();
        JavaRDD<String> lines = spark.read().schema(RecordRows.SCHEMA).parquet(parquet).javaRDD()
                .mapPartitions(it -> lines(it, shipped.value()));
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(jsonl);

        List<String> files = new ArrayList<>(List.of(where + "/" + PARQUET, where + "/" + JSONL));
        if (request.report()) {
            TournamentStatistics statistics = new TournamentStatistics();
            if (all.rows() <= STATISTICS_LIMIT) {
                Map<String, List<String>> issues = new HashMap<>();
                for (Scenario sc : scenarios) {
                    issues.put(sc.name(), sc.domain().issues().stream().map(Issue::name).toList());
                }
                Iterator<Row> it = spark.read().schema(RecordRows.SCHEMA).parquet(parquet).toLocalIterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    statistics.add(RecordRows.fromRow(row, issues.get(row.getString(1))));
                }
            } else {
                notes.accept(String.format(Locale.ROOT, "the report leaves out the ranking and the pairwise tests: "
                        + "they need every session's utilities in the driver's memory, and %,d sessions are more than "
                        + "the %,d this job gathers (docs/cluster.md)", all.rows(), STATISTICS_LIMIT));
            }
            ReportJob.Summary summary = new ReportJob.Summary(def.name(), size, all.summary(),
                    new ResultsJson.Scan((int) all.rows(), 0, 0), statistics);
            files.addAll(writeReport(fs, out, where, summary));
        }
        shipped.destroy();
        return new TournamentEngine.Outcome(def.name(), def.settings().agents().size(), def.scenarios().size(), size,
                recordedBefore, (int) all.rows() - recordedBefore, (System.nanoTime() - start) / 1e9, all.summary(),
                files);
    }

    /** One task: the ids of range {@code p} of {@code tasks} not in {@code done}, played on one worker thread. */
    private static Iterator<Row> play(Iterator<Integer> partition, int tasks, int size, TournamentPayload payload,
            BitSet done, TaskFault fault) throws InterruptedException {
        List<Row> rows = Collections.synchronizedList(new ArrayList<>());
        TournamentRunner runner = payload.runner();
        while (partition.hasNext()) {
            int p = partition.next();
            int from = (int) ((long) p * size / tasks);
            int to = (int) ((long) (p + 1) * size / tasks);
            runner.run(1, from, to, done, r -> rows.add(RecordRows.toRow(r)));
        }
        Iterator<Row> it = rows.iterator();
        return new Iterator<>() {
            int index;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                fault.beforeRow(index++);
                return it.next();
            }
        };
    }

    /** The results as JSON lines, agreements in each domain's issue order. */
    private static Iterator<String> lines(Iterator<Row> rows, TournamentPayload payload) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                Row row = rows.next();
                SessionRecord r = RecordRows.fromRow(row, payload.issues(row.getString(1)));
                return ResultsJson.line(r);
            }
        };
    }

    /** One pass over the Parquet results: ids, duplicates, rows and (with a payload) the summary. */
    static ResultsScan scan(SparkSession spark, String parquet, Broadcast<TournamentPayload> payload) {
        boolean summarize = payload != null;
        JavaRDD<ResultsScan> parts = spark.read().schema(RecordRows.SCHEMA).parquet(parquet).javaRDD()
                .mapPartitions(it -> List.of(ResultsScan.of(it, summarize ? payload.value() : null)).iterator());
        if (parts.getNumPartitions() == 0) {
            return ResultsScan.empty(summarize);
        }
        return parts.treeAggregate(ResultsScan.empty(summarize), ResultsScan::merge, ResultsScan::merge, 3);
    }

    private static void check(ResultsScan scan, int size, String where) {
        if (scan.duplicate() >= 0) {
            throw new IllegalArgumentException(where + "/" + PARQUET + " holds session " + scan.duplicate()
                    + " twice; were two runs writing to it at once? Start again in a new output");
        }
        BitSet ids = scan.ids();
        if (ids.length() > size) {
            throw new IllegalArgumentException(where + "/" + PARQUET + ": session id " + (ids.length() - 1)
                    + " is outside the plan of " + size + " sessions");
        }
    }

    /**
     * Refuses a non-empty output without resuming and an output that holds another tournament; writes the manifest
     * into a new one.
     */
    private static void prepareOutput(FileSystem fs, org.apache.hadoop.fs.Path out, String where, String manifest,
            boolean resume) throws IOException {
        org.apache.hadoop.fs.Path m = new org.apache.hadoop.fs.Path(out, ResultStore.MANIFEST);
        boolean exists = fs.exists(out);
        if (exists && !fs.getFileStatus(out).isDirectory()) {
            throw new IllegalArgumentException("output " + where + " is not a folder");
        }
        FileStatus[] content = exists ? fs.listStatus(out) : new FileStatus[0];
        if (content.length > 0) {
            if (!resume) {
                throw new IllegalArgumentException("output " + where + " is not empty (resume the tournament "
                        + "recorded there, or choose another output)");
            }
            if (!fs.exists(m)) {
                throw new IllegalArgumentException("output " + where + " holds no " + ResultStore.MANIFEST
                        + ", so it is not a tournament's results");
            }
            String recorded;
            try (var in = fs.open(m)) {
                recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Optional<String> key = Manifest.difference(recorded, manifest, true, where + "/" + ResultStore.MANIFEST);
            if (key.isPresent()) {
                throw new IllegalArgumentException(where + " holds results of another tournament"
                        + Manifest.differ(key.get()));
            }
            return;
        }
        write(fs, m, (manifest + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the report files as {@code parley report} does ({@link ReportJob#write}), into a local temporary folder
     * first, then copies them to the output.
     */
    private static List<String> writeReport(FileSystem fs, org.apache.hadoop.fs.Path out, String where,
            ReportJob.Summary s) throws IOException {
        Path local = Files.createTempDirectory("parley-report");
        try {
            ReportJob.write(local, s);
            List<String> files = new ArrayList<>();
            List<Path> written;
            try (Stream<Path> list = Files.list(local)) {
                written = list.sorted().toList();
            }
            for (TournamentSummary.Metric metric : TournamentReport.PLOTTED) {
                String png = "boxplot-" + metric.key() + ".png";
                org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, png);
                if (!Files.exists(local.resolve(png)) && fs.exists(target)) {
                    fs.delete(target, false);
                }
            }
            org.apache.hadoop.fs.Path ranking = new org.apache.hadoop.fs.Path(out, "ranking.png");
            if (!Files.exists(local.resolve("ranking.png")) && fs.exists(ranking)) {
                fs.delete(ranking, false);
            }
            for (Path f : written) {
                write(fs, new org.apache.hadoop.fs.Path(out, f.getFileName().toString()), Files.readAllBytes(f));
                files.add(where + "/" + f.getFileName());
            }
            return files;
        } finally {
            try (Stream<Path> list = Files.list(local)) {
                for (Path f : list.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(local);
        }
    }

    private static void write(FileSystem fs, org.apache.hadoop.fs.Path file, byte[] bytes) throws IOException {
        try (FSDataOutputStream o = fs.create(file, true); OutputStream w = o) {
            w.write(bytes);
        }
    }

    /** The jars of the agent paths (a folder stands for the jars directly in it), as URIs for the executors. */
    static List<String> agentJars(List<Path> given, List<Path> fromFile) {
        Set<String> out = new LinkedHashSet<>();
        for (Path p : Stream.concat(given.stream(), fromFile.stream()).toList()) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted()
                            .forEach(f -> out.add(f.toAbsolutePath().toUri().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list agent path " + p + ": " + e.getMessage(), e);
                }
            } else {
                out.add(p.toAbsolutePath().toUri().toString());
            }
        }
        return List.copyOf(out);
    }
}
