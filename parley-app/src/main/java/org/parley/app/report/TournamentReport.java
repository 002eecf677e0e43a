package org.parley.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.parley.app.ReportJob;
import org.parley.formats.tournament.ResultsJson;
import org.parley.tournament.Stat;
import org.parley.tournament.TournamentStatistics;
import org.parley.tournament.TournamentSummary;
import org.parley.tournament.TournamentSummary.AgentRow;
import org.parley.tournament.TournamentSummary.Metric;

/**
 * The report of a tournament's results ({@link ReportJob}): {@code summary.md}, {@code summary.csv} and one box plot
 * per metric (not for the agreement rate, a 0/1 value).
 */
public final class TournamentReport {

    /** The metrics with a box plot, in order. */
    public static final List<Metric> PLOTTED = List.of(Metric.UTILITY, Metric.DISCOUNTED_UTILITY, Metric.WELFARE,
            Metric.DIST_PARETO, Metric.DIST_NASH);

    private TournamentReport() {
    }

    /** Nothing when there are none; else how many sessions parley itself failed (they count for no agent). */
    public static String internalErrors(int n) {
        return n == 0 ? "" : String.format(Locale.ROOT, " and %,d internal error%s (parley's own fault, not the "
                + "agents'; left out of every agent's row)", n, n == 1 ? "" : "s");
    }

    /** A sentence listing the damaged lines of results.jsonl that were left out, or nothing. */
    private static String badLines(ResultsJson.Scan scan) {
        if (scan.badLines().isEmpty()) {
            return "";
        }
        return "Damaged lines of results.jsonl, left out: " + String.join("; ", scan.badLines()) + ".\n\n";
    }

