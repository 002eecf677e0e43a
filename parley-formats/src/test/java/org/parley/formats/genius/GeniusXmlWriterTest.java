package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.OutcomeSpace;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;
import org.parley.preference.TriangularEvaluator;

class GeniusXmlWriterTest {

    /** Outcomes compared per profile in round trips of big spaces. */
    static final int SAMPLES = 2000;

    @TempDir
    Path dir;

    /** Up to {@code max} outcomes: all of a small space, else pseudo-random ones from a fixed seed. */
    static List<int[]> sample(Domain d, int max, long seed) {
        OutcomeSpace space = d.outcomeSpace();
        List<int[]> out = new ArrayList<>();
        Random rnd = new Random(seed);
        if (space.isIndexable() && space.sizeAsLong() <= max) {
            space.forEach(o -> out.add(o.clone()));
        } else if (space.isIndexable()) {
            for (int k = 0; k < max; k++) {
                out.add(space.outcome(rnd.nextLong(space.sizeAsLong())));
            }
        } else {
            for (int k = 0; k < max; k++) {
                int[] o = new int[d.issueCount()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = rnd.nextInt(d.issue(i).size());
                }
                out.add(o);
            }
        }
        return out;
    }

    /** Same issue names, kinds (unless {@code kindsMayChange}) and value labels, in the same order. */
    static void assertSameIssues(Domain expected, Domain actual, boolean kindsMayChange) {
        assertEquals(expected.issueCount(), actual.issueCount());
        for (int i = 0; i < expected.issueCount(); i++) {
            Issue e = expected.issue(i);
            Issue a = actual.issue(i);
            assertEquals(e.name(), a.name());
            if (!kindsMayChange) {
                assertEquals(e.getClass(), a.getClass(), e.name());
            }
            assertEquals(e.size(), a.size(), e.name());
            for (int v = 0; v < e.size(); v++) {
                assertEquals(e.label(v), a.label(v), e.name());
            }
        }
    }

    /** Same reservation value and discount, and utilities equal within {@code tolerance} (0 = bit-identical). */
    static void assertSameProfile(Profile expected, Profile actual, List<int[]> outcomes, double tolerance) {
        assertEquals(expected.reservationValue(), actual.reservationValue(), expected.name());
        assertEquals(expected.discountFactor(), actual.discountFactor(), expected.name());
        for (int[] o : outcomes) {
            if (tolerance == 0) {
                assertEquals(expected.utility(o), actual.utility(o), () -> expected.name() + " at " + expected.domain().format(o));
            } else {
                assertEquals(expected.utility(o), actual.utility(o), tolerance, expected.name());
            }
        }
    }

    static Scenario roundTrip(Scenario s, Path to) {
        GeniusScenarioFiles files = GeniusXml.writeScenario(s, to);
        return GeniusXml.readScenario(files.domainFile(), files.profileFiles());
    }

    @Test
    void roundTripsTheHandMadeNonlinearProfile() {
        GeniusDomain gd = GeniusXml.readGeniusDomain(GeniusXmlTest.resource("nonlinear-domain.xml"));
        Profile p = GeniusXml.readProfile(GeniusXmlTest.resource("nonlinear-profile.xml"), gd);
        Scenario back = roundTrip(new Scenario("Grid", gd.domain(), List.of(p)), dir);
        assertInstanceOf(HyperRectangleUtility.class, back.profiles().get(0).utility());
        assertSameProfile(p, back.profiles().get(0), sample(gd.domain(), 1000, 1), 0);
    }

    private static Domain mixed() {
        return new Domain("Mixed", List.of(new DiscreteIssue("colour", List.of("red", "green", "blue")),
                new IntegerIssue("qty", 2, 9), new RealIssue("price", BigDecimal.ZERO, BigDecimal.TEN, 20)));
    }

    private static Profile additive(Domain d, String name, double[] w, Evaluator... evaluators) {
        return new Profile(name, new AdditiveUtility(d, w, List.of(evaluators)), 0.1, 0.9);
    }

