package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionResult;

class GahboninhoTest {

    @Test
    void recommendationFollowsTheWorkedExample() {
        // d = 0.5, noise 0.4·d = 0.2: the first call returns 1; at t = 2/181 branch A gives min(1, 1.02037) = 1
        Profile p = Fixtures.oneIssue("g", 0.5, 0.5, 1.0, 0.5, 0.1);
        Gahboninho g = new Gahboninho();
        g.init(Fixtures.settings(p, 180, 1));
        assertEquals(1.0, g.recommend(1 / 181.0));
        double t = 2 / 181.0;
        double min = Math.pow(0.5, 2 * t);
        double max = min * (1 + 6 * 0.2 * Math.pow(0.5, 5));
        assertEquals(0.98480, min, 5e-6);
        assertEquals(1.02173, max, 5e-6);
        assertEquals(1.0, g.recommend(t));
        // once D fails early (t > 0.985·d^(2t)) band E sets a negative fall limit: the recommendation climbs
        double previous = g.recommend(90 / 181.0);
        double next = g.recommend(91 / 181.0);
        assertTrue(next > previous && next > 1, previous + " -> " + next);
    }

    @Test
    void candidatesLookUpTheSmallestKeyAtLeastAndLaterPutsShadow() {
        double[] keys = {0.3, 0.1, 0.2, 0.2};
        long[] ids = {3, 1, 2, 4};
        GahboninhoCandidates c = GahboninhoCandidates.fromInsertions(keys, ids, 4);
        assertEquals(3, c.size());
        assertEquals(1, c.ceiling(0.05));
        assertEquals(4, c.ceiling(0.15)); // the later insertion under 0.2 replaced the earlier
        assertEquals(-1, c.ceiling(0.31));
        c.put(0.2, 9);
        assertEquals(3, c.size());
        assertEquals(9, c.ceiling(0.15));
        c.put(0.25, 7);
        assertEquals(4, c.size());
        assertEquals(7, c.ceiling(0.21));
        List<Long> order = new ArrayList<>();
        c.descending((k, id) -> order.add(id));
        assertEquals(List.of(3L, 7L, 9L, 1L), order);
    }

    @Test
    void modelWeightsAnIssueTheOpponentKeepsFixedHighest() {
        Profile p = Fixtures.discrete("m", 0, 1, new double[] {0.5, 0.5}, new double[] {1, 2, 3},
                new double[] {1, 2, 3});
        GahboninhoModel m = new GahboninhoModel(p.domain(), false);
        assertEquals(0, m.predict(new int[] {0, 0}));
        m.update(new int[] {0, 0});
        m.update(new int[] {0, 1});
        m.update(new int[] {0, 2});
        m.update(new int[] {0, 2}); // seen before: ignored
        // issue 0 never varies: variance 0, weight ratio 1 against (μ/3)/V for issue 1
        assertTrue(m.weight(0) > m.weight(1), m.weight(0) + " vs " + m.weight(1));
        assertEquals(1.0, m.weight(0) + m.weight(1), 1e-12);
        assertTrue(m.predict(new int[] {0, 1}) > m.predict(new int[] {2, 1}));
    }

    private static Profile integers(String name, boolean up) {
        Domain d = new Domain("ints", List.of(new IntegerIssue("a", 10, 30), new IntegerIssue("b", 0, 20)));
        List<Evaluator> e = List.of(new IntegerLinearEvaluator(up ? 0.05 : -0.05, up ? 0 : 1),
                new IntegerLinearEvaluator(up ? 0.05 : -0.05, up ? 0 : 1));
        return new Profile(name, new AdditiveUtility(d, new double[] {0.5, 0.5}, e), 0, 1);
    }

    @Test
    void numericIssuesUseTheRangeByDefaultAndTheOriginalsSlipsWithGenius() {
        Profile p = integers("i", true);
        GahboninhoModel clean = new GahboninhoModel(p.domain(), false);
        GahboninhoModel genius = new GahboninhoModel(p.domain(), true);
        clean.update(new int[] {2, 3});
        genius.update(new int[] {2, 3});
        // first values 12 (near lb 10) and 3 (near lb 0): clean prefers the near ends, GENIUS the far ones, and
        // GENIUS measures the distance in raw units (0 for any other value than the end itself)
        assertTrue(clean.predict(new int[] {0, 0}) > clean.predict(new int[] {20, 20}));
        assertTrue(genius.predict(new int[] {20, 20}) > genius.predict(new int[] {0, 0}));
        assertEquals(0, genius.predict(new int[] {15, 15}));
        SessionResult r = Fixtures.session().profiles(List.of(p, integers("j", false)))
                .agents(List.of(new Gahboninho(), new Gahboninho(true))).deadline(Deadline.rounds(180)).seed(2)
                .build().run();
        assertNull(r.error());
    }

    @Test
    void playsMixedAndTiedDomainsDeterministicallyPerSeed() {
        // many exact ties: three issues whose values score alike
        Profile a = Fixtures.discrete("a", 0, 0.8, new double[] {0.4, 0.3, 0.3}, new double[] {1, 1, 2, 2, 3},
                new double[] {2, 2, 1, 1}, new double[] {1, 3, 3});
        Profile b = Fixtures.discrete("b", 0, 0.8, new double[] {0.3, 0.3, 0.4}, new double[] {3, 2, 2, 1, 1},
                new double[] {1, 1, 2, 2}, new double[] {3, 1, 1});
        for (long seed = 0; seed < 5; seed++) {
            SessionResult x = run(a, b, seed);
            SessionResult y = run(a, b, seed);
            assertNull(x.error());
            assertEquals(x.round(), y.round());
            assertEquals(x.hasAgreement(), y.hasAgreement());
        }
        SessionResult m = Fixtures.session().profiles(List.of(Fixtures.mixed("x", true), Fixtures.mixed("y", false)))
                .agents(List.of(new Gahboninho(), new Gahboninho())).deadline(Deadline.rounds(180)).seed(1).build()
                .run();
        assertNull(m.error());
    }

    private static SessionResult run(Profile a, Profile b, long seed) {
        return Fixtures.session().profiles(List.of(a, b)).agents(List.of(new Gahboninho(), new Gahboninho()))
                .deadline(Deadline.rounds(180)).seed(seed).build().run();
    }
}
