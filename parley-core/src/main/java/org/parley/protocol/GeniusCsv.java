package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;

/**
 * Rows in the layout of GENIUS's tournament CSV ({@code genius-semantics.md} §9), so existing analysis scripts
 * read parley's results. The file starts with {@code sep=;} and a header; columns are separated by {@code ;}.
 *
 * <p>As in GENIUS: {@code Round} is the number of rounds + 1 (a deal in round 103 logs 104); {@code min.util.} and
 * {@code max.util.} are over discounted utilities; distances are Euclidean in the space of utilities discounted at
 * the final t, to the frontier's points (not segments) and to GENIUS's Nash point of that space, with no agreement
 * placed at the origin; {@code Social Welfare} is the sum of the discounted utilities of the agreement (0 without
 * one). Unlike GENIUS, the frontier is exact for every domain size (GENIUS only looks at 100,000 outcomes).
 */
public final class GeniusCsv {

    private GeniusCsv() {
    }

    /** The two header lines for {@code m} parties. */
    public static String header(int m) {
        List<String> cols = new ArrayList<>(List.of("Run time (s)", "Round", "Exception", "deadline", "Agreement",
                "Discounted", "#agreeing", "min.util.", "max.util.", "Dist. to Pareto", "Dist. to Nash",
                "Social Welfare"));
        for (String block : List.of("Agent", "Utility", "Disc. Util.", "Perceived. Util.", "Profile")) {
            for (int j = 1; j <= m; j++) {
                cols.add(block + " " + j);
            }
        }
        return "sep=;\n" + String.join(";", cols);
    }

    /** One row for a finished session. {@code frontier} is the exact undiscounted frontier of the profiles. */
    public static String row(SessionResult r, List<Profile> profiles, Deadline deadline, ParetoFrontier frontier) {
        int m = profiles.size();
        double[] du = r.discountedUtilities();
        double[] point = r.hasAgreement() ? du.clone() : new double[m];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : du) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double[] scale = new double[m];
        boolean discounted = false;
        for (int j = 0; j < m; j++) {
            scale[j] = profiles.get(j).discount(1.0, r.time());
            discounted |= profiles.get(j).isDiscounted();
        }
        List<ParetoFrontier.Point> scaled = new ArrayList<>();
        double distPareto = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            double[] v = new double[m];
            for (int j = 0; j < m; j++) {
                v[j] = p.utilities()[j] * scale[j];
            }
            scaled.add(new ParetoFrontier.Point(v, p.outcome(), p.count()));
            distPareto = Math.min(distPareto, distance(point, v));
        }
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = profiles.get(j).reservationValue();
        }
        double[] nash = geniusNash(scaled, d);
        double distNash = nash == null ? Double.NaN : distance(point, nash);
        double welfare = 0;
        if (r.hasAgreement()) {
            for (double x : du) {
                welfare += x;
            }
        }
        List<String> cols = new ArrayList<>();
        cols.add(num(r.nanos() / 1e9));
        cols.add(Integer.toString(r.round() + 1));
        cols.add(r.error() == null ? "" : r.error().replace(';', ','));
        cols.add(deadline.toString());
        cols.add(r.hasAgreement() ? "Yes" : "No");
        cols.add(discounted ? "Yes" : "No");
        cols.add(Integer.toString(r.hasAgreement() ? m : 0));
        cols.add(num(min));
        cols.add(num(max));
        cols.add(num(distPareto));
        cols.add(num(distNash));
        cols.add(num(welfare));
        for (int j = 0; j < m; j++) {
            cols.add(r.agentNames().get(j) + "@" + j);
        }
        for (double x : r.utilities()) {
            cols.add(num(x));
        }
        for (double x : du) {
            cols.add(num(x));
        }
        for (double x : r.utilities()) {
            cols.add(num(x));
        }
        for (Profile p : profiles) {
            cols.add(p.name());
        }
        return String.join(";", cols);
    }

    /**
     * GENIUS's Nash point: argmax of {@code Π (u_j − r_j)} over all frontier points, the running maximum starting
     * at −1 (no filter on reservation values, so points with an even number of negative factors can win).
     */
    private static double[] geniusNash(List<ParetoFrontier.Point> frontier, double[] r) {
        double best = -1;
        double[] arg = null;
        for (ParetoFrontier.Point p : frontier) {
            double prod = 1;
            for (int j = 0; j < r.length; j++) {
                prod *= p.utilities()[j] - r[j];
            }
            if (prod > best) {
                best = prod;
                arg = p.utilities();
            }
        }
        return arg;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%s", x);
    }
}
