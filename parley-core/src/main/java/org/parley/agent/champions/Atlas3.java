package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.domain.Issue;
import org.parley.domain.RealIssue;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * Atlas3, winner of ANAC 2015 (Mori and Ito; GENIUS {@code agents.anac.y2015.Atlas3}): a time-dependent threshold
 * floored by the expected value of a 2×2 "final offer" game, bids found by local search just above the threshold
 * and pulled towards the opponents' favourite values, and a final phase that walks down the opponents' own offers.
 *
 * <ul>
 *   <li>Threshold θ(t): with C the best utility the opponent offered (with more opponents: the best unanimously
 *       supported offer), the game A11 = rd, A12 = d, A21 = Cd (rd if C &lt; r), A22 = (A21 + A12)/2, its mixed
 *       equilibrium q and value E, target = E/d^t; θ = target + (1 − target)(1 − t) for d = 1, else
 *       max(1 − t/d, target).</li>
 *   <li>Accept an offer ≥ θ; walk away when r·d^t ≥ θ.</li>
 *   <li>Bid: the lowest-utility neighbour (one issue changed) of a random outcome that reaches θ; failing that a
 *       "relative utility" construction from the best bid (or, once that fails, simulated annealing); failing that
 *       the best bid; then each issue moved to the opponents' most frequent value when that does not cost
 *       utility.</li>
 *   <li>Final phase, once t &gt; 1 − (t/turns)(|PB| + 1) with PB the distinct opponent offers sorted best first:
 *       offer them one by one, accepting as soon as the current offer beats the next (and r).</li>
 * </ul>
 *
 * <p>Quirks kept: the issue order permanently shuffled by every relative-utility construction; relative utilities
 * fixed at the first best bid while the construction starts from the current one (its budget counted from 1.0, so
 * with a best utility below 1 it fails and switches to annealing for good); the final phase's index into a list
 * that keeps growing and being re-sorted. Clean by default, GENIUS with {@code ?genius}: with a real issue the
 * original bids by unbounded random sampling (integers lb..ub−1, reals on a 1/21 grid below ub) and fails when its
 * threshold is above what that sampler can reach (here after 1,000,000 draws: a session error, not a hang), and
 * its annealing cannot change real issues; the default searches real issues on parley's grid like the others.
 * Randomness: the party generator (random base outcomes), one stream for the original's fresh generators (initial
 * outcome, annealing, neighbourhood picks) and one for its shuffles.
 *
 * <p>Paper: A. Mori, T. Ito, "Atlas3: A Negotiating Agent Based on Expecting Lower Limit of Concession Function",
 * in <i>Modern Approaches to Agent-based Complex Automated Negotiation</i>, SCI 674, Springer 2017.
 */
public final class Atlas3 extends ChampionAgent {

    private static final int SAMPLER_LIMIT = 1_000_000;

    private Random partyRandom;
    private Random fresh;
    private Random shuffle;
    private int parties;
    private double d;
    private double r;
    private boolean hasReal;
    private final List<Integer> issueOrder = new ArrayList<>();
    private int[][] values;
    private int[] maxBid;
    private double maxBidUtility;
    private double[][] relative;
    private boolean linearMode = true;
    private int finalIndex;
    private int ownTurns;

    private final Map<Integer, int[][]> opponentCounts = new LinkedHashMap<>();
    private int[][] counts;
    private double bestOffered;
    private final List<int[]> popular = new ArrayList<>();
    private final List<Double> popularUtility = new ArrayList<>();
    private double maxPopular;
    private int[] offered;
    private int supporters;
    private boolean anyAction;

    public Atlas3() {
        this(false);
    }

    /** @param genius bid by the original's unbounded sampler when there is a real issue (see the class comment) */
    public Atlas3(boolean genius) {
        super("atlas3", genius);
    }

