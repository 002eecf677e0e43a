package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.agent.GeniusHashes;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * AgentK, winner of ANAC 2010 (Kawaguchi, Fujita and Ito; GENIUS {@code agents.anac.y2010.AgentK.Agent_K}): it
 * estimates the best utility it can still expect from the spread of the opponent's offers, concedes towards it as
 * time runs out, and accepts at random with a probability that grows with the offer and with time.
 *
 * <p>On every received offer x with my utility u (undiscounted), at my next turn:
 * <ol>
 *   <li>Statistics over all received offers (repeats counted): mean μ, variance, σ = √(12·var) (0 if NaN); the
 *       estimated best reachable utility E = μ + (1 − μ)·σ.</li>
 *   <li>α = 1 + τ + 10μ − 2τμ with τ = 2; β = α + r·τ − τ/2 with r uniform (generator G400);
 *       A = 1 − t^α·(1 − E), B = 1 − t^β·(1 − E); ρ = (σ + 0.1)/(1 − A), ρ₂ = (σ + 0.1)/(1 − B), each 2 if NaN or
 *       above 2; target = ρA + 1 − ρ, bidTarget = ρ₂B + 1 − ρ₂.</li>
 *   <li>Both are pulled to E with m = 400 − 300·t³: if X &gt; E, d = X − E, f = min(m, 1/d²), X = X − d·f/m; else
 *       X = E.</li>
 *   <li>P = t^α/5 + (u − E) + (u − target), 0 below 0.1; accept iff P &gt; a uniform draw (G100).</li>
 * </ol>
 * Otherwise it offers, uniformly (G200), one of the opponent's earlier bids worth more than target to it, in the
 * iteration order of a hash map keyed by GENIUS's bid hash (as the original); if there is none, random outcomes
 * (G300) until one reaches bidTarget, lowering bidTarget by 0.01 after every 501 misses. It opens with such a
 * random search for a bid of utility ≥ 1. It ignores the reservation value and the discount factor and never ends
 * the negotiation.
 *
 * <p>Quirks kept: the separate, jittered exponent for bids; statistics counting repeated offers; the opening needing
 * utility 1 (501 draws per 0.01 of shortfall); late acceptance through t^α/5. Clean by default, GENIUS with
 * {@code ?genius}: the original draws integer values from lb..ub−1 (an issue with lb = ub throws, after which it
 * accepts the last offer, or fails when opening) and real values on a 1/21 grid below ub (here snapped to parley's
 * grid); the clean version draws every value. With several opponents the original returns no action after
 * another party's accept (the session fails); the clean version answers the offer on the table.
 *
 * <p>Paper: S. Kawaguchi, K. Fujita, T. Ito, "AgentK: Compromising Strategy based on Estimated Maximum Utility for
 * Automated Negotiating Agents", <i>New Trends in Agent-Based Complex Automated Negotiations</i>, SCI 383,
 * Springer 2012.
 */
public final class AgentK extends ChampionAgent {

    private static final double TREMOR = 2.0;

    private Random g100;
    private Random g200;
    private Random g300;
    private Random g400;
    private Action last;
    private int[] lastOffer;
    private final Map<BidKey, Double> seen = new HashMap<>();
    private GeniusHashes hashes;
    private double target = 1.0;
    private double bidTarget = 1.0;
    private double sum;
    private double sumSquares;
    private int count;

    /** AgentK with the clean random bids. */
    public AgentK() {
        this(false);
    }

    /** @param genius draw random bids as the original (see the class comment) */
    public AgentK(boolean genius) {
        super("agentk", genius);
    }

    @Override
    void started() {
        g100 = random(0);
        g200 = random(1);
        g300 = random(2);
        g400 = random(3);
        hashes = GeniusHashes.of(domain);
    }

    /** The acceptance target after the last update. */
    public double target() {
        return target;
    }

