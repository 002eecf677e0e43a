package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.ReportJob;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
                + "unfinished tournament too.",
            "Several folders (or a quoted glob such as 'parts/shard-*') holding disjoint parts of one tournament, "
                + "e.g. the folders of its --shard K/N runs, are merged into the summary of the whole, written to "
                + "--out."},
        footer = {"", "Definitions: docs/tournament.md. Example, three shards run on three machines:",
            "  parley report /tmp/shard-1 /tmp/shard-2 /tmp/shard-3 --out /tmp/whole", "", "Exit codes: 0 ok, 2 bad input."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "A tournament's results folder; several folders "
            + "or globs for parts of one tournament.")
    List<String> dirs;

    @Option(names = "--out", paramLabel = "OUT", description = "Folder for the summary files (default: DIR when one "
            + "folder is given; required for several).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ReportJob.Written w;
        try {
            List<Path> folders = ReportJob.folders(dirs, Path.of(""));
            if (folders.size() > 1 && out == null) {
                throw new IllegalArgumentException(folders.size() + " results folders (" + String.join(", ",
                        folders.stream().map(Path::toString).toList()) + ") are merged into one summary; give "
                        + "--out OUT for its files");
            }
            Path target = out == null ? folders.get(0) : out;
            PrintWriter err = spec.commandLine().getErr();
            ReportJob.Summary s = ReportJob.summarize(folders, (dir, scan) -> {
                for (String bad : scan.badLines()) {
                    err.println("parley: " + dir.resolve(ResultStore.RESULTS) + " " + bad + " (left out of the "
                            + "summary)");
                }
                if (scan.damagedTail()) {
                    err.println("parley: " + dir.resolve(ResultStore.RESULTS) + ": the last line is incomplete (no "
                            + "newline; the run was probably killed while writing it) and was left out of the "
                            + "summary");
                }
            });
            err.flush();
            Files.createDirectories(target);
            w = ReportJob.write(target, s);
        } catch (ResultFolderException e) {
            throw new IllegalArgumentException(e.getMessage() + TournamentCommand.advice(e.problem()), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%,d sessions, %d agents. Wrote %s, %s and %d box plots (%s).%n",
                w.summary().sessions(), w.summary().rows().size(), w.markdown(), w.csv(), w.plots().size(),
                String.join(", ", w.plots().stream().map(p -> p.getFileName().toString()).toList()));
        o.flush();
        return 0;
    }
}
