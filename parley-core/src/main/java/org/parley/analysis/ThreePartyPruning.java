package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Three parties: whether a candidate vector {@code p} is pruned by one of the points kept so far, in
 * {@code O(log k)} instead of a comparison with each of the {@code k} kept points. Kept points and candidates arrive
 * in lexicographically descending order, so every kept {@code f} has {@code f1 ≥ p1}. The rule is the frontier's
 * ({@link AdditiveParetoFrontier}): {@code f} prunes {@code p} when {@code f ≥ p} in all three utilities and exceeds
 * it by more than {@code delta} in one that counts for {@code p} (one where {@code p} can never reach the cap; all
 * three when the cap cannot bind). That is, one of
 * <ol>
 * <li>utility 1 counts and a kept {@code f} with {@code f1 > p1 + delta} has {@code f2 ≥ p2, f3 ≥ p3}: these
 *     {@code f} are a prefix of the kept points, which only grows as {@code p1} descends;</li>
 * <li>utility 2 counts and a kept {@code f} with {@code f2 > p2 + delta} has {@code f3 ≥ p3};</li>
 * <li>utility 3 counts and a kept {@code f} with {@code f2 ≥ p2} has {@code f3 > p3 + delta}.</li>
 * </ol>
 * Each is a question about the largest {@code f3} among points whose {@code f2} passes a threshold, which the
 * staircase of the points' maximal {@code (f2, f3)} pairs answers with one lookup (Kung, Luccio and Preparata's
 * maxima in three dimensions, with the frontier's margin).
 */
final class ThreePartyPruning implements KeptVectors {

    private final double delta;
    /** The maximal (f2, f3) of every kept point: f2 ascending, f3 strictly descending. */
    private final TreeMap<Double, Double> all = new TreeMap<>();
    /** The same over the kept points whose f1 exceeds the current candidate's by more than delta. */
    private final TreeMap<Double, Double> ahead = new TreeMap<>();
    private final List<double[]> kept = new ArrayList<>();
    private int inAhead;

    ThreePartyPruning(double delta) {
        this.delta = delta;
    }

    /**
     * Whether a kept point prunes {@code (x, y, z)}; {@code counts[j]}: whether an advantage in utility j counts for
     * it. Candidates must come in lexicographically descending order.
     */
    boolean pruned(double x, double y, double z, boolean[] counts) {
        while (inAhead < kept.size() && kept.get(inAhead)[0] > x + delta) {
            double[] f = kept.get(inAhead++);
            insert(ahead, f[1], f[2]);
        }
        if (counts[0] && largestThirdFrom(ahead, y, false) >= z) {
            return true;
        }
        if (counts[1] && largestThirdFrom(all, y + delta, true) >= z) {
            return true;
        }
        return counts[2] && largestThirdFrom(all, y, false) > z + delta;
    }

    @Override
    public boolean prunedElseKept(double[] v, int at, boolean[] counts) {
        boolean pruned = pruned(v[at], v[at + 1], v[at + 2], counts);
        if (!pruned) {
            keep(v[at], v[at + 1], v[at + 2]);
        }
        return pruned;
    }

    /** One lookup per staircase: one step. */
    @Override
    public long lastSteps() {
        return 1;
    }

    /** Keeps {@code (x, y, z)}, which must not come before the points kept so far. */
    void keep(double x, double y, double z) {
        kept.add(new double[] {x, y, z});
        insert(all, y, z);
    }

    /** The largest f3 of the points whose f2 is at least {@code t} (above it when {@code strict}); -∞ if none. */
    private static double largestThirdFrom(TreeMap<Double, Double> stairs, double t, boolean strict) {
        Map.Entry<Double, Double> e = strict ? stairs.higherEntry(key(t)) : stairs.ceilingEntry(key(t));
        return e == null ? Double.NEGATIVE_INFINITY : e.getValue();
    }

    /** Adds (y, z) to a staircase unless a point of it has both at least as large; drops the points it covers. */
    private static void insert(TreeMap<Double, Double> stairs, double y, double z) {
        Double k = key(y);
        Map.Entry<Double, Double> above = stairs.ceilingEntry(k);
        if (above != null && above.getValue() >= z) {
            return;
        }
        stairs.put(k, z);
        for (Map.Entry<Double, Double> below = stairs.lowerEntry(k); below != null && below.getValue() <= z;
                below = stairs.lowerEntry(k)) {
            stairs.remove(below.getKey());
        }
    }

    /** -0.0 as 0.0: the tree orders keys as Double.compare does, the questions compare numbers. */
    private static Double key(double v) {
        return v + 0.0;
    }
}
