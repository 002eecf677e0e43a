package org.parley.formats.geniusweb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;

/** Writing GENIUS-semantics profiles as GeniusWeb JSON: exact where possible, warnings where not. */
class GeniusWebWriteTest {

    static final Domain COFFEE = new Domain("coffee", List.of(
            new DiscreteIssue("Bean", List.of("Arabica", "Robusta", "Blend")),
            new DiscreteIssue("Milk", List.of("None", "Oat")),
            new IntegerIssue("Cups", 1, 5)));

    @TempDir
    Path tmp;

    static AdditiveUtility buyerUtility(double... weights) {
        return new AdditiveUtility(COFFEE, weights, List.of(
                new DiscreteEvaluator(Map.of("Arabica", 10.0, "Robusta", 4.0, "Blend", 7.0), true),
                new DiscreteEvaluator(Map.of("None", 1.0, "Oat", 3.0), true),
                new IntegerLinearEvaluator(-0.25, 1.0)));
    }

    @Test
    void geniusProfileIsConvertedWithWarnings() {
        Profile buyer = new Profile("buyer", buyerUtility(0.5, 0.2, 0.3), 0.35, 0.8);
        Scenario s = new Scenario("coffee", COFFEE, List.of(buyer));
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(s, tmp);
        assertEquals(tmp.resolve("coffee.json"), r.domainFile());
        assertEquals(List.of(tmp.resolve("buyer.json")), r.profileFiles());
        assertEquals(List.of(
                "issue 'Cups': written as a discrete value set of its 5 values because profile 'buyer' uses an "
                        + "integer linear evaluator, which GeniusWeb number utilities cannot express exactly; "
                        + "utilities are unchanged",
                "profile 'buyer': GeniusWeb has no discount factor; dropped 0.8",
                "profile 'buyer': reservation value 0.35 written as the reservation bid with the smallest utility "
                        + "≥ 0.35 (0.4)"), r.warnings());
        Scenario back = GeniusWebJson.readScenario(r.domainFile(), r.profileFiles());
        assertEquals(List.of("1", "2", "3", "4", "5"),
                assertInstanceOf(DiscreteIssue.class, back.domain().issue(2)).values());
        Profile p = back.profiles().get(0);
        COFFEE.outcomeSpace().forEach(o -> assertEquals(buyer.utility(o), p.utility(o)));
        // (Arabica, Oat, 3 cups) = 0.5 + 0.2 + 0.3·0.5 (genius-semantics.md §1)
        assertEquals(0.85, p.utility(new int[] {0, 1, 2}), 1e-12);
        assertEquals(0.4, p.reservationValue(), 1e-12);
        assertArrayEquals(new int[] {1, 1, 4}, p.reservationOutcome());
        assertEquals(1.0, p.discountFactor());
    }

    @Test
    void weightsNotSummingToOneAreRescaled() {
        Profile p = new Profile("greedy", buyerUtility(0.5, 0.2, 0.5), 0.0, 1.0);
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(new Scenario("coffee", COFFEE, List.of(p)), tmp);
        assertTrue(r.warnings().contains("profile 'greedy': weights sum to 1.2, but GeniusWeb requires 1; each "
                + "weight was divided by 1.2 (utilities shrink and are no longer capped at 1)"), r.warnings()::toString);
        Profile back = GeniusWebJson.readProfile(r.profileFiles().get(0));
        COFFEE.outcomeSpace().forEach(o -> assertEquals(
                ((AdditiveUtility) p.utility()).rawUtility(o) / 1.2, back.utility(o), 1e-12));
        assertEquals(0.0, back.reservationValue());
    }

    @Test
    void reservationAboveEveryBidBecomesTheBestBid() {
        AdditiveUtility u = buyerUtility(0.25, 0.25, 0.4);
        Profile p = new Profile("picky", u, 0.95, 1.0);
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(new Scenario("coffee", COFFEE, List.of(p)), tmp);
        assertTrue(r.warnings().contains("profile 'picky': reservation value 0.95 is above every bid's utility "
                + "(at most 0.9); written as the best bid"), r.warnings()::toString);
        assertArrayEquals(new int[] {0, 1, 0}, GeniusWebJson.readProfile(r.profileFiles().get(0))
                .reservationOutcome());
    }

