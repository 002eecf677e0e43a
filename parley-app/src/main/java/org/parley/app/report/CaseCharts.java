package org.parley.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CaseLedger;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;
import org.parley.mediation.Document;
import org.parley.mediation.GapStatus;
import org.parley.mediation.OptionSpace;

/**
 * PNG charts for the HTML case reports (XChart): the gap per issue, the utility plane with the memoranda and the
 * packages, and the cumulative deliveries per commitment. Each caption names only what its chart draws.
 */
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

    /**
     * A chart before encoding, for the tests: the XChart model and the caption.
     *
     * @param chart   the chart
     * @param caption what it draws, in one sentence
     */
    record Drawn(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String caption) {

        Chart encode() throws IOException {
            return new Chart(caption, Figure.of(chart).png());
        }
    }

    /** The gap chart's series: bars that block the agreement zone, other gaps. */
    static final String BLOCKING = "conflicting, blocks the agreement zone";
    static final String GAP = "other issues";

    /**
     * The marker (shape, colour) of the i-th point in a plane, in order: memoranda first, then the packages. Every
     * pair is different, so no two points look alike however many packages a proposal has (up to this many).
     */
    private static final List<Glyph.Kind> SHAPES = List.of(Glyph.Kind.CIRCLE, Glyph.Kind.CIRCLE, Glyph.Kind.DIAMOND,
            Glyph.Kind.SQUARE, Glyph.Kind.TRIANGLE_UP, Glyph.Kind.CROSS, Glyph.Kind.TRIANGLE_DOWN, Glyph.Kind.SQUARE,
            Glyph.Kind.STAR, Glyph.Kind.STAR, Glyph.Kind.STAR, Glyph.Kind.STAR, Glyph.Kind.DIAMOND,
            Glyph.Kind.TRIANGLE_UP, Glyph.Kind.TRIANGLE_DOWN, Glyph.Kind.CROSS);
    private static final List<Color> COLORS = List.of(PlotStyle.BLUE, PlotStyle.VERMILLION, PlotStyle.BLACK,
            PlotStyle.GREEN, PlotStyle.PURPLE, PlotStyle.ORANGE, PlotStyle.SKY, PlotStyle.BLACK, PlotStyle.GREEN,
            PlotStyle.SKY, PlotStyle.PURPLE, PlotStyle.ORANGE, PlotStyle.SKY, PlotStyle.ORANGE, PlotStyle.BLACK,
            PlotStyle.PURPLE);

    private CaseCharts() {
    }

    /** Bars of the normalised distance per issue; an issue where a side is silent has no bar. */
    public static Chart gaps(CaseComparison.Result r) throws IOException {
        return gapChart(r).encode();
    }

    static Drawn gapChart(CaseComparison.Result r) {
        Case c = r.caseFile();
        String a = c.parties().get(r.a()).id();
        String b = c.parties().get(r.b()).id();
        List<String> names = new ArrayList<>();
        List<Double> blocking = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        int longest = 0;
        for (CaseComparison.IssueGap g : r.issues()) {
            boolean noDistance = g.distance() == null;
            String name = g.issue() + (noDistance ? " (" + silence(g.status()) + ")"
                    : g.distance() == 0 ? " (no gap)" : "");
            names.add(name);
            longest = Math.max(longest, name.length());
            if (noDistance) {
                silent.add(g.issue());
            }
            blocking.add(!noDistance && g.blocking() ? g.distance() : null);
            other.add(!noDistance && !g.blocking() ? g.distance() : null);
        }
        int width = Math.max(900, 120 + 110 * names.size());
        CategoryChart chart = new CategoryChart(width, 480);
        chart.setTitle("Gap between the memoranda of " + a + " and " + b + " per issue");
        chart.setXAxisTitle("issue");
        chart.setYAxisTitle("normalised distance (0 to 1)");
        CategoryStyler s = chart.getStyler();
        PlotStyle.base(s);
        s.setOverlapped(true);
        s.setYAxisMin(0.0).setYAxisMax(1.0);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLabelsVisible(true);
        s.setLabelsPosition(1.0);
        s.setLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
        s.setLabelsFontColorAutomaticEnabled(true);
        if (longest * 9 > (width - 120) / names.size()) {
            s.setXAxisLabelRotation(30);
        }
        boolean anyBlocking = blocking.stream().anyMatch(Objects::nonNull);
        boolean anyOther = other.stream().anyMatch(Objects::nonNull);
        if (anyBlocking) {
            CategorySeries bs = chart.addSeries(BLOCKING, names, blocking);
            bs.setFillColor(PlotStyle.VERMILLION);
        }
        if (anyOther || !anyBlocking) {
            CategorySeries os = chart.addSeries(anyBlocking ? GAP : "distance", names, other);
            os.setFillColor(PlotStyle.BLUE);
        }
        s.setLegendVisible(chart.getSeriesMap().size() > 1);
        String caption = "Normalised distance between the memoranda of " + a + " and " + b + " on each issue (0 = the "
                + "same position, 1 = furthest apart)"
                + (anyBlocking ? ", issues that block the agreement zone in red" : "")
                + (silent.isEmpty() ? "" : "; no bar where a memorandum is silent (" + String.join(", ", silent)
                        + ")") + ".";
        return new Drawn(chart, caption);
    }

    private static String silence(GapStatus status) {
        return status == GapStatus.UNADDRESSED ? "both silent" : "one side silent";
    }

    /**
     * The utility plane of the compared parties: the packages within the red lines, both memoranda and the
     * reservation levels at the comparison date.
     */
    public static Chart plane(CaseComparison.Result r) throws IOException {
        return comparePlane(r).encode();
    }

    static Drawn comparePlane(CaseComparison.Result r) {
        Case c = r.caseFile();
        List<Package> points = new ArrayList<>();
        memorandum(points, c, r.a(), r.documentA());
        memorandum(points, c, r.b(), r.documentB());
        return plane(c, r.a(), r.b(), r.space(), r.reservations(), points, List.of(), "both memoranda");
    }

    /**
     * The utility plane of the first two parties with the proposal's packages: the packages within the red lines,
     * the latest memoranda, the bargaining solutions, the logrolling steps, Adjusted Winner, the current partial
     * agreement and the improvements over it.
     */
    public static Chart plane(CasePackages.Proposal p) throws IOException {
        return proposePlane(p).encode();
    }

    static Drawn proposePlane(CasePackages.Proposal p) {
        Case c = p.caseFile();
        List<Package> points = new ArrayList<>();
        memorandum(points, c, 0, c.latestDocument(c.parties().get(0).id(), null));
        memorandum(points, c, 1, c.latestDocument(c.parties().get(1).id(), null));
        List<String> drawn = new ArrayList<>();
        drawn.add(points.isEmpty() ? null : points.size() == 2 ? "both memoranda" : "the memorandum");
        if (!p.solutions().isEmpty()) {
            p.solutions().forEach(s -> points.add(new Package(name(s.method()), s.utilities())));
            drawn.add("the bargaining solutions");
        }
        if (!p.logroll().isEmpty()) {
            drawn.add("the logrolling steps");
        }
        if (p.adjustedWinner() != null) {
            points.add(new Package(name(p.adjustedWinner().pkg().method()), p.adjustedWinner().pkg().utilities()));
            drawn.add("Adjusted Winner");
        }
        points.add(new Package(name(p.baseline().method()), p.baseline().utilities()));
        drawn.add("the current partial agreement");
        if (!p.improvements().isEmpty()) {
            p.improvements().forEach(s -> points.add(new Package(name(s.method()), s.utilities())));
            drawn.add("the improvements over it");
        }
        drawn.removeIf(Objects::isNull);
        return plane(c, 0, 1, p.space(), OptionSpace.reservations(c), points, p.logroll(), CaseComparison.join(drawn));
    }

    /** A point of the plane: a memorandum or a package, with its utilities for every party. */
    private record Package(String name, double[] utilities) {
    }

    private static void memorandum(List<Package> points, Case c, int party, Document d) {
        if (d != null) {
            points.add(new Package(c.parties().get(party).id() + "'s memorandum", CaseComparison.utilities(c, d)));
        }
    }

    /** How a package method is named in the legend. */
    static String name(String method) {
        return switch (method) {
            case "nash" -> "Nash";
            case "kalaiSmorodinsky" -> "Kalai-Smorodinsky";
            case "egalitarian" -> "egalitarian";
            case "maxWelfare" -> "max welfare";
            case "adjustedWinner" -> "Adjusted Winner";
            case "baseline" -> "current partial agreement (baseline)";
            default -> method.startsWith("pss-") ? "improvement " + method : method;
        };
    }

    private static Drawn plane(Case c, int a, int b, OptionSpace zoneSpace, double[] rv, List<Package> points,
            List<CasePackage> logroll, String drawn) {
        String pa = c.parties().get(a).id();
        String pb = c.parties().get(b).id();
        XYChart chart = PlotStyle.plane(1060, 820, "Utility plane of " + pa + " and " + pb
                + (c.parties().size() > 2 ? " (" + c.parties().size() + " parties)" : ""),
                "utility of " + pa + " (0 to 1)", "utility of " + pb + " (0 to 1)");
        OptionSpace space = zoneSpace.isEmpty() ? OptionSpace.zoneOrStatusQuo(c) : zoneSpace;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int[] o : OutcomeSpaceAnalysis.sample(space.domain().outcomeSpace(), 20_000, 1L)) {
            double[] u = OptionSpace.utilities(c, space.toCase(o));
            xs.add(u[a]);
            ys.add(u[b]);
        }
        BigInteger size = space.size();
        String count = size.compareTo(BigInteger.valueOf(xs.size())) > 0
                ? String.format(Locale.ROOT, "a sample of %,d of %,d", xs.size(), size)
                : String.format(Locale.ROOT, "%,d", size);
        String cloud = "packages within the red lines (" + count + ")" + (space.unresolved().isEmpty() ? ""
                : ", with " + CaseComparison.join(space.unresolved()) + " left at the status quo");
        PlotStyle.cloud(chart, PlotStyle.wrap(cloud, PlotStyle.LEGEND_WIDTH), xs, ys);
        if (!logroll.isEmpty()) {
            List<Double> lx = new ArrayList<>();
            List<Double> ly = new ArrayList<>();
            for (CasePackage p : logroll) {
                lx.add(p.utilities()[a]);
                ly.add(p.utilities()[b]);
            }
            XYSeries s = chart.addSeries(PlotStyle.wrap("logrolling steps (" + logroll.get(0).method() + " to "
                    + logroll.get(logroll.size() - 1).method() + ")", PlotStyle.LEGEND_WIDTH), lx, ly);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(new PlotStyle.Dot(0.9));
            s.setMarkerColor(new Color(120, 120, 120));
            s.setLineColor(new Color(120, 120, 120));
            s.setLineStyle(new BasicStroke(1.3f));
        }
        List<MarkerGroups.Named> named = new ArrayList<>();
        for (Package p : points) {
            named.add(new MarkerGroups.Named(p.name(), p.utilities()[a], p.utilities()[b]));
        }
        PlotStyle.points(chart, named, SHAPES, COLORS);
        PlotStyle.reservation(chart, pa, rv[a], true, Color.DARK_GRAY, PlotStyle.DASH);
        PlotStyle.reservation(chart, pb, rv[b], false, Color.DARK_GRAY, PlotStyle.DOT);
        String caption = "Utility plane of " + pa + " and " + pb + ": the packages within the red lines (grey"
                + (space.unresolved().isEmpty() ? "" : "; " + CaseComparison.join(space.unresolved())
                        + " left at the status quo, since red lines leave no option there")
                + ")" + (drawn.isEmpty() ? "" : ", " + drawn) + ", and the reservation levels (dashed)"
                + (c.parties().size() > 2 ? "; other parties not shown" : "") + ".";
        return new Drawn(chart, caption);
    }

    /** A count axis label: whole numbers only (a tick between two whole numbers has no label). */
    static String count(double value) {
        return value == Math.rint(value) ? PlotStyle.tick(value) : "";
    }

    /** Cumulative deliveries per side, one chart per commitment with tranches. */
    public static List<Chart> ledger(List<CaseLedger.Entry> entries) throws IOException {
        List<Chart> out = new ArrayList<>();
        for (Drawn d : ledgerCharts(entries)) {
            out.add(d.encode());
        }
        return out;
    }

    static List<Drawn> ledgerCharts(List<CaseLedger.Entry> entries) {
        List<Drawn> out = new ArrayList<>();
        for (CaseLedger.Entry e : entries) {
            if (e.cumulative().isEmpty()) {
                continue;
            }
            // a tranche that did not report a side's count gives that side no point (not reported is not 0)
            List<Date> datesA = new ArrayList<>();
            List<Long> a = new ArrayList<>();
            List<Date> datesB = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            List<Date> dates = new ArrayList<>();
            long max = 0;
            for (CaseLedger.Point p : e.cumulative()) {
                Date d = Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC));
                if (p.a() != null) {
                    datesA.add(d);
                    a.add(p.a());
                    max = Math.max(max, p.a());
                }
                if (p.b() != null) {
                    datesB.add(d);
                    b.add(p.b());
                    max = Math.max(max, p.b());
                }
                if ((p.a() != null || p.b() != null) && !dates.contains(d)) {
                    dates.add(d);
                }
            }
            if (dates.isEmpty()) {
                continue;
            }
            XYChart chart = new XYChart(900, 440);
            chart.setTitle(e.commitment().id() + ": " + e.wording());
            chart.setXAxisTitle("tranche date");
            chart.setYAxisTitle("delivered, cumulative reported count");
            XYStyler s = chart.getStyler();
            PlotStyle.base(s);
            s.setDatePattern("yyyy-MM-dd");
            s.setLegendPosition(Styler.LegendPosition.InsideNW);
            s.setMarkerSize(9);
            s.setYAxisMin(0.0);
            s.setyAxisTickLabelsFormattingFunction(CaseCharts::count);
            if (dates.size() == 1) {
                // one date: XChart draws no date tick for a zero-width range, so show a day either side
                long t = dates.get(0).getTime();
                s.setXAxisMin((double) (t - 86_400_000L)).setXAxisMax((double) (t + 86_400_000L));
            }
            s.setYAxisMax(max == 0 ? 1.0 : max * 1.1);
            List<String> drawn = new ArrayList<>();
            // side A: large circles, side B: smaller diamonds on top, so equal counts show both
            if (!a.isEmpty()) {
                XYSeries sa = chart.addSeries(e.sideA(), datesA, a);
                sa.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                sa.setMarker(new Glyph(Glyph.Kind.CIRCLE, 1.5));
                sa.setMarkerColor(PlotStyle.BLUE);
                sa.setLineColor(PlotStyle.BLUE);
                sa.setLineWidth(3f);
                drawn.add(e.sideA());
            }
            if (!b.isEmpty()) {
                XYSeries sb = chart.addSeries(e.sideB(), datesB, b);
                sb.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                sb.setMarker(new Glyph(Glyph.Kind.DIAMOND, 0.9));
                sb.setMarkerColor(PlotStyle.VERMILLION);
                sb.setLineColor(PlotStyle.VERMILLION);
                sb.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        PlotStyle.DASH, 0f));
                drawn.add(e.sideB());
            }
            boolean gaps = a.size() < e.cumulative().size() || b.size() < e.cumulative().size();
            out.add(new Drawn(chart, "Cumulative reported deliveries of " + String.join(" and ", drawn) + " under "
                    + e.commitment().id() + ", by tranche date" + (gaps ? "; a tranche that reported no count "
                    + "for a side has no point for it" : "") + "."));
        }
        return out;
    }
}
