package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.ReportJob;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley report}: the summary of a tournament's results folder, without running anything again. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarise a tournament's results folder (the --out of 'parley tournament'): per agent, mean "
            + "and 95%% interval of utility, discounted utility, agreement rate, welfare, distances to Pareto and "
            + "Nash; wins, ties, losses and errors.",
            "Reads DIR/results.jsonl only and writes DIR/summary.md, DIR/summary.csv, DIR/boxplot-<metric>.png, "
                + "DIR/statistics.json and DIR/ranking.png (behaviour and opponent-model measures per agent, "
                + "pairwise Wilcoxon tests with Holm correction, ranking with bootstrap intervals). Works on an "
                + "unfinished tournament too."},
        footer = {"", "Definitions: docs/tournament.md.", "", "Exit codes: 0 ok, 2 bad input."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A tournament's results folder.")
    Path dir;

    @Override
    public Integer call() {
        ReportJob.Written w;
        ReportJob.Summary s;
        try {
            s = ReportJob.summarize(dir);
            w = ReportJob.write(dir, s);
        } catch (ResultFolderException e) {
            throw new IllegalArgumentException(e.getMessage() + TournamentCommand.advice(e.problem()), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String bad : s.scan().badLines()) {
            err.println("parley: " + dir.resolve(ResultStore.RESULTS) + " " + bad + " (left out of the summary)");
        }
        if (s.scan().damagedTail()) {
            err.println("parley: " + dir.resolve(ResultStore.RESULTS) + ": the last line is incomplete (no newline; "
                    + "the run was probably killed while writing it) and was left out of the summary");
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d sessions, %d agents. Wrote %s, %s and %d box plots (%s).%n",
                w.summary().sessions(), w.summary().rows().size(), w.markdown(), w.csv(), w.plots().size(),
                String.join(", ", w.plots().stream().map(p -> p.getFileName().toString()).toList()));
        out.flush();
        return 0;
    }
}
