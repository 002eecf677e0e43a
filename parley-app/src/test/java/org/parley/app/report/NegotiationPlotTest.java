package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.parley.agent.AgentRegistry;
import org.parley.app.NegotiateJob;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;

class NegotiationPlotTest {

    private static NegotiateJob.Result run(Scenario s, List<String> agents, int rounds) {
        return new NegotiateJob(AgentRegistry.builtIns()::factory).run(new NegotiateJob.Request(s, agents, Deadline.rounds(rounds), 0,
                null, true));
    }

    @Test
    void twoPartiesGiveTheDanceAndTheConcessionCurves() throws Exception {
        NegotiateJob.Result r = run(PlotInputs.itex2012(), List.of("boulware-party", "conceder-party"), 180);
        Figure f = NegotiationPlot.figure(r, r.frontier());
        assertEquals(2, f.panels().size());
        assertEquals("Negotiation on ItexvsCypress-A-domain: boulware-party vs conceder-party, agreement in round 103 "
                + "(t = 0.569)", f.title());
        XYChart dance = (XYChart) f.panels().get(0);
        XYChart concession = (XYChart) f.panels().get(1);
        PlotStyleTest.assertTicks(dance, true);
        PlotStyleTest.assertTicks(concession, true);
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, dance.getSeriesMap().get("Pareto frontier")
                .getXYSeriesRenderStyle());
        assertTrue(dance.getSeriesMap().containsKey("offers of party 1: boulware-party (ItexvsCypress-A-prof1)"));
        assertTrue(dance.getSeriesMap().containsKey("offers of party 2: conceder-party (ItexvsCypress-A-prof2)"));
        AnalysisPlotTest.assertDistinguishable(dance, List.of("Nash", "agreement"));
        XYSeries agreed = concession.getSeriesMap().get("agreement at t = 0.569 (round 103)");
        assertEquals(r.session().time(), agreed.getXData()[0]);
        assertEquals(r.session().time(), agreed.getXData()[1]);
        // the two parties' markers differ in shape and colour
        XYSeries a = concession.getSeriesMap().get("party 1: boulware-party (ItexvsCypress-A-prof1)");
        XYSeries b = concession.getSeriesMap().get("party 2: conceder-party (ItexvsCypress-A-prof2)");
        assertTrue(((Glyph) a.getMarker()).kind() != ((Glyph) b.getMarker()).kind());
        assertTrue(!a.getMarkerColor().equals(b.getMarkerColor()));

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        NegotiationPlot.write(r, r.frontier(), PlotFormat.PNG, png);
        Images.assertPng(png.toByteArray(), f.width(), f.height());
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        NegotiationPlot.write(r, r.frontier(), PlotFormat.SVG, svg);
        Images.assertSvg(svg.toByteArray(), f.width());
    }

    @Test
    void threePartiesGiveOneDancePanelPerPairWithTheFrontierAsPoints() throws Exception {
        NegotiateJob.Result r = run(PlotInputs.fisheries(), List.of("boulware", "conceder", "linear"), 100);
        Figure f = NegotiationPlot.figure(r, r.frontier());
        assertEquals(4, f.panels().size());
        assertEquals(2, f.columns());
        assertEquals(List.of("Negotiation dance: fleet and ministry", "Negotiation dance: fleet and ngo",
                "Negotiation dance: ministry and ngo", "Concession curves"),
                f.panels().stream().map(c -> c.getTitle()).toList());
        for (int k = 0; k < 3; k++) {
            XYChart dance = (XYChart) f.panels().get(k);
            XYSeries frontier = dance.getSeriesMap().get("Pareto-optimal outcomes (projected)");
            assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, frontier.getXYSeriesRenderStyle());
            AnalysisPlotTest.assertDistinguishable(dance, r.session().hasAgreement() ? List.of("Nash", "agreement")
                    : List.of("Nash"));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        NegotiationPlot.write(r, r.frontier(), PlotFormat.PNG, png);
        Images.assertPng(png.toByteArray(), f.width(), f.height());
    }
}