    /** {@code summary.md}: the table per agent, ranked by mean discounted utility, with the definitions. */
    public static String markdown(ReportJob.Summary report) {
        String name = report.name();
        TournamentSummary s = report.summary();
        long planned = report.planned();
        ResultsJson.Scan scan = report.scan();
        StringBuilder sb = new StringBuilder();
        sb.append("# Tournament ").append(name).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%,d sessions%s, %,d agreements (%.1f%%), %,d errors%s.%s%n%n",
                s.sessions(), planned >= 0 ? String.format(Locale.ROOT, " of %,d planned", planned) : "",
                s.agreements(), s.sessions() == 0 ? 0.0 : 100.0 * s.agreements() / s.sessions(), s.errors(),
                internalErrors(s.internalErrors()),
                scan.damagedTail() ? " The last line of results.jsonl is incomplete and was left out." : "")
                + badLines(scan));
        sb.append("| rank | agent | n | utility | discounted utility | agreement rate | welfare | distance to Pareto "
                + "| distance to Nash | wins | ties | losses | errors |\n");
        sb.append("|---:|---|---:|---|---|---|---|---|---|---:|---:|---:|---:|\n");
        int rank = 1;
        for (AgentRow r : s.rows()) {
            sb.append("| ").append(rank++).append(" | ").append(r.agent().replace("|", "\\|")).append(" | ")
                    .append(r.n());
            for (Metric m : Metric.OUTCOME) {
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
        behaviour(sb, s);
        significance(sb, report.statistics());
        return sb.toString();
    }

    /** The behaviour and opponent-model table. */
    private static void behaviour(StringBuilder sb, TournamentSummary s) {
        sb.append("\n## Behaviour and opponent models\n\n| agent");
        for (Metric m : Metric.BEHAVIOUR) {
            sb.append(" | ").append(m.label());
        }
        sb.append(" |\n|---").append("|---".repeat(Metric.BEHAVIOUR.size())).append("|\n");
        for (AgentRow r : s.rows()) {
            sb.append("| ").append(r.agent().replace("|", "\\|"));
            for (Metric m : Metric.BEHAVIOUR) {
                sb.append(" | ").append(pm(r.stat(m)));
            }
            sb.append(" |\n");
        }
        sb.append("""

                Per seat: the concession rate (0 never left its best offer, 1 reached the outcome best for the \
                opponent), the average concession (own utility given up per step down), the mean distance of its \
                offers to the Pareto frontier, and each kind of move's share of its moves (dance analysis). The \
                opponent-model columns count one value per opponent modelled, at the end of the session, for agents \
                that expose a model (– for the others). Definitions: docs/measures.md.
                """);
    }

    /** The ranking with bootstrap intervals and the pairwise tests. */
    private static void significance(StringBuilder sb, TournamentStatistics st) {
        List<TournamentStatistics.Ranked> ranking = st.ranking();
        if (ranking.isEmpty()) {
            return;
        }
        sb.append(String.format(Locale.ROOT, """

                ## Ranking and significance

                Mean discounted utility with its 95%% bootstrap interval, and the interval of the rank (%,d \
                replicates, seed %d).

                | rank | agent | n | mean | 95%% interval | rank interval |
                |---:|---|---:|---:|---|---|
                """, TournamentStatistics.REPLICATES, TournamentStatistics.SEED));
        for (TournamentStatistics.Ranked r : ranking) {
            var p = r.place();
            sb.append(String.format(Locale.ROOT, "| %d | %s | %d | %.4f | [%.4f, %.4f] | %d–%d |%n", p.rank(),
                    r.agent().replace("|", "\\|"), r.n(), p.mean(), p.meanLow(), p.meanHigh(), p.rankLow(),
                    p.rankHigh()));
        }
        sb.append("""

                Pairwise: Wilcoxon signed-rank test (two-sided) of A's minus B's discounted utility over the matched \
                sessions (same scenario, repetition, seat, profiles and opponents), p corrected for all pairs by \
                Holm; r is the rank-biserial effect size (positive: A does better). * marks corrected p ≤ 0.05.

                | A | B | pairs | mean difference | V | p | p (Holm) | r | |
                |---|---|---:|---:|---:|---:|---:|---:|---|
                """);
        for (TournamentStatistics.Comparison c : st.comparisons()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |%n",
                    c.agentA().replace("|", "\\|"), c.agentB().replace("|", "\\|"), c.pairs(), fmt(c.meanDifference()),
                    c.pairs() == 0 ? "–" : fmt(c.test().wPlus()), p(c.test().pValue()), p(c.pHolm()),
                    fmt(c.test().rankBiserial()), c.significant() ? "*" : ""));
        }
        sb.append("\n![ranking](ranking.png)\n");
    }

    private static String fmt(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.4f", x);
    }

    private static String p(double x) {
        return Double.isNaN(x) ? "–" : x < 1e-4 ? String.format(Locale.ROOT, "%.1e", x)
                : String.format(Locale.ROOT, "%.4f", x);
    }

    /** Draws the ranking: each agent's mean discounted utility and its 95% bootstrap interval, as PNG. */
    public static void rankingPlot(ReportJob.Summary report, OutputStream out) throws IOException {
        Figure.of(rankingChart(report)).write(PlotFormat.PNG, out);
    }

    /**
     * The ranking chart: agents in rank order along x, each mean as a dot between the two ends of its interval
     * (triangles pointing inwards).
     */
    static CategoryChart rankingChart(ReportJob.Summary report) {
        List<TournamentStatistics.Ranked> ranking = report.statistics().ranking();
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(900, 160 + 150 * ranking.size())).height(620)
                .build();
        chart.setTitle("Tournament " + report.name() + ": ranking by mean discounted utility");
        chart.setXAxisTitle("agent, ranked (dot: mean; triangles: 95% bootstrap interval, "
                + TournamentStatistics.REPLICATES + " replicates)");
        chart.setYAxisTitle("mean discounted utility");
        CategoryStyler st = chart.getStyler();
        PlotStyle.base(st);
        st.setLegendVisible(false);
        st.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        st.setMarkerSize(10);
        st.setOverlapped(true);
        List<String> agents = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> lows = new ArrayList<>();
        List<Double> highs = new ArrayList<>();
        for (TournamentStatistics.Ranked r : ranking) {
            agents.add(r.agent());
            means.add(r.place().mean());
            lows.add(r.place().meanLow());
            highs.add(r.place().meanHigh());
        }
        CategorySeries high = chart.addSeries("97.5%", agents, highs);
        high.setMarker(SeriesMarkers.TRIANGLE_DOWN);
        high.setMarkerColor(PlotStyle.BLUE);
        CategorySeries mean = chart.addSeries("mean", agents, means);
        mean.setMarker(SeriesMarkers.CIRCLE);
        mean.setMarkerColor(PlotStyle.BLACK);
        CategorySeries low = chart.addSeries("2.5%", agents, lows);
        low.setMarker(SeriesMarkers.TRIANGLE_UP);
        low.setMarkerColor(PlotStyle.BLUE);
        return chart;
    }

    /** {@code summary.csv}: the same numbers unrounded, one row per agent. */
    public static String csv(TournamentSummary s) {
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

    /** Whether {@code metric} has a box plot: some agent has a value for it. */
    public static boolean hasBoxPlot(TournamentSummary s, Metric metric) {
        for (AgentRow r : s.rows()) {
            if (s.values(r.agent(), metric).length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Draws the box plot of {@code metric}, one box per agent with values, as PNG to {@code out}. */
    public static void boxPlot(ReportJob.Summary report, Metric metric, OutputStream out) throws IOException {
        Figure.of(boxChart(report, metric)).write(PlotFormat.PNG, out);
    }

    /**
     * The box plot of {@code metric}: one box per agent with values, in rank order, each labelled with its number of
     * values; the title says what the box and the whiskers show (XChart: quartiles, whiskers to the furthest value
     * within 1.5 interquartile ranges, values beyond as crosses).
     */
    static BoxChart boxChart(ReportJob.Summary report, Metric metric) {
        TournamentSummary s = report.summary();
        List<AgentRow> rows = s.rows();
        BoxChart chart = new BoxChartBuilder().width(Math.max(900, 160 + 150 * rows.size())).height(620).build();
        chart.setTitle("Tournament " + report.name() + ": " + metric.label() + " per agent");
        chart.setXAxisTitle("agent, ranked by mean discounted utility (box: quartiles, line: median, whiskers: "
                + "1.5 IQR, +: beyond)");
        chart.setYAxisTitle(metric.label());
        BoxStyler st = chart.getStyler();
        PlotStyle.base(st);
        st.setLegendVisible(false);
        for (AgentRow r : rows) {
            double[] values = s.values(r.agent(), metric);
            if (values.length > 0) {
                chart.addSeries(String.format(Locale.ROOT, "%s (n = %,d)", r.agent(), values.length), values);
            }
        }
        return chart;
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
