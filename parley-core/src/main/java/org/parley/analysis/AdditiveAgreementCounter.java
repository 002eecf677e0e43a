package org.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;

/**
 * Counts, exactly and without enumerating, the outcomes where every additive profile reaches its threshold.
 *
 * <p>Issues are assigned one at a time, keeping the distinct partial utility vectors with their outcome counts.
 * A partial vector that cannot reach some threshold even with the best remaining values is dropped; one that
 * reaches every threshold even with the worst remaining values is counted at once (times the number of ways to
 * complete it). When more than {@code maxStates} partial vectors stay undecided the count gives up and returns
 * empty, so the caller can fall back to an estimate.
 */
public final class AdditiveAgreementCounter {

    private static final double MARGIN = org.parley.util.Tolerance.EPS;

    private final Domain domain;
    private final List<AdditiveUtility> utilities;
    private final int maxStates;

    public AdditiveAgreementCounter(List<AdditiveUtility> utilities, int maxStates) {
        this.utilities = List.copyOf(utilities);
        this.domain = utilities.get(0).domain();
        this.maxStates = maxStates;
    }

    /** The number of outcomes with {@code min(1, raw_j) ≥ thresholds[j]} for every j, or empty if over budget. */
    public Optional<BigInteger> count(double[] thresholds) {
        int n = domain.issueCount();
        int m = utilities.size();
        List<Integer> active = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (thresholds[j] > 1.0) {
                return Optional.of(BigInteger.ZERO);
            }
            if (utilities.get(j).minRawUtility() < thresholds[j]) {
                active.add(j);
            }
        }
        BigInteger total = domain.outcomeSpace().size();
        if (active.isEmpty()) {
            return Optional.of(total);
        }
        int a = active.size();
        double[] d = new double[a];
        for (int k = 0; k < a; k++) {
            d[k] = thresholds[active.get(k)];
        }
        // per issue: distinct contribution vectors (over active parties) with multiplicities
        List<Map<VectorKey, BigInteger>> groups = new ArrayList<>(n);
        double[][] issueMax = new double[n][a];
        double[][] issueMin = new double[n][a];
        for (int i = 0; i < n; i++) {
            Map<VectorKey, BigInteger> g = new LinkedHashMap<>();
            Arrays.fill(issueMax[i], Double.NEGATIVE_INFINITY);
            Arrays.fill(issueMin[i], Double.POSITIVE_INFINITY);
            for (int v = 0; v < domain.issue(i).size(); v++) {
                double[] c = new double[a];
                for (int k = 0; k < a; k++) {
                    c[k] = utilities.get(active.get(k)).contribution(i, v);
                    issueMax[i][k] = Math.max(issueMax[i][k], c[k]);
                    issueMin[i][k] = Math.min(issueMin[i][k], c[k]);
                }
                g.merge(new VectorKey(c), BigInteger.ONE, BigInteger::add);
            }
            groups.add(g);
        }
        double[][] maxRest = new double[n + 1][a];
        double[][] minRest = new double[n + 1][a];
        BigInteger[] completions = new BigInteger[n + 1];
        completions[n] = BigInteger.ONE;
        for (int i = n - 1; i >= 0; i--) {
            for (int k = 0; k < a; k++) {
                maxRest[i][k] = maxRest[i + 1][k] + issueMax[i][k];
                minRest[i][k] = minRest[i + 1][k] + issueMin[i][k];
            }
            completions[i] = completions[i + 1].multiply(BigInteger.valueOf(domain.issue(i).size()));
        }
        BigInteger counted = BigInteger.ZERO;
        Map<VectorKey, BigInteger> states = new HashMap<>();
        states.put(new VectorKey(new double[a]), BigInteger.ONE);
        for (int i = 0; i < n; i++) {
            Map<VectorKey, BigInteger> next = new HashMap<>();
            for (Map.Entry<VectorKey, BigInteger> s : states.entrySet()) {
                for (Map.Entry<VectorKey, BigInteger> g : groups.get(i).entrySet()) {
                    double[] p = new double[a];
                    for (int k = 0; k < a; k++) {
                        p[k] = s.getKey().v()[k] + g.getKey().v()[k];
                    }
                    BigInteger c = s.getValue().multiply(g.getValue());
                    int verdict = classify(p, d, maxRest[i + 1], minRest[i + 1], i + 1 == n);
                    if (verdict > 0) {
                        counted = counted.add(c.multiply(completions[i + 1]));
                    } else if (verdict == 0) {
                        next.merge(new VectorKey(p), c, BigInteger::add);
                    }
                }
            }
            if (next.size() > maxStates) {
                return Optional.empty();
            }
            states = next;
        }
        return Optional.of(counted);
    }

    /** 1: every completion qualifies; -1: none does; 0: undecided. At the last issue the test is exact. */
    private static int classify(double[] p, double[] d, double[] maxRest, double[] minRest, boolean last) {
        boolean all = true;
        for (int k = 0; k < d.length; k++) {
            if (last) {
                if (p[k] < d[k]) {
                    return -1;
                }
            } else {
                if (p[k] + maxRest[k] < d[k] - MARGIN) {
                    return -1;
                }
                if (!(p[k] + minRest[k] >= d[k] + MARGIN)) {
                    all = false;
                }
            }
        }
        return all ? 1 : 0;
    }
}
