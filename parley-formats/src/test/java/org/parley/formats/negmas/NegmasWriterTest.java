package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.RealIssue;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.formats.yaml.RandomScenarios;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;

/** parley → NegMAS: the files written, what is converted with a warning, what is refused. */
class NegmasWriterTest {

    private static final double EPS = 1e-12;

    private static Map<String, String> files(Scenario s, List<String> warnings) {
        return NegmasFolder.toFiles(NegmasFolder.fromParley(s, warnings), warnings);
    }

    private static NegmasFolder.Read readBack(Map<String, String> files) {
        List<NegmasFolder.Source> sources = new ArrayList<>();
        files.forEach((n, t) -> sources.add(new NegmasFolder.Source(n, t.getBytes(StandardCharsets.UTF_8))));
        return NegmasFolder.read("back", sources);
    }

    @Test
    void theCoffeeExampleInNegmasForm() {
        Scenario coffee = ParleyYaml.read(Paths.get("..", "examples", "coffee.yaml"));
        List<String> warnings = new ArrayList<>();
        Map<String, String> files = files(coffee, warnings);
        assertEquals(List.of("coffee.yml", "buyer.yml", "seller.yml"), List.copyOf(files.keySet()));
        assertEquals("""
                discount: 0.8
                dynamic_reservation: true
                factor: step
                name: 'buyer'
                reserved_value: 0.35
                type: ExpDiscountedUFun
                ufun:
                  name: 'buyer'
                  reserved_value: 0.35
                  type: LinearAdditiveUtilityFunction
                  values:
                  - mapping:
                      'Arabica': 1.0
                      'Blend': 0.7
                      'Robusta': 0.4
                    type: TableFun
                  - mapping:
                      'None': 0.3333333333333333
                      'Oat': 1.0
                    type: TableFun
                  - bias: 1.25
                    slope: -0.25
                    type: AffineFun
                  weights:
                  - 0.5
                  - 0.2
                  - 0.3
                """, files.get("buyer.yml"));
        assertTrue(files.get("coffee.yml").contains("""
                - name: 'Cups'
                  type: ContiguousIssue
                  values:
                  - 1
                  - 5
                """), files.get("coffee.yml"));
        assertTrue(warnings.get(0).startsWith("buyer: discount 0.8 is written as an ExpDiscountedUFun"), warnings.get(0));
        NegmasFolder.Read back = readBack(files);
        Domain d = back.scenario().domain();
        coffee.domain().outcomeSpace().forEach(o -> {
            for (int p = 0; p < 2; p++) {
                assertEquals(coffee.profiles().get(p).utility(o), back.negmas().ufuns().get(p)
                        .utility(NegmasFolder.outcome(back.negmas(), d, o)), EPS);
            }
        });
        // (Arabica, Oat, 3 cups) = 0.5 + 0.2 + 0.3·0.5, worked out in coffee.yaml
        assertEquals(0.85, back.scenario().profiles().get(0).utility(new int[] {0, 1, 2}), EPS);
    }

    @Test
    void genIusIntegerEvaluatorsAreShiftedByTheLowerBound(@TempDir Path tmp) throws IOException {
        // GENIUS computes slope·(x − lb) + offset; NegMAS's AffineFun computes slope·x + bias, so bias = offset − slope·lb
        Path domain = tmp.resolve("d.xml");
        Files.writeString(domain, """
                <negotiation_template><utility_space><objective index="0" name="d" type="objective" etype="objective">
                <issue index="1" name="bean" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="arabica"/><item index="2" value="robusta"/><item index="3" value="blend"/></issue>
                <issue index="2" name="cups" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="5"/>
                </objective></utility_space></negotiation_template>""");
        Path profile = tmp.resolve("p.xml");
        Files.writeString(profile, """
                <utility_space><objective index="0" name="d" type="objective" etype="objective">
                <issue index="1" name="bean" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="arabica" evaluation="10"/><item index="2" value="robusta" evaluation="2"/>
                <item index="3" value="blend" evaluation="6"/></issue>
                <issue index="2" name="cups" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="5">
                <evaluator ftype="linear" slope="-0.25" offset="1.0"/></issue>
                <weight index="1" value="0.7"/><weight index="2" value="0.3"/></objective>
                <reservation value="0.25"/></utility_space>""");
        Scenario s = GeniusXml.readScenario(domain, List.of(profile));
        NegmasScenario n = NegmasFolder.fromParley(s, new ArrayList<>());
        assertEquals(new ValueFunction.Affine(-0.25, 1.25), n.ufuns().get(0).values().get(1));
        assertEquals(new ValueFunction.Table(Map.of("arabica", 1.0, "robusta", 0.2, "blend", 0.6)).lookup(),
                ((ValueFunction.Table) n.ufuns().get(0).values().get(0)).lookup());
        // the GENIUS utilities, by hand: 1.0, 0.57, 0.14 (NegMAS's own import of the XML gives 7.225, 4.275, 1.325)
        NegmasUfun u = n.ufuns().get(0);
        assertEquals(1.0, u.utility(List.of("arabica", 1L)), EPS);
        assertEquals(0.57, u.utility(List.of("blend", 3L)), EPS);
        assertEquals(0.14, u.utility(List.of("robusta", 5L)), EPS);
        assertEquals(0.25, u.reservedValue());
    }