    @Test
    void writesEveryNativeEvaluatorExactly() {
        Domain d = mixed();
        Profile p1 = additive(d, "p1", new double[] {0.2, 0.3, 0.5},
                new DiscreteEvaluator(Map.of("red", 3.0, "blue", 7.0), true), new IntegerLinearEvaluator(0.1, 0.2),
                new RealLinearEvaluator(0.05, 0.09));
        Profile p2 = additive(d, "p2", new double[] {0.4, 0.3, 0.3}, new ConstantEvaluator(0.7),
                new ConstantEvaluator(0.25), new TriangularEvaluator(1, 9, 4));
        Profile p3 = additive(d, "p3", new double[] {0.1, 0.1, 0.8}, new DiscreteEvaluator(Map.of("red", 1.0), true),
                new IntegerLinearEvaluator(-0.2, 1), new ConstantEvaluator(1.5));
        Scenario back = roundTrip(new Scenario("Mixed", d, List.of(p1, p2, p3)), dir);
        assertSameIssues(d, back.domain(), false);
        for (int i = 0; i < 3; i++) {
            assertSameProfile(List.of(p1, p2, p3).get(i), back.profiles().get(i), sample(d, 10_000, 0), 0);
        }
    }

    @Test
    void scalesTheWeightOfUnnormalisedDiscreteEvaluations() throws IOException {
        Domain d = mixed();
        Profile p = additive(d, "web", new double[] {0.5, 0.2, 0.3},
                new DiscreteEvaluator(Map.of("red", 0.2, "green", 0.6), false), new IntegerLinearEvaluator(0.1, 0),
                new RealLinearEvaluator(0, 0.1));
        Path f = dir.resolve("web.xml");
        GeniusXml.writeProfile(p, f);
        String xml = Files.readString(f);
        assertTrue(xml.contains("<weight index=\"1\" value=\"" + 0.5 * 0.6 + "\"/>"), xml);
        assertTrue(xml.contains("value=\"green\" evaluation=\"0.6\""), xml);
        GeniusXml.writeDomain(d, dir.resolve("Mixed.xml"));
        GeniusDomain back = GeniusXml.readGeniusDomain(dir.resolve("Mixed.xml"));
        assertSameIssues(d, back.domain(), false);
        Profile read = GeniusXml.readProfile(f, back);
        assertSameProfile(p, read, sample(d, 10_000, 0), 1e-12);
    }

    @Test
    void writesAllZeroAndTinyEvaluationTablesFaithfully() {
        Domain d = new Domain("Tiny", List.of(new DiscreteIssue("a", List.of("x", "y")),
                new DiscreteIssue("b", List.of("u", "v"))));
        Profile p = additive(d, "tiny", new double[] {0.6, 0.4}, new DiscreteEvaluator(Map.of("x", 0.0), false),
                new DiscreteEvaluator(Map.of("u", 2e-6, "v", 1e-6), false));
        Profile back = roundTrip(new Scenario("Tiny", d, List.of(p)), dir).profiles().get(0);
        assertSameProfile(p, back, sample(d, 10, 0), 1e-12);
        assertEquals(0.4 * 2e-6, back.utility(new int[] {0, 0}), 1e-18);
    }

    @Test
    void turnsIssuesGeniusCannotPairIntoDiscreteOnesInDomainAndAllProfiles() {
        Domain d = new Domain("GW", List.of(new IntegerIssue("n", 0, 4),
                new RealIssue("r", new BigDecimal("0.6"), new BigDecimal("1.0"), 4),
                new RealIssue("s", BigDecimal.ZERO, BigDecimal.ONE, 20)));
        Profile web = additive(d, "web", new double[] {0.3, 0.3, 0.4}, new NumberLinearEvaluator(0, 0.2, 4, 0.9),
                new NumberLinearEvaluator(0.6, 1, 1.0, 0), new RealLinearEvaluator(0, 1));
        Profile old = additive(d, "old", new double[] {0.5, 0.25, 0.25}, new IntegerLinearEvaluator(0.25, 0),
                new RealLinearEvaluator(-1, 2), new NumberLinearEvaluator(0, 0, 1, 1));
        Profile withBid = Profile.withReservationOutcome("bid", web.utility(), new int[] {2, 1, 0});
        Scenario s = new Scenario("GW", d, List.of(web, old, withBid));
        Scenario back = roundTrip(s, dir);
        assertSameIssues(d, back.domain(), true);
        assertInstanceOf(DiscreteIssue.class, back.domain().issue(0));
        assertInstanceOf(DiscreteIssue.class, back.domain().issue(1));
        assertInstanceOf(DiscreteIssue.class, back.domain().issue(2));
        assertEquals(List.of("0.6", "0.7", "0.8", "0.9", "1.0"), ((DiscreteIssue) back.domain().issue(1)).values());
        for (int i = 0; i < 3; i++) {
            assertSameProfile(s.profiles().get(i), back.profiles().get(i), sample(d, 10_000, 0), 1e-12);
        }
        assertEquals(web.utility(new int[] {2, 1, 0}), back.profiles().get(2).reservationValue());
    }

