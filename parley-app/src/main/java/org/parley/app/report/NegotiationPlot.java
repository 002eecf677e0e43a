package org.parley.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
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
 * The negotiation dance and the concession curves of one session, in one image: the dance shows each party's offers
 * in the utility plane with the Pareto frontier, the Nash point and the agreement (two parties: one plane; three or
 * more: one panel per pair of parties, the frontier as projected points); the last panel shows each party's
 * concession curve (the utility of its own offers, for itself, over normalised time) and the moment of agreement.
 */
public final class NegotiationPlot {

    private static final List<Glyph.Kind> PARTY_SHAPES = List.of(Glyph.Kind.CIRCLE, Glyph.Kind.SQUARE,
            Glyph.Kind.TRIANGLE_UP, Glyph.Kind.DIAMOND, Glyph.Kind.TRIANGLE_DOWN);
    private static final List<Color> PARTY_COLORS = List.of(PlotStyle.BLUE, PlotStyle.VERMILLION, PlotStyle.GREEN,
            PlotStyle.PURPLE, PlotStyle.SKY);

    private NegotiationPlot() {
    }

    /**
     * Draws the plot of {@code result} (run with its trace kept) in {@code format} to {@code out} (which the caller
     * closes); {@code frontier} is the scenario's Pareto frontier ({@link NegotiateJob.Result#frontier()}).
     */
    public static void write(NegotiateJob.Result result, ParetoFrontier frontier, PlotFormat format, OutputStream out)
            throws IOException {
        figure(result, frontier).write(format, out);
    }

    /** The figure: the dance panel(s), then the concession curves. */
    static Figure figure(NegotiateJob.Result result, ParetoFrontier frontier) {
        Scenario scenario = result.scenario();
        SessionResult r = result.session();
        List<Profile> profiles = scenario.profiles();
        int m = profiles.size();
        List<XYChart> panels = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                panels.add(dance(result, frontier, a, b));
            }
        }
        panels.add(concession(result));
        String outcome = r.hasAgreement()
                ? String.format(Locale.ROOT, "agreement in round %d (t = %.3f)", r.round(), r.time())
                : "no agreement (" + r.endedBy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in round "
                        + r.round() + ")";
        String title = "Negotiation on " + scenario.name() + ": " + String.join(" vs ", r.agentNames()) + ", "
                + outcome;
        int columns = panels.size() <= 2 ? panels.size() : panels.size() == 4 ? 2 : 3;
        return new Figure(title, panels, columns);
    }

    private static Glyph partyMarker(int j) {
        return new Glyph(PARTY_SHAPES.get(j % PARTY_SHAPES.size()), 1.0);
    }

    private static Color partyColor(int j) {
        return PARTY_COLORS.get(j % PARTY_COLORS.size());
    }

    private static String partyLabel(SessionResult r, List<Profile> profiles, int j) {
        return "party " + (j + 1) + ": " + r.agentNames().get(j) + " (" + profiles.get(j).name() + ")";
    }

    private static XYChart dance(NegotiateJob.Result result, ParetoFrontier frontier, int a, int b) {
        List<Profile> profiles = result.scenario().profiles();
        SessionResult r = result.session();
        int m = profiles.size();
        boolean projected = m > 2;
        XYChart chart = PlotStyle.plane(820, 720, "Negotiation dance" + (projected ? ": " + profiles.get(a).name()
                + " and " + profiles.get(b).name() : ""), PlotStyle.utilityAxis(profiles.get(a).name()),
                PlotStyle.utilityAxis(profiles.get(b).name()));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);

        List<ParetoFrontier.Point> pts = new ArrayList<>(frontier.points());
        pts.sort((p, q) -> Double.compare(p.utilities()[a], q.utilities()[a]));
        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        for (ParetoFrontier.Point p : pts) {
            fx.add(p.utilities()[a]);
            fy.add(p.utilities()[b]);
        }
        XYSeries f = chart.addSeries(projected ? "Pareto-optimal outcomes (projected)" : "Pareto frontier", fx, fy);
        f.setXYSeriesRenderStyle(projected ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
        f.setMarker(projected ? new PlotStyle.Dot(0.8) : SeriesMarkers.NONE);
        f.setMarkerColor(new Color(150, 150, 150));
        f.setLineColor(new Color(150, 150, 150));
        f.setLineWidth(2.5f);

        for (int j = 0; j < m; j++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (ActionRecord act : r.trace()) {
                if (act.action() instanceof Offer o && o.party() == j) {
                    x.add(profiles.get(a).utility(o.outcome()));
                    y.add(profiles.get(b).utility(o.outcome()));
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            Color c = partyColor(j);
            XYSeries s = chart.addSeries("offers of " + partyLabel(r, profiles, j), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(partyMarker(j));
            s.setMarkerColor(c);
            s.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
            s.setLineStyle(new BasicStroke(1f));
        }
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = profiles.get(j).reservationValue();
        }
        List<MarkerGroups.Named> named = new ArrayList<>();
        List<Glyph.Kind> shapes = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        new NashSolution().solve(frontier, d).ifPresent(n -> {
            named.add(new MarkerGroups.Named("Nash", n.utilities()[a], n.utilities()[b]));
            shapes.add(Glyph.Kind.DIAMOND);
            colors.add(PlotStyle.BLACK);
        });
        if (r.hasAgreement()) {
            named.add(new MarkerGroups.Named("agreement", r.utilities()[a], r.utilities()[b]));
            shapes.add(Glyph.Kind.STAR);
            colors.add(PlotStyle.ORANGE);
        }
        PlotStyle.points(chart, named, shapes, colors);
        return chart;
    }

    private static XYChart concession(NegotiateJob.Result result) {
        List<Profile> profiles = result.scenario().profiles();
        SessionResult r = result.session();
        XYChart chart = PlotStyle.plane(820, 720, "Concession curves", "normalised time t (0 = start, 1 = deadline)",
                "utility of a party's own offer for itself (undiscounted)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setMarkerSize(5);
        for (int j = 0; j < profiles.size(); j++) {
            List<Double> t = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            for (ActionRecord act : r.trace()) {
                if (act.action() instanceof Offer o && o.party() == j) {
                    t.add(act.time());
                    own.add(profiles.get(j).utility(o.outcome()));
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            Color c = partyColor(j);
            XYSeries s = chart.addSeries(partyLabel(r, profiles, j), t, own);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(partyMarker(j));
            s.setMarkerColor(c);
            s.setLineColor(c);
            s.setLineWidth(1.5f);
        }
        if (r.hasAgreement()) {
            XYSeries s = chart.addSeries(String.format(Locale.ROOT, "agreement at t = %.3f (round %d)", r.time(),
                    r.round()), new double[] {r.time(), r.time()}, new double[] {PlotStyle.LOW, PlotStyle.HIGH});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PlotStyle.ORANGE);
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, PlotStyle.DASH,
                    0f));
        }
        return chart;
    }
}
