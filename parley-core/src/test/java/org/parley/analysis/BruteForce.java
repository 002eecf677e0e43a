package org.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.preference.Profile;

/** Reference answers by full enumeration and quadratic filtering: slow, obviously right. */
final class BruteForce {

    final List<double[]> all = new ArrayList<>();
    final List<double[]> frontier = new ArrayList<>();
    final List<BigInteger> counts = new ArrayList<>();
    final double[] d;
    final int m;
    long zone;

    BruteForce(List<Profile> profiles) {
        m = profiles.size();
        d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = profiles.get(j).reservationValue();
        }
        profiles.get(0).domain().outcomeSpace().forEach(o -> {
            double[] u = new double[m];
            boolean in = true;
            for (int j = 0; j < m; j++) {
                u[j] = profiles.get(j).utility(o);
                in &= u[j] >= d[j];
            }
            all.add(u);
            zone += in ? 1 : 0;
        });
        for (double[] u : all) {
            boolean dominated = false;
            for (double[] v : all) {
                if (Dominance.dominates(v, u)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                int at = indexOf(u);
                if (at < 0) {
                    frontier.add(u);
                    counts.add(BigInteger.ONE);
                } else {
                    counts.set(at, counts.get(at).add(BigInteger.ONE));
                }
            }
        }
    }

    private int indexOf(double[] u) {
        for (int i = 0; i < frontier.size(); i++) {
            if (Arrays.equals(frontier.get(i), u)) {
                return i;
            }
        }
        return -1;
    }

    boolean rational(double[] u) {
        for (int j = 0; j < m; j++) {
            if (u[j] < d[j]) {
                return false;
            }
        }
        return true;
    }

    /** Best Nash product over all individually rational outcomes, or NaN when there is none. */
    double nashProduct() {
        double best = Double.NaN;
        for (double[] u : all) {
            if (rational(u)) {
                double p = 1;
                for (int j = 0; j < m; j++) {
                    p *= u[j] - d[j];
                }
                best = Double.isNaN(best) ? p : Math.max(best, p);
            }
        }
        return best;
    }

    double egalitarianValue() {
        double best = Double.NaN;
        for (double[] u : all) {
            if (rational(u)) {
                double min = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    min = Math.min(min, u[j] - d[j]);
                }
                best = Double.isNaN(best) ? min : Math.max(best, min);
            }
        }
        return best;
    }

    /**
     * Largest KS score, {@code min_i (u_i − d_i)/(ideal_i − d_i)} over the parties whose ideal exceeds d_i by more than
     * 1e-9, over individually rational Pareto-optimal outcomes; NaN when there is none.
     */
    double ksValue() {
        double[] ideal = ideal();
        double best = Double.NaN;
        for (double[] u : frontier) {
            if (rational(u)) {
                double s = ksScore(u, ideal);
                best = Double.isNaN(best) ? s : Math.max(best, s);
            }
        }
        return best;
    }

    /** The KS score of {@code u}: its smallest normalised gain (0 when every party is degenerate). */
    double ksScore(double[] u, double[] ideal) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (ideal[j] - d[j] > 1e-9 * Math.max(1, Math.max(Math.abs(ideal[j]), Math.abs(d[j])))) {
                min = Math.min(min, (u[j] - d[j]) / (ideal[j] - d[j]));
            }
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min;
    }

    /** Smallest spread Σ_{j<k} |u_j − u_k| below 2 over all Pareto-optimal outcomes (GENIUS); NaN when none. */
    double geniusKalaiSpread() {
        double best = Double.NaN;
        for (double[] u : frontier) {
            double s = spread(u);
            if (s < 2) {
                best = Double.isNaN(best) ? s : Math.min(best, s);
            }
        }
        return best;
    }

    static double spread(double[] u) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            for (int k = j + 1; k < u.length; k++) {
                s += Math.abs(u[j] - u[k]);
            }
        }
        return s;
    }

    double[] ideal() {
        double[] ideal = new double[m];
        Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (double[] u : frontier) {
            if (rational(u)) {
                for (int j = 0; j < m; j++) {
                    ideal[j] = Math.max(ideal[j], u[j]);
                }
            }
        }
        return ideal;
    }

    double maxWelfare() {
        double best = Double.NEGATIVE_INFINITY;
        for (double[] u : all) {
            double s = 0;
            for (double x : u) {
                s += x;
            }
            best = Math.max(best, s);
        }
        return best;
    }

    double opposition(double[] max) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] u : all) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                double g = max[j] > 0 ? 1 - u[j] / max[j] : 0;
                s += g * g;
            }
            best = Math.min(best, Math.sqrt(s));
        }
        return best;
    }
}
