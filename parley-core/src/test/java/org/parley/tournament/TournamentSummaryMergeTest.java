package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.TournamentSummary.AgentRow;
import org.parley.tournament.TournamentSummary.Metric;

/**
 * The summary of two disjoint parts of a tournament, merged, equals the summary of the whole: counts and samples
 * exactly, means and intervals up to 1e-12.
 */
class TournamentSummaryMergeTest {

    private static final double TOLERANCE = 1e-12;
    private static final List<String> AGENTS = List.of("boulware", "conceder", "linear", "micro", "random");

    /**
     * Random records: 2–3 parties, utilities often on a coarse grid (ties), some without agreement, with an agent's
     * error or with an internal error.
     */
    static List<SessionRecord> records(SplittableRandom r, int count, int idRange) {
        List<SessionRecord> out = new ArrayList<>();
        int agents = 2 + r.nextInt(AGENTS.size() - 1);
        for (int i = 0; i < count; i++) {
            int k = 2 + r.nextInt(2);
            List<String> seated = new ArrayList<>();
            List<String> profiles = new ArrayList<>();
            double[] u = new double[k];
            double[] du = new double[k];
            boolean grid = r.nextBoolean();
            for (int j = 0; j < k; j++) {
                seated.add(AGENTS.get(r.nextInt(agents)));
                profiles.add("p" + j);
                u[j] = grid ? r.nextInt(5) / 4.0 : r.nextDouble();
                du[j] = grid ? u[j] : u[j] * r.nextDouble();
            }
            boolean agreement = r.nextInt(5) > 0;
            boolean internal = !agreement && r.nextInt(4) == 0;
            String errorAgent = !agreement && !internal && r.nextInt(3) == 0 ? seated.get(r.nextInt(k)) : null;
            double welfare = 0;
            for (double x : u) {
                welfare += x;
            }
            out.add(new SessionRecord(r.nextInt(idRange), "s" + r.nextInt(3), r.nextInt(3), r.nextLong(), seated,
                    profiles, "180rounds", internal ? SessionRecord.INTERNAL_ERROR : errorAgent != null ? "error"
                    : agreement ? "agreement" : "deadline", agreement ? Map.of("Price", "low") : null,
                    1 + r.nextInt(180), r.nextDouble(), r.nextInt(400), u, du, welfare, r.nextDouble() / 4,
                    r.nextInt(4) == 0 ? Double.NaN : r.nextDouble() / 2, new GeniusCsv.Analysis(0, 0, 0, false),
                    internal ? "parley failed" : errorAgent == null ? null : "agent threw", errorAgent, 0.001));
        }
        return out;
    }

    private static TournamentSummary summary(int sample, List<SessionRecord> records) {
        TournamentSummary s = new TournamentSummary(sample);
        records.forEach(s::add);
        return s;
    }

    @Property(tries = 300, seed = "20260524")
    void mergingTwoDisjointPartsGivesTheSummaryOfTheWhole(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int sample = 1 + r.nextInt(25);
        // ids from a small range: equal keys in the bottom-k sample must not make it depend on the order
        int ids = r.nextBoolean() ? 1 + r.nextInt(6) : 1 + r.nextInt(200);
        List<SessionRecord> all = records(r, r.nextInt(120), ids);
        double share = r.nextDouble();
        List<SessionRecord> a = new ArrayList<>();
        List<SessionRecord> b = new ArrayList<>();
        for (SessionRecord rec : all) {
            (r.nextDouble() < share ? a : b).add(rec);
        }
        Collections.shuffle(a, new Random(seed));
        Collections.shuffle(b, new Random(~seed));
        TournamentSummary whole = summary(sample, all);
        TournamentSummary left = summary(sample, a);
        TournamentSummary right = summary(sample, b);
        String msg = "seed " + seed + ", " + a.size() + " + " + b.size() + " records, sample " + sample;
        assertSameSummary(whole, left.merge(right), msg);
        assertSameSummary(whole, right.merge(left), msg + ", merged the other way");
        assertSameSummary(left, summary(sample, a), msg + ": merging changed an operand");
        assertSameSummary(whole, whole.merge(new TournamentSummary(sample)), msg + ": an empty part");
    }

    @Property(tries = 100, seed = "77")
    void threePartsMergeInAnyGrouping(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int sample = 1 + r.nextInt(10);
        List<SessionRecord> all = records(r, r.nextInt(90), 1000);
        int cut1 = all.isEmpty() ? 0 : r.nextInt(all.size() + 1);
        int cut2 = cut1 + (all.size() == cut1 ? 0 : r.nextInt(all.size() - cut1 + 1));
        TournamentSummary x = summary(sample, all.subList(0, cut1));
        TournamentSummary y = summary(sample, all.subList(cut1, cut2));
        TournamentSummary z = summary(sample, all.subList(cut2, all.size()));
        assertSameSummary(x.merge(y).merge(z), x.merge(y.merge(z)), "seed " + seed);
        assertSameSummary(summary(sample, all), z.merge(x).merge(y), "seed " + seed);
    }

