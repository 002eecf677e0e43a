package org.parley.agent.champions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.parley.agent.GeniusHashes;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * Nice Tit for Tat (Baarslag, Hindriks and Jonker; ANAC 2011; GENIUS
 * {@code agents.anac.y2011.Nice_Tit_for_Tat.NiceTitForTat}): it concedes towards the estimated Nash point in
 * proportion to the opponent's own concession, and chooses among its candidate bids the ones a Bayesian model says
 * the opponent likes best.
 *
 * <ul>
 *   <li>Nash estimate (after each model update): 0.7·mult, or U of the Nash point of (my utility, the model's
 *       estimate) over all outcomes (fewer than 200,000) times mult = max(0, 1.4 − 0.6·gap0), clamped to [0.5, 1];
 *       gap0 = 1 − (the opponent's first utility), set one turn late.</li>
 *   <li>Target: the opponent's concession (its best offer minus its first, in my utility) as a fraction of its
 *       distance to my Nash utility, applied to my distance from 1 to nash; then lowered towards nash by a bonus
 *       (0.5 − 0.4d, or late in the session up to 1).</li>
 *   <li>Bid: among the outcomes within [0.98·target, target + 0.05] (widened upwards until there are two), one of
 *       the best 3..20 by the model's estimate, at random; the opponent's best offer instead if it is at least as
 *       good.</li>
 *   <li>Accept an offer at least as good as my bid; from t = 0.98 also when no opponent offer in the last (1 − t)
 *       was better. An acceptable offer may instead be answered with the opponent's best bid, up to four times.</li>
 * </ul>
 * The reservation value only enters the Nash product; the discount factor only the bonus. It never walks away.
 *
 * <p>Quirks kept: gap0 lagging one turn (so the first Nash estimate uses mult = 1.4); the size thresholds 3,000,
 * 10,000 ("big": learning stops at t = 0.5, two candidates, a 40-bid window) and 200,000; the end-game rule
 * reducing to "nothing better in the window", which under 180 rounds accepts far below the reservation value; the
 * model ignoring repeated bids and, as second mover, the opponent's first bid; echoing the opponent's best bid
 * instead of accepting. Clean by default, GENIUS with {@code ?genius}: the original gives integer issues no model
 * hypotheses and fails on its second action (here they are modelled like real issues); with several opponents it
 * returns no action after another party's accept (here it answers the offer on the table).
 *
 * <p>Paper: T. Baarslag, K. Hindriks, C. Jonker, "A Tit for Tat Negotiation Strategy for Real-Time Bilateral
 * Negotiations", in <i>Complex Automated Negotiations: Theories, Models, and Software Competitions</i>, SCI 435,
 * Springer 2013.
 */
public final class NiceTitForTat extends ChampionAgent {

    private record Entry(int[] bid, double utility, double time) {
    }

    private GeniusOutcomes outcomes;
    private GeniusSortedOutcomes sorted;
    private GeniusHashes hashes;
    private BayesianScalableModel model;
    private Random random;
    private long size;
    private boolean big;
    private int[] opening;
    private double nash;
    private double gap0;
    private int bestEchoes;
    private final List<Entry> mine = new ArrayList<>();
    private final List<Entry> theirs = new ArrayList<>();
    private Action lastAction;
    private int[] lastOffer;

    public NiceTitForTat() {
        this(false);
    }

    /** @param genius fail on integer issues and after another party's accept, as the original */
    public NiceTitForTat(boolean genius) {
        super("nice-tit-for-tat", genius);
    }

    @Override
    void started() {
        outcomes = GeniusOutcomes.of(settings);
        sorted = GeniusSortedOutcomes.of(settings);
        hashes = GeniusHashes.of(domain);
        model = new BayesianScalableModel(domain, genius);
        random = random(0);
        BigInteger n = domain.outcomeSpace().size();
        size = n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
        big = size > 10_000;
        int first = 0;
        double max = 0;
        for (int k = 0; k < outcomes.size(); k++) {
            if (outcomes.utility(k) > max) {
                max = outcomes.utility(k);
                first = k;
            }
        }
        opening = outcomes.outcome(first);
    }

    BayesianScalableModel model() {
        return model;
    }

    /** My utility at the estimated Nash point, as last recomputed (0 before the first update). */
    public double nash() {
        return nash;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        lastAction = action;
        if (action instanceof Offer o) {
            lastOffer = o.outcome();
            theirs.add(new Entry(o.outcome(), profile.utility(o.outcome()), timeline.time()));
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        Action act;
        if (theirs.isEmpty()) {
            act = offer(opening.clone());
        } else if (mine.isEmpty()) {
            act = acceptable(opening, t) ? acceptAction(t) : offer(opening.clone());
        } else if (lastAction instanceof Offer || (!genius && lastOffer != null)) {
            int[] plan = counterBid(t);
            act = acceptable(plan, t) ? acceptAction(t) : offer(plan.clone());
        } else {
            return null; // as the original: no action after another party's accept (GENIUS fails the session)
        }
        if (act instanceof Offer o) {
            mine.add(new Entry(o.outcome(), profile.utility(o.outcome()), t));
        }
        return act;
    }

    /** The opponent's best bid so far: largest utility, the latest among equals. */
    private Entry opponentBest() {
        Entry best = null;
        for (Entry e : theirs) {
            if (best == null || e.utility() >= best.utility()) {
                best = e;
            }
        }
        return best;
    }

    /** §5. */
    private int[] counterBid(double t) {
        if (genius && model.lacksHypotheses()) {
            throw new IllegalStateException("nice-tit-for-tat?genius: the original's model has no hypotheses for "
                    + "integer issues, so it cannot pick a bid");
        }
        int[] x = lastOffer;
        if (t <= 0.99 && !(big && t > 0.5)) {
            model.update(x);
            recomputeNash();
        }
        double maxTheirs = Double.NEGATIVE_INFINITY;
        for (Entry e : theirs) {
            maxTheirs = Math.max(maxTheirs, e.utility());
        }
        double minFirst = Double.NaN;
        for (Entry e : theirs) {
            if (e.utility() > 0 && e.utility() <= 1 && e.time() > 0 && e.time() <= 0.01) {
                minFirst = Double.isNaN(minFirst) ? e.utility() : Math.min(minFirst, e.utility());
            }
        }
        if (Double.isNaN(minFirst)) {
            minFirst = theirs.get(0).utility();
        }
        double factor = Math.min(1, (maxTheirs - minFirst) / (nash - minFirst));
        double target = 1 - factor * (1 - nash);
        gap0 = 1 - minFirst;
        double gapToNash = Math.max(0, target - nash);
        target = target - bonus(t) * gapToNash;
        int[] plan = pickForOpponent(bidsNear(target));
        Entry best = opponentBest();
        if (profile.discount(best.utility(), t) >= profile.discount(profile.utility(plan), t)) {
            return best.bid();
        }
        return plan;
    }

    /** §5.2. */
    private void recomputeNash() {
        nash = 0.7;
        double mult = Math.max(0, 1.4 - 0.6 * gap0);
        if (size < 200_000) {
            double u = nashUtility();
            if (!Double.isNaN(u)) {
                nash = u;
            }
        }
        nash = nash * mult;
        nash = Math.max(0.5, Math.min(1, nash));
    }

    /**
     * My utility at GENIUS's Nash point of (my utility, the model's estimate): the frontier of not strictly dominated
     * points (equal points kept) in enumeration order, stably sorted by my utility ascending, and the first point
     * maximising (U − r)·Û, the running maximum starting at −1; NaN when no point beats −1.
     */
    double nashUtility() {
        double[][] terms = model.terms();
        int[] values = sorted.values();
        int n = terms.length;
        int count = sorted.size();
        double above = Double.NEGATIVE_INFINITY;
        List<int[]> frontier = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        double[] estimate = new double[0];
        int k = 0;
        while (k < count) {
            double u = sorted.utility(k);
            int end = k;
            while (end < count && sorted.utility(end) == u) {
                end++;
            }
            if (estimate.length < end - k) {
                estimate = new double[Math.max(end - k, 2 * estimate.length)];
            }
            double groupMax = Double.NEGATIVE_INFINITY;
            for (int j = k; j < end; j++) {
                double raw = 0;
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    raw += terms[i][values[base + i]];
                }
                double v = model.normalise(raw);
                estimate[j - k] = v;
                groupMax = Math.max(groupMax, v);
            }
            if (groupMax > above) {
                for (int j = k; j < end; j++) {
                    if (estimate[j - k] == groupMax) {
                        frontier.add(new int[] {sorted.position(j)});
                        points.add(new double[] {u, groupMax});
                    }
                }
                above = groupMax;
            }
            k = end;
        }
        Integer[] order = new Integer[frontier.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(points.get(a)[0], points.get(b)[0]);
            return c != 0 ? c : Integer.compare(frontier.get(a)[0], frontier.get(b)[0]);
        });
        double r = profile.reservationValue();
        double best = -1;
        double nashU = Double.NaN;
        for (int j : order) {
            double product = (points.get(j)[0] - r) * (points.get(j)[1] - 0);
            if (product > best) {
                best = product;
                nashU = points.get(j)[0];
            }
        }
        return nashU;
    }

    /** §5.3. */
    private double bonus(double t) {
        double discountBonus = 0.5 - 0.4 * profile.discountFactor();
        double minTime = size > 3000 ? 0.85 : 0.91;
        double timeBonus = t > minTime ? Math.min(1, 20 * (t - minTime)) : 0;
        double bonus = Math.max(discountBonus, timeBonus);
        return Math.max(0, Math.min(1, bonus));
    }

    /** §5.4: outcomes (enumeration order) of utility in [0.98·target, hi], hi widening from target + 0.05. */
    private List<int[]> bidsNear(double target) {
        if (target > 1) {
            target = 1;
        }
        double lo = 0.98 * target;
        double hi = target + 0.04;
        do {
            hi = hi + 0.01;
            int from = sorted.countAbove(hi);
            int to = sorted.countAtLeast(lo);
            List<int[]> found = new ArrayList<>();
            if (to > from) {
                if (big) {
                    int first = Integer.MAX_VALUE;
                    int second = Integer.MAX_VALUE;
                    for (int k = from; k < to; k++) {
                        int p = sorted.position(k);
                        if (p < first) {
                            second = first;
                            first = p;
                        } else if (p < second) {
                            second = p;
                        }
                    }
                    found.add(outcomes.outcome(first));
                    if (second != Integer.MAX_VALUE) {
                        found.add(outcomes.outcome(second));
                    }
                } else {
                    int[] positions = new int[to - from];
                    for (int k = from; k < to; k++) {
                        positions[k - from] = sorted.position(k);
                    }
                    Arrays.sort(positions);
                    for (int p : positions) {
                        found.add(outcomes.outcome(p));
                    }
                }
            }
            if (found.size() > 1 || (hi >= 1 && !found.isEmpty())) {
                return found;
            }
        } while (hi <= 1);
        List<int[]> fallback = new ArrayList<>();
        fallback.add(opening);
        return fallback;
    }

    /** §5.5: one of the best few candidates by the model, at random. */
    private int[] pickForOpponent(List<int[]> candidates) {
        int count = candidates.size();
        double[] value = new double[count];
        int[] hash = new int[count];
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            value[k] = model.estimate(candidates.get(k));
            hash[k] = GeniusHashes.details(hashes.bid(candidates.get(k)), value[k], 0.0);
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(value[b], value[a]);
            return c != 0 ? c : Integer.compare(hash[a], hash[b]);
        });
        long k = Math.round(count / 10.0);
        k = Math.max(3, Math.min(20, k));
        int top = (int) Math.min(k, count);
        return candidates.get(order[random.nextInt(top)]);
    }

    /** §7. */
    private boolean acceptable(int[] plan, double t) {
        double ux = profile.utility(lastOffer);
        if (ux >= profile.utility(plan)) {
            return true;
        }
        if (t < 0.98) {
            return false;
        }
        double left = 1 - t;
        int recent = 0;
        int better = 0;
        double betterSum = 0;
        for (Entry e : theirs) {
            boolean inWindow = e.time() > t - left && e.time() <= t;
            if (inWindow && e.utility() > 0 && e.utility() <= 1) {
                recent++;
            }
            if (inWindow && e.utility() > ux && e.utility() <= 1) {
                better++;
                betterSum += e.utility();
            }
        }
        if (recent > (big ? 40 : 10)) {
            return false;
        }
        double p = left / left;
        double miss = better == 0 ? 1 : Math.pow(1 - p, better);
        double expected = (1 - miss) * (better == 0 ? 0 : betterSum / better);
        return ux > expected;
    }

    /** §7: accept, or echo the opponent's best bid (at most four times). */
    private Action acceptAction(double t) {
        int count = 0;
        for (Entry e : theirs) {
            if (e.utility() > 0 && e.utility() <= 1 && e.time() > t - (1 - t) && e.time() <= t) {
                count++;
            }
        }
        Entry best = opponentBest();
        if (count > 1 && best.utility() > profile.utility(lastOffer) && bestEchoes <= 3) {
            bestEchoes++;
            return offer(best.bid().clone());
        }
        return new Accept(party, lastOffer);
    }
}