    @Test
    void writesRealIssuesWithOtherIntervalsAsDiscrete() {
        Domain d = new Domain("R", List.of(new RealIssue("r", new BigDecimal("0"), new BigDecimal("1"), 4),
                new RealIssue("point", BigDecimal.ONE, BigDecimal.ONE, 20)));
        Path f = dir.resolve("R.xml");
        GeniusXml.writeDomain(d, f);
        Domain back = GeniusXml.readDomain(f);
        assertSameIssues(d, back, true);
        assertInstanceOf(DiscreteIssue.class, back.issue(0));
        assertInstanceOf(RealIssue.class, back.issue(1));
    }

    @Test
    void writeProfileRefusesWhatOnlyWriteScenarioCanConvert() {
        Domain d = mixed();
        Profile p = additive(d, "web", new double[] {0.5, 0.2, 0.3},
                new DiscreteEvaluator(Map.of("red", 1.0), true), new NumberLinearEvaluator(2, 0, 9, 1),
                new RealLinearEvaluator(0, 0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeniusXml.writeProfile(p, dir.resolve("p.xml")));
        assertTrue(e.getMessage().contains("issue 'qty' has a NumberLinearEvaluator") && e.getMessage()
                .contains("writeScenario"), e.getMessage());
    }

    @Test
    void refusesNegativeEvaluations() {
        Domain d = new Domain("N", List.of(new DiscreteIssue("a", List.of("x"))));
        Profile p = additive(d, "neg", new double[] {1}, new ConstantEvaluator(-0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeniusXml.writeScenario(new Scenario("N", d, List.of(p)), dir));
        assertTrue(e.getMessage().contains("evaluates value 'x' to -0.5"), e.getMessage());
    }

    @Test
    void escapesNamesAndLabelsAndKeepsThemExact() {
        Domain d = new Domain("Q&A <\"test\">", List.of(new DiscreteIssue("a&b \"c\"",
                List.of(" lead", "trail ", "tab\there", "new\nline", "<&>'\"", "€ ünï"))));
        Profile p = additive(d, "x/y", new double[] {1}, new DiscreteEvaluator(Map.of("new\nline", 2.0,
                "<&>'\"", 1.0), true));
        Scenario back = roundTrip(new Scenario("Q", d, List.of(p)), dir);
        assertSameIssues(d, back.domain(), false);
        assertSameProfile(p, back.profiles().get(0), sample(d, 10, 0), 0);
    }

    @Test
    void sanitisesAndSeparatesFileNames() {
        Domain d = new Domain("a:b", List.of(new DiscreteIssue("i", List.of("x"))));
        DiscreteEvaluator e = new DiscreteEvaluator(Map.of("x", 1.0), true);
        List<Profile> ps = List.of(additive(d, "p/1", new double[] {1}, e), additive(d, "P/1", new double[] {1}, e),
                additive(d, "", new double[] {1}, e), additive(d, "a:b", new double[] {1}, e));
        GeniusScenarioFiles files = GeniusXml.writeScenario(new Scenario("S", d, ps), dir);
        assertEquals(dir.resolve("a_b.xml"), files.domainFile());
        assertEquals(List.of(dir.resolve("p_1.xml"), dir.resolve("P_1-2.xml"), dir.resolve("profile-3.xml"),
                dir.resolve("a_b-2.xml")), files.profileFiles());
    }

    @Test
    void refusesToDiscretiseAnIssueThatAHyperRectangleBounds() {
        Domain d = new Domain("H", List.of(new IntegerIssue("n", 0, 3)));
        HyperRectangleUtility h = new HyperRectangleUtility(d, 10, List.of(new HyperRectangleUtility.Rectangle(5, 1,
                true, List.of(new HyperRectangleUtility.Bound(0, 1, 2)))));
        Profile web = additive(d, "web", new double[] {1}, new NumberLinearEvaluator(0, 0, 3, 1));
        Scenario s = new Scenario("H", d, List.of(new Profile("h", h, 0, 1), web));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeniusXml.writeScenario(s, dir));
        assertTrue(e.getMessage().contains("hyper-rectangle bounds it"), e.getMessage());
    }
}
