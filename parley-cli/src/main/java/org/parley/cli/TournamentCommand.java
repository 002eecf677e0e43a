package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agent.AgentRegistry;
import org.parley.app.ReportJob;
import org.parley.app.TournamentJob;
import org.parley.app.report.TournamentReport;
import org.parley.formats.tournament.ProfileSides;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.Shard;
import org.parley.tournament.TournamentRunner;
import org.parley.tournament.TournamentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley tournament}: every session of a tournament file, on all cores, durable and resumable. */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        description = {"Run a tournament: every agent against every other, on every scenario, in every role "
            + "ordering, repeated; on all cores, in process.",
            "Each finished session is appended at once to DIR/results.jsonl (one JSON object per line) and "
                + "DIR/results.csv (GENIUS's tournament CSV). If the run is killed, --resume finishes it: no session "
                + "is lost and none is run twice. At the end the summary of 'parley report' is written too."},
        footer = {"", "The tournament file is described in docs/tournament.md; agents of your own",
            "come from the jars of --agent-path and of the file's agentPath:",
            "(docs/agent-api.md). Example:",
            "  parley tournament examples/quick-tournament.yaml --out /tmp/quick",
            "", "Exit codes: 0 ok (agents' failures are recorded per session), 2 bad input."})
final class TournamentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The tournament file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results; must be "
            + "empty or missing, unless --resume. With --engine spark, any Hadoop URI (hdfs://, s3a://, file:/...).")
    String outText;

    /** {@code --out} as a folder (the in-process engine). */
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, "
            + "${sys:parley.cores}).")
    Integer threads;

    @Option(names = "--resume", description = "Finish the tournament recorded in DIR (started with the same file).")
    boolean resume;

    @Option(names = "--no-report", description = "Do not write the summary files at the end.")
    boolean noReport;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (the sessions whose id "
            + "modulo N is K-1), e.g. on one of N machines; 'parley report DIR1 DIR2 ...' merges the shards' folders "
            + "into the whole tournament's summary.")
    String shard;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "in-process (default: worker threads in this "
            + "JVM) or spark (Apache Spark's scheduler; DIR may then be any Hadoop URI; see docs/cluster.md).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master (default: "
            + "local[*], every core of this machine).")
    String master;

    @Mixin
    AgentPathOption agentPath;

    static {
        System.setProperty("parley.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        if (engine != null && !engine.equals("in-process")) {
            if (!engine.equals("spark")) {
                throw new IllegalArgumentException("unknown --engine '" + engine + "'; use in-process or spark");
            }
            if (shard != null || threads != null) {
                throw new IllegalArgumentException("--engine spark schedules the sessions itself; leave out "
                        + (shard != null ? "--shard" : "--threads"));
            }
            return SparkEngineCommand.run(spec, file, outText, resume, noReport, master, agentPath);
        }
        if (master != null) {
            throw new IllegalArgumentException("--master goes with --engine spark");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > TournamentJob.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must lie in 1.." + TournamentJob.MAX_THREADS + ", got " + n);
        }
        try {
            return run(n);
        } catch (ResultFolderException e) {
            throw new IllegalArgumentException(e.getMessage() + advice(e.problem()), e);
        }
    }

    /** What to do about a results folder that cannot be used, in this command's flags. */
    static String advice(ResultFolderException.Problem problem) {
        return switch (problem) {
            case NOT_EMPTY -> "; add --resume to finish the tournament recorded there, or choose another --out";
            case NOT_RESULTS -> "; choose another --out";
            case OTHER_TOURNAMENT -> "; resume with the tournament file it was started with, or choose another --out";
            case NO_RESULTS -> "; give the --out folder of 'parley tournament'";
        };
    }

    private int run(int n) throws InterruptedException {
        Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard);
        try {
            out = Path.of(outText);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("--out " + outText + " is not a folder name: " + e.getReason(), e);
        }
        ResultStore.checkUsable(out, resume);
        AgentRegistry agents = agentPath.registry();
        TournamentDefinition def = TournamentYaml.read(file, agents);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios(),
                note -> spec.commandLine().getErr().println("parley: note: " + note));
        PrintWriter err = spec.commandLine().getErr();
        for (String w : ProfileSides.warnings(def.scenarios(), scenarios, def.settings())) {
            err.println("parley: warning: " + w);
        }
        TournamentJob job = TournamentJob.prepare(def, scenarios, agents);
        int total = part.size(job.sessions());
        TournamentJob.Result result;
        try (ResultStore store = ResultStore.open(out, job.manifest(part), def.settings().parties(), job.sessions(),
                resume)) {
            int before = store.done().cardinality();
            ResultsJson.Scan rec = store.recovered();
            if (before > 0 || rec.damagedTail() || !rec.badLines().isEmpty()) {
                err.printf(Locale.ROOT, "parley: resuming %s: %d of %d sessions already recorded%s%n", out, before,
                        total, rec.damagedTail() ? "; cut an incomplete last line (" + (rec.fileBytes()
                                - rec.validBytes()) + " bytes), its session runs again" : "");
                for (String bad : rec.badLines()) {
                    err.println("parley: " + ResultStore.RESULTS + " " + bad + " (skipped; kept in the file, its "
                            + "session runs again)");
                }
                err.flush();
            }
            try (Progress progress = Progress.start(TerminalText.escape(def.name()), total, before)) {
                result = job.run(store, n, part, r -> progress.step());
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        // a resumed run reports the totals of the whole folder too, not only of the sessions it ran (none, if the
        // tournament had finished)
        ReportJob.Summary whole = result.recordedBefore() > 0 || !noReport ? ReportJob.summarize(out) : null;
        o.println(paragraph(def, result) + (result.recordedBefore() > 0 ? " " + totals(whole, total) : ""));
        if (!noReport) {
            ReportJob.Written w = ReportJob.write(out, whole);
            o.println("Summary: " + w.markdown() + ", " + w.csv() + ", box plots " + String.join(", ",
                    w.plots().stream().map(p -> p.getFileName().toString()).toList()) + ".");
        }
        o.flush();
        return 0;
    }

    /** The totals of the whole results folder: what it records, of how many planned. */
    static String totals(ReportJob.Summary whole, int planned) {
        TournamentSummary s = whole.summary();
        return String.format(Locale.ROOT, "In all, %s records %,d of %,d sessions: %,d agreements (%.1f%%), %,d "
                + "errors%s.", ResultStore.RESULTS, s.sessions(), planned, s.agreements(),
                s.sessions() == 0 ? 0.0 : 100.0 * s.agreements() / s.sessions(), s.errors(),
                TournamentReport.internalErrors(s.internalErrors()));
    }

    private String paragraph(TournamentDefinition def, TournamentJob.Result result) {
        int total = result.sessions();
        int before = result.recordedBefore();
        int n = result.threads();
        TournamentRunner.Stats s = result.stats();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Tournament %s%s: %,d sessions (%d agents, %d scenarios); ", def.name(),
                result.shard().isWhole() ? "" : ", shard " + result.shard(), total,
                def.settings().agents().size(), def.scenarios().size()));
        if (before > 0) {
            sb.append(String.format(Locale.ROOT, "%,d were already recorded, ", before));
        }
        sb.append(String.format(Locale.ROOT, "%,d ran in %.1f s on %d thread%s (%,.0f sessions/s): %,d agreements "
                + "(%.1f%%), %,d errors%s", s.sessions(), s.seconds(), n, n == 1 ? "" : "s",
                s.seconds() > 0 ? s.sessions() / s.seconds() : 0.0, s.agreements(),
                s.sessions() == 0 ? 0.0 : 100.0 * s.agreements() / s.sessions(), s.errors(),
                TournamentReport.internalErrors(s.internalErrors())));
        if (s.abandoned() > 0) {
            sb.append(String.format(Locale.ROOT, " (%d abandoned: an agent never returned)", s.abandoned()));
        }
        sb.append(". Results: ").append(out.resolve(ResultStore.RESULTS)).append(" (JSON lines), ")
                .append(out.resolve(ResultStore.CSV)).append(" (GENIUS CSV).");
        return sb.toString();
    }
}
