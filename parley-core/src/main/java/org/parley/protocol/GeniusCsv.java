package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * GENIUS's analysis columns of one session.
     *
     * @param distPareto distance from the discounted agreement point (the origin without agreement) to the nearest
     *                   point of the frontier discounted at the final t
     * @param distNash   distance from the same point to GENIUS's Nash point of that discounted frontier; NaN when the
     *                   frontier has no point whose product beats −1
     * @param welfare    sum of the discounted utilities of the agreement, 0 without one
     * @param discounted true when any profile has a discount factor below 1
     */
    public record Analysis(double distPareto, double distNash, double welfare, boolean discounted) {
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
        List<String> names = new ArrayList<>();
        for (Profile p : profiles) {
            names.add(p.name());
        }
        return row(r.nanos() / 1e9, r.round(), r.error(), deadline.toString(), r.hasAgreement(),
                analyse(r, profiles, frontier), r.agentNames(), r.utilities(), r.discountedUtilities(), names);
    }

    /**
     * One row from plain values: {@code round} is parley's 1-based round (the row logs it + 1), agents are written
     * {@code name@j} (j 0-based, as GENIUS does), profiles by name.
     */
    public static String row(double runSeconds, int round, String error, String deadline, boolean agreement,
            Analysis analysis, List<String> agents, double[] utilities, double[] discountedUtilities,
            List<String> profiles) {
        int m = utilities.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : discountedUtilities) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        StringBuilder sb = new StringBuilder(256);
        sb.append(num(runSeconds)).append(';').append(round + 1).append(';')
                .append(error == null ? "" : error.replace(';', ',').replace('\n', ' ')).append(';')
                .append(deadline).append(';').append(agreement ? "Yes" : "No").append(';')
                .append(analysis.discounted() ? "Yes" : "No").append(';').append(agreement ? m : 0).append(';')
                .append(num(min)).append(';').append(num(max)).append(';').append(num(analysis.distPareto()))
                .append(';').append(num(analysis.distNash())).append(';').append(num(analysis.welfare()));
        for (int j = 0; j < m; j++) {
            sb.append(';').append(agents.get(j)).append('@').append(j);
        }
        for (double x : utilities) {
            sb.append(';').append(num(x));
        }
        for (double x : discountedUtilities) {
            sb.append(';').append(num(x));
        }
        for (double x : utilities) {
            sb.append(';').append(num(x));
        }
        for (String p : profiles) {
            sb.append(';').append(p);
        }
        return sb.toString();
    }

    /** GENIUS's analysis columns for {@code r}; {@code frontier} is the exact undiscounted frontier, party order. */
    public static Analysis analyse(SessionResult r, List<Profile> profiles, ParetoFrontier frontier) {
        int m = profiles.size();
        double[] du = r.discountedUtilities();
        double[] point = r.hasAgreement() ? du.clone() : new double[m];
        double[] scale = new double[m];
        double[] d = new double[m];
        boolean discounted = false;
        for (int j = 0; j < m; j++) {
            scale[j] = profiles.get(j).discount(1.0, r.time());
            d[j] = profiles.get(j).reservationValue();
            discounted |= profiles.get(j).isDiscounted();
        }
        double distPareto = Double.POSITIVE_INFINITY;
        double best = -1;
        double[] nash = null;
        double[] v = new double[m];
        for (ParetoFrontier.Point p : frontier.points()) {
            double prod = 1;
            for (int j = 0; j < m; j++) {
                v[j] = p.utility(j) * scale[j];
                prod *= v[j] - d[j];
            }
            distPareto = Math.min(distPareto, distance(point, v));
            // GENIUS's Nash point: argmax of Π (u_j − r_j) over the (discounted) frontier, the running maximum
            // starting at −1, with no filter on reservation values
            if (prod > best) {
                best = prod;
                nash = v.clone();
            }
        }
        double distNash = nash == null ? Double.NaN : distance(point, nash);
        double welfare = 0;
        if (r.hasAgreement()) {
            for (double x : du) {
                welfare += x;
            }
        }
        return new Analysis(distPareto, distNash, welfare, discounted);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }

    /** As {@code String.format("%s", x)}: {@link Double#toString}, empty for NaN. */
    private static String num(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }
}
