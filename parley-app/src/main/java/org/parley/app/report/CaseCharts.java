package org.parley.app.report;

import java.awt.Color;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackage;
import org.parley.mediation.Document;
import org.parley.mediation.OptionSpace;

/** PNG charts for the HTML case reports (XChart): gap bars, the utility plane, cumulative deliveries. */
public final class CaseCharts {

    /** One chart: a caption and its PNG bytes (copied in and out). */
    public record Chart(String title, byte[] png) {

        public Chart {
            Objects.requireNonNull(title, "title");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    private CaseCharts() {
    }

    private static Chart png(String title, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws IOException {
        System.setProperty("java.awt.headless", "true");
        return new Chart(title, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    /** Bars of the normalised distance per issue. */
    public static Chart gaps(CaseComparison.Result r) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(400).title("Gap per issue")
                .xAxisTitle("issue").yAxisTitle("normalised distance").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(false);
        List<String> names = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        for (CaseComparison.IssueGap g : r.issues()) {
            names.add(g.issue());
            d.add(g.distance() == null ? 0.0 : g.distance());
        }
        chart.addSeries("distance", names, d);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return png("Normalised distance between the memoranda per issue (0 where a side is silent)", chart);
    }

    /** The packages within the red lines, both memoranda and {@code packages} in the utility plane. */
    public static Chart plane(Case c, OptionSpace zoneSpace, Document da, Document db, List<CasePackage> packages)
            throws IOException {
        String a = c.parties().get(0).id();
        String b = c.parties().get(1).id();
        XYChart chart = new XYChartBuilder().width(800).height(700).title("Utility plane").xAxisTitle("utility of "
                + a).yAxisTitle("utility of " + b).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE).setMarkerSize(5);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.02).setYAxisMin(0.0).setYAxisMax(1.02);
        OptionSpace space = zoneSpace.isEmpty() ? OptionSpace.zoneOrStatusQuo(c) : zoneSpace;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int[] o : OutcomeSpaceAnalysis.sample(space.domain().outcomeSpace(), 20_000, 1L)) {
            double[] u = OptionSpace.utilities(c, space.toCase(o));
            xs.add(u[0]);
            ys.add(u[1]);
        }
        XYSeries all = chart.addSeries("packages within the red lines", xs, ys);
        all.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        all.setMarkerColor(new Color(170, 170, 170, 140));
        all.setMarker(SeriesMarkers.CIRCLE);
        point(chart, a + "'s memorandum", da == null ? null : CaseComparison.utilities(c, da), Color.BLUE);
        point(chart, b + "'s memorandum", db == null ? null : CaseComparison.utilities(c, db), Color.RED);
        for (CasePackage p : packages) {
            point(chart, p.method(), p.utilities(), new Color(44, 160, 44));
        }
        double[] rv = OptionSpace.reservations(c);
        XYSeries ra = chart.addSeries("reservation " + a, new double[] {rv[0], rv[0]}, new double[] {0, 1.02});
        ra.setMarker(SeriesMarkers.NONE);
        ra.setLineColor(Color.DARK_GRAY);
        XYSeries rb = chart.addSeries("reservation " + b, new double[] {0, 1.02}, new double[] {rv[1], rv[1]});
        rb.setMarker(SeriesMarkers.NONE);
        rb.setLineColor(Color.GRAY);
        return png("Packages within the red lines, the memoranda and the proposed packages in the utility plane",
                chart);
    }

    private static void point(XYChart chart, String name, double[] u, Color color) {
        if (u == null) {
            return;
        }
        XYSeries s = chart.addSeries(name, new double[] {u[0]}, new double[] {u[1]});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(color);
    }

    /** Cumulative deliveries per side, one chart per commitment with tranches. */
    public static List<Chart> ledger(List<CaseLedger.Entry> entries) throws IOException {
        List<Chart> out = new ArrayList<>();
        for (CaseLedger.Entry e : entries) {
            if (e.cumulative().isEmpty()) {
                continue;
            }
            XYChart chart = new XYChartBuilder().width(800).height(400).title(e.commitment().id() + ": "
                    + e.wording()).xAxisTitle("date").yAxisTitle("delivered, cumulative").build();
            chart.getStyler().setChartBackgroundColor(Color.WHITE);
            chart.getStyler().setDatePattern("yyyy-MM-dd");
            List<Date> dates = new ArrayList<>();
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (CaseLedger.Point p : e.cumulative()) {
                dates.add(Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
                a.add(p.a());
                b.add(p.b());
            }
            chart.addSeries(e.sideA(), dates, a);
            chart.addSeries(e.sideB(), dates, b);
            out.add(png("Cumulative deliveries under " + e.commitment().id(), chart));
        }
        return out;
    }
}