    @Test
    void textThatYaml11WouldMisreadIsQuotedAndFloatsKeepTheirDots() {
        Domain d = new Domain("d", List.of(new DiscreteIssue("v", List.of("0_20", "yes", "1e5", "null", "it's",
                "012", "1:30", "tab\tand\u2028sep"))));
        Map<String, Double> t = new java.util.LinkedHashMap<>();
        d.issue(0).size();
        double[] xs = {0.0, 1e-5, 1e-10, 0.1, 0.2, 0.3, 0.7 * 0.2, 1.0};
        for (int v = 0; v < xs.length; v++) {
            t.put(d.issue(0).label(v), xs[v]);
        }
        Profile p = new Profile("p", new AdditiveUtility(d, new double[] {1e-5 * 1e5},
                List.<Evaluator>of(new DiscreteEvaluator(t, false))), 1e-7, 1.0);
        Map<String, String> files = files(new Scenario("d", d, List.of(p)), new ArrayList<>());
        String domain = files.get("d.yml");
        for (String quoted : List.of("'0_20'", "'yes'", "'1e5'", "'null'", "'it''s'", "'012'", "'1:30'",
                "\"tab\\tand\\u2028sep\"")) {
            assertTrue(domain.contains("- " + quoted + "\n"), quoted + " in\n" + domain);
        }
        String ufun = files.get("p.yml");
        assertTrue(ufun.contains("'1e5': 1.0e-10\n") && ufun.contains("'yes': 1.0e-05\n")
                && ufun.contains("reserved_value: 1.0e-07\n"), ufun);
        NegmasFolder.Read back = readBack(files);
        assertEquals(d, back.scenario().domain());
        for (int v = 0; v < xs.length; v++) {
            assertEquals(xs[v], back.scenario().profiles().get(0).utility(new int[] {v}));
        }
        assertEquals(1e-7, back.scenario().profiles().get(0).reservationValue());
    }

    @Test
    void whatNegmasCannotExpressExactlyIsConvertedWithAWarning() {
        Domain d = new Domain("d", List.of(new IntegerIssue("n", 0, 4), new RealIssue("r", 0.0, 2.0)));
        // both lines leave [0, 1], so GENIUS clamps them
        Profile p = Profile.withReservationOutcome("p", new AdditiveUtility(d, new double[] {0.5, 0.5},
                List.of(new IntegerLinearEvaluator(0.5, 0.0), new RealLinearEvaluator(-0.5, 1.0))), new int[] {1, 3});
        Scenario s = new Scenario("s", d, List.of(p));
        List<String> warnings = new ArrayList<>();
        NegmasScenario n = NegmasFolder.fromParley(s, warnings);
        assertTrue(n.issues().get(0) instanceof NegmasIssue.Contiguous);
        assertTrue(n.ufuns().get(0).values().get(0) instanceof ValueFunction.Table);
        assertEquals(List.of("0.0", "0.1", "0.2"), ((NegmasIssue.Categorical) n.issues().get(1)).values().subList(0, 3));
        String all = String.join("\n", warnings);
        assertTrue(all.contains("issue 'r': profile 'p' scores it with a linear evaluation that GENIUS clamps"), all);
        assertTrue(all.contains("p: issue 'n' has a linear evaluation that GENIUS clamps"), all);
        assertTrue(all.contains("p: NegMAS's portable files have no reservation outcome"), all);
        NegmasFolder.Read back = readBack(NegmasFolder.toFiles(n, warnings));
        d.outcomeSpace().forEach(o -> assertEquals(p.utility(o), back.scenario().profiles().get(0).utility(o), EPS));
        assertEquals(p.reservationValue(), back.scenario().profiles().get(0).reservationValue());
    }

