package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.IntegerIssue;
import org.parley.preference.Profile;

/** The forms NegMAS writes or accepts, read with NegMAS's meaning. */
class NegmasReaderTest {

    private static final double EPS = 1e-12;
    private static final String DOMAIN = NegmasErrorsTest.DOMAIN;
    private static final String BUYER = NegmasErrorsTest.BUYER;

    private static NegmasFolder.Read read(String... nameThenText) {
        return NegmasErrorsTest.read(nameThenText);
    }

    private static double u(NegmasFolder.Read r, int party, int... outcome) {
        return r.scenario().profiles().get(party).utility(outcome);
    }

    @Test
    void headWriterFormWithQualifiedTagsAndKeysParleyIgnores() {
        String domain = DOMAIN.replace("type: CategoricalIssue", "type: negmas.outcomes.categorical_issue.CategoricalIssue"
                + "\n  n_values: 2\n  id: abc").replace("name: 'Coffee'", "name: 'Coffee'\npath: null");
        String buyer = BUYER.replace("type: LinearAdditiveUtilityFunction",
                "type: negmas.preferences.crisp.linear.LinearUtilityAggregationFunction\nstability: 2047\n"
                        + "reserved_outcome: null\nid: u1\npath: x");
        NegmasFolder.Read r = read("Coffee.yml", domain, "buyer.yml", buyer);
        assertEquals(1.0, u(r, 0, 0, 0), EPS);
        assertEquals(0.7 * 0.2 + 0.3 * 0.5, u(r, 0, 1, 2), EPS);
        assertEquals(List.of(), r.notes());
    }

    @Test
    void valuesAndWeightsByIssueNameBareTablesAndDefaults() {
        String ufun = """
                name: 'b'
                reserved_value: 0.1
                type: LinearAdditiveUtilityFunction
                values:
                  bean: {'arabica': 1.0, 'robusta': 0.0}
                weights:
                  cups: 0.25
                  bean: 0.5
                """;
        // cups has no value function: IdentityFun; weights 0.5 and 0.25 by name
        NegmasFolder.Read r = read("Coffee.yml", DOMAIN.replace("- 3\n", "- 2\n"), "b.yml", ufun);
        assertEquals(0.5 + 0.25 * 2, u(r, 0, 0, 1), EPS);
        assertEquals(0.25, u(r, 0, 1, 0), EPS);
        // missing weights are 1.0
        NegmasFolder.Read ones = read("Coffee.yml", DOMAIN, "b.yml", BUYER.replace("""
                weights:
                - 0.7
                - 0.3
                """, "").replace("bias: 1.25", "bias: 0.0").replace("slope: -0.25", "slope: 0.0"));
        assertEquals(1.0, u(ones, 0, 0, 1), EPS);
    }

    @Test
    void aDiscountWrapperAsNegmasImportsGeniusFiles() {
        // the wrapper's reserved value is -inf and the file's value is on the inner ufun (negmas-formats §3.5)
        String wrapped = "discount: 0.8\ntype: ExpDiscountedUFun\nufun:\n" + BUYER.replace("0.25", "0.5").indent(2);
        NegmasFolder.Read r = read("Coffee.yml", DOMAIN, "buyer.yml", wrapped);
        Profile p = r.scenario().profiles().get(0);
        assertEquals("buyer", p.name());
        assertEquals(0.5, p.reservationValue());
        assertEquals(0.8, p.discountFactor());
        NegmasUfun negmas = r.negmas().ufuns().get(0);
        assertEquals("step", negmas.discount().factor());
        assertTrue(negmas.discount().dynamicReservation());
        // a finite wrapper value wins; discount 1 (or 0) means none
        NegmasFolder.Read own = read("Coffee.yml", DOMAIN, "buyer.yml", wrapped.replace("discount: 0.8",
                "discount: 1.0\nreserved_value: 0.3\nname: 'outer'"));
        assertEquals(0.3, own.scenario().profiles().get(0).reservationValue());
        assertEquals(1.0, own.scenario().profiles().get(0).discountFactor());
        assertEquals("outer", own.scenario().profiles().get(0).name());
        assertNull(own.negmas().ufuns().get(0).discount());
    }

