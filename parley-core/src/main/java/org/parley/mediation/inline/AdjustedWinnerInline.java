package org.parley.mediation.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjusted Winner (Brams &amp; Taylor 1996) for two parties and points over items (negotiation-methods §4). Switch
 * to {@code org.parley.methods.AdjustedWinner} when it lands.
 */
public final class AdjustedWinnerInline {

    private AdjustedWinnerInline() {
    }

    /**
     * The allocation.
     *
     * @param winner  per item, 0 when A gets it, 1 when B does (the split item: who keeps the larger share)
     * @param split   the index of the item that is split, or -1
     * @param shareA  the fraction of the split item that A gets (undefined without a split)
     * @param pointsA A's points in the end
     * @param pointsB B's points in the end
     */
    public record Result(int[] winner, int split, double shareA, double pointsA, double pointsB) {

        /** Copies the winners. */
        public Result {
            winner = winner.clone();
        }
    }

    /**
     * Runs AW: each item to the higher bidder (ties to the party with fewer points from the untied items, A when
     * equal); then the richer party W hands items to L in increasing order of {@code w_k/l_k} while it stays ahead,
     * and the next item is split so that both end equal: W keeps {@code p = (L_0 + l_k − W_0)/(w_k + l_k)}.
     */
    public static Result allocate(double[] a, double[] b) {
        int n = a.length;
        if (b.length != n) {
            throw new IllegalArgumentException("both parties need points for the same " + n + " items");
        }
        int[] winner = new int[n];
        double untiedA = 0;
        double untiedB = 0;
        List<Integer> ties = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (a[k] > b[k]) {
                untiedA += a[k];
            } else if (b[k] > a[k]) {
                winner[k] = 1;
                untiedB += b[k];
            } else {
                ties.add(k);
            }
        }
        int tieTo = untiedB < untiedA ? 1 : 0;
        for (int k : ties) {
            winner[k] = tieTo;
        }
        double pa = 0;
        double pb = 0;
        for (int k = 0; k < n; k++) {
            pa += winner[k] == 0 ? a[k] : 0;
            pb += winner[k] == 1 ? b[k] : 0;
        }
        if (pa == pb) {
            return new Result(winner, -1, Double.NaN, pa, pb);
        }
        int w = pa > pb ? 0 : 1;
        double[] pw = w == 0 ? a : b;
        double[] pl = w == 0 ? b : a;
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (winner[k] == w) {
                order.add(k);
            }
        }
        order.sort((x, y) -> Double.compare(ratio(pw[x], pl[x]), ratio(pw[y], pl[y])));
        double sw = w == 0 ? pa : pb;
        double sl = w == 0 ? pb : pa;
        for (int k : order) {
            if (sw - pw[k] >= sl + pl[k]) {
                winner[k] = 1 - w;
                sw -= pw[k];
                sl += pl[k];
                if (sw == sl) {
                    break;
                }
                continue;
            }
            double w0 = sw - pw[k];
            double p = (sl + pl[k] - w0) / (pw[k] + pl[k]);
            sw = w0 + p * pw[k];
            sl = sl + (1 - p) * pl[k];
            winner[k] = p >= 0.5 ? w : 1 - w;
            double share = w == 0 ? p : 1 - p;
            return new Result(winner, k, share, w == 0 ? sw : sl, w == 0 ? sl : sw);
        }
        return new Result(winner, -1, Double.NaN, w == 0 ? sw : sl, w == 0 ? sl : sw);
    }

    private static double ratio(double w, double l) {
        return l == 0 ? Double.POSITIVE_INFINITY : w / l;
    }
}