    @Test
    void refusals(@TempDir Path tmp) throws IOException {
        Domain d = new Domain("d", List.of(new DiscreteIssue("x", List.of("a", "b"))));
        Profile over = new Profile("over", new AdditiveUtility(d, new double[] {1.5},
                List.of(new DiscreteEvaluator(Map.of("a", 1.0, "b", 0.5), false))), 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NegmasFolder.fromParley(new Scenario("s", d, List.of(over)), new ArrayList<>()));
        assertTrue(e.getMessage().contains("profile 'over' sums to 1.5 at its best outcome, which parley (as GENIUS) "
                + "caps at 1; NegMAS does not cap utilities"), e.getMessage());
        Profile ok = new Profile("ok", new AdditiveUtility(d, new double[] {1.0},
                List.of(new DiscreteEvaluator(Map.of("a", 1.0, "b", 0.5), false))), 0, 1);
        Files.writeString(tmp.resolve("old.yml"), "type: LinearAdditiveUtilityFunction\n");
        IllegalArgumentException busy = assertThrows(IllegalArgumentException.class,
                () -> NegmasFolder.write(new Scenario("s", d, List.of(ok)), tmp));
        assertTrue(busy.getMessage().contains("already holds old.yml, which NegMAS would read"), busy.getMessage());
    }

    @Test
    void seededRandomScenariosRoundTripOrAreRefusedForADocumentedReason() {
        long seed = 0x5EEDL;
        RandomScenarios random = new RandomScenarios(seed);
        int written = 0;
        int refused = 0;
        for (int k = 0; k < 300; k++) {
            Scenario s = random.next();
            String where = "seed " + seed + ", scenario " + k;
            List<String> warnings = new ArrayList<>();
            NegmasScenario n;
            try {
                n = NegmasFolder.fromParley(s, warnings);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("is not linear additive") || e.getMessage().contains("NegMAS does "
                        + "not cap"), where + ": " + e.getMessage());
                refused++;
                continue;
            }
            NegmasFolder.Read back = readBack(NegmasFolder.toFiles(n, warnings));
            Domain d = back.scenario().domain();
            assertEquals(s.profiles().size(), back.scenario().profiles().size(), where);
            s.domain().outcomeSpace().forEach(o -> {
                for (int p = 0; p < s.profiles().size(); p++) {
                    // relative beyond 1: the generator's constants reach ±10^6
                    double expected = s.profiles().get(p).utility(o);
                    double eps = EPS * Math.max(1, Math.abs(expected));
                    assertEquals(expected, back.negmas().ufuns().get(p).utility(NegmasFolder.outcome(back.negmas(), d,
                            o)), eps, where);
                    assertEquals(expected, back.scenario().profiles().get(p).utility(o), eps, where);
                }
            });
            for (int p = 0; p < s.profiles().size(); p++) {
                assertEquals(s.profiles().get(p).reservationValue(), back.scenario().profiles().get(p)
                        .reservationValue(), 0.0, where);
                assertEquals(s.profiles().get(p).discountFactor(), back.scenario().profiles().get(p).discountFactor(),
                        0.0, where);
                assertEquals(s.profiles().get(p).name().isBlank() ? "party" + (p + 1) : s.profiles().get(p).name(),
                        back.scenario().profiles().get(p).name(), where);
            }
            written++;
        }
        System.out.println("random parley → NegMAS → parley: " + written + " written, " + refused + " refused");
        assertTrue(written >= 60 && refused >= 30, "seed " + seed + ": " + written + " written, " + refused
                + " refused");
    }
}
