package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.analysis.AgreementZone;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RedLine;

class MinimalRelaxationTest {

    private static final Domain TALKS = new Domain("talks", List.of(
            new DiscreteIssue("ceasefire", List.of("full", "pauses")),
            new DiscreteIssue("territory", List.of("withdraw", "freeze", "keep"))));

    private static Profile profile(String name, double w0, double[] v0, double w1, double[] v1, double rv) {
        Map<String, Double> e0 = new LinkedHashMap<>();
        Map<String, Double> e1 = new LinkedHashMap<>();
        for (int v = 0; v < v0.length; v++) {
            e0.put(TALKS.issue(0).label(v), v0[v]);
        }
        for (int v = 0; v < v1.length; v++) {
            e1.put(TALKS.issue(1).label(v), v1[v]);
        }
        return new Profile(name, new AdditiveUtility(TALKS, new double[] {w0, w1},
                List.of(new DiscreteEvaluator(e0, false), new DiscreteEvaluator(e1, false))), rv, 1);
    }

    /**
     * A: 0.5·ceasefire (full 1, pauses 0) + 0.5·territory (withdraw 1, freeze 0.5, keep 0), RV 0.5, red line
     * territory = keep. B: 0.25·ceasefire (full 0, pauses 1) + 0.75·territory (0, 0.5, 1), RV 0.6, red line
     * territory = withdraw. Allowed: (full, freeze) = (0.75, 0.375) and (pauses, freeze) = (0.25, 0.625); neither
     * clears both levels, so there is no zone. A would have to come down to 0.25 (by 0.25), B to 0.375 (by
     * 0.225). Dropping A's red line admits (full, keep) = (0.5, 0.75), a zone of one; dropping B's admits only
     * (full, withdraw) = (1, 0) and (pauses, withdraw) = (0.5, 0.25), which B rejects.
     */
    private static List<Profile> talks() {
        return List.of(profile("A", 0.5, new double[] {1, 0}, 0.5, new double[] {1, 0.5, 0}, 0.5),
                profile("B", 0.25, new double[] {0, 1}, 0.75, new double[] {0, 0.5, 1}, 0.6));
    }

    private static final List<RedLine> TALKS_RED_LINES = List.of(RedLine.of("A", "territory", 2),
            RedLine.of("B", "territory", 0));

    /** One refused option by indices, for the brute force. */
    private record Opt(int issue, int option) {
    }

    @Test
    void handCase() {
        for (long max : new long[] {MinimalRelaxation.DEFAULT_MAX_ENUMERATION, 0}) {
            List<Profile> p = talks();
            MinimalRelaxation.Result r = new MinimalRelaxation(p, new double[] {0.5, 0.6}, TALKS_RED_LINES, max)
                    .compute();
            assertEquals(max > 0, r.enumerated());
            assertTrue(r.zone().empty());
            MinimalRelaxation.PartyRelaxation a = r.parties().get(0);
            assertEquals(0.25, a.bestAttainable(), 0.0);
            assertEquals(0.25, a.decrease(), 0.0);
            assertEquals(new AgreementZone(BigInteger.ONE, false, true), a.zoneAfterDecrease());
            // lifting keep admits (full, keep) = (0.5, 0.75), where A gets 0.5
            assertEquals(List.of(new MinimalRelaxation.RedLineRelaxation(TALKS_RED_LINES.get(0), 1, 2,
                    new AgreementZone(BigInteger.ONE, false, true), 0.5)), a.redLines());
            MinimalRelaxation.PartyRelaxation b = r.parties().get(1);
            assertEquals(0.375, b.bestAttainable(), 0.0);
            assertEquals(0.225, b.decrease(), 1e-15);
            // lifting withdraw opens nothing and leaves B's best at 0.375
            assertTrue(b.opening().isEmpty());
            assertEquals(List.of(new MinimalRelaxation.RedLineRelaxation(TALKS_RED_LINES.get(1), 1, 0,
                    new AgreementZone(BigInteger.ZERO, true, true), 0.375)), b.redLines());
        }
    }

