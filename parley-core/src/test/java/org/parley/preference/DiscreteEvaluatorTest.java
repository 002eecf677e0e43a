package org.parley.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;

/** GENIUS's discrete evaluation (raw / max) with the maximum computed once, not once per value. */
class DiscreteEvaluatorTest {

    @Test
    void scoresAreRawOverMaximumAsInGenius() {
        DiscreteIssue bean = new DiscreteIssue("Bean", List.of("Arabica", "Robusta", "Blend"));
        DiscreteEvaluator e = new DiscreteEvaluator(Map.of("Arabica", 10.0, "Robusta", 4.0, "Blend", 7.0), true);
        assertEquals(1.0, e.evaluate(bean, 0));
        assertEquals(0.4, e.evaluate(bean, 1));
        assertEquals(0.7, e.evaluate(bean, 2));
        assertEquals(10.0, e.maxEvaluation());
        DiscreteEvaluator raw = new DiscreteEvaluator(Map.of("Arabica", 1.0, "Robusta", 0.4), false);
        assertEquals(0.4, raw.evaluate(bean, 1));
        assertEquals(0.0, raw.evaluate(bean, 2), "a value missing from the table scores 0");
        assertEquals(0.0, new DiscreteEvaluator(Map.of("Arabica", 1e-6), true).evaluate(bean, 0),
                "a maximum below 1e-5 scores everything 0");
    }

    @Test
    void equalTablesAreEqualValues() {
        DiscreteEvaluator a = new DiscreteEvaluator(Map.of("x", 1.0, "y", 2.0), true);
        assertEquals(a, new DiscreteEvaluator(new LinkedHashMap<>(Map.of("y", 2.0, "x", 1.0)), true));
        assertEquals(a.hashCode(), new DiscreteEvaluator(Map.of("x", 1.0, "y", 2.0), true).hashCode());
        assertNotEquals(a, new DiscreteEvaluator(Map.of("x", 1.0, "y", 0.5), true));
        DiscreteEvaluator b = new DiscreteEvaluator(Map.of("x", 1.0, "y", 0.5), true);
        assertNotEquals(b, new DiscreteEvaluator(Map.of("x", 1.0, "y", 0.5), false));
    }

    /**
     * Issue 13: building a profile over one issue of 100,000 values evaluated every value against a maximum recomputed
     * per value (10^10 steps, minutes of CPU). Linear now; the timeout only guards against a hang.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void scoringEveryValueOfAHugeIssueIsLinear() {
        int n = 100_000;
        List<String> values = new ArrayList<>(n);
        Map<String, Double> table = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.add("v" + i);
            table.put("v" + i, (double) (i % 1000));
        }
        Domain d = new Domain("big", List.of(new DiscreteIssue("I", values)));
        AdditiveUtility u = new AdditiveUtility(d, new double[] {1}, List.of(new DiscreteEvaluator(table, true)));
        assertEquals(999.0 / 999.0, u.utility(new int[] {999}));
        assertEquals(500.0 / 999.0, u.utility(new int[] {1500}));
    }
}