    @Test
    void affineUtilityFunctionsAndASingleIntegerBound() {
        String domain = """
                issues:
                - {name: x, type: ContiguousIssue, values: 4}
                - {name: y, type: ContiguousIssue, values: [0, 2]}
                name: d
                type: DiscreteCartesianOutcomeSpace
                """;
        NegmasFolder.Read r = read("d.yml", domain, "a.yml", "type: AffineUtilityFunction\nweights: [0.1, 0.2]\n"
                + "bias: 0.05\nreserved_value: 0.0\n", "b.yml", "type: LinearUtilityFunction\nweights: [0.2, 0.1]\n"
                + "bias: 0.5\n");
        assertEquals(new IntegerIssue("x", 0, 3), r.scenario().domain().issue(0));
        assertEquals(0.05 + 0.1 * 3 + 0.2 * 2, u(r, 0, 3, 2), EPS);
        assertEquals(0.05, u(r, 0, 0, 0), EPS);
        // LinearUtilityFunction has no bias (NegMAS forces it to 0)
        assertEquals(0.2 * 3 + 0.1 * 1, u(r, 1, 3, 1), EPS);
    }

    @Test
    void filesNegmasSkipsOrIgnores() {
        // macOS junk, non-YAML files, YAML without a type, and side files are not ufuns
        NegmasFolder.Read r = read("._buyer.yml", "\u0000\u0001garbage", "notes.txt", "hello", "_info.yml",
                "n_outcomes: 6\nformat: yaml\nformat: again\n? [a, b]\n: complex key\n", "_stats.yaml", "pareto_utils: []\n", "Coffee.yml", DOMAIN,
                "buyer.yml", BUYER);
        assertEquals(1, r.scenario().profiles().size());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void partiesComeInCodePointOrderOfFileNames() {
        NegmasFolder.Read r = read("Coffee.yml", DOMAIN, "second.yml", BUYER.replace("'buyer'", "'s'"), "First.yml",
                BUYER.replace("'buyer'", "'f'"), "a.yml", BUYER.replace("'buyer'", "'a'"));
        assertEquals(List.of("f", "a", "s"), r.scenario().profiles().stream().map(Profile::name).toList());
    }

    @Test
    void noteworthyReadings() {
        NegmasFolder.Read r = read("A.yml", DOMAIN.replace("'Coffee'", "'first'"), "Coffee.yml", DOMAIN, "u.yml",
                BUYER.replace("'robusta': 0.2", "'robusta': 0.2\n    'liberica': 0.4"));
        assertEquals("Coffee", r.scenario().domain().name());
        String notes = String.join("\n", r.notes());
        assertTrue(notes.contains("has 2 domain files; the last in name order, Coffee.yml, is used"), notes);
        assertTrue(notes.contains("u.yml: the table for issue 'bean' has entries for values the issue does not have, "
                + "ignored: 'liberica'"), notes);
    }

    @Test
    void numbersAsIssueValuesMatchNumerically() {
        String domain = """
                issues:
                - name: 'size'
                  type: DiscreteOrdinalIssue
                  values: [0.5, 1.0, 2]
                name: 'd'
                type: DiscreteCartesianOutcomeSpace
                """;
        // 1 matches 1.0 and 2.0 matches 2, as in Python
        NegmasFolder.Read r = read("d.yml", domain, "u.yml", "type: LinearAdditiveUtilityFunction\nreserved_value: 0.0\n"
                + "values:\n- type: TableFun\n  mapping: {0.5: 0.1, 1: 0.2, 2.0: 0.3}\n");
        assertEquals(List.of("0.5", "1.0", "2"), ((DiscreteIssue) r.scenario().domain().issue(0)).values());
        assertEquals(0.2, u(r, 0, 1), EPS);
        assertEquals(0.3, u(r, 0, 2), EPS);
    }

    @Test
    void aRescaledIssueKeepsEveryUtility() {
        // weights above 1 with values below 1, a negative weight on an inverted function, and a bias
        String ufun = """
                bias: 0.1
                name: 'r'
                reserved_value: 0.0
                type: LinearAdditiveUtilityFunction
                values:
                - mapping: {'arabica': 0.1, 'robusta': 0.3}
                  type: TableFun
                - slope: 1.0
                  bias: -3.0
                  type: AffineFun
                weights: [2.0, -0.1]
                """;
        NegmasFolder.Read r = read("Coffee.yml", DOMAIN, "r.yml", ufun);
        NegmasUfun negmas = r.negmas().ufuns().get(0);
        r.scenario().domain().outcomeSpace().forEach(o -> assertEquals(
                negmas.utility(NegmasFolder.outcome(r.negmas(), r.scenario().domain(), o)), u(r, 0, o), EPS));
        assertEquals(0.1 + 0.2 + 0.2, u(r, 0, 0, 0), EPS);
        assertInstanceOf(IntegerIssue.class, r.scenario().domain().issue(1));
    }
}
