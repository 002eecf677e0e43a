package org.parley.agent.champions;

import java.util.Random;
import org.parley.domain.Issue;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;
import org.parley.util.Sorting;

/**
 * PonPokoAgent, winner of ANAC 2017 (Takaki Matsune; GENIUS {@code agents.anac.y2017.ponpokoagent}): a random
 * bidder between two time-dependent thresholds whose shape is drawn once per session.
 *
 * <ul>
 *   <li>Init: 30,000 random outcomes (per issue, index {@code ⌊u·n⌋} with one {@code nextDouble} per issue, n the
 *       issue's number of values), duplicates removed, sorted by my utility; then the pattern {@code p ∈ 0..4}
 *       ({@code nextInt(5)}), all from generator G.</li>
 *   <li>Thresholds, with {@code s1 = |sin 40t|}, {@code s2 = |sin 20t|}: p = 0: H = 1 − 0.1t, L = H − 0.1·s1;
 *       p = 1: H = 1, L = 1 − 0.22t; p = 2: H = 1 − 0.1t, L = H − 0.15·s2; p = 3: H = 1 − 0.05t, L = 1 − 0.1t (1 −
 *       0.3t when t &gt; 0.99); p = 4: H = 1 − 0.15·t·s2, L = 1 − 0.21·t·s2.</li>
 *   <li>Accept the last offer received iff its utility is &gt; L (strict, undiscounted).</li>
 *   <li>Otherwise offer a uniformly random sampled outcome with L ≤ U ≤ H; while there is none, L is lowered by
 *       0.0001 (repeated subtraction). The pick uses a second generator S.</li>
 * </ul>
 * It ignores the reservation value, the discount factor and the opponent's identity (with several opponents it
 * answers the latest offer), and never ends the negotiation.
 *
 * <p>Generalisation: GENIUS samples real issues on a grid of step (ub − lb)/21 that misses ub; parley's outcomes lie
 * on the issue's own grid, so the sample draws from those points. If every sampled outcome lies above H (a profile
 * whose worst utility exceeds the thresholds) the original would loop for ever; here it offers the worst sampled
 * outcome. Paper: T. Matsune, "PonPokoAgent", in <i>ANAC 2017</i> (Springer SCI 2019); the competition report is
 * Aydoğan et al., "The ANAC 2017 negotiation competition".
 */
public final class PonPoko extends ChampionAgent {

    /** Number of random outcomes drawn at init. */
    static final int SAMPLE = 30_000;

    private final int forcedPattern;
    private Random pick;
    private int pattern;
    /** Sampled distinct outcomes, by utility descending. */
    private int[][] bids;
    /** Their utilities, descending. */
    private double[] utilities;
    private int[] lastReceived;

    public PonPoko() {
        this(-1);
    }

    /**
     * PonPoko with its pattern fixed to {@code pattern} (0..4) instead of drawn (the draw still happens, so the rest
     * of the generator's stream is unchanged), for comparing the patterns one by one; -1 draws it.
     */
    public PonPoko(int pattern) {
        super("ponpoko", false);
        if (pattern < -1 || pattern > 4) {
            throw new IllegalArgumentException("PonPoko's pattern is 0..4 (or -1 to draw it), got " + pattern);
        }
        this.forcedPattern = pattern;
    }

    @Override
    void started() {
        Random g = random(0);
        pick = random(1);
        int n = domain.issueCount();
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            sizes[i] = issue.size();
        }
        bids = Distinct.draw(domain, SAMPLE, o -> {
            for (int i = 0; i < n; i++) {
                o[i] = Math.min((int) (g.nextDouble() * sizes[i]), sizes[i] - 1);
            }
        });
        pattern = g.nextInt(5);
        if (forcedPattern >= 0) {
            pattern = forcedPattern;
        }
        double[] u = new double[bids.length];
        for (int k = 0; k < u.length; k++) {
            u[k] = profile.utility(bids[k]);
        }
        int[] order = Sorting.descending(u);
        int[][] sorted = new int[order.length][];
        utilities = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = bids[order[k]];
            utilities[k] = u[order[k]];
        }
        bids = sorted;
    }

    /** The drawn pattern, 0..4. */
    public int pattern() {
        return pattern;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (action instanceof Offer o) {
            lastReceived = o.outcome();
        }
    }

    /** {H, L} at time t for pattern p. */
    static double[] thresholds(int p, double t) {
        double s1 = Math.abs(Math.sin(40 * t));
        double s2 = Math.abs(Math.sin(20 * t));
        return switch (p) {
            case 0 -> new double[] {1 - 0.1 * t, 1 - 0.1 * t - 0.1 * s1};
            case 1 -> new double[] {1, 1 - 0.22 * t};
            case 2 -> new double[] {1 - 0.1 * t, 1 - 0.1 * t - 0.15 * s2};
            case 3 -> new double[] {1 - 0.05 * t, t > 0.99 ? 1 - 0.3 * t : 1 - 0.1 * t};
            case 4 -> new double[] {1 - 0.15 * t * s2, 1 - 0.21 * t * s2};
            default -> throw new IllegalArgumentException("pattern " + p + " is not 0..4");
        };
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double[] hl = thresholds(pattern, timeline.time());
        double high = hl[0];
        double low = hl[1];
        if (lastReceived != null && profile.utility(lastReceived) > low) {
            return accept(lastReceived);
        }
        // candidates are positions first..last (inclusive) of the descending list with low <= U <= high
        int first = countAbove(high);
        if (first == utilities.length) {
            return offer(bids[utilities.length - 1].clone());
        }
        int last = countAtLeast(low) - 1;
        while (last < first) {
            low -= 0.0001;
            last = countAtLeast(low) - 1;
        }
        return offer(bids[first + pick.nextInt(last - first + 1)].clone());
    }

    /** Number of sampled outcomes with utility &gt; u (they come first). */
    private int countAbove(double u) {
        int lo = 0;
        int hi = utilities.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utilities[mid] > u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of sampled outcomes with utility ≥ u. */
    private int countAtLeast(double u) {
        int lo = 0;
        int hi = utilities.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utilities[mid] >= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
