package org.parley.formats.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.ConstantEvaluator;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.HyperRectangleUtility.Bound;
import org.parley.preference.HyperRectangleUtility.Rectangle;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.Scenario;
import org.parley.preference.TriangularEvaluator;
import org.parley.preference.UtilityFunction;

/**
 * Random scenarios for round-trip tests: 2–4 parties, 1–5 issues of all three kinds, every evaluator kind, awkward
 * names and numbers, and some hyper-rectangle parties. Outcome spaces stay below 8^5 outcomes.
 */
public final class RandomScenarios {

    /** Names that YAML could misread if written carelessly. */
    static final List<String> AWKWARD = List.of("Bean", "a b", "x: y", "#hash", "say \"hi\"", "back\\slash", "yes",
            "no", "null", "~", "1", "-1", "0.5", "[list]", "{map}", "a,b", "ünïcödé", "tab\there", "line\nbreak",
            "&anchor", "*alias", "!tag", "%pct", "@at", "`tick`", " lead", "trail ", "values", "constant", "normalize",
            "linear", "'single'", "é", "\u2028sep", "emoji \uD83D\uDE00", "--- doc", "...");

    private final Random rnd;

    public RandomScenarios(long seed) {
        this.rnd = new Random(seed);
    }

    public Scenario next() {
        int n = 1 + rnd.nextInt(5);
        List<Issue> issues = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        while (issues.size() < n) {
            String name = pick() + (rnd.nextInt(3) == 0 ? "" : " " + issues.size());
            if (name.isBlank() || !names.add(name)) {
                continue;
            }
            issues.add(issue(name));
        }
        Domain d = new Domain(rnd.nextBoolean() ? "dom" : pick(), issues);
        List<Profile> profiles = new ArrayList<>();
        int parties = 2 + rnd.nextInt(3);
        boolean hasInteger = issues.stream().anyMatch(i -> i instanceof IntegerIssue);
        for (int k = 0; k < parties; k++) {
            UtilityFunction u = hasInteger && rnd.nextInt(4) == 0 ? rectangles(d) : additive(d);
            profiles.add(profile(rnd.nextBoolean() ? "party " + k : pick(), u));
        }
        return new Scenario(rnd.nextBoolean() ? d.name() : pick(), d, profiles);
    }

    private String pick() {
        return AWKWARD.get(rnd.nextInt(AWKWARD.size()));
    }

    private Issue issue(String name) {
        switch (rnd.nextInt(3)) {
            case 0 -> {
                Set<String> values = new LinkedHashSet<>();
                int k = 1 + rnd.nextInt(5);
                while (values.size() < k) {
                    values.add(rnd.nextInt(4) == 0 ? pick() : "v" + rnd.nextInt(10));
                }
                return new DiscreteIssue(name, new ArrayList<>(values));
            }
            case 1 -> {
                long lo = rnd.nextInt(11) - 5;
                return new IntegerIssue(name, lo, lo + rnd.nextInt(7));
            }
            default -> {
                BigDecimal lo = BigDecimal.valueOf(rnd.nextInt(2001) - 1000, rnd.nextInt(4));
                BigDecimal hi = rnd.nextInt(8) == 0 ? lo : lo.add(BigDecimal.valueOf(1 + rnd.nextInt(500), rnd.nextInt(3)));
                return new RealIssue(name, lo, hi, 1 + rnd.nextInt(7));
            }
        }
    }

    private Profile profile(String name, UtilityFunction u) {
        double discount = rnd.nextBoolean() ? 1.0 : 1 - rnd.nextDouble() * 0.99;
        switch (rnd.nextInt(4)) {
            case 0 -> {
                return new Profile(name, u, 0.0, discount);
            }
            case 1 -> {
                return new Profile(name, u, reservation(), discount);
            }
            default -> {
                int[] o = new int[u.domain().issueCount()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = rnd.nextInt(u.domain().issue(i).size());
                }
                double at = u.utility(o);
                // a reservation value lies in [0, 1]; utilities of non-normalised functions may not
                double r = rnd.nextBoolean() && at >= 0 && at <= 1 ? at : reservation();
                return new Profile(name, u, r, discount, o);
            }
        }
    }

