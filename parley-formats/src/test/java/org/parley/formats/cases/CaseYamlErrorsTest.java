package org.parley.formats.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.formats.FormatException;
import org.parley.mediation.Case;

/** Every kind of bad input names the file, the line and column of the offending YAML node, and the problem. */
class CaseYamlErrorsTest {

    static final Path FILE = Path.of("small.yaml");

    static String small() throws IOException {
        try (InputStream in = CaseYamlErrorsTest.class.getResourceAsStream("/cases/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String error(String from, String to) throws IOException {
        String text = small();
        assertTrue(text.contains(from), from);
        FormatException e = assertThrows(FormatException.class, () -> CaseYaml.parse(text.replace(from, to), FILE));
        return e.getMessage();
    }

    @Test
    void theSmallCaseLoads() throws IOException {
        Case c = CaseYaml.parse(small(), FILE);
        assertEquals(2, c.issues().size());
        assertEquals(3, c.issues().get(1).size());
        assertEquals(0.6, c.preferences().get(0).weight(0), 1e-12);
        assertEquals(0.5, c.preferences().get(0).value(1, 1), 1e-12);
    }

    @Test
    void aKeyThatIsNotTextIsRefusedByTheReader() throws IOException {
        // snakeyaml-engine 3 can refuse such keys itself; SafeYaml lets them through and the reader words the error
        FormatException e = assertThrows(FormatException.class, () -> CaseYaml.parse("? [a, b]\n: x\n", FILE));
        assertEquals("small.yaml:1:3: keys must be plain text, got a list", e.getMessage());
    }

    @Test
    void anOptionTheIssueDoesNotHave() throws IOException {
        assertEquals("small.yaml:31:27: issue 'colour' has no option 'blue'; expected an option among red, green",
                error("settles: {colour: red, price: 10}", "settles: {colour: blue, price: 10}"));
        assertEquals("small.yaml:31:39: issue 'price' has no option 7 (options 0, 5, 10)",
                error("settles: {colour: red, price: 10}", "settles: {colour: red, price: 7}"));
        assertEquals("small.yaml:18:26: issue 'colour' has no option 'gren'; did you mean 'green'?",
                error("colour: {red: 100, green: 0}", "colour: {red: 100, gren: 0}"));
    }

    @Test
    void aProvisionThatNamesAnUnknownIssue() throws IOException {
        assertEquals("small.yaml:37:19: the provision names unknown issue 'colours'; did you mean 'colour'?",
                error("settles: {colour: green}", "settles: {colours: green}"));
    }

    @Test
    void pointsThatDoNotAddUpTo100() throws IOException {
        assertEquals("small.yaml:16:13: the points of party 'a' add up to 95, not 100",
                error("points: {colour: 60, price: 40}", "points: {colour: 55, price: 40}"));
        assertEquals("small.yaml:21:14: the weights of party 'b' add up to 0.9, not 1",
                error("weights: {colour: 0.5, price: 0.5}", "weights: {colour: 0.4, price: 0.5}"));
    }

    @Test
    void aTrancheForAnUnknownCommitment() throws IOException {
        assertEquals("small.yaml:46:17: tranche T1 is for unknown commitment 'C9'; expected a commitment among C1",
                error("    commitment: C1\n", "    commitment: C9\n"));
    }

    @Test
    void aDateThatDoesNotParse() throws IOException {
        assertEquals("small.yaml:47:11: date: '2026-02-30' is not a date (YYYY-MM-DD)",
                error("date: 2026-01-05", "date: 2026-02-30"));
        assertEquals("small.yaml:3:7: asOf: '10 January 2026' is not a date; write YYYY-MM-DD",
                error("asOf: 2026-01-10", "asOf: 10 January 2026"));
    }

    @Test
    void schemaErrorsPointAtTheNode() throws IOException {
        assertEquals("small.yaml:9:5: unknown key 'kinds'; did you mean 'kind'?",
                error("    kind: categorical", "    kinds: categorical"));
        assertEquals("small.yaml:9:11: kind: 'colourful' is not one of categorical, ordinal, numeric, quantity",
                error("kind: categorical", "kind: colourful"));
        assertEquals("small.yaml:16:5: party 'a' needs either 'points' and 'ratings' (INSPIRE) or 'weights' and "
                + "'values'", error("    points: {colour: 60, price: 40}\n", ""));
    }

    @Test
    void syntaxErrorsAndReferences() throws IOException {
        String m = error("options: [red, green]", "options: [red, green");
        assertTrue(m.startsWith("small.yaml:11:"), m);
        assertEquals("small.yaml:41:18: beneficiary 'c' is not a party; expected a party among a, b",
                error("beneficiary: b", "beneficiary: c"));
        assertEquals("small.yaml:48:23: 'c' is not a side of commitment C1 (a, b)",
                error("delivered: {a: 5, b: 5}", "delivered: {a: 5, c: 5}"));
    }

    /**
     * The tester's {@code delivered: {employer: 99999999999999999999999}} was shown as 200,376,420,520,689,663 (wrapped
     * mod 2^64) with exit 0. Every count in a case file (delivered, amount, pool, planned, ratio) is read exactly and
     * refused, at its line and column, above 10^12.
     */
    @Test
    void countsOutOfRangeAreRefusedNeverWrapped() throws IOException {
        assertEquals("small.yaml:48:20: a: 99999999999999999999999 is above the largest value allowed here, "
                + "1,000,000,000,000", error("delivered: {a: 5, b: 5}", "delivered: {a: 99999999999999999999999, b: 5}"));
        assertEquals("small.yaml:48:20: a: 1000000000001 is above the largest value allowed here, 1,000,000,000,000",
                error("delivered: {a: 5, b: 5}", "delivered: {a: 1000000000001, b: 5}"));
        assertEquals(1_000_000_000_000L, CaseYaml.parse(small().replace("delivered: {a: 5, b: 5}",
                "delivered: {a: 1000000000000, b: 5}"), FILE).tranches().get(0).delivered().get("a"));
        assertEquals("small.yaml:42:24: amount: 18446744073709551621 is above the largest value allowed here, "
                + "1,000,000,000,000", error("amount: 10,", "amount: 18446744073709551621,"));
        assertEquals("small.yaml:48:20: a: -1 is below the smallest value allowed here, 0",
                error("delivered: {a: 5, b: 5}", "delivered: {a: -1, b: 5}"));
        assertTrue(error("reciprocity: n-for-n", "reciprocity: {ratio: [1, 9223372036854775808]}")
                .startsWith("small.yaml:43:18: reciprocity: "));
        assertEquals("small.yaml:48:26: b must be a whole number or nothing (~), got '5.5'",
                error("delivered: {a: 5, b: 5}", "delivered: {a: 5, b: 5.5}"));
    }

    /** The tester's tranche that reports the same side twice: the second key is refused, never kept silently. */
    @Test
    void aTrancheThatReportsTheSameSideTwice() throws IOException {
        String m = error("delivered: {a: 5, b: 5}", "delivered: {a: 5, a: 6}");
        assertTrue(m.startsWith("small.yaml:48:23: duplicate key 'a'"), m);
    }

    /** {@code horizon: 6} then {@code horizon: 7} kept the last; scenario and tournament files already refused it. */
    @Test
    void aKeyGivenTwiceAnywhereIsRefused() throws IOException {
        assertEquals("small.yaml:4:1: duplicate key 'asOf' (first at 3:1)",
                error("asOf: 2026-01-10\n", "asOf: 2026-01-10\nasOf: 2026-01-11\n"));
        String m = error("  - id: a\n", "  - id: a\n    id: c\n");
        assertTrue(m.startsWith("small.yaml:6:5: duplicate key 'id'"), m);
    }

    @Test
    void aTrancheNeedsASource() throws IOException {
        assertEquals("small.yaml:49:13: source is empty; it needs some text", error("source: minutes", "source: ' '"));
        assertEquals("small.yaml:49:13: source is empty; it needs some text", error("source: minutes", "source: ''"));
    }

    /** Under a ratio every count the beneficiary owes must be whole: 10 under 3:1 would ask 3⅓ of it. */
    @Test
    void aRatioThatMakesTheBeneficiarysShareAFraction() throws IOException {
        assertEquals("small.yaml:42:24: under the ratio 3:1 the beneficiary's share of 10 is 10 × 1 / 3, not a whole "
                + "number; give a multiple of 3", error("reciprocity: n-for-n", "reciprocity: {ratio: [3, 1]}"));
        Case c = CaseYaml.parse(small().replace("reciprocity: n-for-n", "reciprocity: {ratio: [2, 4]}"), FILE);
        assertEquals(20, c.commitments().get(0).reciprocity().beneficiaryShare(10));
    }
}
