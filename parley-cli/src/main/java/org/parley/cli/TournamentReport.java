package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.tournament.Stat;
import org.parley.tournament.TournamentSummary;
import org.parley.tournament.TournamentSummary.AgentRow;
import org.parley.tournament.TournamentSummary.Metric;

/**
 * The summary of a tournament's results folder, from {@code results.jsonl} alone: {@code summary.md},
 * {@code summary.csv} and one {@code boxplot-<metric>.png} per metric (not for the agreement rate, a 0/1 value).
 */
final class TournamentReport {

    static final List<Metric> PLOTTED = List.of(Metric.UTILITY, Metric.DISCOUNTED_UTILITY, Metric.WELFARE,
            Metric.DIST_PARETO, Metric.DIST_NASH);

    /** The files written. */
    record Written(Path markdown, Path csv, List<Path> plots, TournamentSummary summary) {
    }

    private TournamentReport() {
    }

    static Written write(Path dir) {
        Path jsonl = dir.resolve(ResultStore.RESULTS);
        if (!Files.isRegularFile(jsonl)) {
            throw new IllegalArgumentException(dir + " holds no " + ResultStore.RESULTS + "; give the --out folder of "
                    + "'parley tournament'");
        }
        TournamentSummary summary = new TournamentSummary();
        ResultsJson.Scan scan = ResultsJson.read(jsonl, summary::add);
        String name = dir.getFileName() == null ? "tournament" : dir.getFileName().toString();
        long planned = -1;
        try {
            Path m = dir.resolve(ResultStore.MANIFEST);
            if (Files.isRegularFile(m)) {
                JsonNode manifest = new ObjectMapper().readTree(m.toFile());
                name = manifest.path("name").asText(name);
                planned = manifest.path("sessions").asLong(-1);
            }
            Path md = dir.resolve("summary.md");
            Files.writeString(md, markdown(name, summary, planned, scan));
            Path csv = dir.resolve("summary.csv");
            Files.writeString(csv, csv(summary));
            List<Path> plots = new ArrayList<>();
            for (Metric metric : PLOTTED) {
                Path png = dir.resolve("boxplot-" + metric.key() + ".png");
                if (plot(summary, metric, name, png)) {
                    plots.add(png);
                }
            }
            return new Written(md, csv, plots, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary of " + dir + ": " + e.getMessage(), e);
        }
    }

    static String markdown(String name, TournamentSummary s, long planned, ResultsJson.Scan scan) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Tournament ").append(name).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%,d sessions%s, %,d agreements (%.1f%%), %,d errors.%s%n%n",
                s.sessions(), planned >= 0 ? String.format(Locale.ROOT, " of %,d planned", planned) : "",
                s.agreements(), s.sessions() == 0 ? 0.0 : 100.0 * s.agreements() / s.sessions(), s.errors(),
                scan.damagedTail() ? " The last line of results.jsonl is incomplete and was left out." : ""));
        sb.append("| rank | agent | n | utility | discounted utility | agreement rate | welfare | distance to Pareto "
                + "| distance to Nash | wins | ties | losses | errors |\n");
        sb.append("|---:|---|---:|---|---|---|---|---|---|---:|---:|---:|---:|\n");
        int rank = 1;
        for (AgentRow r : s.rows()) {
            sb.append("| ").append(rank++).append(" | ").append(r.agent().replace("|", "\\|")).append(" | ")
                    .append(r.n());
            for (Metric m : Metric.values()) {
                sb.append(" | ").append(pm(r.stat(m)));
            }
            sb.append(String.format(Locale.ROOT, " | %d | %d | %d | %d |%n", r.wins(), r.ties(), r.losses(),
                    r.errors()));
        }
        sb.append("""

                Each cell is mean ± half-width of the 95% interval (1.96·s/√n). n counts the seats an agent took \
                (a session gives one observation to each agent in it). Utilities are undiscounted (reservation value \
                without agreement); welfare is the session's sum of utilities; distances are Euclidean, from the \
                session's utilities to the exact undiscounted Pareto frontier and Nash point (sessions without a \
                Nash point are left out of that column). A win is the strictly highest discounted utility in a \
                session with an agreement; sessions without agreement give no win, tie or loss. Ranked by mean \
                discounted utility. Box plots show every value up to {sample} per agent, else a uniform sample of that \
                size. Definitions: docs/tournament.md.

                """.replace("{sample}", String.format(Locale.ROOT, "%,d", TournamentSummary.DEFAULT_SAMPLE)));
        for (Metric m : PLOTTED) {
            sb.append("![").append(m.label()).append("](boxplot-").append(m.key()).append(".png)\n");
        }
        return sb.toString();
    }

    static String csv(TournamentSummary s) {
        StringBuilder sb = new StringBuilder("agent,n");
        for (Metric m : Metric.values()) {
            String k = m.key().replace('-', '_');
            sb.append(',').append(k).append("_n,").append(k).append("_mean,").append(k).append("_ci95");
        }
        sb.append(",wins,ties,losses,errors\n");
        for (AgentRow r : s.rows()) {
            sb.append(quote(r.agent())).append(',').append(r.n());
            for (Metric m : Metric.values()) {
                Stat st = r.stat(m);
                sb.append(',').append(st.n()).append(',').append(num(st.mean())).append(',').append(num(st.ci95()));
            }
            sb.append(',').append(r.wins()).append(',').append(r.ties()).append(',').append(r.losses()).append(',')
                    .append(r.errors()).append('\n');
        }
        return sb.toString();
    }

    private static boolean plot(TournamentSummary s, Metric metric, String name, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<AgentRow> rows = s.rows();
        BoxChart chart = new BoxChartBuilder().width(Math.max(800, 160 + 90 * rows.size())).height(600)
                .title(name + ": " + metric.label() + " per agent").yAxisTitle(metric.label()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        int series = 0;
        for (AgentRow r : rows) {
            double[] values = s.values(r.agent(), metric);
            if (values.length > 0) {
                chart.addSeries(r.agent(), values);
                series++;
            }
        }
        if (series == 0) {
            Files.deleteIfExists(png);
            return false;
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    private static String pm(Stat s) {
        if (s.n() == 0) {
            return "–";
        }
        return Double.isNaN(s.ci95()) ? String.format(Locale.ROOT, "%.4f", s.mean())
                : String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(), s.ci95());
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