    @Test
    void aTextbookMergeOfMeansAndIntervals() {
        // agent a sees utilities {0.8, 0.5} in part one and {0.3} in part two: mean 1.6/3, sd of the three values
        SessionRecord s0 = TournamentSummaryTest.record(0, List.of("a", "b"), new double[] {0.8, 0.4},
                new double[] {0.8, 0.4}, true, 0.1, 0.2, null);
        SessionRecord s1 = TournamentSummaryTest.record(1, List.of("b", "a"), new double[] {0.5, 0.5},
                new double[] {0.5, 0.5}, true, 0, Double.NaN, null);
        SessionRecord s2 = TournamentSummaryTest.record(2, List.of("a", "b"), new double[] {0.3, 0.3},
                new double[] {0.3, 0.3}, false, 0.5, 0.6, "b");
        TournamentSummary merged = summary(10, List.of(s0, s1)).merge(summary(10, List.of(s2)));
        AgentRow a = merged.rows().get(0);
        assertEquals("a", a.agent());
        assertEquals(1.6 / 3, a.stat(Metric.UTILITY).mean(), TOLERANCE);
        assertEquals(0.2847814, a.stat(Metric.UTILITY).ci95(), 1e-7, "Python: 1.96 * statistics.stdev(x) / sqrt(3)");
        assertEquals(List.of(1, 1, 0, 0), List.of(a.wins(), a.ties(), a.losses(), a.errors()));
        assertEquals(List.of(3, 2, 1), List.of(merged.sessions(), merged.agreements(), merged.errors()));
        assertEquals(1, merged.rows().get(1).errors());
    }

    @Test
    void partsShippedBySerializationMergeIntoTheWhole() throws IOException, ClassNotFoundException {
        // what a distributed reduce does: summarise each part where it lies, ship the summaries, merge them there
        long seed = 4242;
        SplittableRandom r = new SplittableRandom(seed);
        List<SessionRecord> all = records(r, 150, 100_000);
        int sample = 7;
        TournamentSummary reduced = new TournamentSummary(sample);
        for (int from = 0; from < all.size(); from += 40) {
            TournamentSummary part = summary(sample, all.subList(from, Math.min(all.size(), from + 40)));
            reduced = reduced.merge(roundTrip(part));
        }
        assertSameSummary(summary(sample, all), reduced, "seed " + seed);
        TournamentSummary whole = summary(sample, all);
        TournamentSummary copy = roundTrip(whole);
        assertEquals(sample, copy.sampleSize());
        assertSameSummary(whole, copy, "seed " + seed + ", one round trip");
        assertSameSummary(whole, roundTrip(copy).merge(new TournamentSummary(sample)), "seed " + seed + ", two");
    }

    private static TournamentSummary roundTrip(TournamentSummary s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TournamentSummary) in.readObject();
        }
    }

    @Test
    void samplesOfDifferentSizesDoNotMerge() {
        assertThrows(IllegalArgumentException.class, () -> new TournamentSummary(5).merge(new TournamentSummary(6)));
    }

    static void assertSameSummary(TournamentSummary expected, TournamentSummary actual, String msg) {
        assertEquals(expected.sessions(), actual.sessions(), msg + ": sessions");
        assertEquals(expected.agreements(), actual.agreements(), msg + ": agreements");
        assertEquals(expected.errors(), actual.errors(), msg + ": errors");
        assertEquals(expected.internalErrors(), actual.internalErrors(), msg + ": internal errors");
        Map<String, AgentRow> e = byAgent(expected);
        Map<String, AgentRow> a = byAgent(actual);
        assertEquals(e.keySet(), a.keySet(), msg + ": agents");
        for (String agent : e.keySet()) {
            AgentRow x = e.get(agent);
            AgentRow y = a.get(agent);
            String m = msg + ", agent " + agent;
            assertEquals(List.of(x.n(), x.wins(), x.ties(), x.losses(), x.errors()),
                    List.of(y.n(), y.wins(), y.ties(), y.losses(), y.errors()), m + ": n, wins, ties, losses, errors");
            for (Metric metric : Metric.values()) {
                Stat sx = x.stat(metric);
                Stat sy = y.stat(metric);
                assertEquals(sx.n(), sy.n(), m + ", " + metric + ": n");
                assertClose(sx.mean(), sy.mean(), m + ", " + metric + ": mean");
                assertClose(sx.ci95(), sy.ci95(), m + ", " + metric + ": ci95");
                assertArrayEquals(expected.values(agent, metric), actual.values(agent, metric),
                        m + ", " + metric + ": sample");
            }
        }
    }

    private static void assertClose(double x, double y, String msg) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            assertEquals(x, y, msg);
        } else {
            assertEquals(x, y, TOLERANCE, msg);
        }
    }

    private static Map<String, AgentRow> byAgent(TournamentSummary s) {
        Map<String, AgentRow> m = new TreeMap<>();
        for (AgentRow r : s.rows()) {
            m.put(r.agent(), r);
        }
        return new LinkedHashMap<>(m);
    }
}
