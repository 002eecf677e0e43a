package org.parley.app.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.parley.analysis.NashSolution;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.NegotiateJob;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

/**
 * One PNG with two panels: the negotiation dance (each party's offers in the utility plane of the first two
 * parties, the Pareto frontier, the Nash point and the agreement) and each party's concession curve (the utility
 * of its own offers, for itself, over normalised time).
 */
public final class NegotiationPlot {

    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14)};

    private NegotiationPlot() {
    }

    /**
     * Draws the plot of {@code result} (run with its trace kept) as PNG to {@code out} (which the caller closes);
     * {@code frontier} is the scenario's Pareto frontier ({@link NegotiateJob.Result#frontier()}).
     */
    public static void write(NegotiateJob.Result result, ParetoFrontier frontier, OutputStream out)
            throws IOException {
        Scenario scenario = result.scenario();
        SessionResult r = result.session();
        System.setProperty("java.awt.headless", "true");
        List<Profile> profiles = scenario.profiles();
        int m = profiles.size();
        XYChart dance = new XYChartBuilder().width(800).height(700).title("Negotiation dance")
                .xAxisTitle("utility of " + profiles.get(0).name()).yAxisTitle("utility of " + profiles.get(1).name())
                .build();
        dance.getStyler().setChartBackgroundColor(Color.WHITE);
        dance.getStyler().setXAxisMin(0.0).setXAxisMax(1.02).setYAxisMin(0.0).setYAxisMax(1.02);
        dance.getStyler().setMarkerSize(6);
        XYChart concession = new XYChartBuilder().width(800).height(700).title("Concession curves")
                .xAxisTitle("normalised time t").yAxisTitle("own utility of own offer").build();
        concession.getStyler().setChartBackgroundColor(Color.WHITE);
        concession.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.02);
        concession.getStyler().setMarkerSize(4);

        List<ParetoFrontier.Point> pts = new ArrayList<>(frontier.points());
        pts.sort((p, q) -> Double.compare(p.utilities()[0], q.utilities()[0]));
        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        for (ParetoFrontier.Point p : pts) {
            fx.add(p.utilities()[0]);
            fy.add(p.utilities()[1]);
        }
        XYSeries f = dance.addSeries("Pareto frontier", fx, fy);
        f.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        f.setMarker(SeriesMarkers.NONE);
        f.setLineColor(Color.GRAY);

        for (int j = 0; j < m; j++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> t = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            for (ActionRecord a : r.trace()) {
                if (a.action() instanceof Offer o && o.party() == j) {
                    x.add(profiles.get(0).utility(o.outcome()));
                    y.add(profiles.get(1).utility(o.outcome()));
                    t.add(a.time());
                    own.add(profiles.get(j).utility(o.outcome()));
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            Color c = PALETTE[j % PALETTE.length];
            String label = "party " + (j + 1) + ": " + r.agentNames().get(j);
            XYSeries s = dance.addSeries(label, x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(c);
            s.setLineColor(c);
            XYSeries cs = concession.addSeries(label, t, own);
            cs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            cs.setMarker(SeriesMarkers.CIRCLE);
            cs.setMarkerColor(c);
            cs.setLineColor(c);
        }
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = profiles.get(j).reservationValue();
        }
        new NashSolution().solve(frontier, d).ifPresent(n -> {
            XYSeries s = dance.addSeries(String.format(Locale.ROOT, "Nash (%.3f, %.3f)", n.utilities()[0],
                    n.utilities()[1]), new double[] {n.utilities()[0]}, new double[] {n.utilities()[1]});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(Color.BLACK);
        });
        if (r.hasAgreement()) {
            XYSeries s = dance.addSeries(String.format(Locale.ROOT, "agreement (%.3f, %.3f), round %d",
                    r.utilities()[0], r.utilities()[1], r.round()), new double[] {r.utilities()[0]},
                    new double[] {r.utilities()[1]});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.SQUARE);
            s.setMarkerColor(new Color(255, 127, 14));
        }
        BitmapEncoder.saveBitmap(List.of(dance, concession), 1, 2, out, BitmapEncoder.BitmapFormat.PNG);
    }
}
