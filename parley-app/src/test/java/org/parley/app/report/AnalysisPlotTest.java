package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.AnalyzeJob;
import org.parley.preference.Scenario;

class AnalysisPlotTest {

    private static AnalyzeJob.Result analyze(Scenario s) {
        return AnalyzeJob.run(s, AnalyzeJob.DEFAULT_MAX_OUTCOMES);
    }

    /** A legend label as read: no-break spaces and line breaks as spaces. */
    static String read(String label) {
        return label.replace('\u00a0', ' ').replace('\n', ' ');
    }

    /** The series drawn with a solution marker. */
    static List<XYSeries> markers(XYChart chart) {
        List<XYSeries> out = new ArrayList<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (s.getMarker() instanceof Glyph) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Every name is in exactly one marker series, and no two marker series are as close as {@link
     * PlotStyle#COINCIDE} in both coordinates (one would hide the other).
     */
    static void assertDistinguishable(XYChart chart, List<String> names) {
        List<XYSeries> markers = markers(chart);
        for (String name : names) {
            long n = markers.stream().filter(s -> (" " + read(s.getName()) + " ").contains(" " + name + " ")).count();
            assertEquals(1, n, "'" + name + "' labels exactly one marker in '" + chart.getTitle() + "'");
        }
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                XYSeries p = markers.get(i);
                XYSeries q = markers.get(j);
                boolean apart = Math.abs(p.getXData()[0] - q.getXData()[0]) > PlotStyle.COINCIDE
                        || Math.abs(p.getYData()[0] - q.getYData()[0]) > PlotStyle.COINCIDE;
                assertTrue(apart, "'" + p.getName() + "' would hide '" + q.getName() + "'");
            }
        }
    }

    @Test
    void fiveCoincidingSolutionsAreOneMarkerNamedByAll() {
        AnalyzeJob.Result r = analyze(PlotInputs.itex2010());
        ParetoFrontier.Point nash = r.analysis().nash();
        for (ParetoFrontier.Point p : List.of(r.analysis().kalaiSmorodinsky(), r.analysis().egalitarian(),
                r.analysis().maxWelfare(), r.analysis().geniusKalai())) {
            assertEquals(nash.utilities()[0], p.utilities()[0], 1e-9, "the premise: all five coincide");
            assertEquals(nash.utilities()[1], p.utilities()[1], 1e-9);
        }
        Figure f = AnalysisPlot.figure(r);
        assertEquals(1, f.panels().size());
        XYChart chart = (XYChart) f.panels().get(0);
        PlotStyleTest.assertTicks(chart, true);
        assertDistinguishable(chart, AnalysisPlot.SOLUTIONS);
        List<XYSeries> markers = markers(chart);
        assertEquals(1, markers.size());
        assertEquals("Nash = Kalai-Smorodinsky = Egalitarian = Max welfare = GENIUS Kalai (0.721, 0.670)",
                read(markers.get(0).getName()));
    }

    @Test
    void twoPartiesDrawTheFrontierAsALineFromLeftToRight() {
        AnalyzeJob.Result r = analyze(PlotInputs.itex2010());
        XYChart chart = (XYChart) AnalysisPlot.figure(r).panels().get(0);
        XYSeries frontier = chart.getSeriesMap().get("Pareto frontier");
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, frontier.getXYSeriesRenderStyle());
        assertEquals(r.analysis().frontier().points().size(), frontier.getXData().length);
        double[] x = frontier.getXData();
        for (int i = 1; i < x.length; i++) {
            assertTrue(x[i - 1] <= x[i], "sorted by the first party's utility");
        }
        assertTrue(chart.getSeriesMap().containsKey("outcomes (all 180)"), chart.getSeriesMap().keySet().toString());
    }

    @Test
    void threePartiesDrawOnePanelPerPairAndNoLineThroughProjectedPoints() {
        AnalyzeJob.Result r = analyze(PlotInputs.fisheries());
        Figure f = AnalysisPlot.figure(r);
        assertEquals(3, f.panels().size());
        assertEquals(List.of("fleet and ministry", "fleet and ngo", "ministry and ngo"),
                f.panels().stream().map(c -> c.getTitle()).toList());
        assertTrue(f.title().contains("projected onto each pair of parties"), f.title());
        for (var panel : f.panels()) {
            XYChart chart = (XYChart) panel;
            PlotStyleTest.assertTicks(chart, true);
            XYSeries frontier = chart.getSeriesMap().get("Pareto-optimal outcomes (projected)");
            assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, frontier.getXYSeriesRenderStyle());
            assertEquals(r.analysis().frontier().points().size(), frontier.getXData().length);
            for (XYSeries s : chart.getSeriesMap().values()) {
                if (s.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter) {
                    double[] x = s.getXData();
                    double[] y = s.getYData();
                    assertTrue(x.length == 2 && (x[0] == x[1] || y[0] == y[1]), "the only lines are the "
                            + "reservation lines, got a line '" + s.getName() + "'");
                }
            }
            assertDistinguishable(chart, AnalysisPlot.SOLUTIONS);
        }
    }

    @Test
    void writesAValidPngAndSvgOfTheFigureSize() throws Exception {
        for (Scenario s : List.of(PlotInputs.itex2010(), PlotInputs.fisheries())) {
            AnalyzeJob.Result r = analyze(s);
            Figure f = AnalysisPlot.figure(r);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            AnalysisPlot.write(r, PlotFormat.PNG, png);
            Images.assertPng(png.toByteArray(), f.width(), f.height());
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            AnalysisPlot.write(r, PlotFormat.SVG, svg);
            Images.assertSvg(svg.toByteArray(), f.width());
        }
    }

    @Test
    void formatsAreChosenByExtension() {
        assertEquals(PlotFormat.PNG, PlotFormat.of("a.PNG"));
        assertEquals(PlotFormat.SVG, PlotFormat.of("dance.svg"));
        assertEquals(null, PlotFormat.of("a.gif"));
        assertEquals(".png or .svg", PlotFormat.extensions());
    }
}
