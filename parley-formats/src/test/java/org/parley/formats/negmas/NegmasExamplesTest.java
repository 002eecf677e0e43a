package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.RealIssue;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * The shipped NegMAS examples read with the utilities worked out by hand from NegMAS's formula
 * u = bias + Σ w_i·f_i(x_i), and, on every outcome, parley's utility equal to NegMAS's.
 */
class NegmasExamplesTest {

    private static final double EPS = 1e-12;

    private static double u(NegmasFolder.Read r, int party, Object... outcome) {
        Domain d = r.scenario().domain();
        int[] o = new int[outcome.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = d.issue(i).indexOf(String.valueOf(outcome[i]));
            assertTrue(o[i] >= 0, outcome[i] + " is not a value of " + d.issue(i).name());
        }
        double parley = r.scenario().profiles().get(party).utility(o);
        double negmas = r.negmas().ufuns().get(party).utility(NegmasFolder.outcome(r.negmas(), d, o));
        assertEquals(negmas, parley, EPS);
        return parley;
    }

    @Test
    void catering() {
        NegmasFolder.Read r = NegmasFolder.read(NegmasExamples.dir("Catering"));
        Scenario s = r.scenario();
        assertEquals("Catering", s.name());
        assertEquals(List.of("caterer", "client"), s.profiles().stream().map(Profile::name).toList());
        assertEquals(new DiscreteIssue("menu", List.of("vegan", "fish", "meat")), s.domain().issue(0));
        assertEquals(new IntegerIssue("guests", 20, 60), s.domain().issue(1));
        assertEquals(123, s.domain().outcomeSpace().sizeAsLong());
        // caterer: 0.4·table + 0.6·(0.025·g − 0.5); client: 0.5·table + 0.5·0.015·g
        assertEquals(1.0, u(r, 0, "meat", 60), EPS);
        assertEquals(0.1, u(r, 0, "vegan", 20), EPS);
        assertEquals(0.5, u(r, 0, "fish", 40), EPS);
        assertEquals(0.95, u(r, 1, "fish", 60), EPS);
        assertEquals(0.3, u(r, 1, "meat", 20), EPS);
        assertEquals(0.35, s.profiles().get(0).reservationValue());
        assertEquals(0.2, s.profiles().get(1).reservationValue());
        assertEquals(1.0, s.profiles().get(0).discountFactor());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void subletWithAContinuousIssueADiscountAndNoReservedValue() {
        NegmasFolder.Read r = NegmasFolder.read(NegmasExamples.dir("Sublet"));
        Scenario s = r.scenario();
        assertEquals(List.of("landlord", "tenant"), s.profiles().stream().map(Profile::name).toList());
        RealIssue rent = assertInstanceOf(RealIssue.class, s.domain().issue(0));
        assertEquals(5, rent.size());
        assertEquals("900", rent.label(1));
        assertEquals(List.of("yes", "no"), ((DiscreteIssue) s.domain().issue(1)).values());
        // months is scored by tables, which parley's integer issues cannot hold: read as discrete 3..6
        assertEquals(List.of("3", "4", "5", "6"), ((DiscreteIssue) s.domain().issue(2)).values());
        assertEquals(40, s.domain().outcomeSpace().sizeAsLong());
        assertEquals(1.0, u(r, 0, 1200, "yes", 5), EPS);
        assertEquals(0.06, u(r, 0, 800, "no", 3), EPS);
        assertEquals(1.0, u(r, 1, 800, "yes", 4), EPS);
        assertEquals(0.445, u(r, 1, 1000, "no", 6), EPS);
        assertEquals(0.95, s.profiles().get(0).discountFactor());
        assertEquals(0.4, s.profiles().get(0).reservationValue());
        assertEquals(0.0, s.profiles().get(1).reservationValue());
        String notes = String.join("\n", r.notes());
        assertTrue(notes.contains("issue 'months'") && notes.contains("discrete"), notes);
        assertTrue(notes.contains("landlord.yml: discount 0.95") && notes.contains("d^step"), notes);
        assertTrue(notes.contains("tenant.yml: no reserved value"), notes);
    }

    @Test
    void fisheriesWithThreePartiesRescalingAndABias() {
        NegmasFolder.Read r = NegmasFolder.read(NegmasExamples.dir("Fisheries"));
        Scenario s = r.scenario();
        assertEquals(List.of("fleet", "ministry", "ngo"), s.profiles().stream().map(Profile::name).toList());
        assertEquals(99, s.domain().outcomeSpace().sizeAsLong());
        assertEquals(List.of("1", "2", "4"), ((DiscreteIssue) s.domain().issue(2)).values());
        // fleet: 0.05·q + 0.3·season + 0.2·(1 − 0.25·m)
        assertEquals(0.95, u(r, 0, 10, "0_12", 1), EPS);
        assertEquals(0.05 * 4 + 0.3 * 0.6 + 0.2 * 0.5, u(r, 0, 4, "3_9", 2), EPS);
        // ministry: 0.05 + 0.3·e^(−0.1·q) + 0.3·season + 0.3·monitoring
        assertEquals(0.95, u(r, 1, 0, "3_9", 2), EPS);
        assertEquals(0.05 + 0.3 * Math.exp(-1) + 0.09, u(r, 1, 10, "0_12", 1), EPS);
        // ngo: 0.4·(1 − 0.01·q²) + 0.2·season + 0.1·m
        assertEquals(1.0, u(r, 2, 0, "6_6", 4), EPS);
        assertEquals(0.4 * 0.75 + 0.2 * 0.5 + 0.1 * 2, u(r, 2, 5, "3_9", 2), EPS);
        assertEquals(0.0, s.profiles().get(1).reservationValue());
        assertEquals(0.25, s.profiles().get(2).reservationValue());
        String notes = String.join("\n", r.notes());
        assertTrue(notes.contains("issue 'quota': ministry.yml scores it with ExponentialFun"), notes);
        assertTrue(notes.contains("issue 'monitoring': its numeric values are kept as text"), notes);
        assertTrue(notes.contains("ministry.yml: weights and values rescaled") && notes.contains("no bias"), notes);
    }

    @Test
    void pieShapedLikeAnl2024() {
        NegmasFolder.Read r = NegmasFolder.read(NegmasExamples.dir("Pie7"));
        Scenario s = r.scenario();
        assertEquals(List.of("First7", "Second7"), s.profiles().stream().map(Profile::name).toList());
        assertEquals(10, s.domain().outcomeSpace().sizeAsLong());
        assertEquals("0_9", s.domain().issue(0).label(0));
        assertEquals(0.35, u(r, 0, "3_6"), EPS);
        assertEquals(0.7, u(r, 1, "3_6"), EPS);
        assertEquals(0.3, s.profiles().get(0).reservationValue());
        assertEquals(0.0, s.profiles().get(1).reservationValue(), 0.0); // -0.0 as ANL 2024 writes it
    }

    @Test
    void parleyEqualsNegmasOnEveryOutcomeOfEveryExample() {
        long checked = 0;
        for (String name : NegmasExamples.ALL) {
            NegmasFolder.Read r = NegmasFolder.read(NegmasExamples.dir(name));
            Domain d = r.scenario().domain();
            long[] count = {0};
            d.outcomeSpace().forEach(o -> {
                List<Object> x = NegmasFolder.outcome(r.negmas(), d, o);
                for (int p = 0; p < r.scenario().profiles().size(); p++) {
                    assertEquals(r.negmas().ufuns().get(p).utility(x), r.scenario().profiles().get(p).utility(o), EPS,
                            name + " " + d.format(o));
                }
                count[0]++;
            });
            checked += count[0];
        }
        assertEquals(123 + 40 + 99 + 10, checked);
    }
}
