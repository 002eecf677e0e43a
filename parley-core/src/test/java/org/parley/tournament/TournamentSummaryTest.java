package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.TournamentSummary.AgentRow;
import org.parley.tournament.TournamentSummary.Metric;

class TournamentSummaryTest {

    static SessionRecord record(int id, List<String> agents, double[] u, double[] du, boolean agreement,
            double distPareto, double distNash, String errorAgent) {
        return new SessionRecord(id, "s", 0, id, agents, List.of("p1", "p2"), "180rounds",
                errorAgent != null ? "error" : agreement ? "agreement" : "deadline",
                agreement ? Map.of("Price", "low") : null, 10, 0.5, 19, u, du, u[0] + u[1], distPareto, distNash,
                new GeniusCsv.Analysis(0, 0, 0, false), errorAgent == null ? null : "agent " + errorAgent + " threw",
                errorAgent, 0.001);
    }

    @Test
    void meansIntervalsAgreementRateWinsTiesLossesAndErrors() {
        TournamentSummary s = new TournamentSummary();
        s.add(record(0, List.of("a", "b"), new double[] {0.8, 0.4}, new double[] {0.8, 0.4}, true, 0.1, 0.2, null));
        s.add(record(1, List.of("b", "a"), new double[] {0.5, 0.5}, new double[] {0.5, 0.5}, true, 0, Double.NaN,
                null));
        s.add(record(2, List.of("a", "b"), new double[] {0.3, 0.3}, new double[] {0.3, 0.3}, false, 0.5, 0.6, "b"));
        assertEquals(3, s.sessions());
        assertEquals(2, s.agreements());
        assertEquals(1, s.errors());
        List<AgentRow> rows = s.rows();
        assertEquals(List.of("a", "b"), rows.stream().map(AgentRow::agent).toList());
        AgentRow a = rows.get(0);
        assertEquals(3, a.n());
        Stat u = a.stat(Metric.UTILITY);
        assertEquals(1.6 / 3, u.mean(), 1e-12);
        // sample sd of {0.8, 0.5, 0.3} is sqrt(0.12667 / 2) = 0.2516611; 1.96 · sd / √3
        assertEquals(1.96 * Math.sqrt((0.8 * 0.8 + 0.5 * 0.5 + 0.3 * 0.3 - 1.6 * 1.6 / 3) / 2) / Math.sqrt(3),
                u.ci95(), 1e-12);
        assertEquals(0.2847814, u.ci95(), 1e-7, "Python: 1.96 * statistics.stdev(x) / sqrt(3)");
        assertEquals(2.0 / 3, a.stat(Metric.AGREEMENT).mean(), 1e-12);
        Stat nash = a.stat(Metric.DIST_NASH);
        assertEquals(2, nash.n(), "NaN distances are left out");
        assertEquals(0.4, nash.mean(), 1e-15);
        assertEquals(0.392, nash.ci95(), 1e-12, "1.96 · sd(0.2, 0.6) / √2 = 1.96 · 0.2828 / 1.4142");
        assertEquals((1.2 + 1.0 + 0.6) / 3, a.stat(Metric.WELFARE).mean(), 1e-12);
        assertEquals(List.of(1, 1, 0, 0), List.of(a.wins(), a.ties(), a.losses(), a.errors()));
        AgentRow b = rows.get(1);
        assertEquals(List.of(0, 1, 1, 1), List.of(b.wins(), b.ties(), b.losses(), b.errors()));
        assertEquals(0.4, b.stat(Metric.DISCOUNTED_UTILITY).mean(), 1e-12);
        assertArrayEquals(new double[] {0.3, 0.4, 0.5}, sorted(s.values("b", Metric.UTILITY)));
        assertArrayEquals(new double[] {0.2, 0.6}, sorted(s.values("a", Metric.DIST_NASH)));
    }

    @Test
    void boundedSamplesDoNotDependOnTheOrderAndStatisticsStayExact() {
        List<SessionRecord> records = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int id = 0; id < 500; id++) {
            double u = random.nextDouble();
            records.add(record(id, List.of("a", "b"), new double[] {u, 1 - u}, new double[] {u, 1 - u}, true, 0, 0,
                    null));
        }
        TournamentSummary forward = new TournamentSummary(40);
        records.forEach(forward::add);
        List<SessionRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(3));
        TournamentSummary backward = new TournamentSummary(40);
        shuffled.forEach(backward::add);
        double[] sample = forward.values("a", Metric.UTILITY);
        assertEquals(40, sample.length);
        assertArrayEquals(sample, backward.values("a", Metric.UTILITY));
        double[] all = records.stream().mapToDouble(r -> r.utility(0)).toArray();
        Stat exact = Stat.of(all, all.length);
        Stat running = forward.rows().stream().filter(r -> r.agent().equals("a")).findFirst().orElseThrow()
                .stat(Metric.UTILITY);
        assertEquals(500, running.n());
        assertEquals(exact.mean(), running.mean(), 1e-12);
        assertEquals(exact.ci95(), running.ci95(), 1e-12);
        for (double x : sample) {
            assertTrue(Arrays.stream(all).anyMatch(y -> y == x));
        }
    }

    private static double[] sorted(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c;
    }

    @Test
    void smallSamplesHaveNoInterval() {
        assertTrue(Double.isNaN(Stat.of(new double[] {0.5}, 1).ci95()));
        assertEquals(0.5, Stat.of(new double[] {0.5}, 1).mean());
        assertTrue(Double.isNaN(Stat.of(new double[0], 0).mean()));
        assertEquals(0, Stat.of(new double[] {0.2, 0.2}, 2).ci95());
    }

    @Test
    void selfPlayCountsBothSeats() {
        TournamentSummary s = new TournamentSummary();
        s.add(record(0, List.of("a", "a"), new double[] {0.9, 0.1}, new double[] {0.9, 0.1}, true, 0, 0, null));
        AgentRow a = s.rows().get(0);
        assertEquals(2, a.n());
        assertEquals(List.of(1, 0, 1), List.of(a.wins(), a.ties(), a.losses()));
        assertEquals(0.5, a.stat(Metric.UTILITY).mean(), 1e-12);
    }
}
