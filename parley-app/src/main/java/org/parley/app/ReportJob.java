package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.app.json.StatisticsJson;
import org.parley.app.report.TournamentReport;
import org.parley.formats.tournament.Manifest;
import org.parley.formats.tournament.ResultFolderException;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.formats.tournament.ScenarioPaths;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.Shard;
import org.parley.tournament.TournamentStatistics;
import org.parley.tournament.TournamentSummary;
import org.parley.tournament.TournamentSummary.Metric;

/**
 * {@code report}: the summary of a tournament's results folder from {@code results.jsonl} alone (an unfinished
 * tournament works too; the manifest, when present, gives the name and the planned count), or of several folders
 * holding disjoint parts of one tournament (its shards), merged into the summary one folder with all of them would
 * give. Documents: {@link TournamentReport} ({@code summary.md}, {@code summary.csv}, one box plot per metric, the
 * ranking plot), {@link StatisticsJson} ({@code statistics.json}).
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
        return summarize(dir, r -> { }, new TournamentStatistics());
    }

    /**
     * As {@link #summarize(Path)}, handing every record read to {@code each} too and adding it to {@code statistics}
     * (which the summary returned holds: parts of one tournament share one).
     */
    private static Summary summarize(Path dir, Consumer<SessionRecord> each, TournamentStatistics statistics) {
        Path jsonl = dir.resolve(ResultStore.RESULTS);
        if (!Files.isRegularFile(jsonl)) {
            throw new ResultFolderException(ResultFolderException.Problem.NO_RESULTS, dir, dir + " holds no "
                    + ResultStore.RESULTS);
        }
        TournamentSummary summary = new TournamentSummary();
        ResultsJson.Scan scan;
        try (ResultStore results = ResultStore.openForReading(dir); Stream<SessionRecord> records = results.records()) {
            records.forEach(r -> {
                summary.add(r);
                statistics.add(r);
                each.accept(r);
            });
            scan = results.lastRead();
        }
        String name = dir.getFileName() == null ? "tournament" : dir.getFileName().toString();
        long planned = -1;
        Optional<ManifestInfo> m = manifest(dir);
        if (m.isPresent()) {
            name = m.get().name() == null ? name : m.get().name();
            planned = m.get().sessions() < 0 ? -1 : m.get().shard().size((int) Math.min(Integer.MAX_VALUE,
                    m.get().sessions()));
        }
        return new Summary(name, planned, summary, scan, statistics);
    }

    /**
     * Reads the results of several folders holding disjoint parts of one tournament (e.g. its shards, from
     * different machines) and merges them: the summary equals that of one folder holding every part's sessions. One
     * folder is read as {@link #summarize(Path)} does. Folders given twice are read once.
     *
     * @throws ResultFolderException    (problem {@code NO_RESULTS}) when a folder holds no {@code results.jsonl}
     * @throws IllegalArgumentException when two folders hold different tournaments or the same session
     */
    public static Summary summarize(List<Path> dirs) {
        return summarize(dirs, (dir, scan) -> { });
    }

    /**
     * As {@link #summarize(List)}, telling {@code parts} how each folder's {@code results.jsonl} was read (its
     * records, bad lines and damaged tail; the summary's own scan adds the parts' counts and bytes and lists every
     * part's bad lines prefixed with its file).
     */
    public static Summary summarize(List<Path> dirs, BiConsumer<Path, ResultsJson.Scan> parts) {
        Set<Path> unique = new LinkedHashSet<>();
        List<Path> folders = new ArrayList<>();
        for (Path d : dirs) {
            if (unique.add(d.toAbsolutePath().normalize())) {
                folders.add(d);
            }
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("no results folder given");
        }
        if (folders.size() == 1) {
            Summary one = summarize(folders.get(0));
            parts.accept(folders.get(0), one.scan());
            return one;
        }
        TournamentSummary merged = new TournamentSummary();
        TournamentStatistics statistics = new TournamentStatistics();
        BitSet seen = new BitSet();
        List<Path> owners = new ArrayList<>();
        ManifestInfo first = null;
        Path firstDir = null;
        boolean allManifests = true;
        int records = 0;
        long valid = 0;
        long bytes = 0;
        List<String> bad = new ArrayList<>();
        for (Path dir : folders) {
            Optional<ManifestInfo> m = manifest(dir);
            if (m.isEmpty()) {
                allManifests = false;
            } else if (first == null) {
                first = m.get();
                firstDir = dir;
            } else {
                Optional<String> key = Manifest.difference(first.text(), m.get().text(), false,
                        dir.resolve(ResultStore.MANIFEST).toString());
                if (key.isPresent()) {
                    throw new IllegalArgumentException(dir + " and " + firstDir + " hold results of different "
                            + "tournaments" + Manifest.differ(key.get()) + "; only parts of one tournament merge");
                }
            }
            BitSet ids = new BitSet();
            Summary part = summarize(dir, r -> ids.set(r.id()), statistics);
            if (ids.intersects(seen)) {
                BitSet both = (BitSet) ids.clone();
                both.and(seen);
                int id = both.nextSetBit(0);
                throw new IllegalArgumentException("session " + id + " is recorded both in " + owners.get(id)
                        + " and in " + dir + "; the folders must hold disjoint parts of one tournament (e.g. its "
                        + "shards)");
            }
            for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
                while (owners.size() <= id) {
                    owners.add(null);
                }
                owners.set(id, dir);
            }
            seen.or(ids);
            merged = merged.merge(part.summary());
            records += part.scan().records();
            valid += part.scan().validBytes();
            bytes += part.scan().fileBytes();
            for (String line : part.scan().badLines()) {
                bad.add(dir.resolve(ResultStore.RESULTS) + " " + line);
            }
            parts.accept(dir, part.scan());
        }
        String name = first == null || first.name() == null ? "tournament" : first.name();
        long planned = allManifests && first != null ? first.sessions() : -1;
        return new Summary(name, planned, merged, new ResultsJson.Scan(records, valid, bytes, bad),
                statistics);
    }

    /** What a results folder's manifest says: its text, name, sessions of the whole plan (or -1) and shard. */
    private record ManifestInfo(String text, String name, long sessions, Shard shard) {
    }

    private static Optional<ManifestInfo> manifest(Path dir) {
        Path m = dir.resolve(ResultStore.MANIFEST);
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(m, StandardCharsets.UTF_8);
            JsonNode manifest = new ObjectMapper().readTree(text);
            if (manifest == null || !manifest.isObject()) {
                throw new IllegalArgumentException(m + " is not a JSON object");
            }
            JsonNode name = manifest.path("name");
            return Optional.of(new ManifestInfo(text, name.isTextual() ? name.asText() : null,
                    manifest.path("sessions").asLong(-1), Manifest.shard(text, m.toString())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(m + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + m + ": " + e.getMessage(), e);
        }
    }

    /**
     * The results folders that {@code args} name, relative to {@code base}: a folder as given, or every folder that
     * a glob (Java's syntax with {@code /}: {@code *}, {@code ?}, {@code [..]}, {@code {a,b}}, {@code **}) matches and
     * that holds a {@code results.jsonl}, sorted by path. A name that exists is taken as it is even if it holds glob
     * characters.
     *
     * @throws IllegalArgumentException naming the pattern when a glob matches no results folder
     */
    public static List<Path> folders(List<String> args, Path base) {
        Set<Path> out = new LinkedHashSet<>();
        for (String arg : args) {
            Path p = base.resolve(arg);
            if (!ScenarioPaths.isGlob(arg) || Files.exists(p)) {
                out.add(Path.of(arg));
                continue;
            }
            String[] segments = arg.split("/", -1);
            int fixed = 0;
            while (fixed < segments.length - 1 && !ScenarioPaths.isGlob(segments[fixed])) {
                fixed++;
            }
            Path start = Path.of(arg.startsWith("/") ? "/" : ".");
            for (int i = 0; i < fixed; i++) {
                start = start.resolve(segments[i]);
            }
            Path root = start.normalize();
            String rest = String.join("/", List.of(segments).subList(fixed, segments.length));
            int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - fixed;
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
            Path absRoot = base.resolve(root).normalize();
            List<Path> matches = new ArrayList<>();
            if (Files.isDirectory(absRoot)) {
                try (Stream<Path> walk = Files.walk(absRoot, depth)) {
                    walk.filter(d -> !d.equals(absRoot) && matcher.matches(absRoot.relativize(d))
                            && Files.isRegularFile(d.resolve(ResultStore.RESULTS)))
                            .map(d -> root.resolve(absRoot.relativize(d))).sorted().forEach(matches::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
                }
            }
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("no results folder (a folder holding " + ResultStore.RESULTS
                        + ") matches '" + arg + "'");
            }
            out.addAll(matches);
        }
        return List.copyOf(out);
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
