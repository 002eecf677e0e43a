package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.app.TournamentEngine;
import org.parley.app.report.TournamentReport;
import org.parley.tournament.TournamentSummary;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley tournament --engine spark}: hands the run to the Spark engine of {@code parley-spark}, found on the
 * class path only now (bin/parley puts it and Spark there when {@code --engine spark} is given), so that no other run
 * loads or needs Spark.
 */
final class SparkEngineCommand {

    /** What the CLI says when the engine is missing. */
    static final String MISSING = "the spark engine is not on the class path: start parley with bin/parley, which "
            + "adds parley-spark and Spark for --engine spark, or use spark-submit with the parley-spark job jar "
            + "(docs/cluster.md)";

    private SparkEngineCommand() {
    }

    static int run(CommandSpec spec, Path file, String out, boolean resume, boolean noReport, String master,
            AgentPathOption agentPath) throws Exception {
        TournamentEngine engine = TournamentEngine.find("spark", Thread.currentThread().getContextClassLoader())
                .orElseThrow(() -> new IllegalArgumentException(MISSING));
        PrintWriter err = spec.commandLine().getErr();
        TournamentEngine.Outcome o = engine.run(new TournamentEngine.Request(file, out, resume, !noReport, master,
                agentPath.paths), note -> {
                    err.println("parley: " + note);
                    err.flush();
                });
        TournamentSummary s = o.summary();
        PrintWriter w = spec.commandLine().getOut();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Tournament %s: %,d sessions (%d agents, %d scenarios) on Spark; ",
                o.name(), o.sessions(), o.agents(), o.scenarios()));
        if (o.recordedBefore() > 0) {
            sb.append(String.format(Locale.ROOT, "%,d were already recorded, ", o.recordedBefore()));
        }
        sb.append(String.format(Locale.ROOT, "%,d ran; %,d sessions recorded in %.1f s: %,d agreements (%.1f%%), "
                + "%,d errors%s. Wrote %s.", o.ran(), s.sessions(), o.seconds(), s.agreements(),
                s.sessions() == 0 ? 0.0 : 100.0 * s.agreements() / s.sessions(), s.errors(),
                TournamentReport.internalErrors(s.internalErrors()), String.join(", ", o.files())));
        w.println(sb);
        w.flush();
        return 0;
    }
}
