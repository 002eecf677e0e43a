package org.parley.mediation.inline;

import java.util.List;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.GapStatus;
import org.parley.mediation.Position;

/**
 * Issue-by-issue comparison of two positions (negotiation-methods §2). Switch to
 * {@code org.parley.methods.GapMetrics} when it lands.
 */
public final class GapMetricsInline {

    private GapMetricsInline() {
    }

    /**
     * Congruent (same option or set), compatible (sets overlap), conflicting (disjoint), one side only (the other
     * is silent), unaddressed (both silent).
     */
    public static GapStatus classify(Position a, Position b) {
        if (a.silent() && b.silent()) {
            return GapStatus.UNADDRESSED;
        }
        if (a.silent() || b.silent()) {
            return GapStatus.ONE_SIDE_ONLY;
        }
        if (a.options().equals(b.options())) {
            return GapStatus.CONGRUENT;
        }
        return a.options().stream().anyMatch(b.options()::contains) ? GapStatus.COMPATIBLE : GapStatus.CONFLICTING;
    }

    /** Normalised distance between two options: categorical 0/1, ordinal rank gap/(K−1), numeric gap/width. */
    public static double optionDistance(CaseIssue issue, int a, int b) {
        if (a == b || issue.size() == 1) {
            return 0;
        }
        switch (issue.kind()) {
            case CATEGORICAL:
                return 1;
            case ORDINAL:
                return Math.abs(a - b) / (double) (issue.size() - 1);
            default:
                double width = issue.number(issue.size() - 1) - issue.number(0);
                return Math.abs(issue.number(a) - issue.number(b)) / width;
        }
    }

    /**
     * The distance between two positions: the smallest option distance between them (0 when they overlap, the
     * interval-overlap rule of §2.3); null when either is silent.
     */
    public static Double distance(CaseIssue issue, Position a, Position b) {
        if (a.silent() || b.silent()) {
            return null;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int x : a.options()) {
            for (int y : b.options()) {
                best = Math.min(best, optionDistance(issue, x, y));
            }
        }
        return best;
    }

    /**
     * The aggregate gap {@code G = Σ ω_i g_i / Σ ω_i} over the issues with a distance (null entries are left out);
     * 0 when there are none.
     */
    public static double aggregate(List<Double> distances, double[] omega) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < omega.length; i++) {
            if (distances.get(i) != null) {
                num += omega[i] * distances.get(i);
                den += omega[i];
            }
        }
        return den == 0 ? 0 : num / den;
    }
}
