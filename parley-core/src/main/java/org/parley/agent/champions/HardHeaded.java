package org.parley.agent.champions;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Issue;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * HardHeaded, winner of ANAC 2011 (van Krimpen, Looije and Hajizadeh; GENIUS {@code agents.anac.y2011.HardHeaded.KLH}):
 * a very late, very steep concession down its own ranking of outcomes, offering in small batches chosen by a
 * frequency model of the opponent.
 *
 * <ul>
 *   <li>Outcomes are ranked by {@link HardHeadedBidList} keys (utility minus a tiny insertion offset).</li>
 *   <li>Target p(t), with Ka = e = 0.05, minU = 0.585, maxU the best utility and s the discount factor: if s ≥ 0.9,
 *       p = minU + (1 − F)(maxU − minU) with F = Ka + (1 − Ka)(t/s)^(1/e); if t ≤ s, F uses the exponent 1/(e/s)
 *       and p falls from near maxU to lo = minU + |maxU − minU|·s; after s, F = Ka + (1 − Ka)((t − s)/(1 − s))^(1/30)
 *       and p falls from lo towards minU.</li>
 *   <li>Bids come from a queue. The first is the best outcome. When the queue is empty a batch is built below the
 *       last offered bid: the next lower bid e0 (or, if e0 is below p, a random earlier own offer), plus the lower
 *       bids within 0.01 of e0 that stay ≥ p; up to 4 go into the queue lowest first, more are thinned to the 5
 *       the opponent model rates best. The opponent's best bid so far is queued first when it ranks above.</li>
 *   <li>Accept the opponent's last offer if its utility beats the lowest utility offered so far, or is at least the
 *       next queued bid's.</li>
 * </ul>
 * It ignores the reservation value (the original meant minU to become it but copied it too early) and never walks
 * away. Utilities are undiscounted; the discount factor only shapes p(t).
 *
 * <p>Quirks kept: minU = 0.585 whatever the reservation value; p(t) leaving [minU, maxU] (even negative) for
 * 0.9 ≤ d &lt; 1 after t &gt; d; comparisons of keys rather than utilities; batches offered lowest first; the queue
 * holding live nodes of the batch's {@link TreeMap} (removing a node with two children moves its successor's
 * content into it, so a batch can repeat a bid or offer one never selected, as in the original); lowestYet set to a
 * true utility after a key comparison. The model is {@link SliderFrequencyModel} with l = 0.2.
 *
 * <p>Clean by default, GENIUS with {@code ?genius}: the original refuses domains with integer or real issues (here
 * their values are ranked like discrete ones) and fails the session when its walk down the ranking passes the worst
 * outcome (here it stays at the bottom).
 *
 * <p>Paper: T. van Krimpen, D. Looije, S. Hajizadeh, "HardHeaded", in <i>Complex Automated Negotiations: Theories,
 * Models, and Software Competitions</i>, SCI 435, Springer 2013.
 */
public final class HardHeaded extends ChampionAgent {

    static final double KA = 0.05;
    static final double E = 0.05;
    static final double MIN_U = 0.585;

    private HardHeadedBidList list;
    private SliderFrequencyModel model;
    private Random r1;
    private double maxU;
    private double discount;
    private double lowestYet = 1.0;
    private boolean first = true;
    private final List<Map.Entry<Double, int[]>> queue = new ArrayList<>();
    private final List<Map.Entry<Double, int[]>> myBids = new ArrayList<>();
    private int[] oppLast;
    private double oppLastUtility;
    private int[] oppBest;
    private double oppBestUtility;
    private Map.Entry<Double, int[]> oppBestEntry;

    public HardHeaded() {
        this(false);
    }

    /** @param genius refuse non-discrete issues and fail at the bottom of the ranking, as the original */
    public HardHeaded(boolean genius) {
        super("hardheaded", genius);
    }

    @Override
    void started() {
        if (genius) {
            for (Issue issue : domain.issues()) {
                if (!(issue instanceof DiscreteIssue)) {
                    throw new IllegalArgumentException("hardheaded?genius handles discrete issues only, as the "
                            + "original; issue '" + issue.name() + "' is not discrete (use hardheaded)");
                }
            }
        }
        list = HardHeadedBidList.of(settings);
        model = new SliderFrequencyModel(domain, 0.2);
        r1 = random(0);
        maxU = profile.utility(list.outcome(list.size() - 1));
        discount = profile.discountFactor();
    }

