package org.parley.agent.champions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
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
 * CUHKAgent, winner of ANAC 2012 (Hao and Leung; GENIUS {@code agents.anac.y2012.CUHKAgent}): a hard-headed,
 * discount-aware aspiration threshold, bids from a utility band chosen to match the opponent's most frequent
 * values, and acceptance of offers that clear the threshold.
 *
 * <ul>
 *   <li>λ₀ = 0.08 + 0.92·d^β (β = 1.8 for d &gt; 0.75, 1.5 for d &gt; 0.5, else 1.2), raised slightly when the
 *       opponent keeps making new offers: λ = min(1, λ₀ + 0.1(1 − λ₀)c^10), c from the share of new bids among
 *       the last ten.</li>
 *   <li>Threshold: for d = 1 and more than 3,000 outcomes, at most Umax − 0.05 (Umax − 0.25 above 10,000 outcomes
 *       from t = 0.98); otherwise τ = Umax − (Umax − Umax·d/d^λ)(t/λ)² until λ, then Umax·d/d^t (rising
 *       again).</li>
 *   <li>Bid: the opponent's best offer if it clears the threshold; else from the band of 0.01-wide utility bins
 *       from the threshold to Umax (200 draws if larger), the candidate whose values the opponent offered most
 *       (ties by coin flips; 5% random exploration).</li>
 *   <li>Accept an offer ≥ τ or ≥ my bid, or within 0.01 of the opponent's best once that (discounted) clears the
 *       threshold; walk away only when the reservation value beats τ or my bid, or late when the discounted
 *       reservation value beats Umax·d.</li>
 * </ul>
 * As second mover its first action is always its best outcome. Round estimates follow the original's timing
 * (under a round deadline: the rounds left).
 *
 * <p>Quirks kept: the threshold rising after λ; the band starting at the 0.01 grid line below the threshold;
 * outcomes above the top bin never offered; the best outcome counted twice in the top bin; value counting stopped
 * after 100 distinct opponent bids; the dead "concede to the opponent" branch never taken. Clean by default, GENIUS
 * with {@code ?genius}: the random sampler used for spaces of 20,000 outcomes or more draws integers from lb..ub−1
 * and reals on a 1/21 grid below ub (snapped to parley's grid), and no action follows another party's accept (the
 * session fails); the clean version samples every value and answers the offer on the table. A negative
 * threshold (the original fails) clamps the band at 0 in both.
 *
 * <p>Paper: J. Hao, H. Leung, "CUHKAgent: An Adaptive Negotiation Strategy for Bilateral Negotiations over
 * Multiple Items", in <i>Novel Insights in Agent-based Complex Automated Negotiation</i>, SCI 535, Springer 2014.
 */
public final class CuhkAgent extends ChampionAgent {

    private double d;
    private double reservation;
    private double umax;
    private int[] best;
    private double lambda0;
    private double lambda;
    private double threshold;
    private BigInteger size;
    private int binCount;
    private int[][][] sampledBins;
    private CuhkBins bins;
    private GeniusOutcomes outcomes;
    private Random choose;
    private int[][] counters;
    private double[][] realCellBounds;

    private Action last;
    private int[] lastOffer;
    private boolean hasBid;
    private final Map<List<Integer>, int[]> distinct = new LinkedHashMap<>();
    private final List<List<Integer>> distinctOrder = new ArrayList<>();
    private final Map<List<Integer>, Integer> receipts = new HashMap<>();
    private int[] bestReceived;
    private double bestReceivedUtility;

    private double before;
    private double after;
    private double maxOpponent;
    private double maxOwn;

    public CuhkAgent() {
        this(false);
    }

    /** @param genius the original's off-by-one sampler and no action after an accept (see the class comment) */
    public CuhkAgent(boolean genius) {
        super("cuhkagent", genius);
    }

    @Override
    void started() {
        double df = profile.discountFactor();
        d = df > 0 && df <= 1 ? df : 1;
        reservation = profile.reservationValue() > 0 ? profile.reservationValue() : 0;
        size = domain.outcomeSpace().size();
        outcomes = GeniusOutcomes.of(settings);
        choose = random(1);
        if (size.compareTo(BigInteger.valueOf(20_000)) < 0) {
            bins = CuhkBins.of(settings);
            best = outcomes.outcome(bins.maxPosition);
            umax = bins.maxUtility;
            binCount = bins.count;
        } else {
            int first = 0;
            for (int k = 1; k < outcomes.size(); k++) {
                if (outcomes.utility(k) > outcomes.utility(first)) {
                    first = k;
                }
            }
            best = outcomes.outcome(first);
            umax = outcomes.utility(first);
            binCount = CuhkBins.binCount(umax);
            sampleBins(random(0));
        }
        threshold = umax;
        double beta = d > 0.75 ? 1.8 : (d > 0.5 ? 1.5 : 1.2);
        lambda0 = 0.08 + (1 - 0.08) * Math.pow(d, beta);
        lambda = lambda0;
        int n = domain.issueCount();
        counters = new int[n][];
        realCellBounds = new double[n][];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof RealIssue) {
                counters[i] = new int[21];
                double lb = issue.numericValue(0);
                double width = (issue.numericValue(issue.size() - 1) - lb) / 21;
                double[] bounds = new double[22];
                bounds[0] = lb;
                for (int k = 1; k < 22; k++) {
                    bounds[k] = bounds[k - 1] + width;
                }
                realCellBounds[i] = bounds;
            } else {
                counters[i] = new int[issue.size()];
            }
        }
        after = settings.deadline().isRounds() ? 1 : 0;
    }

    /** §4 step 4 for large spaces: 20,001 random outcomes binned like the enumeration. */
    private void sampleBins(Random g) {
        List<List<int[]>> lists = new ArrayList<>();
        for (int i = 0; i < binCount; i++) {
            lists.add(new ArrayList<>());
        }
        lists.get(binCount - 1).add(best);
        for (int k = 0; k < 20_001; k++) {
            int[] o = new int[domain.issueCount()];
            if (genius) {
                RandomOutcomes.geniusOffByOne(domain, g, o);
            } else {
                RandomOutcomes.uniform(domain, g, o);
            }
            int bin = CuhkBins.binOf(profile.utility(o), binCount);
            if (bin >= 0) {
                lists.get(bin).add(o);
            }
        }
        sampledBins = new int[binCount][][];
        for (int i = 0; i < binCount; i++) {
            sampledBins[i] = lists.get(i).toArray(new int[0][]);
        }
    }

    /** GENIUS's "current time": the round under a round deadline, else the elapsed seconds. */
    private double currentTime(Timeline timeline) {
        return settings.deadline().isRounds() ? timeline.round() : timeline.time() * settings.deadline().seconds();
    }

    private double totalTime() {
        return settings.deadline().isRounds() ? settings.deadline().rounds() + 1 : settings.deadline().seconds();
    }

    /** The current threshold τ_U. */
    public double threshold() {
        return threshold;
    }

    /** The current concede-to-discount time λ. */
    public double lambda() {
        return lambda;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        last = action;
        if (action instanceof Offer o) {
            lastOffer = o.outcome();
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        before = currentTime(timeline);
        Action action;
        int[] x;
        if (last == null) {
            x = best;
            action = offer(best.clone());
        } else {
            int[] o;
            if (last instanceof Offer offer) {
                o = offer.outcome();
            } else if (genius || lastOffer == null) {
                return null; // as the original: no action after an accept (GENIUS fails the session)
            } else {
                o = lastOffer;
            }
            remember(o);
            updateLambda();
            if (!hasBid) {
                x = best;
                action = offer(best.clone());
            } else {
                int roundsLeft = roundsLeftOpponent();
                if (roundsLeft <= 10 && t > 0.9985 && roundsLeft < 5) {
                    x = bestReceived;
                    if (profile.utility(bestReceived) < 0.85) {
                        List<int[]> candidates = band(umax - 0.15, umax - 0.02);
                        x = roundsLeftOpponent() < 2 ? bestReceived : chooseBid(candidates);
                    }
                } else {
                    x = bidToOffer(t);
                }
                action = decide(o, x, t);
            }
        }
        hasBid = true;
        after = currentTime(timeline);
        if (after - before > maxOwn) {
            maxOwn = after - before;
        }
        return action;
    }

    /** §6.1. */
    private void remember(int[] o) {
        List<Integer> key = new ArrayList<>(o.length);
        for (int v : o) {
            key.add(v);
        }
        if (!distinct.containsKey(key)) {
            distinct.put(key, o);
            distinctOrder.add(key);
        }
        double u = profile.utility(o);
        if (distinct.size() == 1) {
            bestReceived = distinct.get(distinctOrder.get(0));
            bestReceivedUtility = profile.utility(bestReceived);
        } else if (u > bestReceivedUtility) {
            bestReceived = o;
            bestReceivedUtility = u;
        }
        receipts.merge(key, 1, Integer::sum);
        if (distinct.size() <= 100) {
            for (int i = 0; i < o.length; i++) {
                counters[i][slot(i, o[i])]++;
            }
        }
    }

    /** The counter slot of value index v of issue i (real values: the first of 21 cells containing them). */
    private int slot(int i, int v) {
        double[] bounds = realCellBounds[i];
        if (bounds == null) {
            return v;
        }
        double x = domain.issue(i).numericValue(v);
        for (int k = 0; k <= 20; k++) {
            if (bounds[k] <= x && x <= bounds[k + 1]) {
                return k;
            }
        }
        return 20;
    }

    /** §6.4. */
    private void updateLambda() {
        int n = distinct.size();
        double c;
        if (n > 10) {
            int once = 0;
            for (int k = n - 10; k < n; k++) {
                if (receipts.get(distinctOrder.get(k)) == 1) {
                    once++;
                }
            }
            c = (once / 10.0) * (once / 10.0);
        } else {
            c = (n / 10.0) * (n / 10.0);
        }
        lambda = Math.min(1, lambda0 + 0.1 * (1 - lambda0) * Math.pow(c, 10));
    }

    private int roundsLeftOpponent() {
        if (before - after > maxOpponent) {
            maxOpponent = before - after;
        }
        double left = (totalTime() - before) / (maxOpponent + maxOwn);
        return (int) left;
    }

    /** §6.2. */
    private int[] bidToOffer(double t) {
        double m = umax;
        double lo;
        if (d == 1 && size.compareTo(BigInteger.valueOf(3000)) > 0) {
            double floor = m - 0.05;
            if (size.compareTo(BigInteger.valueOf(10_000)) > 0 && t >= 0.98) {
                floor = m - 0.25;
            }
            threshold = Math.min(threshold, floor);
            lo = floor;
        } else {
            if (t <= lambda) {
                threshold = m - (m - (m * d) / Math.pow(d, lambda)) * Math.pow(t / lambda, 2.0);
            } else {
                threshold = (m * d) / Math.pow(d, t);
            }
            lo = threshold;
        }
        if (bestReceivedUtility >= threshold || bestReceivedUtility >= lo) {
            return bestReceived;
        }
        return chooseBid(band(lo, m));
    }

    /** §6.3: the bins from the grid line below {@code lower} up to below {@code upper}; [ω_max] if empty. */
    private List<int[]> band(double lower, double upper) {
        int hi = Math.min(binCount, (int) (upper / 0.01));
        int lo = Math.max(0, (int) (lower / 0.01));
        List<int[]> list = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            if (bins != null) {
                for (int position : bins.bin(i)) {
                    list.add(outcomes.outcome(position));
                }
            } else {
                for (int[] o : sampledBins[i]) {
                    list.add(o);
                }
            }
        }
        if (list.isEmpty()) {
            list.add(best);
        }
        return list;
    }

    /** §6.3: the candidate whose values the opponent offered most. */
    private int[] chooseBid(List<int[]> list) {
        if (list.size() >= 200) {
            List<int[]> drawn = new ArrayList<>(200);
            for (int k = 0; k < 200; k++) {
                drawn.add(list.get(choose.nextInt(list.size())));
            }
            list = drawn;
        }
        int bestIndex = -1;
        long bestScore = 0;
        for (int k = 0; k < list.size(); k++) {
            int[] o = list.get(k);
            long score = 0;
            for (int i = 0; i < o.length; i++) {
                score += counters[i][slot(i, o[i])];
            }
            if (score > bestScore) {
                bestIndex = k;
                bestScore = score;
            } else if (score == bestScore && choose.nextDouble() < 0.5) {
                bestIndex = k;
            }
        }
        if (bestIndex == -1) {
            return list.get(choose.nextInt(list.size()));
        }
        if (choose.nextDouble() < 0.95) {
            return list.get(bestIndex);
        }
        return list.get(choose.nextInt(list.size()));
    }

    /** §8. */
    private Action decide(int[] o, int[] x, double t) {
        double uo = profile.utility(o);
        double ux = profile.utility(x);
        boolean accept;
        if (uo >= threshold || uo >= ux) {
            accept = true;
        } else {
            double b = bestReceivedUtility * Math.pow(d, t);
            if ((b > umax * d && t > lambda) || b > threshold * Math.pow(d, t)) {
                accept = uo >= bestReceivedUtility - 0.01;
            } else {
                accept = false;
            }
        }
        boolean end;
        if (reservation >= threshold || reservation >= ux) {
            end = true;
        } else {
            double rd = reservation == 0 ? 0 : reservation * Math.pow(d, t);
            end = rd > umax * d && t > lambda;
        }
        if (accept && !end) {
            return new Accept(party, o);
        }
        if (end && !accept) {
            return new EndNegotiation(party);
        }
        if (accept) {
            return uo > reservation ? new Accept(party, o) : new EndNegotiation(party);
        }
        return offer(x.clone());
    }
}
