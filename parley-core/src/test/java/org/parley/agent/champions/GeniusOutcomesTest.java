package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;

class GeniusOutcomesTest {

    @Test
    void enumeratesWithTheFirstIssueFastest() {
        Profile p = Fixtures.mixed("m", true);
        GeniusOutcomes g = GeniusOutcomes.build(p);
        assertTrue(g.exact());
        assertEquals(3 * 5 * 21, g.size());
        assertArrayEquals(new int[] {0, 0, 0}, g.outcome(0));
        assertArrayEquals(new int[] {1, 0, 0}, g.outcome(1));
        assertArrayEquals(new int[] {0, 1, 0}, g.outcome(3));
        assertArrayEquals(new int[] {2, 4, 20}, g.outcome(g.size() - 1));
        for (int k = 0; k < g.size(); k++) {
            assertEquals(k, g.position(g.outcome(k)));
            assertEquals(p.utility(g.outcome(k)), g.utility(k));
        }
        assertTrue(GeniusOutcomes.compareEnumeration(g.outcome(4), g.outcome(5)) < 0);
    }

    @Test
    void samplesHugeSpacesWithTheBestOutcomeIncluded() {
        List<Issue> issues = new ArrayList<>();
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            issues.add(new IntegerIssue("i" + i, 0, 9));
            evaluators.add(new IntegerLinearEvaluator(0.1, 0.1));
        }
        double[] w = new double[10];
        java.util.Arrays.fill(w, 0.1);
        Profile p = new Profile("big", new AdditiveUtility(new Domain("big", issues), w, evaluators), 0, 1);
        GeniusOutcomes g = GeniusOutcomes.build(p);
        assertFalse(g.exact());
        assertEquals(BigInteger.TEN.pow(10), g.domainSize());
        assertEquals(GeniusOutcomes.SAMPLE_SIZE, g.size());
        double max = 0;
        for (int k = 0; k < g.size(); k++) {
            max = Math.max(max, g.utility(k));
            assertEquals(k, g.position(g.outcome(k)));
            if (k > 0) {
                assertTrue(GeniusOutcomes.compareEnumeration(g.outcome(k - 1), g.outcome(k)) < 0);
            }
        }
        assertEquals(1.0, max, 1e-12);
        int[] best = new int[10];
        java.util.Arrays.fill(best, 9);
        assertTrue(g.position(best) >= 0);
    }
}
