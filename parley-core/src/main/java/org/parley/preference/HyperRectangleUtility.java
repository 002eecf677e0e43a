package org.parley.preference;

import java.util.List;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;

/**
 * The ANAC 2014 non-linear utility: a sum of hyper-rectangle constraints over integer issues, divided by
 * {@code maxUtility} and capped at 1 (GENIUS {@code NonlinearUtilitySpace}).
 *
 * <p>An inclusive rectangle pays {@code utility · weight} when every bound holds ({@code min ≤ x_i ≤ max}); an
 * exclusive one pays when at least one bound is violated; a rectangle without bounds always pays.
 */
public final class HyperRectangleUtility implements UtilityFunction {

    /** One bound {@code min ≤ x ≤ max} on the integer value of the issue at position {@code issue}. */
    public record Bound(int issue, long min, long max) {
    }

    /** One constraint. */
    public record Rectangle(double utility, double weight, boolean inclusive, List<Bound> bounds) {
        public Rectangle {
            bounds = List.copyOf(bounds);
            Evaluator.requireFinite("a hyper-rectangle's utility", utility);
            Evaluator.requireFinite("a hyper-rectangle's weight", weight);
        }
    }

    private final Domain domain;
    private final double maxUtility;
    private final List<Rectangle> rectangles;
    private final int[][] issueOf;
    private final long[][] mins;
    private final long[][] maxs;
    private final long[] lowerBounds;

    public HyperRectangleUtility(Domain domain, double maxUtility, List<Rectangle> rectangles) {
        if (!(maxUtility > 0) || !Double.isFinite(maxUtility)) {
            throw new IllegalArgumentException("maxutility must be a positive number, got " + maxUtility);
        }
        this.domain = domain;
        this.maxUtility = maxUtility;
        this.rectangles = List.copyOf(rectangles);
        int r = this.rectangles.size();
        issueOf = new int[r][];
        mins = new long[r][];
        maxs = new long[r][];
        lowerBounds = new long[domain.issueCount()];
        for (int i = 0; i < domain.issueCount(); i++) {
            if (domain.issue(i) instanceof IntegerIssue ii) {
                lowerBounds[i] = ii.lowerBound();
            }
        }
        for (int k = 0; k < r; k++) {
            List<Bound> bs = this.rectangles.get(k).bounds();
            issueOf[k] = new int[bs.size()];
            mins[k] = new long[bs.size()];
            maxs[k] = new long[bs.size()];
            for (int b = 0; b < bs.size(); b++) {
                Bound bound = bs.get(b);
                if (bound.issue() < 0 || bound.issue() >= domain.issueCount()) {
                    throw new IllegalArgumentException("a hyper-rectangle bound refers to issue position "
                            + bound.issue() + ", but the domain has " + domain.issueCount() + " issues");
                }
                if (!(domain.issue(bound.issue()) instanceof IntegerIssue)) {
                    throw new IllegalArgumentException("hyper-rectangle bounds need integer issues; issue '"
                            + domain.issue(bound.issue()).name() + "' is not one");
                }
                issueOf[k][b] = bound.issue();
                mins[k][b] = bound.min();
                maxs[k][b] = bound.max();
            }
        }
    }

    @Override
    public Domain domain() {
        return domain;
    }

    public double maxUtility() {
        return maxUtility;
    }

    public List<Rectangle> rectangles() {
        return rectangles;
    }

    @Override
    public double utility(int[] outcome) {
        double sum = 0;
        for (int k = 0; k < issueOf.length; k++) {
            Rectangle rect = rectangles.get(k);
            boolean allInside = true;
            int[] is = issueOf[k];
            for (int b = 0; b < is.length; b++) {
                long x = lowerBounds[is[b]] + outcome[is[b]];
                if (x < mins[k][b] || x > maxs[k][b]) {
                    allInside = false;
                    break;
                }
            }
            boolean pays = is.length == 0 || (rect.inclusive() ? allInside : !allInside);
            if (pays) {
                sum += rect.utility() * rect.weight();
            }
        }
        return Math.min(1.0, sum / maxUtility);
    }
}