    /** A reservation value: in [0, 1], with its ends and awkward decimals. */
    private double reservation() {
        return switch (rnd.nextInt(5)) {
            case 0 -> rnd.nextDouble();
            case 1 -> rnd.nextInt(11) / 10.0;
            case 2 -> 1.0 / (1 + rnd.nextInt(9));
            case 3 -> rnd.nextDouble() * 1e-7;
            default -> rnd.nextBoolean() ? 0.0 : 1.0;
        };
    }

    /** A double of varied shape: small, large, negative, long fractions, exact tenths. */
    private double number() {
        return switch (rnd.nextInt(6)) {
            case 0 -> rnd.nextDouble();
            case 1 -> rnd.nextInt(11) / 10.0;
            case 2 -> 1.0 / (1 + rnd.nextInt(9));
            case 3 -> -rnd.nextDouble() * 3;
            case 4 -> rnd.nextDouble() * 1e-7;
            default -> rnd.nextGaussian() * 1e6;
        };
    }

    private double unit() {
        return rnd.nextInt(3) == 0 ? rnd.nextInt(5) / 4.0 : rnd.nextDouble();
    }

    private AdditiveUtility additive(Domain d) {
        double[] w = new double[d.issueCount()];
        List<Evaluator> es = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextInt(5) == 0 ? 0.0 : unit();
            es.add(evaluator(d.issue(i)));
        }
        return new AdditiveUtility(d, w, es);
    }

    private Evaluator evaluator(Issue issue) {
        if (issue instanceof DiscreteIssue di) {
            if (rnd.nextInt(5) == 0) {
                return new ConstantEvaluator(number());
            }
            boolean byMax = rnd.nextBoolean();
            Map<String, Double> table = new LinkedHashMap<>();
            for (String v : di.values()) {
                if (rnd.nextInt(6) != 0) {
                    table.put(v, byMax ? Math.abs(number()) : unit());
                }
            }
            return new DiscreteEvaluator(table, byMax);
        }
        double lo = issue.numericValue(0);
        double hi = issue.numericValue(issue.size() - 1);
        int kinds = issue instanceof IntegerIssue ? 5 : 4;
        return switch (rnd.nextInt(kinds)) {
            case 0 -> new RealLinearEvaluator(number(), number());
            case 1 -> new ConstantEvaluator(number());
            case 2 -> {
                double a = lo - rnd.nextDouble();
                double c = hi + rnd.nextDouble();
                yield new TriangularEvaluator(a, c, a + (c - a) * rnd.nextDouble());
            }
            case 3 -> new NumberLinearEvaluator(lo - rnd.nextInt(2), unit(), hi + 1 + rnd.nextInt(2), unit());
            default -> new IntegerLinearEvaluator(number(), number());
        };
    }

    private HyperRectangleUtility rectangles(Domain d) {
        List<Integer> ints = new ArrayList<>();
        for (int i = 0; i < d.issueCount(); i++) {
            if (d.issue(i) instanceof IntegerIssue) {
                ints.add(i);
            }
        }
        List<Rectangle> rs = new ArrayList<>();
        int count = rnd.nextInt(6);
        for (int k = 0; k < count; k++) {
            List<Bound> bounds = new ArrayList<>();
            int nb = rnd.nextInt(ints.size() + 2);
            for (int b = 0; b < nb; b++) {
                int i = ints.get(rnd.nextInt(ints.size()));
                IntegerIssue ii = (IntegerIssue) d.issue(i);
                long a = ii.lowerBound() - 1 + rnd.nextInt(ii.size() + 2);
                long c = a + rnd.nextInt(4) - (rnd.nextInt(10) == 0 ? 5 : 0);
                bounds.add(new Bound(i, a, c));
            }
            double weight = rnd.nextBoolean() ? 1.0 : number();
            rs.add(new Rectangle(rnd.nextInt(200) - 20 + rnd.nextDouble(), weight, rnd.nextInt(3) > 0, bounds));
        }
        return new HyperRectangleUtility(d, 1 + rnd.nextInt(700) + rnd.nextDouble(), rs);
    }
}