    @Test
    void noOutcomeRespectsTheRedLines() {
        List<RedLine> lines = List.of(RedLine.of("A", "ceasefire", 0, 1));
        for (long max : new long[] {100, 0}) {
            MinimalRelaxation.Result r = new MinimalRelaxation(talks(), new double[] {0, 0}, lines, max).compute();
            assertTrue(r.zone().empty());
            assertFalse(r.parties().get(1).reservationCanOpen());
            assertTrue(Double.isNaN(r.parties().get(1).decrease()));
            // dropping either of A's ceasefire red lines opens three outcomes
            assertEquals(2, r.parties().get(0).opening().size());
            assertEquals(BigInteger.valueOf(3), r.parties().get(0).redLines().get(0).zone().outcomes());
        }
    }

    /**
     * 3^16 ≈ 4.3·10^7 outcomes: above the enumeration limit, so the frontier path answers. With two parties, lowering
     * A's level can open a zone exactly when B's best over the allowed options (the sum of its per-issue maxima)
     * reaches B's level, and then the lowered zone is non-empty; likewise the other way round.
     */
    @Test
    void largeAdditiveSpaceUsesTheFrontier() {
        long seed = 25;
        SplittableRandom r = new SplittableRandom(seed);
        List<org.parley.domain.Issue> issues = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            issues.add(new DiscreteIssue("i" + i, List.of("a", "b", "c")));
        }
        Domain big = new Domain("big", issues);
        List<AdditiveUtility> us = List.of(TestProfiles.additive(r, big), TestProfiles.additive(r, big));
        List<Profile> profiles = List.of(new Profile("A", us.get(0), 0.6, 1), new Profile("B", us.get(1), 0.6, 1));
        List<RedLine> lines = List.of(RedLine.of("A", "i0", 0), RedLine.of("A", "i1", 1), RedLine.of("B", "i2", 2));
        Set<Opt> forbiddenOptions = Set.of(new Opt(0, 0), new Opt(1, 1), new Opt(2, 2));
        MinimalRelaxation.Result result = new MinimalRelaxation(profiles, lines).compute();
        assertFalse(result.enumerated(), "seed " + seed);
        for (int p = 0; p < 2; p++) {
            AdditiveUtility other = us.get(1 - p);
            double otherBest = 0;
            for (int i = 0; i < 16; i++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int v = 0; v < 3; v++) {
                    if (!forbiddenOptions.contains(new Opt(i, v))) {
                        best = Math.max(best, other.contribution(i, v));
                    }
                }
                otherBest += best;
            }
            MinimalRelaxation.PartyRelaxation got = result.parties().get(p);
            assertEquals(Math.min(1, otherBest) >= 0.6, got.reservationCanOpen(), "seed " + seed + " party " + p);
            if (got.reservationCanOpen()) {
                assertFalse(got.zoneAfterDecrease().empty(), "seed " + seed);
                BigInteger n = got.zoneAfterDecrease().outcomes();
                assertTrue(n == null || n.signum() > 0, "seed " + seed);
            }
        }
        assertTrue(result.parties().stream().anyMatch(MinimalRelaxation.PartyRelaxation::reservationCanOpen),
                "seed " + seed + ": the case should exercise the frontier maxima");
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MinimalRelaxation(talks(),
                List.of(RedLine.of("A", "borders", 0))));
        assertEquals("party 'A' has a red line on issue 'borders', but domain 'talks' has no such issue",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MinimalRelaxation(talks(),
                List.of(RedLine.of("C", "territory", 0))));
        assertEquals("a red line belongs to party 'C', but the profiles are [A, B]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MinimalRelaxation(talks(),
                List.of(RedLine.of("A", "territory", 3))));
        assertThrows(IllegalArgumentException.class, () -> new MinimalRelaxation(talks(), new double[] {0.5},
                List.of(), 100));
    }

    /** Seeded random cases against a direct brute force; additive cases also through the frontier path. */
    @Property(tries = 500, seed = "2025")
    void matchesBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain d = TestProfiles.domain(r, 4, 4);
        boolean additive = r.nextBoolean();
        List<Profile> profiles = TestProfiles.profiles(r, d, parties, additive);
        double[] rv = profiles.stream().mapToDouble(Profile::reservationValue).toArray();
        List<Set<Opt>> lines = new ArrayList<>();
        List<RedLine> redLines = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            Set<Opt> own = new HashSet<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                int i = r.nextInt(d.issueCount());
                int v = r.nextInt(d.issue(i).size());
                own.add(new Opt(i, v));
                redLines.add(RedLine.of(profiles.get(j).name(), d.issue(i).name(), v));
            }
            lines.add(own);
        }
        String msg = "seed " + seed;
        check(msg, profiles, rv, lines, new MinimalRelaxation(profiles, redLines).compute());
        if (additive) {
            MinimalRelaxation.Result viaFrontier = new MinimalRelaxation(profiles, rv, redLines, 0).compute();
            assertFalse(viaFrontier.enumerated(), msg);
            check(msg + " (frontier)", profiles, rv, lines, viaFrontier);
        }
    }

    private static void check(String msg, List<Profile> profiles, double[] rv, List<Set<Opt>> lines,
            MinimalRelaxation.Result result) {
        int m = profiles.size();
        assertEquals(count(profiles, rv, lines, -1, null), result.zone().outcomes().longValue(), msg + " zone");
        for (int p = 0; p < m; p++) {
            MinimalRelaxation.PartyRelaxation got = result.parties().get(p);
            double best = Double.NaN;
            for (int[] x : outcomes(profiles.get(0).domain())) {
                if (allowed(x, lines, -1, null) && othersClear(profiles, rv, x, p)) {
                    double u = profiles.get(p).utility(x);
                    best = Double.isNaN(best) ? u : Math.max(best, u);
                }
            }
            assertEquals(best, got.bestAttainable(), 0.0, msg + " best of " + p);
            if (!Double.isNaN(best)) {
                assertEquals(Math.max(0, rv[p] - best), got.decrease(), 0.0, msg);
                double[] lowered = rv.clone();
                lowered[p] = Math.min(rv[p], best);
                assertEquals(count(profiles, lowered, lines, -1, null),
                        got.zoneAfterDecrease().outcomes().longValue(), msg + " zone after decrease of " + p);
            }
            List<String> expected = new ArrayList<>();
            for (Opt line : lines.get(p)) {
                long n = count(profiles, rv, lines, p, line);
                double bestLifted = Double.NaN;
                for (int[] x : outcomes(profiles.get(0).domain())) {
                    if (allowed(x, lines, p, line) && othersClear(profiles, rv, x, p)) {
                        double u = profiles.get(p).utility(x);
                        bestLifted = Double.isNaN(bestLifted) ? u : Math.max(bestLifted, u);
                    }
                }
                expected.add(line.issue() + "/" + line.option() + ": " + n + " best " + bestLifted);
            }
            List<String> actual = got.redLines().stream().map(x -> x.issue() + "/" + x.option() + ": "
                    + x.zone().outcomes() + " best " + x.bestAttainable()).toList();
            assertEquals(new HashSet<>(expected), new HashSet<>(actual), msg + " red lines of " + p);
            assertEquals(expected.size(), actual.size(), msg + " red lines of " + p);
            for (int k = 1; k < got.redLines().size(); k++) {
                MinimalRelaxation.RedLineRelaxation x = got.redLines().get(k - 1);
                MinimalRelaxation.RedLineRelaxation y = got.redLines().get(k);
                assertTrue(x.opens() || !y.opens(), msg + " order");
                if (x.opens() && y.opens()) {
                    assertTrue(x.zone().outcomes().compareTo(y.zone().outcomes()) >= 0, msg + " order");
                }
            }
        }
    }

    private static List<int[]> outcomes(Domain d) {
        List<int[]> all = new ArrayList<>();
        d.outcomeSpace().forEach(x -> all.add(x.clone()));
        return all;
    }

    private static boolean allowed(int[] x, List<Set<Opt>> lines, int party, Opt lifted) {
        for (int j = 0; j < lines.size(); j++) {
            for (Opt r : lines.get(j)) {
                if (x[r.issue()] == r.option() && !(j == party && r.equals(lifted))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean othersClear(List<Profile> profiles, double[] rv, int[] x, int except) {
        for (int q = 0; q < profiles.size(); q++) {
            if (q != except && profiles.get(q).utility(x) < rv[q]) {
                return false;
            }
        }
        return true;
    }

    private static long count(List<Profile> profiles, double[] rv, List<Set<Opt>> lines, int party, Opt lifted) {
        long n = 0;
        for (int[] x : outcomes(profiles.get(0).domain())) {
            if (allowed(x, lines, party, lifted) && othersClear(profiles, rv, x, -1)) {
                n++;
            }
        }
        return n;
    }
}
