package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.HyperRectangleUtility.Bound;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

class GeniusXmlTest {

    static Path resource(String name) {
        try {
            return Paths.get(GeniusXmlTest.class.getResource("/genius/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] outcome(Domain d, String... labels) {
        int[] o = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            o[i] = d.issue(i).indexOf(labels[i]);
            assertTrue(o[i] >= 0, labels[i]);
        }
        return o;
    }

    @Test
    void readsTheCoffeeExampleOfTheSemanticsDoc() {
        GeniusDomain gd = GeniusXml.readGeniusDomain(resource("coffee-domain.xml"));
        Domain d = gd.domain();
        assertEquals("coffee-domain", d.name());
        assertEquals(List.of("Arabica", "Robusta", "Blend"), ((DiscreteIssue) d.issue(0)).values());
        assertEquals(new IntegerIssue("Cups", 1, 5), d.issue(2));
        assertEquals(30, d.outcomeSpace().sizeAsLong());

        Profile p = GeniusXml.readProfile(resource("coffee-profile.xml"), gd);
        assertEquals("coffee-profile", p.name());
        // 0.5·(10/10) + 0.2·(3/3) + 0.3·(1.0 − 0.25·(3−1)) = 0.5 + 0.2 + 0.15
        assertEquals(0.85, p.utility(outcome(d, "Arabica", "Oat", "3")), 1e-12);
        // 0.5·(4/10) + 0.2·(1/3) + 0.3·(1.0 − 0.25·(5−1)) = 0.2 + 0.0666…
        assertEquals(0.2 + 0.2 / 3, p.utility(outcome(d, "Robusta", "None", "5")), 1e-12);
        assertEquals(0.8, p.discountFactor());
        assertEquals(0.35, p.reservationValue());
    }

    @Test
    void computesItexVsCypressUtilitiesAsByHand() {
        Path dir = AnacCorpus.anacDir().resolve("anac__y2010__ItexvsCypress");
        Scenario s = GeniusXml.readScenario(dir.resolve("ItexvsCypress_domain.xml"),
                List.of(dir.resolve("ItexvsCypress_Itex.xml")));
        Domain d = s.domain();
        Profile itex = s.profiles().get(0);
        // Weights 0.28812635027374, 0.1915290482981283, 0.24212575877553694, 0.2782188426525948 (sum 1.0).
        // Maxima: Price $4.37=30, Delivery 45 days=20, Payment 30 days after delivery=25, Returns 5% spoilage=30.
        // The best outcome takes every maximum: min(1, Σ w) = 1.0.
        assertEquals(1.0, itex.utility(outcome(d, "$4.37", "45 days", "30 days after delivery",
                "5% spoilage allowed")), 1e-12);
        // ($3.98, 60 days, Upon delivery, 10% spoilage): w1·10/30 + w2·1/20 + w3·10/25 + w4·5/30
        double w1 = 0.28812635027374;
        double w2 = 0.1915290482981283;
        double w3 = 0.24212575877553694;
        double w4 = 0.2782188426525948;
        assertEquals(w1 * 10 / 30 + w2 / 20 + w3 * 10 / 25 + w4 * 5 / 30,
                itex.utility(outcome(d, "$3.98", "60 days", "Upon delivery", "10% spoilage allowed")), 1e-12);
        assertEquals(0.24883867979180033,
                itex.utility(outcome(d, "$3.98", "60 days", "Upon delivery", "10% spoilage allowed")), 1e-12);
        // The worst: ($3.47, 60 days, 60 days after delivery, Full price) = w1/30 + w2/20 + w3/25 + w4/30
        assertEquals(0.038139655863472385,
                itex.utility(outcome(d, "$3.47", "60 days", "60 days after delivery", "Full price")), 1e-12);
        assertEquals(0.0, itex.reservationValue());
        assertEquals(1.0, itex.discountFactor());
    }

    @Test
    void evaluatesAHandMadeNonlinearProfileExactly() {
        GeniusDomain gd = GeniusXml.readGeniusDomain(resource("nonlinear-domain.xml"));
        assertEquals(List.of(2, 3, 4), gd.issueIndices());
        Profile p = GeniusXml.readProfile(resource("nonlinear-profile.xml"), gd);
        HyperRectangleUtility h = assertInstanceOf(HyperRectangleUtility.class, p.utility());
        assertEquals(100.0, h.maxUtility());
        assertEquals(4, h.rectangles().size());
        // (3,1,2): R1 40 + R2 15 (c=2 violates 4..9) + R3 25 = 80
        assertEquals(0.80, p.utility(new int[] {3, 1, 2}), 1e-12);
        // (3,1,5): R1 40 + R3 25 = 65 (R2 does not pay: 5 lies in 4..9)
        assertEquals(0.65, p.utility(new int[] {3, 1, 5}), 1e-12);
        // (6,1,0): R2 15 + R3 25 + R4 70 = 110, capped at 1
        assertEquals(1.0, p.utility(new int[] {6, 1, 0}), 1e-12);
        // (9,9,9): R3 only
        assertEquals(0.25, p.utility(new int[] {9, 9, 9}), 1e-12);
        assertEquals(0.9, p.discountFactor());
        assertEquals(0.2, p.reservationValue());
    }

    @Test
    void readsTheAnac2014NonlinearProfileSensibly() throws Exception {
        Path dir = AnacCorpus.anacDir().resolve("anac__y2014__10issues");
        GeniusDomain gd = GeniusXml.readGeniusDomain(dir.resolve("10issues-domain.xml"));
        Path file = dir.resolve("profile-1.xml");
        HyperRectangleUtility h = (HyperRectangleUtility) GeniusXml.readProfile(file, gd).utility();
        assertEquals(662.0, h.maxUtility());
        String text = Files.readString(file);
        assertEquals(text.split("<hyperRectangle", -1).length - 1, h.rectangles().size());
        // The first rectangle: utility 97, INCLUDES index 2 in 7..9, 4 in 2..7, 6 in 0..8, 9 in 0..7.
        HyperRectangleUtility.Rectangle first = h.rectangles().get(0);
        assertEquals(97.0, first.utility());
        assertTrue(first.inclusive());
        assertEquals(List.of(new Bound(gd.position(2), 7, 9), new Bound(gd.position(4), 2, 7),
                new Bound(gd.position(6), 0, 8), new Bound(gd.position(9), 0, 7)), first.bounds());
        assertEquals(BigInteger.TEN.pow(10), gd.domain().outcomeSpace().size());
        Random rnd = new Random(2014);
        int positive = 0;
        for (int k = 0; k < 2000; k++) {
            int[] o = new int[10];
            for (int i = 0; i < o.length; i++) {
                o[i] = rnd.nextInt(10);
            }
            double u = h.utility(o);
            assertTrue(u >= 0 && u <= 1, "utility in [0,1]: " + u);
            positive += u > 0 ? 1 : 0;
        }
        assertTrue(positive > 1000, "most random outcomes satisfy some constraint: " + positive);
    }

    @Test
    void readsWebServiceIntegerQuirks() {
        Path dir = AnacCorpus.anacDir().resolve("web_service");
        GeniusDomain d = GeniusXml.readGeniusDomain(dir.resolve("web_service_domain.xml"));
        assertEquals(new IntegerIssue("Agent_B_revenue", 0, 2000), d.domain().issue(0));
        AdditiveUtility a = (AdditiveUtility) GeniusXml.readProfile(dir.resolve("web_service_agent_A.xml"), d).utility();
        // parameter0="1" parameter1="-0.0005": slope −0.0005, offset 1
        assertEquals(new IntegerLinearEvaluator(-0.0005, 1), a.evaluator(0));
        assertEquals(1 - 0.0005 * 1000, a.utility(new int[] {1000}), 1e-12);
    }

    @Test
    void readsTheNestedDiscountQuirkAndIgnoresObjectiveWeights() {
        Path dir = AnacCorpus.anacDir().resolve("anac__y2012__Fitness");
        GeniusDomain gd = GeniusXml.readGeniusDomain(dir.resolve("Fitness-A-domain.xml"));
        assertEquals(List.of(2, 3, 4, 5, 6), gd.issueIndices());
        AdditiveUtility a = (AdditiveUtility) GeniusXml.readProfile(dir.resolve("Fitness-A-prof1.xml"), gd).utility();
        assertEquals(0.15354168265071755, a.weight(0)); // <weight index="1" value="1.0"/> is the objective's
        Domain camera = GeniusXml.readDomain(AnacCorpus.anacDir().resolve("anac__y2011__Camera/camera_domain.xml"));
        assertEquals(6, camera.issueCount());
    }

    @Test
    void resolvesProfileIndicesOfDomainsFromElsewhereAsOneToN() {
        Domain fresh = new Domain("CoffeeOrder", GeniusXml.readDomain(resource("coffee-domain.xml")).issues());
        Profile p = GeniusXml.readProfile(resource("coffee-profile.xml"), GeniusDomain.withDefaultIndices(fresh));
        assertEquals(0.85, p.utility(outcome(fresh, "Arabica", "Oat", "3")), 1e-12);
    }

    @Test
    void readsAProfileWithTheDomainItImplies() {
        Path f = AnacCorpus.anacDir().resolve("journal_learning__four_issues/a_l_d_d.xml");
        Profile p = GeniusXml.readProfileWithImpliedDomain(f);
        assertEquals("a_l_d_d", p.domain().name());
        assertEquals(4, p.domain().issueCount());
        assertEquals(10, p.domain().issue(0).size());
    }
}