    /** The concession target p(t) of an agent with best utility maxU and discount factor s. */
    static double target(double t, double maxU, double s) {
        if (s >= 0.9) {
            double f = KA + (1 - KA) * Math.pow(t / s, 1 / E);
            return MIN_U + (1 - f) * (maxU - MIN_U);
        }
        if (t <= s) {
            double e = E / s;
            double f = KA + (1 - KA) * Math.pow(t / s, 1 / e);
            double lo = MIN_U + Math.abs(maxU - MIN_U) * s;
            return lo + (1 - f) * (maxU - lo);
        }
        double f = KA + (1 - KA) * Math.pow((t - s) / (1 - s), 1.0 / 30);
        double hi = MIN_U + Math.abs(maxU - MIN_U) * s;
        return MIN_U + (1 - f) * (hi - MIN_U);
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (!(action instanceof Offer o)) {
            return;
        }
        int[] x = o.outcome();
        oppLast = x;
        oppLastUtility = profile.utility(x);
        model.update(x);
        if (oppBest == null || oppLastUtility > oppBestUtility) {
            oppBest = x;
            oppBestUtility = oppLastUtility;
        }
        oppBestEntry = entryOf(oppBest, oppBestUtility);
    }

    /** The ranking entry holding {@code bid}: from the last key ≤ its utility downwards. */
    private Map.Entry<Double, int[]> entryOf(int[] bid, double u) {
        int k = list.atOrBelow(u);
        double floor = u - (list.size() + 2) * 0.00000001;
        while (k >= 0 && (genius || list.key(k) >= floor)) {
            int[] o = list.outcome(k);
            if (Arrays.equals(o, bid)) {
                return new SimpleImmutableEntry<>(list.key(k), o);
            }
            k--;
        }
        if (genius) {
            throw new IllegalStateException("hardheaded?genius: the opponent's best bid is not in its ranking");
        }
        // a sampled ranking need not hold it: stand in just below its utility
        return new SimpleImmutableEntry<>(u - 0.00000001, bid);
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double p = target(timeline.time(), maxU, discount);
        if (first) {
            int top = list.size() - 1;
            queue.add(new SimpleImmutableEntry<>(list.key(top), list.outcome(top)));
            first = false;
        } else if (queue.isEmpty()) {
            batch(p);
        }
        if (oppLast != null && (oppLastUtility > lowestYet
                || profile.utility(queue.get(0).getValue()) <= oppLastUtility)) {
            return accept(oppLast);
        }
        Map.Entry<Double, int[]> next = queue.remove(0);
        myBids.add(next);
        if (next.getKey() < lowestYet) {
            lowestYet = profile.utility(next.getValue());
        }
        return offer(next.getValue().clone());
    }

    /** §5.2: fills the queue with the next batch. */
    private void batch(double p) {
        Map.Entry<Double, int[]> last = myBids.get(myBids.size() - 1);
        int e0 = below(last.getKey());
        TreeMap<Double, int[]> next = new TreeMap<>();
        double f = list.key(e0);
        next.put(f, list.outcome(e0));
        if (f < p) {
            int i = (int) Math.floor(myBids.size() * r1.nextDouble());
            next.remove(f);
            Map.Entry<Double, int[]> earlier = myBids.get(i);
            next.put(earlier.getKey(), earlier.getValue());
        }
        int a = belowOrNone(f);
        while (a >= 0 && f - list.key(a) < 0.01 && list.key(a) >= p) {
            next.put(list.key(a), list.outcome(a));
            a = belowOrNone(list.key(a));
        }
        if (next.size() <= 4) {
            queue.addAll(next.entrySet());
        } else {
            for (int k = 0; k < 5; k++) {
                Map.Entry<Double, int[]> best = next.lastEntry();
                double bestValue = model.evaluate(best.getValue());
                for (Map.Entry<Double, int[]> e : next.entrySet()) {
                    double v = model.evaluate(e.getValue());
                    if (v > bestValue) {
                        best = e;
                        bestValue = v;
                    }
                }
                queue.add(best);
                next.remove(best.getKey());
            }
        }
        if (oppBestEntry != null && queue.get(0).getKey() < oppBestEntry.getKey()) {
            queue.add(0, oppBestEntry);
        }
    }

    /** The next lower ranking position; at the bottom the original fails, the clean version stays there. */
    private int below(double key) {
        int k = list.below(key);
        if (k < 0) {
            if (genius) {
                throw new IllegalStateException("hardheaded?genius walked past its worst outcome, as the original");
            }
            return 0;
        }
        return k;
    }

    /** Like {@link #below} inside the walk: the clean version ends the walk at the bottom. */
    private int belowOrNone(double key) {
        int k = list.below(key);
        if (k < 0 && genius) {
            throw new IllegalStateException("hardheaded?genius walked past its worst outcome, as the original");
        }
        return k;
    }
}
