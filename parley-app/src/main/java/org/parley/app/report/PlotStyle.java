package org.parley.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of parley's charts: fonts, colours (the Okabe–Ito palette, told apart with colour blindness), tick
 * labels with a leading zero ("0.05", never ".05") and thousands separators, marker shapes, and the utility-plane
 * helpers shared by the analysis plot, the negotiation plot and the case charts.
 */
final class PlotStyle {

    /** Okabe–Ito colours: blue, vermillion, bluish green, orange, reddish purple, sky blue, black, yellow. */
    static final Color BLUE = new Color(0, 114, 178);
    static final Color VERMILLION = new Color(213, 94, 0);
    static final Color GREEN = new Color(0, 158, 115);
    static final Color ORANGE = new Color(230, 159, 0);
    static final Color PURPLE = new Color(204, 121, 167);
    static final Color SKY = new Color(86, 180, 233);
    static final Color BLACK = new Color(0, 0, 0);
    static final Color YELLOW = new Color(240, 228, 66);

    /** Colours for a series per party or per agent, in order. */
    static final List<Color> PALETTE = List.of(BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, BLACK);

    /** The outcome cloud: light grey, translucent. */
    static final Color CLOUD = new Color(150, 150, 150, 110);

    /** Marker shapes, in the order the point series use them. */
    static final List<Glyph.Kind> SHAPES = List.of(Glyph.Kind.DIAMOND, Glyph.Kind.SQUARE, Glyph.Kind.TRIANGLE_UP,
            Glyph.Kind.CROSS, Glyph.Kind.TRIANGLE_DOWN, Glyph.Kind.STAR, Glyph.Kind.CIRCLE);

    /** The utility axes run from 0 to 1 (XChart keeps a margin inside the plot, so points on the edge stay visible). */
    static final double LOW = 0.0;
    static final double HIGH = 1.0;

    /**
     * Two solution markers closer than this in both utilities (about a marker's width on the plots) cover each other:
     * they are drawn once and labelled with both names ({@link MarkerGroups}).
     */
    static final double COINCIDE = 0.012;

    private static final String FAMILY = Font.SANS_SERIF;

    private PlotStyle() {
    }

    /**
     * A tick label: at most four decimals, trailing zeros dropped, a leading zero before the decimal point, a comma
     * between thousands ({@code 0.05}, {@code 0.3}, {@code 1}, {@code 2,500}).
     */
    static String tick(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(value);
        return s.equals("-0") ? "0" : s;
    }

    /** Applies the common look to any axes chart (XY, category, box): fonts, white background, y tick labels. */
    static void base(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(120, 120, 120));
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleFont(new Font(FAMILY, Font.BOLD, 17));
        s.setAxisTitleFont(new Font(FAMILY, Font.PLAIN, 15));
        s.setAxisTickLabelsFont(new Font(FAMILY, Font.PLAIN, 13));
        s.setLegendFont(new Font(FAMILY, Font.PLAIN, 13));
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setChartTitleBoxVisible(false);
        s.setyAxisTickLabelsFormattingFunction(PlotStyle::tick);
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setAntiAlias(true);
    }

    /**
     * A utility plane: both axes from {@link #LOW} to {@link #HIGH} with a tick every 0.1 or so, labelled by
     * {@link #tick}, the legend at the right.
     */
    static XYChart plane(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        XYStyler s = chart.getStyler();
        base(s);
        s.setxAxisTickLabelsFormattingFunction(PlotStyle::tick);
        s.setXAxisMin(LOW).setXAxisMax(HIGH).setYAxisMin(LOW).setYAxisMax(HIGH);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setMarkerSize(7);
        s.setXAxisTickMarkSpacingHint(60);
        s.setYAxisTickMarkSpacingHint(60);
        return chart;
    }

    /** The axis title of a party's utility in a plane. */
    static String utilityAxis(String party) {
        return "utility of " + party + " (undiscounted, 0 to 1)";
    }

    /** Adds the outcome cloud: small grey dots without a line. */
    static XYSeries cloud(XYChart chart, String label, List<Double> xs, List<Double> ys) {
        XYSeries s = chart.addSeries(label, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(new Dot(0.6));
        s.setMarkerColor(CLOUD);
        return s;
    }

    /**
     * Adds named points as marker series, coinciding ones ({@link #COINCIDE}) merged into one series labelled with
     * every name; the i-th point (in order) has {@code shapes[i]} and {@code colors[i]}, a merged group those of its
     * first member.
     */
    static List<XYSeries> points(XYChart chart, List<MarkerGroups.Named> points, List<Glyph.Kind> shapes,
            List<Color> colors) {
        List<XYSeries> out = new ArrayList<>();
        for (MarkerGroups.Group g : MarkerGroups.group(points, COINCIDE)) {
            int i = points.indexOf(g.members().get(0));
            XYSeries s = chart.addSeries(wrap(g.label(), LEGEND_WIDTH), new double[] {g.x()}, new double[] {g.y()});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(new Glyph(shapes.get(i % shapes.size()), 2.0));
            s.setMarkerColor(colors.get(i % colors.size()));
            out.add(s);
        }
        return out;
    }

    /** A dashed reservation line: vertical at {@code x} (or horizontal at {@code y} when {@code vertical} is false). */
    static XYSeries reservation(XYChart chart, String party, double value, boolean vertical, Color color,
            float[] dash) {
        String label = wrap(String.format(Locale.ROOT, "reservation value of %s (%s)", party, tick(value)),
                LEGEND_WIDTH);
        double[] along = {LOW, HIGH};
        double[] at = {value, value};
        XYSeries s = vertical ? chart.addSeries(label, at, along) : chart.addSeries(label, along, at);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        return s;
    }

    /** Characters per legend line ({@link #wrap}). */
    static final int LEGEND_WIDTH = 34;

    /** Dash patterns for reservation lines, one per axis. */
    static final float[] DASH = {8f, 5f};
    static final float[] DOT = {2f, 4f};

    /**
     * Breaks {@code text} into lines of at most about {@code width} characters at spaces (XChart draws a legend
     * entry's lines one under the other).
     */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    /** A small filled circle (no outline), for dense clouds. */
    static final class Dot extends org.knowm.xchart.style.markers.Marker {
        private final double scale;

        Dot(double scale) {
            this.scale = scale;
        }

        @Override
        public void paint(java.awt.Graphics2D g, double x, double y, int markerSize) {
            double r = markerSize * scale / 2;
            g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }
}
