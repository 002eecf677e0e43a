package org.parley.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.AnalyzeJob;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Draws the outcome space in the utility plane of the first two parties (a uniform sample of at most 20,000
 * outcomes when it is larger), the Pareto frontier, the solution points and the reservation lines, with XChart.
 */
public final class AnalysisPlot {

    private static final int SAMPLE = 20_000;

    /** The image formats. */
    public enum Format {
        PNG, SVG;

        /** The format of a file name ending in {@code .png} or {@code .svg} (any case), or null for another name. */
        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            return n.endsWith(".png") ? PNG : n.endsWith(".svg") ? SVG : null;
        }
    }

    private AnalysisPlot() {
    }

    /** Draws the plot of {@code result} in {@code format} to {@code out} (which the caller closes). */
    public static void write(AnalyzeJob.Result result, Format format, OutputStream out) throws IOException {
        Scenario scenario = result.scenario();
        OutcomeSpaceAnalysis.Result r = result.analysis();
        System.setProperty("java.awt.headless", "true");
        List<Profile> profiles = scenario.profiles();
        int a = 0;
        int b = profiles.size() > 1 ? 1 : 0;
        XYChart chart = new XYChartBuilder().width(900).height(800)
                .title("Outcome space of " + scenario.name() + (profiles.size() > 2 ? " (first two parties)" : ""))
                .xAxisTitle("utility of " + profiles.get(a).name())
                .yAxisTitle("utility of " + profiles.get(b).name()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.02).setYAxisMin(0.0).setYAxisMax(1.02);

        List<int[]> sample = OutcomeSpaceAnalysis.sample(r.domain().outcomeSpace(), SAMPLE, 1L);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int[] o : sample) {
            xs.add(profiles.get(a).utility(o));
            ys.add(profiles.get(b).utility(o));
        }
        String label = r.outcomes().compareTo(java.math.BigInteger.valueOf(SAMPLE)) > 0
                ? "outcomes (sample of " + SAMPLE + ")" : "outcomes";
        XYSeries all = chart.addSeries(label, xs, ys);
        all.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        all.setMarker(SeriesMarkers.CIRCLE);
        all.setMarkerColor(new Color(160, 160, 160, 120));

        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        List<ParetoFrontier.Point> pts = new ArrayList<>(r.frontier().points());
        pts.sort((p, q) -> Double.compare(p.utilities()[a], q.utilities()[a]));
        for (ParetoFrontier.Point p : pts) {
            fx.add(p.utilities()[a]);
            fy.add(p.utilities()[b]);
        }
        XYSeries frontier = chart.addSeries("Pareto frontier", fx, fy);
        frontier.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        frontier.setMarker(SeriesMarkers.CIRCLE);
        frontier.setLineColor(new Color(31, 119, 180));
        frontier.setMarkerColor(new Color(31, 119, 180));

        point(chart, "Nash", r.nash(), a, b, SeriesMarkers.DIAMOND, new Color(214, 39, 40));
        point(chart, "Kalai-Smorodinsky", r.kalaiSmorodinsky(), a, b, SeriesMarkers.SQUARE, new Color(44, 160, 44));
        point(chart, "Egalitarian", r.egalitarian(), a, b, SeriesMarkers.TRIANGLE_UP, new Color(148, 103, 189));
        point(chart, "Max welfare", r.maxWelfare(), a, b, SeriesMarkers.CROSS, new Color(255, 127, 14));
        point(chart, "GENIUS Kalai", r.geniusKalai(), a, b, SeriesMarkers.TRIANGLE_DOWN, new Color(140, 86, 75));

        double da = profiles.get(a).reservationValue();
        double db = profiles.get(b).reservationValue();
        line(chart, "reservation " + profiles.get(a).name(), new double[] {da, da}, new double[] {0, 1.02});
        if (b != a) {
            line(chart, "reservation " + profiles.get(b).name(), new double[] {0, 1.02}, new double[] {db, db});
        }
        if (format == Format.SVG) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } else {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static void point(XYChart chart, String name, ParetoFrontier.Point p, int a, int b,
            org.knowm.xchart.style.markers.Marker marker, Color color) {
        if (p == null) {
            return;
        }
        XYSeries s = chart.addSeries(String.format(Locale.ROOT, "%s (%.3f, %.3f)", name, p.utilities()[a],
                p.utilities()[b]), new double[] {p.utilities()[a]}, new double[] {p.utilities()[b]});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(color);
    }

    private static void line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                0f));
        s.setLineColor(Color.DARK_GRAY);
    }
}
