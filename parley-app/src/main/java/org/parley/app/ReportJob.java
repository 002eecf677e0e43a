package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.parley.app.json.StatisticsJson;
import org.parley.app.report.TournamentReport;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentStatistics;
import org.parley.tournament.TournamentSummary;
import org.parley.tournament.TournamentSummary.Metric;

/**
 * {@code report}: the summary of a tournament's results folder from {@code results.jsonl} alone (an unfinished
 * tournament works too; the manifest, when present, gives the name and the planned count). Documents:
 * {@link TournamentReport} ({@code summary.md}, {@code summary.csv}, one box plot per metric, the ranking plot),
 * {@link StatisticsJson} ({@code statistics.json}).
 */
public final class ReportJob {

    /**
     * A results folder, summarised.
     *
     * @param name    the tournament's name (from the manifest, else the folder's name)
     * @param planned the sessions planned (from the manifest), or -1 when unknown
     * @param summary per-agent statistics
     * @param scan       how much of the results file was read (a damaged last line is left out)
     * @param statistics pairwise tests and the ranking with intervals
     */
    public record Summary(String name, long planned, TournamentSummary summary, ResultsJson.Scan scan,
            TournamentStatistics statistics) {

        public Summary {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(scan, "scan");
            Objects.requireNonNull(statistics, "statistics");
        }

        /** A summary without statistics (no pairwise tests, an empty ranking). */
        public Summary(String name, long planned, TournamentSummary summary, ResultsJson.Scan scan) {
            this(name, planned, summary, scan, new TournamentStatistics());
        }
    }

    /**
     * The files written.
     *
     * @param markdown {@code summary.md}
     * @param csv      {@code summary.csv}
     * @param plots    the box plots, in {@link TournamentReport#PLOTTED} order (a metric without values has none)
     * @param summary  the statistics they show
     * @param statisticsJson {@code statistics.json}: the ranking and the pairwise tests
     * @param ranking  {@code ranking.png}, or null when there is no agent to rank
     */
    public record Written(Path markdown, Path csv, List<Path> plots, TournamentSummary summary, Path statisticsJson,
            Path ranking) {

        public Written {
            plots = List.copyOf(plots);
        }
    }

    private ReportJob() {
    }

    /**
     * Reads {@code dir}'s results.
     *
     * @throws ResultFolderException (problem {@code NO_RESULTS}) when {@code dir} holds no {@code results.jsonl}
     */
    public static Summary summarize(Path dir) {
        Path jsonl = dir.resolve(ResultStore.RESULTS);
        if (!Files.isRegularFile(jsonl)) {
            throw new ResultFolderException(ResultFolderException.Problem.NO_RESULTS, dir, dir + " holds no "
                    + ResultStore.RESULTS);
        }
        TournamentSummary summary = new TournamentSummary();
        TournamentStatistics statistics = new TournamentStatistics();
        ResultsJson.Scan scan;
        try (ResultStore results = ResultStore.openForReading(dir)) {
            try (Stream<SessionRecord> records = results.records()) {
                records.forEach(r -> {
                    summary.add(r);
                    statistics.add(r);
                });
            }
            scan = results.lastRead();
        }
        String name = dir.getFileName() == null ? "tournament" : dir.getFileName().toString();
        long planned = -1;
        Path m = dir.resolve(ResultStore.MANIFEST);
        if (Files.isRegularFile(m)) {
            try {
                JsonNode manifest = new ObjectMapper().readTree(m.toFile());
                name = manifest.path("name").asText(name);
                planned = manifest.path("sessions").asLong(-1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the summary of " + dir + ": " + e.getMessage(), e);
            }
        }
        return new Summary(name, planned, summary, scan, statistics);
    }

    /** Summarises {@code dir} and writes the report files into it. */
    public static Written write(Path dir) {
        return write(dir, summarize(dir));
    }

    /**
     * Writes the report files of {@code s} into {@code dir}: {@code summary.md}, {@code summary.csv}, box plots,
     * {@code statistics.json} and {@code ranking.png}.
     */
    public static Written write(Path dir, Summary s) {
        try {
            Path md = dir.resolve("summary.md");
            Files.writeString(md, TournamentReport.markdown(s));
            Path csv = dir.resolve("summary.csv");
            Files.writeString(csv, TournamentReport.csv(s.summary()));
            List<Path> plots = new ArrayList<>();
            for (Metric metric : TournamentReport.PLOTTED) {
                Path png = dir.resolve("boxplot-" + metric.key() + ".png");
                if (TournamentReport.hasBoxPlot(s.summary(), metric)) {
                    try (OutputStream out = Files.newOutputStream(png)) {
                        TournamentReport.boxPlot(s, metric, out);
                    }
                    plots.add(png);
                } else {
                    Files.deleteIfExists(png);
                }
            }
            Path json = dir.resolve("statistics.json");
            Files.writeString(json, StatisticsJson.toJson(s.statistics()) + "\n");
            Path ranking = dir.resolve("ranking.png");
            if (s.statistics().ranking().isEmpty()) {
                Files.deleteIfExists(ranking);
                ranking = null;
            } else {
                try (OutputStream out = Files.newOutputStream(ranking)) {
                    TournamentReport.rankingPlot(s, out);
                }
            }
            return new Written(md, csv, plots, s.summary(), json, ranking);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary of " + dir + ": " + e.getMessage(), e);
        }
    }
}
