package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

class PlotStyleTest {

    /** Values whose XChart default label lost its leading zero (".05") or that need a separator. */
    static final double[] PROBES = {0.05, 0.5, 0.25, 0.001, 0.1 + 0.2, 1, 1.05, 2500, -0.05, -0.0};

    @Test
    void tickLabelsHaveALeadingZeroAndNoFloatingNoise() {
        assertEquals("0.05", PlotStyle.tick(0.05));
        assertEquals("0.3", PlotStyle.tick(0.1 + 0.2));
        assertEquals("1", PlotStyle.tick(1.0));
        assertEquals("1.05", PlotStyle.tick(1.05));
        assertEquals("0", PlotStyle.tick(0.0));
        assertEquals("0", PlotStyle.tick(-0.0));
        assertEquals("-0.05", PlotStyle.tick(-0.05));
        assertEquals("2,500", PlotStyle.tick(2500));
        assertEquals("0.0001", PlotStyle.tick(0.0001));
    }

    @Test
    void wrappedLegendLinesKeepWordsWhole() {
        assertEquals("reservation value of\nItexvsCypress_Cypress (0)",
                PlotStyle.wrap("reservation value of ItexvsCypress_Cypress (0)", 26));
        assertEquals("short", PlotStyle.wrap("short", 24));
        String nbsp = "Nash = Max\u00a0welfare (0.700,\u00a00.680)";
        for (String line : PlotStyle.wrap(nbsp, 12).split("\n")) {
            assertFalse(line.startsWith("welfare") || line.startsWith("0.680"), "never breaks at a no-break space");
        }
    }

    @Test
    void aUtilityPlaneLabelsBothAxesWithTheFormatter() {
        XYChart chart = PlotStyle.plane(400, 300, "t", "x", "y");
        assertTicks(chart, true);
    }

    /**
     * Every chart parley draws sets its own tick formatter on the value axes (XChart's default drops the leading zero)
     * and none of its labels starts with a decimal point.
     */
    static void assertTicks(Chart<?, ?> chart, boolean xNumeric) {
        AxesChartStyler s = (AxesChartStyler) chart.getStyler();
        Function<Double, String> y = s.getyAxisTickLabelsFormattingFunction();
        assertNotNull(y, "the y axis of '" + chart.getTitle() + "' has parley's tick formatter");
        check(chart, y);
        if (xNumeric) {
            Function<Double, String> x = s.getxAxisTickLabelsFormattingFunction();
            assertNotNull(x, "the x axis of '" + chart.getTitle() + "' has parley's tick formatter");
            check(chart, x);
        }
    }

    private static void check(Chart<?, ?> chart, Function<Double, String> f) {
        for (double v : PROBES) {
            String label = f.apply(v);
            assertFalse(label.startsWith(".") || label.startsWith("-."), "'" + chart.getTitle() + "' labels " + v
                    + " as '" + label + "'");
        }
    }

    @Test
    void shapesAndColoursOfThePaletteAreDistinct() {
        assertEquals(PlotStyle.SHAPES.size(), PlotStyle.SHAPES.stream().distinct().count());
        assertEquals(PlotStyle.PALETTE.size(), PlotStyle.PALETTE.stream().distinct().count());
        assertTrue(List.of(Glyph.Kind.values()).containsAll(PlotStyle.SHAPES));
    }
}
