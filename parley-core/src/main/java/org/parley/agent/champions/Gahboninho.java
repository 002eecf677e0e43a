package org.parley.agent.champions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;
import org.parley.agent.SortedOutcomes;
import org.parley.domain.OutcomeSpace;
import org.parley.preference.AdditiveUtility;
import org.parley.protocol.Action;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * Gahboninho, runner-up of ANAC 2011 (Ben Adar, Sofy and Elimelech; GENIUS {@code agents.anac.y2011.Gahboninho}):
 * stubborn pressure that relaxes with the opponent's observed noise, then, in discounted domains, a sudden
 * "frenzy" of offering the opponent's own best bid. Deterministic except for ties between candidate utilities.
 *
 * <ul>
 *   <li>Candidates: built from the opponent's first offer x, every bid whose every issue is at least as good for me
 *       as x's (integer issues on a grid of about 20 steps, real issues on 20 points), keyed by utility (a random
 *       perturbation separates exact ties).</li>
 *   <li>recommend() (called once or twice per turn, with its side effects each time): Min = d^(2t),
 *       Max = Min(1 + 6·noise·d^5), then by time: t &lt; 0.85d (A), ≤ 0.92d (B), ≤ 0.94d (C), a "panic" band D
 *       compared with 0.985·d^(2t), E until t = 0.9996, then F (frenzy when the opponent's best offer B ≥ 0.25);
 *       next = min(1, Max − (Max − Min)t), limited to a fall of ρ and a rise of 0.005 per call.</li>
 *   <li>Turn: accept any offer &gt; 0.95 (all session long); accept an offer ≥ CF·recommend() with the compromise
 *       factor from before the call; at the first turn after t &gt; 0.9d filter the candidates by the opponent model
 *       (keep ≥ 0.84 of the best estimate, if at least 20 remain); offer its best bid until two offers have come in,
 *       then during t &lt; 0.15 the candidate just above 1.0, 0.998, ... (40 steps down to 0.925), then the
 *       candidate just above recommend() — or, in frenzy, the opponent's best bid.</li>
 *   <li>The noise (initially 0.4·d) moves with the similarity of its own and the opponent's value frequencies,
 *       measured on windows of 20 opponent offers in single precision; see the specification for every step.</li>
 * </ul>
 * It ignores the reservation value; utilities are undiscounted; d is the discount factor (1 if ≤ 0.001).
 *
 * <p>Quirks kept (the references depend on them): a negative fall limit ρ in band E before t = 0.985, which drives
 * the recommendation far above 1 in discounted domains (then only the 0.95 rule accepts and the frenzy ends the
 * session); band D compared with 0.985·d^(2t); recommend() twice per main-phase turn; the 0.95 rule all session;
 * the best bid offered twice as first mover; the first offer used only for the candidates and every 21st only for
 * the noise; single-precision similarity; after filtering, keys that are true utilities.
 *
 * <p>Clean by default, GENIUS with {@code ?genius}: the original's numeric-issue slips (value keys and buckets not
 * shifted by the lower bound, buckets of width ub/20, the preferred end of a numeric issue taken at the end
 * <em>farther</em> from the opponent's value, distances in raw units, a crash on an integer issue with lb = ub).
 * Real candidate points off parley's grid are taken to the nearest grid point in both. Candidate sets of more than
 * {@value #CANDIDATE_LIMIT} bids are a random sample of that size. Under a time deadline the candidates are
 * complete (the original stops building after 5% of the time).
 *
 * <p>Paper: M. Ben Adar, N. Sofy, A. Elimelech, "Gahboninho: Strategy for Balancing Pressure and Compromise in
 * Automated Negotiation", in <i>Complex Automated Negotiations: Theories, Models, and Software Competitions</i>,
 * SCI 435, Springer 2013.
 */
public final class Gahboninho extends ChampionAgent {

    static final int CANDIDATE_LIMIT = 400_000;
    private static final int COLLISION_BUDGET = 200_000;
    private static final double FIRST_PHASE_STEP = (1 - 0.925) / 40;

    private double d;
    private int[] bestBid;
    private OutcomeSpace space;
    private boolean indexable;
    private int[] radix;
    private final List<int[]> store = new ArrayList<>();
    private Random insertion;
    private Random perturbation;
    private GahboninhoModel model;
    private GahboninhoCandidates candidates;
    private int budget = COLLISION_BUDGET;
    private double noiseStep;
    private int[] distinctValues;

    // messages
    private int[] oppBid;
    private int[] prevBid;
    private boolean received;

    // recommend()
    private double noise;
    private double best;
    private int[] opponentBest;
    private double cf = 0.95;
    private double rho = 0.0009;
    private double previousRecommendation = 1;
    private double panicStart = -1;
    private double panicEnd = -1;
    private double panicCount = 1;
    private boolean firstCall = true;
    private boolean frenzy;

    // turn
    private int firstPhase = 40;
    private int turns;
    private boolean filtered;

    // statistics
    private int outgoing;
    private List<TreeMap<String, Integer>> outgoingKeys;
    private List<Map<String, Integer>> incomingKeys;
    private int countdown = 20;
    private double worstWindow = 1;
    private double worst = 1;
    private double previousSimilarity = 0.2;
    private double previousBest = 1;
    private double previousWorst = 1;

    public Gahboninho() {
        this(false);
    }

    /** @param genius keep the original's numeric-issue slips (see the class comment) */
    public Gahboninho(boolean genius) {
        super("gahboninho", genius);
    }

    @Override
    void started() {
        double df = profile.discountFactor();
        d = df <= 0.001 || df > 1 ? 1 : df;
        space = domain.outcomeSpace();
        indexable = space.isIndexable();
        radix = new int[domain.issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = domain.issue(i).size();
        }
        insertion = random(0);
        perturbation = random(1);
        model = new GahboninhoModel(domain, genius);
        noise = 0.4 * d;
        bestBid = maxBid();
        int n = domain.issueCount();
        distinctValues = new int[n];
        outgoingKeys = new ArrayList<>();
        incomingKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof DiscreteIssue) {
                distinctValues[i] = issue.size();
            } else if (issue instanceof IntegerIssue) {
                distinctValues[i] = Math.min(20, issue.size());
            } else {
                distinctValues[i] = 20;
            }
            outgoingKeys.add(new TreeMap<>());
            incomingKeys.add(new HashMap<>());
        }
    }

    /** §4: issue by issue, the first value (discrete) or bound (numeric) that maximises my utility. */
    private int[] maxBid() {
        int n = domain.issueCount();
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue instanceof DiscreteIssue) {
                double max = 0;
                int arg = 0;
                for (int v = 0; v < issue.size(); v++) {
                    b[i] = v;
                    double u = profile.utility(b);
                    if (u > max) {
                        max = u;
                        arg = v;
                    }
                }
                b[i] = arg;
            } else {
                b[i] = issue.size() - 1;
                double upper = profile.utility(b);
                b[i] = 0;
                double lower = profile.utility(b);
                b[i] = upper > lower ? issue.size() - 1 : 0;
            }
        }
        if (profile.utility(b) == 0) {
            GeniusSortedOutcomes all = GeniusSortedOutcomes.of(settings);
            return all.outcome(0);
        }
        return b;
    }

    // ---------------------------------------------------------------------------------------------- messages

    @Override
    public void receive(Action action, Timeline timeline) {
        prevBid = oppBid;
        if (action instanceof Offer o) {
            int[] x = o.outcome();
            oppBid = x;
            received = true;
            if (prevBid == null) {
                buildCandidates(x);
            } else {
                statistics(x);
                model.update(x);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- candidates

    private long id(int[] bid) {
        if (indexable) {
            long index = 0;
            for (int i = 0; i < radix.length; i++) {
                index = index * radix[i] + bid[i];
            }
            return index;
        }
        store.add(bid.clone());
        return store.size() - 1;
    }

    private int[] bid(long id) {
        if (!indexable) {
            return store.get((int) id).clone();
        }
        int[] out = new int[radix.length];
        if (id <= Integer.MAX_VALUE) {
            int rest = (int) id;
            for (int i = radix.length - 1; i >= 0; i--) {
                out[i] = rest % radix[i];
                rest /= radix[i];
            }
            return out;
        }
        long rest = id;
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = (int) (rest % radix[i]);
            rest /= radix[i];
        }
        return out;
    }

    /** e_i(v): the issue's own evaluation for additive profiles, else my utility of x with issue i set to v. */
    private double evaluation(int i, int v, int[] x) {
        if (profile.utility() instanceof AdditiveUtility a) {
            return a.evaluator(i).evaluate(domain.issue(i), v);
        }
        int[] y = x.clone();
        y[i] = v;
        return profile.utility(y);
    }

    /** §6. */
    private void buildCandidates(int[] x) {
        int n = domain.issueCount();
        boolean[][] relevant = new boolean[n][];
        List<List<Integer>> lists = new ArrayList<>();
        double product = 1;
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            double threshold = evaluation(i, x[i], x);
            relevant[i] = new boolean[issue.size()];
            List<Integer> values = new ArrayList<>();
            if (issue instanceof DiscreteIssue) {
                for (int v = 0; v < issue.size(); v++) {
                    if (evaluation(i, v, x) >= threshold) {
                        values.add(v);
                    }
                }
                product *= values.size();
            } else if (issue instanceof IntegerIssue ii) {
                long span = ii.upperBound() - ii.lowerBound();
                if (span == 0 && genius) {
                    throw new ArithmeticException("gahboninho?genius: integer issue '" + issue.name()
                            + "' has a single value, where the original divides by zero");
                }
                long step = span == 0 ? 1 : Math.max(1, span / Math.min(19, span));
                for (long v = 0; v <= span; v += step) {
                    if (evaluation(i, (int) v, x) >= threshold) {
                        values.add((int) v);
                    }
                }
                product *= Math.abs(span);
            } else {
                double lb = issue.numericValue(0);
                double ub = issue.numericValue(issue.size() - 1);
                int kept = 0;
                if (ub == lb) {
                    values.add(0);
                    kept = 1;
                } else {
                    for (double c = lb; c <= ub; c += (ub - lb) / 19) {
                        int v = (int) Math.round((c - lb) / (ub - lb) * (issue.size() - 1));
                        if (evaluation(i, v, x) >= threshold) {
                            kept++;
                            if (!values.contains(v)) {
                                values.add(v);
                            }
                        }
                    }
                }
                product *= 1000.0 * kept;
            }
            for (int v : values) {
                relevant[i][v] = true;
            }
            lists.add(values);
        }
        noiseStep = Math.max(0.003, Math.min(0.015, 0.01 * product / 400));
        if (indexable && space.size().compareTo(BigInteger.valueOf(GeniusOutcomes.ENUMERATION_LIMIT)) <= 0) {
            candidates = fromSortedSpace(relevant);
        } else {
            candidates = fromSample(lists);
        }
    }

    /**
     * The candidates as positions of the shared utility-sorted space, walked by ascending utility: no sort per
     * session. Tied candidates are inserted in random order; every tie after the first gets a perturbed key.
     */
    private GahboninhoCandidates fromSortedSpace(boolean[][] relevant) {
        SortedOutcomes sorted = SortedOutcomes.of(settings);
        int size = sorted.size();
        GahboninhoCandidates map = new GahboninhoCandidates(new GahboninhoCandidates.Universe() {
            @Override
            public double key(int position) {
                return sorted.utility(size - 1 - position);
            }

            @Override
            public long bid(int position) {
                return sorted.outcomeIndex(size - 1 - position);
            }
        });
        int n = radix.length;
        int[] group = new int[16];
        int a = 0;
        while (a < size) {
            double u = sorted.utility(size - 1 - a);
            int members = 0;
            int end = a;
            while (end < size && sorted.utility(size - 1 - end) == u) {
                int rest = sorted.outcomeIndex(size - 1 - end);
                boolean in = true;
                for (int i = n - 1; i >= 0 && in; i--) {
                    in = relevant[i][rest % radix[i]];
                    rest /= radix[i];
                }
                if (in) {
                    if (members == group.length) {
                        group = java.util.Arrays.copyOf(group, 2 * members);
                    }
                    group[members++] = end;
                }
                end++;
            }
            for (int k = members - 1; k > 0; k--) {
                int j = insertion.nextInt(k + 1);
                int t = group[k];
                group[k] = group[j];
                group[j] = t;
            }
            for (int k = 0; k < members; k++) {
                int position = group[k];
                if (!map.containsAtOrAboveBase(u)) {
                    map.append(position);
                    continue;
                }
                double key = u;
                while (map.containsKey(key) && budget > 0) {
                    budget--;
                    int z = perturbation.nextInt();
                    key = key - 0.002 / (z % 9999999);
                }
                long id = sorted.outcomeIndex(size - 1 - position);
                if (key == u && Double.compare(map.lastBaseKey(), u) == 0) {
                    map.replaceLast(position);
                } else {
                    map.put(key, id);
                }
            }
            a = end;
        }
        return map;
    }

    /** Spaces too large to enumerate: up to {@value #CANDIDATE_LIMIT} random combinations of relevant values. */
    private GahboninhoCandidates fromSample(List<List<Integer>> lists) {
        int n = radix.length;
        BigInteger combos = BigInteger.ONE;
        for (List<Integer> values : lists) {
            combos = combos.multiply(BigInteger.valueOf(values.size()));
        }
        boolean all = combos.compareTo(BigInteger.valueOf(CANDIDATE_LIMIT)) <= 0;
        int count = all ? combos.intValue() : CANDIDATE_LIMIT;
        double[] keys = new double[count];
        long[] ids = new long[count];
        LongOpenSet used = new LongOpenSet(count);
        java.util.Set<java.util.List<Integer>> drawn = new java.util.HashSet<>();
        int[] b = new int[n];
        int[] digit = new int[n];
        int k = 0;
        int attempts = 0;
        while (k < count && attempts++ < 20 * count) {
            if (all) {
                for (int i = 0; i < n; i++) {
                    b[i] = lists.get(i).get(digit[i]);
                }
                for (int i = 0; i < n; i++) {
                    if (++digit[i] < lists.get(i).size()) {
                        break;
                    }
                    digit[i] = 0;
                }
            } else {
                List<Integer> key = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    b[i] = lists.get(i).get(insertion.nextInt(lists.get(i).size()));
                    key.add(b[i]);
                }
                if (!drawn.add(key)) {
                    continue;
                }
            }
            double key = profile.utility(b);
            while (used.contains(Double.doubleToLongBits(key)) && budget > 0) {
                budget--;
                int z = perturbation.nextInt();
                key = key - 0.002 / (z % 9999999);
            }
            used.add(Double.doubleToLongBits(key));
            keys[k] = key;
            ids[k] = id(b);
            k++;
        }
        return GahboninhoCandidates.fromInsertions(keys, ids, k);
    }

    private int[] lookup(double u) {
        long id = candidates.ceiling(u);
        return id < 0 ? bestBid : bid(id);
    }

    // ---------------------------------------------------------------------------------------------- recommend

    /** §8. */
    double recommend(double t) {
        if (firstCall) {
            firstCall = false;
            return 1;
        }
        double min = Math.pow(d, 2 * t);
        double max = min * (1 + 6 * noise * Math.pow(d, 5));
        if (t < 0.85 * d) {
            min = min * Math.max(best, 0.9125);
        } else if (t <= 0.92 * d) {
            cf = 0.94;
            min = min * Math.max(best, 0.84);
            max = max / min;
        } else if (t <= 0.94 * d) {
            cf = 0.93;
            min = min * Math.max(best, 0.775);
            max = max / min;
        } else if (t <= 0.985 * min && (best <= 0.25 || t <= 1 - 3 * (panicEnd - panicStart) / panicCount)) {
            cf = 0.91;
            rho = 0.001;
            min = min * Math.max(best, 0.7);
            max = max / min;
            panicEnd = t;
            panicStart = t;
        } else if (t <= 0.9996 && (best <= 0.25 || t <= 1 - 3 * (panicEnd - panicStart) / panicCount)) {
            panicEnd = t;
            panicCount = panicCount + 1;
            rho = 0.001 + 0.01 * (t - 0.985) / 0.015;
            if (best < 0.375) {
                min = min * 0.4375;
                cf = 0.8;
            } else {
                min = min * best;
                cf = 0.95;
            }
            max = max / min;
        } else {
            cf = 0.92;
            if (best < 0.25) {
                min = 0.25;
                max = 1;
            } else {
                min = best;
                max = best;
                frenzy = true;
            }
            rho = 1;
        }
        max = Math.max(max, min);
        double next = Math.min(1, max - (max - min) * t);
        if (next + rho < previousRecommendation) {
            next = previousRecommendation - rho;
        } else if (next - 0.005 > previousRecommendation) {
            next = previousRecommendation + 0.005;
        }
        previousRecommendation = next;
        return next;
    }

    // ---------------------------------------------------------------------------------------------- turn

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        double offered = received ? profile.utility(oppBid) : 0;
        if (firstPhase > 0 && received && offered > 0.95) {
            return accept(oppBid);
        }
        double cfOld = cf;
        double target = recommend(t);
        if (received && offered >= cfOld * target) {
            return accept(oppBid);
        }
        turns++;
        if (!filtered && t > 0.9 * d) {
            filtered = true;
            int wanted = (int) Math.floor(turns * (1 - t));
            if (candidates != null && candidates.size() > 200) {
                filter(wanted, t);
            }
        }
        if (prevBid == null) {
            record(bestBid);
            return offer(bestBid.clone());
        }
        int[] bid;
        if (firstPhase >= 0 && t < 0.15) {
            bid = lookup(0.925 + FIRST_PHASE_STEP * firstPhase);
            firstPhase--;
        } else {
            double target2 = recommend(t);
            bid = lookup(target2);
            if (frenzy) {
                bid = opponentBest;
            }
        }
        record(bid);
        return offer(bid.clone());
    }

    /** §11. */
    private void filter(int wanted, double t) {
        int size = candidates.size();
        double[] resultKeys = new double[size];
        long[] resultIds = new long[size];
        int[] kept = {0};
        double[] bestOpp = {0};
        candidates.descending((key, id) -> {
            int[] b = bid(id);
            double p = model.predict(b);
            if (kept[0] == 0) {
                resultKeys[0] = key;
                resultIds[0] = id;
                kept[0] = 1;
                bestOpp[0] = p;
                return t < 0.94;
            }
            if (p >= 0.84 * bestOpp[0]) {
                resultKeys[kept[0]] = profile.utility(b);
                resultIds[kept[0]] = id;
                kept[0]++;
            }
            if (p > bestOpp[0]) {
                bestOpp[0] = p;
            }
            return true;
        });
        GahboninhoCandidates result = GahboninhoCandidates.fromInsertions(resultKeys, resultIds, kept[0]);
        if (result.size() < wanted / 10 || result.size() < 20) {
            return;
        }
        candidates = result;
    }

    // ---------------------------------------------------------------------------------------------- statistics

    private String valueKey(int i, int v) {
        Issue issue = domain.issue(i);
        if (issue instanceof DiscreteIssue) {
            return issue.label(v);
        }
        double lb = issue.numericValue(0);
        double ub = issue.numericValue(issue.size() - 1);
        if (ub == lb) {
            return "0";
        }
        double step = issue instanceof IntegerIssue ? (ub - lb) / Math.min(20, issue.size()) : (ub - lb) / 20;
        double value = issue.numericValue(v);
        return Long.toString((long) Math.floor((genius ? value : value - lb) / step));
    }

    private void record(int[] bid) {
        outgoing++;
        for (int i = 0; i < bid.length; i++) {
            outgoingKeys.get(i).merge(valueKey(i, bid[i]), 1, Integer::sum);
        }
    }

    /** §9: a processed opponent offer (every one but the first). */
    private void statistics(int[] x) {
        if (countdown > 0) {
            double u = profile.utility(x);
            if (u > best) {
                best = u;
                opponentBest = x;
                candidates.put(u, id(x));
            }
            double m = model.predict(x);
            worstWindow = Math.max(worstWindow, m);
            worst = Math.min(worst, m);
            countdown--;
            for (int i = 0; i < x.length; i++) {
                incomingKeys.get(i).merge(valueKey(i, x[i]), 1, Integer::sum);
            }
            return;
        }
        double similarity = 0;
        int n = domain.issueCount();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Integer> e : outgoingKeys.get(i).entrySet()) {
                Integer in = incomingKeys.get(i).get(e.getKey());
                if (in == null) {
                    continue;
                }
                float out = (float) e.getValue() / outgoing;
                float inside = (float) in / 20;
                float diff = out - inside;
                float q = diff * diff;
                float oneMinus = 1 - q;
                similarity += (1.0 / n) * (1.0 / distinctValues[i]) * oneMinus;
            }
        }
        if (similarity > previousSimilarity) {
            noise += 0.05;
        } else if (best < previousBest || worst < previousWorst) {
            noise += noiseStep;
        } else {
            noise -= noiseStep;
            if (worstWindow > 1.2 * worst) {
                noise -= noiseStep;
            }
            if (1.1 * similarity < previousSimilarity) {
                noise -= noiseStep;
            }
        }
        noise = Math.max(0, Math.min(1, noise));
        previousSimilarity = similarity;
        countdown = 20;
        previousBest = best;
        worstWindow = 1;
        previousWorst = worst;
        for (Map<String, Integer> window : incomingKeys) {
            window.clear();
        }
    }

    /** The current noise estimate. */
    public double noise() {
        return noise;
    }
}
