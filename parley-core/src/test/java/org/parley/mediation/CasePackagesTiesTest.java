package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.preference.RedLine;
import org.parley.util.TieRule;
import org.parley.util.Tolerance;

/**
 * The packages {@code case propose} chooses by a score, against brute force over every package of the space, on
 * random cases whose weights and option values are small fractions (so that equal utilities differ by rounding, as in
 * the labour example): each bargaining package and the first post-settlement improvement has the best score to 1e-9,
 * and no candidate package beats it by more than rounding for one party while matching it for the others.
 */
class CasePackagesTiesTest {

    @Property(tries = 300, seed = "20261130")
    void chosenPackagesAreNeverDominated(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        Case c = randomCase(r, parties);
        String msg = "seed " + seed + " parties " + parties;
        CasePackages.Proposal p = CasePackages.propose(c);
        OptionSpace space = OptionSpace.zoneOrStatusQuo(c);
        List<double[]> all = new ArrayList<>();
        enumerate(c, space, new int[c.issues().size()], 0, all);
        double[] rv = OptionSpace.reservations(c);
        double[] d = p.againstZero() ? new double[parties] : rv;
        Predicate<double[]> rational = u -> {
            for (int j = 0; j < u.length; j++) {
                if (u[j] < d[j] - Tolerance.EPS) {
                    return false;
                }
            }
            return true;
        };
        double[] ideal = new double[parties];
        Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (double[] u : all) {
            if (rational.test(u)) {
                for (int j = 0; j < parties; j++) {
                    ideal[j] = Math.max(ideal[j], u[j]);
                }
            }
        }
        for (CasePackage pkg : p.solutions()) {
            switch (pkg.method()) {
                case "nash" -> check(msg, pkg, all, rational, u -> {
                    double x = 1;
                    for (int j = 0; j < u.length; j++) {
                        x *= u[j] - d[j];
                    }
                    return x;
                });
                case "kalaiSmorodinsky" -> check(msg, pkg, all, rational, u -> {
                    double min = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < u.length; j++) {
                        if (ideal[j] - d[j] > Tolerance.EPS) {
                            min = Math.min(min, (u[j] - d[j]) / (ideal[j] - d[j]));
                        }
                    }
                    return min == Double.POSITIVE_INFINITY ? 0 : min;
                });
                case "egalitarian" -> check(msg, pkg, all, rational, u -> {
                    double min = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < u.length; j++) {
                        min = Math.min(min, u[j] - d[j]);
                    }
                    return min;
                });
                case "maxWelfare" -> check(msg, pkg, all, u -> true, TieRule::welfare);
                default -> throw new AssertionError(pkg.method());
            }
        }
        if (!p.improvements().isEmpty()) {
            double[] b = p.baseline().utilities();
            Predicate<double[]> improves = u -> {
                boolean strict = false;
                for (int j = 0; j < u.length; j++) {
                    if (Tolerance.compare(u[j], b[j]) < 0) {
                        return false;
                    }
                    strict |= Tolerance.compare(u[j], b[j]) > 0;
                }
                return strict;
            };
            check(msg + " pss-1", p.improvements().get(0), all, improves, u -> {
                double min = Double.POSITIVE_INFINITY;
                for (int j = 0; j < u.length; j++) {
                    min = Math.min(min, u[j] - b[j]);
                }
                return min;
            });
        }
    }

    private static void check(String msg, CasePackage chosen, List<double[]> all, Predicate<double[]> eligible,
            ToDoubleFunction<double[]> score) {
        double best = Double.NEGATIVE_INFINITY;
        for (double[] u : all) {
            if (eligible.test(u)) {
                best = Math.max(best, score.applyAsDouble(u));
            }
        }
        assertEquals(best, score.applyAsDouble(chosen.utilities()), 1e-9, msg + " " + chosen.method() + ": score");
        for (double[] u : all) {
            if (eligible.test(u)) {
                boolean strict = false;
                boolean atLeast = true;
                for (int j = 0; j < u.length; j++) {
                    atLeast &= u[j] >= chosen.utilities()[j] - Tolerance.EPS;
                    strict |= u[j] > chosen.utilities()[j] + Tolerance.EPS;
                }
                assertTrue(!(atLeast && strict), msg + " " + chosen.method() + " "
                        + Arrays.toString(chosen.utilities()) + " is dominated by " + Arrays.toString(u));
            }
        }
    }

    private static void enumerate(Case c, OptionSpace s, int[] x, int i, List<double[]> out) {
        if (i == x.length) {
            out.add(OptionSpace.utilities(c, x));
            return;
        }
        for (int o : s.allowed(i)) {
            x[i] = o;
            enumerate(c, s, x, i + 1, out);
        }
    }

    /** Categorical issues; weights k/Σk; values in sixths or twentieths; reservations in twentieths; some red lines. */
    static Case randomCase(SplittableRandom r, int parties) {
        int n = 2 + r.nextInt(3);
        List<CaseIssue> issues = new ArrayList<>();
        List<IssueState> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> options = new ArrayList<>();
            for (int o = 0; o < 2 + r.nextInt(3); o++) {
                options.add("o" + o);
            }
            issues.add(new CaseIssue("i" + i, "", "", OptionKind.CATEGORICAL, options, List.of(), "", false, 0));
            states.add(IssueState.open("i" + i));
        }
        List<Party> ps = new ArrayList<>();
        List<Preferences> prefs = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            int[] k = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                k[i] = 1 + r.nextInt(4);
                total += k[i];
            }
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = (double) k[i] / total;
            }
            int steps = r.nextBoolean() ? 6 : 20;
            List<double[]> values = new ArrayList<>();
            List<RedLine> red = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] v = new double[issues.get(i).size()];
                for (int o = 0; o < v.length; o++) {
                    v[o] = r.nextInt(steps + 1) / (double) steps;
                }
                values.add(v);
                if (r.nextInt(5) == 0) {
                    red.add(RedLine.of("p" + j, "i" + i, r.nextInt(v.length)));
                }
            }
            ps.add(new Party("p" + j, "P" + j, false));
            prefs.add(new Preferences("p" + j, Preferences.Elicitation.WEIGHTS, w, values, r.nextInt(12) / 20.0, red,
                    null, ""));
        }
        LocalDate date = LocalDate.of(2026, 1, 1);
        return new Case("random", "Random", "", "", date, Period.MONTH, 12, ps, List.of(), issues, prefs, List.of(),
                new TalksState(false, states), List.of(), List.of());
    }
}
