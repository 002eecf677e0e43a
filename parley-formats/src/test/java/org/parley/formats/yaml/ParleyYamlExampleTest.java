package org.parley.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** The shipped example, the documentation's examples, and file-level reading and writing. */
class ParleyYamlExampleTest {

    static final Path ROOT = Path.of(System.getProperty("parley.scenarios", "../scenarios")).getParent();

    @TempDir
    Path tmp;

    @Test
    void coffeeExampleMatchesGeniusSemantics() {
        Scenario s = ParleyYaml.read(ROOT.resolve("examples/coffee.yaml"));
        assertEquals("coffee", s.name());
        assertEquals(List.of("buyer", "seller"), s.profiles().stream().map(Profile::name).toList());
        Profile buyer = s.profiles().get(0);
        int[] arabicaOat3 = {0, 1, 2};
        // 0.5·10/10 + 0.2·3/3 + 0.3·(1.0 − 0.25·(3 − 1)), genius-semantics.md §1
        assertEquals(0.85, buyer.utility(arabicaOat3), 1e-12);
        assertEquals(0.8, buyer.discountFactor());
        assertEquals(0.35, buyer.reservationValue());
        AdditiveUtility u = assertInstanceOf(AdditiveUtility.class, buyer.utility());
        assertEquals(new DiscreteEvaluator(Map.of("Arabica", 10.0, "Robusta", 4.0, "Blend", 7.0), true),
                u.evaluator(0));
        assertEquals(new IntegerLinearEvaluator(-0.25, 1.0), u.evaluator(2));
        Profile seller = s.profiles().get(1);
        int[] buyersBest = u.bestOutcome();
        int[] sellersBest = ((AdditiveUtility) seller.utility()).bestOutcome();
        assertTrue(seller.utility(buyersBest) < 0.5, "opposed preferences");
        assertTrue(buyer.utility(sellersBest) < 0.5, "opposed preferences");
    }

    @Test
    void coffeeExampleRoundTripsExactly() {
        Scenario s = ParleyYaml.read(ROOT.resolve("examples/coffee.yaml"));
        Path copy = tmp.resolve("copy.yaml");
        ParleyYaml.write(s, copy);
        ParleyYamlRoundTripTest.assertSameScenario(s, ParleyYaml.read(copy), "coffee");
    }

    @Test
    void everyYamlExampleInTheDocumentationLoads() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/yaml-format.md"));
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<Scenario> examples = new ArrayList<>();
        while (m.find()) {
            Scenario s = ParleyYaml.parse(m.group(1), Path.of("yaml-format.md"));
            ParleyYamlRoundTripTest.assertSameScenario(s, ParleyYaml.parse(ParleyYaml.toString(s), null), s.name());
            examples.add(s);
        }
        assertTrue(examples.size() >= 2, "the documentation shows complete examples");
        assertEquals(ParleyYaml.toString(ParleyYaml.read(ROOT.resolve("examples/coffee.yaml"))),
                ParleyYaml.toString(examples.get(0)), "the first documented example is examples/coffee.yaml");
    }

    @Test
    void nameDefaultsToTheFileBaseNameAndDomainNameToTheScenarioName() throws IOException {
        Path f = tmp.resolve("lunch.yaml");
        Files.writeString(f, """
                parley: 1
                issues: [{name: Dish, values: [soup, salad]}]
                parties: [{name: me, weights: {Dish: 1}, utilities: {Dish: {soup: 1, salad: 2}}}]
                """);
        Scenario s = ParleyYaml.read(f);
        assertEquals("lunch", s.name());
        assertEquals("lunch", s.domain().name());
        Profile me = s.profiles().get(0);
        assertEquals(0.5, me.utility(new int[] {0}));
        assertEquals(0.0, me.reservationValue());
        assertEquals(1.0, me.discountFactor());
        assertNull(me.reservationOutcome());
    }

    @Test
    void awkwardTextIsQuotedAndReadBackUnchanged() {
        List<String> names = new ArrayList<>(RandomScenarios.AWKWARD);
        names.add("");
        names.add("\uFEFFbom");
        assertThrows(IllegalArgumentException.class, () -> new DiscreteIssue("opt", List.of("\u0000nul\u007f\u0085")),
                "control characters are refused in names (issue 13), so no writer has to quote them");
        Domain d = new Domain("d: \"x\"", List.of(new DiscreteIssue("opt", names), new IntegerIssue("n", -3, 3)));
        Profile p = new Profile("", new AdditiveUtility(d, new double[] {0.5, 0.5},
                List.of(new DiscreteEvaluator(Map.of("", 1.0, "null", 0.5), false),
                        new IntegerLinearEvaluator(0.1, 0.0))), -0.0, 1.0, new int[] {names.size() - 1, 0});
        Scenario s = new Scenario("# not a comment", d, List.of(p));
        ParleyYamlRoundTripTest.assertSameScenario(s, ParleyYaml.parse(ParleyYaml.toString(s), null), "awkward");
    }
}