    /** The bid target after the last update (and any lowering during the last random search). */
    public double bidTarget() {
        return bidTarget;
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
        try {
            if (last == null) {
                return offer(selectBid());
            }
            int[] x;
            if (last instanceof Offer o) {
                x = o.outcome();
            } else if (genius || lastOffer == null) {
                return null; // as the original: no action after an accept (GENIUS fails the session)
            } else {
                x = lastOffer;
            }
            double p = acceptProbability(x, timeline.time());
            if (p > g100.nextDouble()) {
                return new Accept(party, x);
            }
            return offer(selectBid());
        } catch (IllegalArgumentException e) {
            // the original accepts the last received bid when anything goes wrong (only its off-by-one integer draw)
            if (lastOffer != null) {
                return accept(lastOffer);
            }
            throw e;
        }
    }

    /** §6: records x and updates target and bidTarget; returns the acceptance probability P. */
    double acceptProbability(int[] x, double t) {
        double u = profile.utility(x);
        seen.putIfAbsent(new BidKey(x.clone(), hashes.bid(x)), u);
        sum += u;
        sumSquares += u * u;
        count++;
        double mean = sum / count;
        double variance = sumSquares / count - mean * mean;
        double deviation = Math.sqrt(variance * 12);
        if (Double.isNaN(deviation)) {
            deviation = 0;
        }
        double t3 = t * t * t;
        if (u > 1) {
            u = 1;
        }
        double estimate = mean + (1 - mean) * deviation;
        double alpha = 1 + TREMOR + 10 * mean - 2 * TREMOR * mean;
        double beta = alpha + g400.nextDouble() * TREMOR - TREMOR / 2;
        double preTarget = 1 - Math.pow(t, alpha) * (1 - estimate);
        double preBidTarget = 1 - Math.pow(t, beta) * (1 - estimate);
        double ratio = (deviation + 0.1) / (1 - preTarget);
        if (Double.isNaN(ratio) || ratio > 2.0) {
            ratio = 2.0;
        }
        double ratio2 = (deviation + 0.1) / (1 - preBidTarget);
        if (Double.isNaN(ratio2) || ratio2 > 2.0) {
            ratio2 = 2.0;
        }
        double m = t3 * -300 + 400;
        target = pull(ratio * preTarget + 1 - ratio, estimate, m);
        bidTarget = pull(ratio2 * preBidTarget + 1 - ratio2, estimate, m);
        double p = Math.pow(t, alpha) / 5 + (u - estimate) + (u - target);
        return p < 0.1 ? 0 : p;
    }

    private static double pull(double x, double estimate, double m) {
        if (x > estimate) {
            double d = x - estimate;
            double f = 1 / (d * d);
            if (f > m || Double.isNaN(f)) {
                f = m;
            }
            return x - d * f / m;
        }
        return estimate;
    }

    /** §5: an earlier opponent bid above target, else a random bid reaching bidTarget. */
    private int[] selectBid() {
        List<int[]> candidates = new ArrayList<>();
        for (Map.Entry<BidKey, Double> e : seen.entrySet()) {
            if (e.getValue() > target) {
                candidates.add(e.getKey().values);
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.get((int) Math.floor(g200.nextDouble() * candidates.size())).clone();
        }
        int[] bid = new int[domain.issueCount()];
        double u = 0;
        int misses = 0;
        while (u < bidTarget) {
            if (misses > 500) {
                bidTarget -= 0.01;
                misses = 0;
            }
            if (genius) {
                RandomOutcomes.geniusOffByOne(domain, g300, bid);
            } else {
                RandomOutcomes.uniform(domain, g300, bid);
            }
            u = profile.utility(bid);
            misses++;
        }
        return bid;
    }

    /** A bid as a hash-map key with GENIUS's hash code, so that iteration follows the original's order. */
    private static final class BidKey {
        final int[] values;
        final int hash;

        BidKey(int[] values, int hash) {
            this.values = values;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BidKey k && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