    @Test
    void numberUtilitiesAndDecimalRangesStayNumeric() throws Exception {
        Domain d = new Domain("jobs", List.of(
                new RealIssue("fte", new BigDecimal("0.6"), new BigDecimal("1.0"), 4),
                new IntegerIssue("salary", 2000, 2010)));
        AdditiveUtility u = new AdditiveUtility(d, new double[] {0.25, 0.75}, List.of(
                new NumberLinearEvaluator(0.6, 0.1, 1.0, 0.9), new NumberLinearEvaluator(2000, 0, 2010, 1)));
        Profile p = Profile.withReservationOutcome("jobs1", u, new int[] {2, 5});
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(new Scenario("jobs", d, List.of(p)), tmp);
        assertEquals(List.of(), r.warnings());
        String json = Files.readString(r.profileFiles().get(0));
        assertTrue(json.contains("\"step\" : 0.1"), json);
        assertTrue(json.contains("\"fte\" : 0.8"), json);
        Scenario back = GeniusWebJson.readScenario(tmp);
        assertEquals(d, back.domain());
        GeniusWebJsonTest.assertSameProfile(p, back.profiles().get(0));
    }

    @Test
    void realIssueWithoutDecimalStepBecomesDiscrete() {
        Domain d = new Domain("thirds", List.of(new RealIssue("x", BigDecimal.ZERO, BigDecimal.ONE, 3)));
        AdditiveUtility u = new AdditiveUtility(d, new double[] {1},
                List.of(new NumberLinearEvaluator(0, 0, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> GeniusWebJson.writeDomain(d, tmp.resolve("d.json")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeniusWebJson.writeProfile(new Profile("p", u, 0, 1), tmp.resolve("p.json")));
        assertTrue(e.getMessage().contains("use GeniusWebJson.writeScenario"), e.getMessage());
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(
                new Scenario("thirds", d, List.of(new Profile("p", u, 0, 1))), tmp);
        assertEquals(1, r.warnings().size());
        Profile back = GeniusWebJson.readProfile(r.profileFiles().get(0));
        d.outcomeSpace().forEach(o -> assertEquals(u.utility(o), back.utility(o)));
    }

    @Test
    void constantOutsideUnitIntervalIsClamped() {
        AdditiveUtility u = new AdditiveUtility(COFFEE, new double[] {0.5, 0.25, 0.25}, List.of(
                new ConstantEvaluator(1.5), new DiscreteEvaluator(Map.of("Oat", 1.0), false),
                new RealLinearEvaluator(0, 0.2)));
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(
                new Scenario("coffee", COFFEE, List.of(new Profile("odd", u, 0, 1))), tmp);
        assertTrue(r.warnings().contains("profile 'odd': issue 'Bean' evaluates 'Arabica' to 1.5, outside "
                + "GeniusWeb's [0, 1]; written as 1.0"), r.warnings()::toString);
        Profile back = GeniusWebJson.readProfile(r.profileFiles().get(0));
        // Bean 1 (clamped), Milk None 0 (missing from the table), Cups 2 → 0.4
        assertEquals(0.5 + 0.25 * 0.4, back.utility(new int[] {0, 0, 1}), 1e-12);
    }

    @Test
    void nonAdditiveProfilesAreRefusedBeforeWriting() {
        HyperRectangleUtility h = new HyperRectangleUtility(COFFEE, 10, List.of());
        Scenario s = new Scenario("coffee", COFFEE, List.of(new Profile("rect", h, 0, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeniusWebJson.writeScenario(s, tmp.resolve("out")));
        assertEquals("profile 'rect' uses a non-additive utility (HyperRectangleUtility); GeniusWeb JSON can "
                + "express linear additive profiles only", e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("out")));
    }

    @Test
    void fileNamesAreSafeAndUnique() {
        Profile a = new Profile("a/b", buyerUtility(0.5, 0.2, 0.3), 0, 1);
        Profile b = new Profile("a:b", buyerUtility(0.5, 0.2, 0.3), 0, 1);
        Profile c = new Profile("coffee", buyerUtility(0.5, 0.2, 0.3), 0, 1);
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(new Scenario("x", COFFEE, List.of(a, b, c)), tmp);
        assertEquals(List.of(tmp.resolve("a_b.json"), tmp.resolve("a_b-2.json"), tmp.resolve("coffee-2.json")),
                r.profileFiles());
        assertEquals("a:b", GeniusWebJson.readProfile(r.profileFiles().get(1)).name());
    }
}
