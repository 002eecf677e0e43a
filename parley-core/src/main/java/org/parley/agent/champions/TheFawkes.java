package org.parley.agent.champions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.agent.GeniusHashes;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Issue;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * TheFawkes, winner of ANAC 2013 (GENIUS {@code agents.anac.y2013.TheFawkes}, a BOA agent): a hard "reserved
 * utility" curve, a forecast of the opponent's concession from a wavelet transform and a smoothing spline of its
 * offers, and bids chosen among all outcomes above a slowly falling bound by a frequency model of the opponent.
 * Deterministic.
 *
 * <ul>
 *   <li>Outcomes O: all, by utility, best first ({@link GeniusSortedOutcomes}); minAcc = their mean utility.</li>
 *   <li>Reserved utility RU(τ) = r + (1 − τ^500)(Umax·d^0.2 − r); forecast E(τ) = S(⌊τF⌋)(1 + sd of the ratios),
 *       where S is a smoothing spline ({@link SmoothingSpline}, ρ = 1e-16) through the wavelet transform
 *       ({@link FawkesWavelet}) of the opponent's utilities indexed by ⌊time·F⌋ (F = R + 1 rounds, or 100·T for
 *       T seconds) plus a spurious point (0, 0), and the ratios are S(i)/signal(i).</li>
 *   <li>Target: over τ = t, t + Δ, … &lt; min(t + 10Δ, 1) (Δ = min(0.1, the largest gap between opponent offers)),
 *       the first τ where the discounted forecast most exceeds the discounted RU ("optimistic"); failing that, the
 *       τ where they are closest ("pessimistic"), used only if 1.25·forecast/RU &gt; 1; then the target
 *       interpolates from that point (eT, eU) through my previous bid (its utility at its time tag); without a point
 *       the target is RU(t).</li>
 *   <li>Bid: among O[0..] with utility ≥ ((1 − t/10) − secondBest/(10·|my bids|))·target (never the worst outcome;
 *       just O[0] if none), the one the opponent model rates best, or the second best when the last ten picks all
 *       had the best one's utility (then secondBest grows). Model: {@link SliderFrequencyModel}, l = 0.8.</li>
 *   <li>Acceptance, each turn after computing its bid: with x the opponent's <em>first</em> offer (see below),
 *       reject if U(x) &lt; minAcc; accept if U(x) ≥ U(a second call of the bidding); after t ≥ 1 − Δ accept if
 *       U(x) is at least every opponent offer of the last 10Δ. Accepting accepts the latest offer.</li>
 * </ul>
 * It never walks away; the reservation value only floors RU.
 *
 * <p>Quirks kept (each changes results; all were needed to reproduce GENIUS's runs): acceptance judges the
 * opponent's first offer, because the original sorts its opponent history newest first in place and then reads its
 * last element; the bidding runs twice per turn (the second call, inside acceptance, advances the pick history and
 * time tags, and its bid is the one tested); time tags shared by every reference to an outcome, so when a turn's bid
 * repeats the previous one the second call interpolates with factor 1; the first pick of a session takes the second
 * candidate; the spline fitted to wavelet coefficients with the spurious last point; Δ only growing; the candidate
 * search of GENIUS's sorted space (the worst outcome is never a candidate).
 *
 * <p>Clean by default, GENIUS with {@code ?genius}: the original cannot start on integer or real issues; here their
 * values are counted like discrete ones.
 *
 * <p>Paper: no agent paper; the competition report is Y. Gal, L. Ilany, "The Fourth Automated Negotiation
 * Competition", in <i>Next Frontier in Agent-Based Complex Automated Negotiation</i>, SCI 596, Springer 2015.
 */
public final class TheFawkes extends ChampionAgent {

    static final double BETA = 0.002;
    static final double RHO = 0.8;
    static final double NU = 0.2;

    private record OppBid(int[] bid, double utility, double time, int hash) {
    }

    private GeniusSortedOutcomes outcomes;
    private GeniusHashes hashes;
    private SliderFrequencyModel model;
    private double maxU;
    private double discount;
    private double reservation;
    private double minAcc;
    private double indexFactor;
    /** Opponent history, newest first. */
    private final List<OppBid> opponent = new ArrayList<>();
    /** My offers, as positions in {@link #outcomes}. */
    private final List<Integer> own = new ArrayList<>();
    /** Time tags of outcomes (positions); −1 when absent. */
    private final Map<Integer, Double> tags = new HashMap<>();
    private final ArrayDeque<Double> lastTen = new ArrayDeque<>();
    private int secondBest = 1;
    private double deltaMax;
    private SmoothingSpline spline;
    private double ratioDeviation;
    private int[] lastReceived;
    /** The model's estimate of the best outcomes, computed lazily for the current model version. */
    private double[] estimates = new double[0];
    private int estimated;
    private int estimatedVersion = -1;
    private double[][] terms;

    public TheFawkes() {
        this(false);
    }

    /** @param genius refuse non-discrete issues, as the original */
    public TheFawkes(boolean genius) {
        super("the-fawkes", genius);
    }

    @Override
    void started() {
        if (genius) {
            for (Issue issue : domain.issues()) {
                if (!(issue instanceof DiscreteIssue)) {
                    throw new IllegalArgumentException("the-fawkes?genius handles discrete issues only, as the "
                            + "original; issue '" + issue.name() + "' is not discrete (use the-fawkes)");
                }
            }
        }
        outcomes = GeniusSortedOutcomes.of(settings);
        hashes = GeniusHashes.of(domain);
        model = new SliderFrequencyModel(domain, 0.8);
        maxU = outcomes.utility(0);
        discount = profile.discountFactor();
        reservation = profile.reservationValue();
        minAcc = outcomes.meanUtility();
        indexFactor = settings.deadline().isRounds() ? settings.deadline().rounds() + 1
                : 100 * settings.deadline().seconds();
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (!(action instanceof Offer o)) {
            return;
        }
        int[] b = o.outcome();
        lastReceived = b;
        double u = profile.utility(b);
        double t = timeline.time();
        opponent.add(new OppBid(b, u, t, GeniusHashes.details(hashes.bid(b), u, t)));
        opponent.sort(Comparator.comparingDouble(OppBid::time).reversed().thenComparingInt(OppBid::hash));
        if (opponent.size() < 2) {
            return;
        }
        model.learn(opponent.get(0).bid(), opponent.get(1).bid());
        forecast();
    }

    /** §7: the gap, the signal, its wavelet transform, the spline and the spread of the ratios. */
    private void forecast() {
        double previous = opponent.get(opponent.size() - 1).time();
        int top = 0;
        for (OppBid e : opponent) {
            double gap = previous - e.time();
            if (gap > deltaMax) {
                deltaMax = gap;
            }
            previous = e.time();
            top = Math.max(top, (int) Math.floor(e.time() * indexFactor));
        }
        double[] signal = new double[top + 1];
        for (OppBid e : opponent) {
            signal[(int) Math.floor(e.time() * indexFactor)] = e.utility();
        }
        double[] coefficients = FawkesWavelet.forward(signal);
        int n = signal.length;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = coefficients[i];
        }
        spline = new SmoothingSpline(xs, ys, 1e-16);
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            double v = spline.value(i) / signal[i];
            ratio[i] = Double.isInfinite(v) ? 0 : (Double.isNaN(v) ? 1 : v);
        }
        ratioDeviation = populationDeviation(ratio);
    }

    static double populationDeviation(double[] x) {
        if (x.length <= 1) {
            return 0;
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / x.length);
    }

    private double delta() {
        return Math.min(0.1, deltaMax);
    }

    double reservedUtility(double tau) {
        return reservation + (1 - Math.pow(tau, 1 / BETA)) * (maxU * Math.pow(discount, NU) - reservation);
    }

    private double discounted(double u, double tau) {
        return u * Math.pow(discount, tau);
    }

    private double expected(double tau) {
        return spline.value(Math.floor(tau * indexFactor)) * (1 + ratioDeviation);
    }

    /** §8.1. */
    double targetUtility(double t) {
        double delta = delta();
        double maxDiff = Double.MIN_VALUE;
        double minDiff = Double.MAX_VALUE;
        double oT = 0;
        double oU = 0;
        double pT = 0;
        double pU = 0;
        double end = Math.min(t + delta * 10, 1);
        for (double tau = t; tau < end; tau += delta) {
            double dr = discounted(reservedUtility(tau), tau);
            double e = expected(tau);
            double de = discounted(e, tau);
            double diff = de - dr;
            if (de >= dr && diff > maxDiff) {
                maxDiff = diff;
                oT = tau;
                oU = e;
            }
            if (maxDiff == Double.MIN_VALUE && Math.abs(diff) < minDiff) {
                minDiff = Math.abs(diff);
                pT = tau;
                pU = e;
            }
        }
        double eT;
        double eU;
        if (maxDiff == Double.MIN_VALUE) {
            double xi = (Math.pow(RHO, -1) * discounted(pU, pT)) / discounted(reservedUtility(pT), pT);
            eT = xi > 1 ? pT : -1;
            eU = xi > 1 ? pU : -1;
        } else {
            eT = oT;
            eU = oU;
        }
        if (eU == -1) {
            return reservedUtility(t);
        }
        int previous = own.get(own.size() - 1);
        double prevU = outcomes.utility(previous);
        double prevT = tags.getOrDefault(previous, -1.0);
        return eU + (prevU - eU) * (t - eT) / (prevT - eT);
    }

    private int opening(double t) {
        tags.put(0, t);
        return 0;
    }

    /** §8: the next bid, as a position in the sorted outcomes; tags it with t. */
    private int nextBid(double t) {
        if (opponent.size() <= 1 || own.isEmpty()) {
            return opening(t);
        }
        double target = targetUtility(t);
        double lower = ((1 - t / 10) - (double) secondBest / (own.size() * 10)) * target;
        int chosen = pick(candidates(lower));
        tags.put(chosen, t);
        return chosen;
    }

    /** §8.2: GENIUS's "bids at or above lower" on the sorted space; the number of leading outcomes returned. */
    int candidates(double lower) {
        int low = 0;
        int high = outcomes.size() - 1;
        int mid = -1;
        int last = 0;
        while (last != mid) {
            last = mid;
            mid = (low + high) / 2;
            double u = outcomes.utility(mid);
            if (u == lower) {
                break;
            }
            if (u < lower) {
                high = mid;
            }
            if (u > lower) {
                low = mid;
            }
        }
        int k = mid;
        if (outcomes.utility(k) >= lower) {
            k++;
        }
        return k == 0 ? 1 : k;
    }

    /** §8.3: the model's best among the first {@code k} outcomes, or its second best when stuck. */
    private int pick(int k) {
        double v1 = Double.NEGATIVE_INFINITY;
        int p1 = -1;
        int p1b = -1;
        double v2 = Double.NEGATIVE_INFINITY;
        int p2 = -1;
        estimate(k);
        for (int pos = 0; pos < k; pos++) {
            double v = estimates[pos];
            if (v > v1) {
                v2 = v1;
                p2 = p1;
                v1 = v;
                p1 = pos;
                p1b = -1;
            } else if (v == v1) {
                if (p1b < 0) {
                    p1b = pos;
                }
            } else if (v > v2) {
                v2 = v;
                p2 = pos;
            }
        }
        int best = p1;
        int second = p1b >= 0 ? p1b : p2;
        double bestU = outcomes.utility(best);
        boolean allEqual = true;
        for (double u : lastTen) {
            if (u != bestU) {
                allEqual = false;
                break;
            }
        }
        int chosen = best;
        if (allEqual) {
            secondBest++;
            if (k > 1) {
                chosen = second;
            }
        }
        lastTen.addLast(outcomes.utility(chosen));
        if (lastTen.size() > 10) {
            lastTen.removeFirst();
        }
        return chosen;
    }

    /** Fills {@link #estimates} for the first {@code k} outcomes under the current model. */
    private void estimate(int k) {
        if (estimatedVersion != model.version()) {
            estimatedVersion = model.version();
            estimated = 0;
            terms = model.terms();
        }
        if (k <= estimated) {
            return;
        }
        if (estimates.length < k) {
            estimates = java.util.Arrays.copyOf(estimates, Math.max(k, 2 * estimates.length));
        }
        int[] values = outcomes.values();
        int n = terms.length;
        for (int pos = estimated; pos < k; pos++) {
            double u = 0;
            int base = pos * n;
            for (int i = 0; i < n; i++) {
                u += terms[i][values[base + i]];
            }
            estimates[pos] = Math.min(1, u);
        }
        estimated = k;
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        int bid = own.isEmpty() ? opening(t) : nextBid(t);
        if (!opponent.isEmpty()) {
            double ux = opponent.get(opponent.size() - 1).utility();
            int check = nextBid(t);
            boolean accept;
            if (ux < minAcc) {
                accept = false;
            } else if (ux >= outcomes.utility(check)) {
                accept = true;
            } else if (t >= 1 - delta()) {
                double max = 0;
                double from = t - delta() * 10;
                for (OppBid e : opponent) {
                    if (e.utility() > 0 && e.utility() <= 1.1 && e.time() > from && e.time() <= t) {
                        max = Math.max(max, e.utility());
                    }
                }
                accept = ux >= max;
            } else {
                accept = false;
            }
            if (accept) {
                return accept(lastReceived);
            }
        }
        own.add(bid);
        return offer(outcomes.outcome(bid));
    }
}
