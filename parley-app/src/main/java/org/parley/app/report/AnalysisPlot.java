package org.parley.app.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.AnalyzeJob;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Draws the outcome space in the utility plane (a uniform sample of at most 20,000 outcomes when it is larger), the
 * Pareto frontier, the solution points and the reservation lines, with XChart. Two parties give one plane with the
 * frontier as a line; three or more give one panel per pair of parties, where the Pareto-optimal outcomes are
 * projected points (a projection of a frontier in three or more dimensions is no curve, so no line joins them).
 * Solution points that coincide are drawn once and labelled with every name.
 */
public final class AnalysisPlot {

    static final int SAMPLE = 20_000;

    /** The solution points, in drawing order, with their marker shapes and colours. */
    static final List<String> SOLUTIONS = List.of("Nash", "Kalai-Smorodinsky", "Egalitarian", "Max welfare",
            "GENIUS Kalai");
    private static final List<Glyph.Kind> SHAPES = List.of(Glyph.Kind.DIAMOND, Glyph.Kind.SQUARE,
            Glyph.Kind.TRIANGLE_UP, Glyph.Kind.CROSS, Glyph.Kind.TRIANGLE_DOWN);
    private static final List<Color> COLORS = List.of(PlotStyle.VERMILLION, PlotStyle.GREEN, PlotStyle.PURPLE,
            PlotStyle.ORANGE, PlotStyle.SKY);

    private AnalysisPlot() {
    }

    /** Draws the plot of {@code result} in {@code format} to {@code out} (which the caller closes). */
    public static void write(AnalyzeJob.Result result, PlotFormat format, OutputStream out) throws IOException {
        figure(result).write(format, out);
    }

    /** The figure: one plane for two parties (or one), one panel per pair of parties for more. */
    static Figure figure(AnalyzeJob.Result result) {
        Scenario scenario = result.scenario();
        OutcomeSpaceAnalysis.Result r = result.analysis();
        List<Profile> profiles = scenario.profiles();
        int m = profiles.size();
        List<int[]> sample = OutcomeSpaceAnalysis.sample(r.domain().outcomeSpace(), SAMPLE, 1L);
        double[][] u = new double[sample.size()][];
        for (int k = 0; k < sample.size(); k++) {
            u[k] = new double[m];
            for (int j = 0; j < m; j++) {
                u[k][j] = profiles.get(j).utility(sample.get(k));
            }
        }
        String outcomes = r.outcomes().compareTo(BigInteger.valueOf(SAMPLE)) > 0
                ? String.format(Locale.ROOT, "outcomes (a sample of %,d of %,d)", SAMPLE, r.outcomes())
                : String.format(Locale.ROOT, "outcomes (all %,d)", r.outcomes());
        if (m <= 2) {
            int b = m == 2 ? 1 : 0;
            XYChart chart = panel(result, u, outcomes, 0, b, 1060, 820, "Outcome space of " + scenario.name());
            return Figure.of(chart);
        }
        List<XYChart> panels = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                panels.add(panel(result, u, outcomes, a, b, 820, 680, profiles.get(a).name() + " and "
                        + profiles.get(b).name()));
            }
        }
        return new Figure(String.format(Locale.ROOT, "Outcome space of %s, %d parties: Pareto-optimal outcomes and "
                + "bargaining solutions projected onto each pair of parties", scenario.name(), m), panels,
                Math.min(3, panels.size()));
    }

    private static XYChart panel(AnalyzeJob.Result result, double[][] u, String outcomes, int a, int b, int width,
            int height, String title) {
        OutcomeSpaceAnalysis.Result r = result.analysis();
        List<Profile> profiles = result.scenario().profiles();
        boolean projected = profiles.size() > 2;
        XYChart chart = PlotStyle.plane(width, height, title, PlotStyle.utilityAxis(profiles.get(a).name()),
                PlotStyle.utilityAxis(profiles.get(b).name()));
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] v : u) {
            xs.add(v[a]);
            ys.add(v[b]);
        }
        PlotStyle.cloud(chart, outcomes, xs, ys);

        List<ParetoFrontier.Point> pts = new ArrayList<>(r.frontier().points());
        pts.sort((p, q) -> Double.compare(p.utilities()[a], q.utilities()[a]));
        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        for (ParetoFrontier.Point p : pts) {
            fx.add(p.utilities()[a]);
            fy.add(p.utilities()[b]);
        }
        XYSeries frontier = chart.addSeries(projected ? "Pareto-optimal outcomes (projected)" : "Pareto frontier",
                fx, fy);
        frontier.setXYSeriesRenderStyle(projected ? XYSeries.XYSeriesRenderStyle.Scatter
                : XYSeries.XYSeriesRenderStyle.Line);
        frontier.setMarker(new PlotStyle.Dot(projected ? 1.1 : 0.9));
        frontier.setMarkerColor(PlotStyle.BLUE);
        frontier.setLineColor(PlotStyle.BLUE);
        frontier.setLineWidth(2f);

        List<ParetoFrontier.Point> solutions = new ArrayList<>();
        solutions.add(r.nash());
        solutions.add(r.kalaiSmorodinsky());
        solutions.add(r.egalitarian());
        solutions.add(r.maxWelfare());
        solutions.add(r.geniusKalai());
        List<MarkerGroups.Named> named = new ArrayList<>();
        List<Glyph.Kind> shapes = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (int k = 0; k < solutions.size(); k++) {
            ParetoFrontier.Point p = solutions.get(k);
            if (p != null) {
                named.add(new MarkerGroups.Named(SOLUTIONS.get(k), p.utilities()[a], p.utilities()[b]));
                shapes.add(SHAPES.get(k));
                colors.add(COLORS.get(k));
            }
        }
        PlotStyle.points(chart, named, shapes, colors);

        PlotStyle.reservation(chart, profiles.get(a).name(), profiles.get(a).reservationValue(), true,
                Color.DARK_GRAY, PlotStyle.DASH);
        if (b != a) {
            PlotStyle.reservation(chart, profiles.get(b).name(), profiles.get(b).reservationValue(), false,
                    Color.DARK_GRAY, PlotStyle.DOT);
        }
        return chart;
    }
}
