package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BoxChart;
import org.parley.app.ReportJob;
import org.parley.app.TournamentJob;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.TournamentSummary.AgentRow;
import org.parley.tournament.TournamentSummary.Metric;

class TournamentBoxPlotTest {

    @TempDir
    Path tmp;

    @Test
    void oneBoxPerAgentInRankOrderLabelledWithItsCountAndLeadingZeroTicks() throws Exception {
        Path file = tmp.resolve("t.yaml");
        Files.writeString(file, "parley-tournament: 1\nname: small\ndeadline: {rounds: 30}\nagents: [boulware, "
                + "conceder, linear]\nscenarios: [" + PlotInputs.EXAMPLES.resolve("coffee.yaml").toAbsolutePath()
                + "]\n");
        TournamentDefinition def = TournamentYaml.read(file);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios());
        TournamentJob job = TournamentJob.prepare(def, scenarios);
        Path out = tmp.resolve("out");
        try (ResultStore store = ResultStore.open(out, job.manifest(), 1, job.sessions(), false)) {
            job.run(store, 1, rec -> { });
        }
        ReportJob.Summary s = ReportJob.summarize(out);
        for (Metric m : TournamentReport.PLOTTED) {
            BoxChart chart = TournamentReport.boxChart(s, m);
            PlotStyleTest.assertTicks(chart, false);
            assertEquals("Tournament small: " + m.label() + " per agent", chart.getTitle());
            List<String> expected = s.summary().rows().stream().map(AgentRow::agent)
                    .filter(a -> s.summary().values(a, m).length > 0)
                    .map(a -> a + " (n = " + s.summary().values(a, m).length + ")").toList();
            assertEquals(expected, List.copyOf(chart.getSeriesMap().keySet()), "rank order, with n");
            assertTrue(chart.getXAxisTitle().contains("1.5 IQR"), "says what the whiskers are");
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            TournamentReport.boxPlot(s, m, png);
            Images.assertPng(png.toByteArray(), chart.getWidth(), chart.getHeight());
        }
    }
}
