package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.parley.app.CaseCompareJob;
import org.parley.app.CaseLedgerJob;
import org.parley.app.CaseProposeJob;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;

class CaseChartsTest {

    /** What a plane's caption may name, and how to recognise the series that draws it. */
    private static final Map<String, String> PHRASES = Map.of("both memoranda", "'s memorandum",
            "the bargaining solutions", "Nash", "the logrolling steps", "logrolling steps", "Adjusted Winner",
            "Adjusted Winner", "the current partial agreement", "current partial agreement",
            "the improvements over it", "improvement pss-");

    private static CaseComparison.Result compare(Case c) {
        return CaseCompareJob.run(c, c.parties().get(0).id(), c.parties().get(1).id(), null);
    }

    /** The caption names a kind of point exactly when the chart draws a series of that kind. */
    private static void assertCaptionMatchesSeries(CaseCharts.Drawn d) {
        XYChart chart = (XYChart) d.chart();
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            boolean drawn = chart.getSeriesMap().keySet().stream().anyMatch(n -> AnalysisPlotTest.read(n)
                    .contains(e.getValue()));
            assertEquals(drawn, d.caption().contains(e.getKey()), "caption '" + d.caption() + "' and series "
                    + chart.getSeriesMap().keySet() + " on '" + e.getKey() + "'");
        }
    }

    /** No two marker series share both shape and colour. */
    private static void assertMarkersLookDifferent(XYChart chart) {
        Set<String> seen = new HashSet<>();
        for (XYSeries s : AnalysisPlotTest.markers(chart)) {
            String look = ((Glyph) s.getMarker()).kind() + " " + s.getMarkerColor();
            assertTrue(seen.add(look), "two markers look alike: " + look);
        }
    }

    @Test
    void theCompareCaptionNamesOnlyWhatTheComparePlaneDraws() {
        for (Case c : List.of(PlotInputs.peace(), PlotInputs.labour())) {
            CaseComparison.Result r = compare(c);
            CaseCharts.Drawn d = CaseCharts.comparePlane(r);
            assertCaptionMatchesSeries(d);
            for (String absent : List.of("solution", "Adjusted", "improvement", "logroll", "proposed", "packages "
                    + "tabled")) {
                assertFalse(d.caption().contains(absent), d.caption());
            }
            XYChart chart = (XYChart) d.chart();
            PlotStyleTest.assertTicks(chart, true);
            assertEquals(2, AnalysisPlotTest.markers(chart).size(), "the two memoranda");
            assertMarkersLookDifferent(chart);
            String a = c.parties().get(r.a()).id();
            String reservation = AnalysisPlotTest.read(chart.getSeriesMap().keySet().stream()
                    .filter(n -> AnalysisPlotTest.read(n).startsWith("reservation value of " + a)).findFirst()
                    .orElseThrow());
            assertEquals("reservation value of " + a + " (" + PlotStyle.tick(r.reservations()[r.a()]) + ")",
                    reservation, "the reservation level at the comparison date");
        }
    }

    @Test
    void everyProposedPackageHasItsOwnLabelledMarker() {
        for (Case c : List.of(PlotInputs.peace(), PlotInputs.labour())) {
            CasePackages.Proposal p = CaseProposeJob.run(c);
            CaseCharts.Drawn d = CaseCharts.proposePlane(p);
            assertCaptionMatchesSeries(d);
            XYChart chart = (XYChart) d.chart();
            PlotStyleTest.assertTicks(chart, true);
            List<CasePackage> packages = new ArrayList<>(p.solutions());
            if (p.adjustedWinner() != null) {
                packages.add(p.adjustedWinner().pkg());
            }
            packages.add(p.baseline());
            packages.addAll(p.improvements());
            List<String> names = new ArrayList<>(packages.stream().map(x -> CaseCharts.name(x.method())).toList());
            assertEquals(names.size(), new HashSet<>(names).size(), "one name per package: " + names);
            names.add(c.parties().get(0).id() + "'s memorandum");
            names.add(c.parties().get(1).id() + "'s memorandum");
            AnalysisPlotTest.assertDistinguishable(chart, names);
            assertMarkersLookDifferent(chart);
            // each marker sits where its packages are
            for (XYSeries s : AnalysisPlotTest.markers(chart)) {
                for (CasePackage x : packages) {
                    if ((" " + AnalysisPlotTest.read(s.getName()) + " ").contains(" " + CaseCharts.name(x.method())
                            + " ")) {
                        assertEquals(x.utilities()[0], s.getXData()[0], PlotStyle.COINCIDE, s.getName());
                        assertEquals(x.utilities()[1], s.getYData()[0], PlotStyle.COINCIDE, s.getName());
                    }
                }
            }
        }
    }

    @Test
    void thePeaceProposalMergesItsFourCoincidingPackages() {
        CaseCharts.Drawn d = CaseCharts.proposePlane(CaseProposeJob.run(PlotInputs.peace()));
        List<String> labels = AnalysisPlotTest.markers((XYChart) d.chart()).stream()
                .map(s -> AnalysisPlotTest.read(s.getName())).toList();
        assertTrue(labels.contains("Nash = Kalai-Smorodinsky = max welfare = Adjusted Winner (0.575, 0.370)"),
                labels.toString());
    }

    @Test
    void gapBarsMarkBlockingIssuesAndDrawNoBarForASilentSide() {
        CaseComparison.Result r = compare(PlotInputs.peace());
        CaseCharts.Drawn d = CaseCharts.gapChart(r);
        CategoryChart chart = (CategoryChart) d.chart();
        PlotStyleTest.assertTicks(chart, false);
        CategorySeries blocking = chart.getSeriesMap().get(CaseCharts.BLOCKING);
        CategorySeries other = chart.getSeriesMap().get(CaseCharts.GAP);
        List<?> names = new ArrayList<>(blocking.getXData());
        List<? extends Number> b = new ArrayList<>(blocking.getYData());
        List<? extends Number> o = new ArrayList<>(other.getYData());
        for (int i = 0; i < r.issues().size(); i++) {
            CaseComparison.IssueGap g = r.issues().get(i);
            if (g.distance() == null) {
                assertEquals(g.issue() + " (one side silent)", names.get(i));
                assertNull(b.get(i));
                assertNull(o.get(i));
                assertTrue(d.caption().contains(g.issue()), d.caption());
            } else {
                assertEquals(g.distance(), (g.blocking() ? b : o).get(i).doubleValue(), 0.0, g.issue());
                assertNull((g.blocking() ? o : b).get(i), g.issue());
            }
        }
        assertTrue(r.issues().stream().anyMatch(g -> g.distance() == null), "the premise: 'remains' is one-sided");
        assertTrue(r.issues().stream().anyMatch(CaseComparison.IssueGap::blocking), "the premise: a blocking issue");
    }

    @Test
    void ledgerChartsShowBothSidesEvenWhenEqualAndCountInWholeNumbers() throws Exception {
        CaseLedgerJob.Result ledger = CaseLedgerJob.run(PlotInputs.labour(), null);
        List<CaseCharts.Drawn> charts = CaseCharts.ledgerCharts(ledger.entries());
        assertFalse(charts.isEmpty());
        for (CaseCharts.Drawn d : charts) {
            XYChart chart = (XYChart) d.chart();
            PlotStyleTest.assertTicks(chart, false);
            List<XYSeries> sides = new ArrayList<>(chart.getSeriesMap().values());
            assertEquals(2, sides.size());
            Glyph a = (Glyph) sides.get(0).getMarker();
            Glyph b = (Glyph) sides.get(1).getMarker();
            assertTrue(a.kind() != b.kind() && !sides.get(0).getMarkerColor().equals(sides.get(1).getMarkerColor()),
                    "the sides differ in shape and colour, so equal counts show both");
            if (sides.get(0).getXData().length == 1) {
                double t = sides.get(0).getXData()[0];
                assertTrue(chart.getStyler().getXAxisMin() < t && t < chart.getStyler().getXAxisMax(),
                        "a single date has a day either side, so its tick is drawn");
            }
        }
        assertEquals("", CaseCharts.count(0.5));
        assertEquals("2,500", CaseCharts.count(2500));
        for (CaseCharts.Chart c : CaseCharts.ledger(ledger.entries())) {
            Images.assertPng(c.png(), 0, 0);
        }
    }

    /** A tranche with no reported count was charted as a 0 point: a count not reported is not drawn. */
    @Test
    void aCountNotReportedHasNoPoint() {
        CaseLedgerJob.Result ledger = CaseLedgerJob.run(PlotInputs.peace(), null);
        List<CaseCharts.Drawn> charts = CaseCharts.ledgerCharts(ledger.entries());
        // C1's only tranche reported no count at all: no chart; C3 is the only commitment with a count
        assertEquals(List.of("C3: 6,000 for 6,000"), charts.stream().map(d -> d.chart().getTitle()).toList());
        XYChart c3 = (XYChart) charts.get(0).chart();
        // T2 reported both sides, T3 only russia: ukraine has one point, at T2, never a 0
        assertArrayEquals(new double[] {1212, 2412}, c3.getSeriesMap().get("russia").getYData());
        assertArrayEquals(new double[] {27}, c3.getSeriesMap().get("ukraine").getYData());
        assertEquals("Cumulative reported deliveries of russia and ukraine under C3, by tranche date; a tranche that "
                + "reported no count for a side has no point for it.", charts.get(0).caption());
    }

    @Test
    void theHtmlReportsCarryTheChartsWithTheirCaptions() throws Exception {
        CaseComparison.Result r = compare(PlotInputs.peace());
        String html = CaseHtml.compare(r);
        Matcher m = Pattern.compile("<figcaption>(.*?)</figcaption>").matcher(html);
        List<String> captions = new ArrayList<>();
        while (m.find()) {
            captions.add(m.group(1));
        }
        assertEquals(List.of(CaseHtml.esc(CaseCharts.gapChart(r).caption()),
                CaseHtml.esc(CaseCharts.comparePlane(r).caption())), captions);
        Images.assertPng(CaseCharts.plane(r).png(), 1060, 820);
        Images.assertPng(CaseCharts.gaps(r).png(), 0, 0);
    }
}
