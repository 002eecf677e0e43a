package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.formats.FormatException;

/**
 * What the NegMAS reader refuses, each with a one-line message naming the file, the line:column where there is one,
 * and the problem: malformed files, what NegMAS itself would fail on, and the kinds parley cannot represent.
 */
class NegmasErrorsTest {

    static final String DOMAIN = """
            issues:
            - name: 'bean'
              type: CategoricalIssue
              values:
              - 'arabica'
              - 'robusta'
            - name: 'cups'
              type: ContiguousIssue
              values:
              - 1
              - 3
            name: 'Coffee'
            type: DiscreteCartesianOutcomeSpace
            """;

    static final String BUYER = """
            name: 'buyer'
            reserved_value: 0.25
            type: LinearAdditiveUtilityFunction
            values:
            - mapping:
                'arabica': 1.0
                'robusta': 0.2
              type: TableFun
            - bias: 1.25
              slope: -0.25
              type: AffineFun
            weights:
            - 0.7
            - 0.3
            """;

    /** Sources from alternating file names and contents. */
    static List<NegmasFolder.Source> files(String... nameThenText) {
        List<NegmasFolder.Source> out = new ArrayList<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            out.add(new NegmasFolder.Source("s/" + nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    static NegmasFolder.Read read(String... nameThenText) {
        return NegmasFolder.read("s", files(nameThenText));
    }

    /** The message of the refusal of a folder holding the coffee domain and {@code ufun} as {@code u.yml}. */
    private static String refusedUfun(String ufun) {
        return refused("Coffee.yml", DOMAIN, "u.yml", ufun);
    }

    private static String refused(String... nameThenText) {
        FormatException e = assertThrows(FormatException.class, () -> read(nameThenText));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' not in: " + message);
        }
    }

    @Test
    void theCoffeeBuyerReads() {
        NegmasFolder.Read r = read("Coffee.yml", DOMAIN, "buyer.yml", BUYER);
        assertEquals(1.0, r.scenario().profiles().get(0).utility(new int[] {0, 0}), 1e-12);
        assertEquals(0.7 * 0.2 + 0.3 * 0.5, r.scenario().profiles().get(0).utility(new int[] {1, 2}), 1e-12);
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        contains(refused("Coffee.yml", DOMAIN, "u.yml", "name: 'x'\nvalues: [1, 2\n"), "s/u.yml:3:1");
        contains(refused("Coffee.yml", "- a\n- b\n"), "s/Coffee.yml:1:1", "needs each to be a mapping");
        contains(refused("Coffee.yml", DOMAIN, "u.yml", BUYER.replace("weights:", "wieghts:")), "s/u.yml:12:1",
                "unknown key 'wieghts'", "did you mean 'weights'?");
        contains(refused("Coffee.yml", DOMAIN, "u.yml", BUYER.replace("type: TableFun", "type: TabelFun")),
                "s/u.yml:8:9", "unknown value function type 'TabelFun'", "did you mean 'TableFun'?");
        contains(refused("Coffee.yml", DOMAIN, "u.yml", BUYER.replace("LinearAdditiveUtilityFunction",
                "LinearAdditiveUtilityFuncton")), "s/u.yml:3:7", "did you mean 'LinearAdditiveUtilityFunction'?");
        contains(refused("Coffee.yml", DOMAIN.replace("ContiguousIssue", "ContigousIssue"), "u.yml", BUYER),
                "s/Coffee.yml:8:9", "did you mean 'ContiguousIssue'?");
        FormatException notUtf8 = assertThrows(FormatException.class, () -> NegmasFolder.read("s",
                List.of(new NegmasFolder.Source("s/a.yml", new byte[] {(byte) 0xff, (byte) 0xfe, 'x'}))));
        contains(notUtf8.getMessage(), "s/a.yml", "not valid UTF-8");
    }

    @Test
    void folderLevelProblems() {
        contains(refused("u.yml", BUYER), "has no NegMAS domain file");
        contains(refused("Coffee.yml", DOMAIN), "Coffee.yml", "no utility function files");
        // NegMAS's own JSON dump is never detected as a scenario folder
        contains(refused("Coffee.json", "{\"type\": \"DiscreteCartesianOutcomeSpace\"}", "buyer.json", "{}"),
                "has no NegMAS domain file");
        contains(refused("Coffee.yml", DOMAIN.replace("'cups'", "'bean'"), "u.yml", BUYER), "s/Coffee.yml:7:3",
                "a second issue named 'bean'");
        contains(refused("Coffee.yml", DOMAIN.replace("ContiguousIssue", "ContinuousIssue"), "u.yml", BUYER),
                "continuous issue 'cups' in a DiscreteCartesianOutcomeSpace");
    }

    @Test
    void whatNegmasItselfWouldFailOn() {
        contains(refusedUfun(BUYER.replace("'robusta': 0.2", "'robsta': 0.2")), "s/u.yml:5:3",
                "has no entry for 'robusta'", "did you mean 'robsta'?");
        contains(refusedUfun(BUYER.replace("- 0.3\n", "")), "s/u.yml:13:1", "weights lists 1 number but the domain "
                + "has 2 issues");
        contains(refusedUfun(BUYER.replace("""
                - bias: 1.25
                  slope: -0.25
                  type: AffineFun
                """, "")), "values lists 1 value function but the domain has 2 issues");
        contains(refusedUfun(BUYER.replace("""
                - mapping:
                    'arabica': 1.0
                    'robusta': 0.2
                  type: TableFun
                """, "- type: IdentityFun\n")), "s/u.yml:5:3", "IdentityFun reads numbers, but issue 'bean' has text "
                + "values");
        contains(refusedUfun(BUYER.replace("""
                - bias: 1.25
                  slope: -0.25
                  type: AffineFun
                """, """
                - mapping:
                    '1': 1.0
                    '2': 0.5
                    '3': 0.0
                  type: TableFun
                """)), "has no entry for 1", "the table has '1', of another type");
        contains(refusedUfun(BUYER.replace("""
                - bias: 1.25
                  slope: -0.25
                  type: AffineFun
                """, "- [1.0, 0.5, 0.0]\n")), "s/u.yml:9:3", "bare list");
        contains(refusedUfun(BUYER.replace("- 0.3", "- 1e-05")), "s/u.yml:14:3", "a weight must be a number, got the "
                + "text '1e-05'", "signed exponent");
        contains(refused("Coffee.yml", DOMAIN.replace("'robusta'", "yes"), "u.yml", BUYER), "s/Coffee.yml:6:5",
                "got the boolean 'yes'; quote it");
        contains(refused("Coffee.yml", DOMAIN.replace("'robusta'", "2024-05-01"), "u.yml", BUYER), "the date "
                + "'2024-05-01'");
        contains(refusedUfun(BUYER.replace("reserved_value: 0.25", "reserved_value: .nan")), "s/u.yml:2:17",
                "reserved_value must be a number or -.inf");
        contains(refusedUfun(BUYER.replace("name: 'buyer'", "name: !!binary aGVsbG8=")), "s/u.yml:1:7",
                "unsupported tag");
        contains(refused("Coffee.yml", DOMAIN.replace("- 3\n", "- 99999999999999999999\n"), "u.yml", BUYER),
                "does not fit in 64 bits");
    }

    @Test
    void kindsParleyDoesNotRead() {
        String[][] cases = {
            {"type: MappingUtilityFunction\nname: m\nmapping: {}\n", "MappingUtilityFunction: utility tables over "
                + "whole outcomes are not supported"},
            {"type: WeightedUtilityFunction\nufuns: []\nweights: []\n", "weighted sums of utility functions"},
            {"type: ConstUtilityFunction\nvalue: 0.5\n", "constant utility functions are not supported"},
            {"type: HyperRectangleUtilityFunction\n", "hyper-rectangle utility functions are not supported"},
            {"type: LinDiscountedUFun\ncost: 0.1\nufun: {}\n", "linear (cost per step) discounting is not supported"},
            {"type: LambdaCenterUFun\nn_edges: 2\n", "ANL 2025 multi-deal centre utility functions"},
            {"type: ProbabilisticUtilityFunction\n", "unknown utility function type 'ProbabilisticUtilityFunction'"},
            {BUYER.replace("type: TableFun", "type: LambdaFun"), "pickled Python code"},
            {BUYER.replace("type: TableFun", "type: GaussianFun"), "NegMAS 0.12 and later only"},
            {"type: ExpDiscountedUFun\ndiscount: 0.9\nufun:\n  type: ExpDiscountedUFun\n", "a discounted ufun inside "
                + "a discounted ufun"},
            {"type: ExpDiscountedUFun\ndiscount: 0.9\nfactor: time\nufun:\n" + BUYER.indent(2),
                "factor 'time' is not supported"},
            {"type: ExpDiscountedUFun\ndiscount: 1.5\nufun:\n" + BUYER.indent(2), "discount must lie in [0, 1]"},
        };
        for (String[] c : cases) {
            contains(refusedUfun(c[0]), "s/u.yml:", c[1]);
        }
        String[][] issues = {
            {"CountableInfiniteIssue", "unbounded issues are not supported"},
            {"ContinuousInfiniteIssue", "unbounded issues are not supported"},
            {"OptionalIssue", "optional issues are not supported"},
            {"CallableIssue", "issues defined by code"},
            {"SingletonIssue", "singleton issues"},
        };
        for (String[] c : issues) {
            contains(refused("Coffee.yml", DOMAIN.replace("ContiguousIssue", c[0]), "u.yml", BUYER),
                    "s/Coffee.yml:8:9", c[1]);
        }
        contains(refused("Coffee.yml", DOMAIN.replace("ContiguousIssue", "ContinuousIssue")
                .replace("DiscreteCartesian", "Cartesian").replace("- 3\n", "- .inf\n"), "u.yml", BUYER),
                "is unbounded");
        contains(refused("Coffee.yml", DOMAIN.replace("DiscreteCartesianOutcomeSpace", "EnumeratingOutcomeSpace"),
                "u.yml", BUYER), "outcome space type 'EnumeratingOutcomeSpace' is not supported");
    }

    @Test
    void profilesParleyCannotRepresent() {
        // utilities above 1: parley caps at 1 (GENIUS semantics), NegMAS does not
        contains(refusedUfun(BUYER.replace("- 0.7", "- 2.0")), "s/u.yml: ufun 'buyer' reaches the utility 2.3 at "
                + "{bean=arabica, cups=1}", "rescale it");
        contains(refusedUfun(BUYER.replace("- 0.7", "- -0.7")), "s/u.yml: ufun 'buyer' goes down to the utility "
                + "-0.5499999999999999 at {bean=arabica, cups=3}");
        String continuous = DOMAIN.replace("ContiguousIssue", "ContinuousIssue").replace("DiscreteCartesian",
                "Cartesian");
        contains(refused("Coffee.yml", continuous, "u.yml", BUYER.replace("""
                - bias: 1.25
                  slope: -0.25
                  type: AffineFun
                """, """
                - a1: 0.0
                  a2: 0.1
                  type: QuadraticFun
                """)), "s/u.yml: ufun 'buyer' scores the continuous issue 'cups' with a QuadraticFun; parley "
                + "represents continuous issues only with AffineFun");
        contains(refused("Coffee.yml", continuous, "u.yml", BUYER.replace("""
                - bias: 1.25
                  slope: -0.25
                  type: AffineFun
                """, """
                - mapping:
                    1: 1.0
                  type: TableFun
                """)), "a TableFun cannot score the continuous issue 'cups'");
        contains(refused("Coffee.yml", DOMAIN.replace("- 'robusta'", "- 1\n  - '1'"), "u.yml",
                BUYER.replace("'robusta': 0.2", "1: 0.2\n    '1': 0.3")), "s/Coffee.yml: issue 'bean' has the values 1 "
                + "and '1', which parley cannot tell apart");
    }
}