    @Override
    void started() {
        partyRandom = random(0);
        fresh = random(1);
        shuffle = random(2);
        parties = settings.partyCount();
        d = profile.discountFactor();
        r = profile.reservationValue();
        int n = domain.issueCount();
        values = new int[n][];
        counts = new int[n][];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            issueOrder.add(i);
            counts[i] = new int[issue.size()];
            boolean real = issue instanceof RealIssue;
            hasReal |= real;
            if (real && genius) {
                values[i] = new int[0];
            } else {
                values[i] = new int[issue.size()];
                for (int v = 0; v < values[i].length; v++) {
                    values[i][v] = v;
                }
            }
        }
        maxBid = new int[n];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            int cells = issue instanceof RealIssue ? 21 : issue.size();
            int k = (int) (fresh.nextDouble() * cells);
            maxBid[i] = issue instanceof RealIssue ? RandomOutcomes.realGridIndex(issue, k, 21) : k;
        }
        maxBidUtility = profile.utility(maxBid);
        for (int attempt = 0; attempt < n; attempt++) {
            try {
                int repeats = 0;
                do {
                    anneal(maxBid.clone(), 1.0);
                } while (maxBidUtility < r && ++repeats < 100);
            } catch (IllegalArgumentException e) {
                continue; // a real issue has no values for the annealing (GENIUS variant): abandon this attempt
            }
            if (maxBidUtility == 1.0) {
                break;
            }
        }
        relative = new double[n][];
        int[] base = maxBid.clone();
        double baseUtility = profile.utility(base);
        for (int i = 0; i < n; i++) {
            relative[i] = new double[domain.issue(i).size()];
            int keep = base[i];
            for (int v = 0; v < relative[i].length; v++) {
                base[i] = v;
                relative[i][v] = profile.utility(base) - baseUtility;
            }
            base[i] = keep;
        }
    }

    private void improveMax(int[] y, double u) {
        if (u >= maxBidUtility) {
            maxBid = y.clone();
            maxBidUtility = u;
        }
    }

    // ---------------------------------------------------------------------------------------------- messages

    @Override
    public void receive(Action action, Timeline timeline) {
        anyAction = true;
        int sender = action.party();
        if (action instanceof Accept) {
            opponentCounts.computeIfAbsent(sender, s -> newCounts());
            supporters++;
        } else if (action instanceof Offer o) {
            int[][] own = opponentCounts.computeIfAbsent(sender, s -> newCounts());
            supporters = 1;
            offered = o.outcome();
            double u = profile.utility(offered);
            if (u > bestOffered) {
                bestOffered = u;
            }
            for (int i = 0; i < offered.length; i++) {
                own[i][offered[i]]++;
                counts[i][offered[i]]++;
            }
        }
        if (supporters == parties - 1 && offered != null) {
            boolean known = false;
            for (int[] b : popular) {
                if (java.util.Arrays.equals(b, offered)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                double u = profile.utility(offered);
                // stable insertion behind every bid of at least this utility: a stable sort by utility descending
                int at = 0;
                while (at < popular.size() && popularUtility.get(at) >= u) {
                    at++;
                }
                popular.add(at, offered);
                popularUtility.add(at, u);
                maxPopular = Math.max(maxPopular, u);
            }
        }
    }

    private int[][] newCounts() {
        int[][] c = new int[domain.issueCount()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = new int[domain.issue(i).size()];
        }
        return c;
    }

    // ---------------------------------------------------------------------------------------------- threshold

    /** θ(t), §6.1. */
    double threshold(double t) {
        double c = parties == 2 ? bestOffered : maxPopular;
        double a11 = r * d;
        double a12 = Math.pow(d, 1.0);
        double a21 = c >= r ? c * Math.pow(d, 1.0) : r * d;
        double a22 = 0.5 * a21 + (1 - 0.5) * a12;
        double q = 1;
        if (a12 - a22 != 0 && 1 - (a11 - a21) / (a12 - a22) != 0) {
            q = 1 / (1 - (a11 - a21) / (a12 - a22));
        }
        if (q < 0 || q > 1) {
            q = 1;
        }
        double e = q * a21 + (1 - q) * a22;
        double target = e / Math.pow(d, t);
        if (d == 1.0) {
            return target + (1 - target) * (1 - t);
        }
        return Math.max(1 - t / d, target);
    }

    // ---------------------------------------------------------------------------------------------- turn

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        ownTurns++;
        double ts = t / ownTurns;
        if (t > 1.0 - ts * (popular.size() + 1)) {
            Action a = finalAction(t);
            if (a != null) {
                return a;
            }
        }
        double theta = threshold(t);
        if (offered != null && profile.utility(offered) >= theta) {
            return accept(offered);
        }
        if (r * Math.pow(d, t) >= theta) {
            return new EndNegotiation(party);
        }
        return offer(getBid(randomBase(), theta));
    }

    private Action finalAction(double t) {
        double uo = offered == null ? 0 : profile.utility(offered);
        if (finalIndex >= popular.size()) {
            if (offered != null && uo >= r) {
                return accept(offered);
            }
            return offer(getBid(randomBase(), threshold(t)));
        }
        int[] c = popular.get(finalIndex);
        double uc = popularUtility.get(finalIndex);
        if (uc > uo && uc > r) {
            finalIndex++;
            return offer(c.clone());
        }
        if (offered != null && uo > r) {
            return accept(offered);
        }
        return offer(getBid(randomBase(), threshold(t)));
    }

    /** The party generator's random outcome (reals: 21 cells of step (ub − lb)/21, on parley's grid). */
    private int[] randomBase() {
        int[] b = new int[domain.issueCount()];
        for (int i = 0; i < b.length; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof RealIssue) {
                b[i] = RandomOutcomes.realGridIndex(issue, partyRandom.nextInt(21), 21);
            } else {
                b[i] = partyRandom.nextInt(issue.size());
            }
        }
        return b;
    }

    // ---------------------------------------------------------------------------------------------- bidding

    /** §7. */
    private int[] getBid(int[] base, double theta) {
        if (genius && hasReal) {
            return randomAbove(theta);
        }
        int[] x = neighbourhood(base, theta);
        if (profile.utility(x) < theta) {
            x = appropriate(base, theta);
        }
        if (profile.utility(x) < theta) {
            x = maxBid.clone();
        }
        return towardsOpponent(x);
    }

    private int[] randomAbove(double theta) {
        int[] b = new int[domain.issueCount()];
        for (int k = 0; k < SAMPLER_LIMIT; k++) {
            RandomOutcomes.geniusOffByOne(domain, fresh, b);
            if (profile.utility(b) >= theta) {
                return b;
            }
        }
        throw new IllegalStateException("atlas3?genius: no outcome its random sampler reaches (integers below ub, "
                + "reals on a 1/21 grid below ub) has utility ≥ " + theta + "; the original loops until GENIUS "
                + "stops it");
    }

    /** §7.1: the lowest-utility one-issue neighbour reaching θ. */
    private int[] neighbourhood(int[] base, double theta) {
        List<int[]> kept = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        for (int i : issueOrder) {
            int[] y = base.clone();
            for (int v : values[i]) {
                y[i] = v;
                double u = profile.utility(y);
                improveMax(y, u);
                if (u >= theta) {
                    if (u < lowest) {
                        lowest = u;
                        kept.clear();
                        kept.add(y.clone());
                    } else if (u == lowest) {
                        kept.add(y.clone());
                    }
                }
            }
        }
        return kept.isEmpty() ? base : kept.get(fresh.nextInt(kept.size()));
    }

    /** §7.2. */
    private int[] appropriate(int[] base, double theta) {
        int[] x = base;
        if (linearMode) {
            x = relativeUtility(theta);
            if (profile.utility(x) < theta) {
                linearMode = false;
            }
        }
        if (!linearMode) {
            int[] y = anneal(x, theta);
            double uy = profile.utility(y);
            if (theta <= uy && uy <= 1.0) {
                x = y;
            }
        }
        return x;
    }

    /** §7.3: from the current best bid, values whose relative utilities stay within the budget θ − 1. */
    private int[] relativeUtility(double theta) {
        int[] x = maxBid.clone();
        double budget = theta - 1.0;
        double used = 0;
        Collections.shuffle(issueOrder, shuffle);
        for (int i : issueOrder) {
            List<Integer> vs = new ArrayList<>(values[i].length);
            for (int v : values[i]) {
                vs.add(v);
            }
            Collections.shuffle(vs, shuffle);
            for (int v : vs) {
                if (budget <= used + relative[i][v]) {
                    x[i] = v;
                    used += relative[i][v];
                    break;
                }
            }
        }
        return x;
    }

    /** §7.4: simulated annealing towards the lowest utility ≥ θ (9,206 steps); updates the best bid. */
    private int[] anneal(int[] start, double theta) {
        int[] current = start.clone();
        double cu = profile.utility(current);
        List<int[]> kept = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double temperature = 1.0;
        while (temperature > 0.0001) {
            int i = issueOrder.get(fresh.nextInt(issueOrder.size()));
            int[] y = current.clone();
            y[i] = values[i][fresh.nextInt(values[i].length)];
            double uy = profile.utility(y);
            improveMax(y, uy);
            double newCost = Math.abs(theta - uy);
            double curCost = Math.abs(theta - cu);
            double p = Math.exp(-Math.abs(newCost - curCost) / temperature);
            if (newCost < curCost || p > fresh.nextDouble()) {
                current = y;
                cu = uy;
            }
            if (cu >= theta) {
                if (cu < lowest) {
                    lowest = cu;
                    kept.clear();
                    kept.add(current);
                } else if (cu == lowest) {
                    kept.add(current);
                }
            }
            temperature = temperature * 0.999;
        }
        return kept.isEmpty() ? start : kept.get(fresh.nextInt(kept.size())).clone();
    }

    /** §7.5: each issue moved to the opponents' most frequent value where that costs me nothing. */
    private int[] towardsOpponent(int[] x) {
        List<Integer> opponents = new ArrayList<>(opponentCounts.keySet());
        Collections.shuffle(opponents, shuffle);
        List<Integer> issues = new ArrayList<>();
        for (int i = 0; i < domain.issueCount(); i++) {
            issues.add(i);
        }
        Collections.shuffle(issues, shuffle);
        int[] out = x.clone();
        for (int i : issues) {
            List<Integer> vs = new ArrayList<>(values[i].length);
            int max = 0;
            for (int v : values[i]) {
                vs.add(v);
                max = Math.max(max, counts[i][v]);
            }
            Collections.shuffle(vs, shuffle);
            if (vs.isEmpty()) {
                continue;
            }
            int best = vs.get(0);
            for (int v : vs) {
                if (counts[i][v] == max) {
                    best = v;
                    break;
                }
            }
            int keep = out[i];
            double before = profile.utility(out);
            out[i] = best;
            if (profile.utility(out) < before) {
                out[i] = keep;
            }
        }
        return out;
    }
}
