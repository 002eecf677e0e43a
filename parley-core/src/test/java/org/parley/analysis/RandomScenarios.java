package org.parley.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.HyperRectangleUtility;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.preference.TriangularEvaluator;

/** Seeded random scenarios for cross-checks: small, with deliberate ties and occasional weights above 1. */
final class RandomScenarios {

    private RandomScenarios() {
    }

    static Domain domain(SplittableRandom r, int maxIssues, int maxValues) {
        int n = 1 + r.nextInt(maxIssues);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(6);
            int size = 1 + r.nextInt(maxValues);
            if (kind == 0) {
                int lo = r.nextInt(5) - 2;
                issues.add(new IntegerIssue("i" + i, lo, lo + size - 1));
            } else if (kind == 1) {
                issues.add(new RealIssue("i" + i, BigDecimal.valueOf(r.nextInt(3)), BigDecimal.valueOf(3 + r.nextInt(3)),
                        Math.max(1, size - 1)));
            } else {
                List<String> values = new ArrayList<>();
                for (int v = 0; v < size; v++) {
                    values.add("v" + v);
                }
                issues.add(new DiscreteIssue("i" + i, values));
            }
        }
        return new Domain("random", issues);
    }

    /** Evaluations from a coarse grid half of the time, so that ties are common. */
    private static double score(SplittableRandom r, boolean coarse) {
        return coarse ? r.nextInt(3) * 0.5 : r.nextDouble();
    }

    static AdditiveUtility additive(SplittableRandom r, Domain domain) {
        return additive(r, domain, Double.NaN);
    }

    /** Weights adding up to {@code scale} (NaN: 1.1 one time in eight, else 1). */
    static AdditiveUtility additive(SplittableRandom r, Domain domain, double weightSum) {
        boolean coarse = r.nextBoolean();
        int n = domain.issueCount();
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = coarse ? 1 + r.nextInt(3) : r.nextDouble() + 0.01;
            total += w[i];
        }
        // sometimes weights sum above 1: the cap matters
        double scale = Double.isNaN(weightSum) ? r.nextInt(8) == 0 ? 1.1 : 1.0 : weightSum;
        for (int i = 0; i < n; i++) {
            w[i] = w[i] / total * scale;
        }
        List<Evaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof DiscreteIssue di) {
                boolean normalize = r.nextInt(4) != 0;
                Map<String, Double> ev = new LinkedHashMap<>();
                for (String v : di.values()) {
                    ev.put(v, normalize ? score(r, coarse) * 10 : score(r, coarse));
                }
                evaluators.add(new DiscreteEvaluator(ev, normalize));
            } else if (issue instanceof IntegerIssue) {
                evaluators.add(new IntegerLinearEvaluator(r.nextDouble() - 0.5, r.nextDouble()));
            } else if (r.nextBoolean()) {
                evaluators.add(new RealLinearEvaluator(r.nextDouble(), (r.nextDouble() - 0.5) / 3));
            } else {
                evaluators.add(new TriangularEvaluator(0, 6, r.nextInt(7)));
            }
        }
        return new AdditiveUtility(domain, w, evaluators);
    }

    static List<Profile> additiveProfiles(SplittableRandom r, Domain domain, int parties) {
        return additiveProfiles(r, domain, parties, Double.NaN);
    }

    /** Additive profiles whose weights add up to {@code weightSum} (NaN: see {@link #additive}). */
    static List<Profile> additiveProfiles(SplittableRandom r, Domain domain, int parties, double weightSum) {
        List<Profile> profiles = new ArrayList<>();
        for (int j = 0; j < parties; j++) {
            double reservation = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.7;
            profiles.add(new Profile("p" + j, additive(r, domain, weightSum), reservation, 1.0));
        }
        return profiles;
    }

    /** A hyper-rectangle utility over an all-integer domain. */
    static HyperRectangleUtility rectangles(SplittableRandom r, Domain domain) {
        List<HyperRectangleUtility.Rectangle> rects = new ArrayList<>();
        int count = 1 + r.nextInt(6);
        double total = 0;
        for (int k = 0; k < count; k++) {
            List<HyperRectangleUtility.Bound> bounds = new ArrayList<>();
            for (int i = 0; i < domain.issueCount(); i++) {
                if (r.nextBoolean()) {
                    IntegerIssue ii = (IntegerIssue) domain.issue(i);
                    long lo = ii.lowerBound() + r.nextInt(ii.size());
                    long hi = lo + r.nextInt(ii.size());
                    bounds.add(new HyperRectangleUtility.Bound(i, lo, hi));
                }
            }
            double utility = 1 + r.nextInt(50);
            total += utility;
            rects.add(new HyperRectangleUtility.Rectangle(utility, 1, r.nextInt(4) != 0, bounds));
        }
        return new HyperRectangleUtility(domain, total * (0.5 + r.nextDouble()), rects);
    }

    static Domain integerDomain(SplittableRandom r, int maxIssues, int maxValues) {
        int n = 1 + r.nextInt(maxIssues);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            issues.add(new IntegerIssue("x" + i, 0, r.nextInt(maxValues)));
        }
        return new Domain("ints", issues);
    }
}
