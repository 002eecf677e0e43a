package org.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.preference.UtilityFunction;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * Exact Pareto frontier of any utility functions, by streaming every outcome through an incremental Pareto archive.
 *
 * <p>Memory is proportional to the frontier, not to the number of outcomes. Two parties use a staircase (sorted
 * map) with {@code O(log |F|)} work per outcome; more parties compare each outcome with the archive. The archive
 * holds at most {@link SizeLimit#FRONTIER} vectors and the comparisons of three or more parties stay within
 * {@link SizeLimit#comparisons()}; beyond either the computation stops with a {@link SizeLimitException}.
 */
public final class EnumeratingParetoFrontier {

    private final List<? extends UtilityFunction> utilities;
    private final int m;

    public EnumeratingParetoFrontier(List<? extends UtilityFunction> utilities) {
        if (utilities.isEmpty()) {
            throw new IllegalArgumentException("the Pareto frontier needs at least one profile");
        }
        this.utilities = List.copyOf(utilities);
        this.m = utilities.size();
    }

    /** An incremental Pareto archive; {@link Archive#offer} one outcome at a time. */
    public Archive newArchive() {
        return m == 2 ? new Staircase() : new ListArchive();
    }

    /** Computes the frontier by enumerating the whole (indexable) outcome space. */
    public ParetoFrontier compute() {
        Archive archive = newArchive();
        double[] u = new double[m];
        utilities.get(0).domain().outcomeSpace().forEach(outcome -> {
            for (int j = 0; j < m; j++) {
                u[j] = utilities.get(j).utility(outcome);
            }
            archive.offer(u, outcome);
        });
        return archive.frontier();
    }

    /** Keeps the non-dominated vectors seen so far. */
    public interface Archive {
        /** Offers one outcome with utility vector {@code u}; both arrays may be reused by the caller. */
        void offer(double[] u, int[] outcome);

        ParetoFrontier frontier();
    }

    private static final class Entry {
        final double[] u;
        final int[] outcome;
        BigInteger count = BigInteger.ONE;

        Entry(double[] u, int[] outcome) {
            this.u = u.clone();
            this.outcome = outcome.clone();
        }
    }

    private static void checkSize(int size, int parties) {
        if (size > SizeLimit.FRONTIER.value()) {
            SizeLimit.FRONTIER.check(size, "the Pareto frontier of " + parties + " profiles holds "
                    + SizeLimit.format(size) + " non-dominated utility vectors");
        }
    }

    private static ParetoFrontier toFrontier(List<Entry> entries) {
        entries.sort((a, b) -> Dominance.LEX_DESCENDING.compare(a.u, b.u));
        List<ParetoFrontier.Point> points = new ArrayList<>(entries.size());
        BigInteger total = BigInteger.ZERO;
        for (Entry e : entries) {
            points.add(new ParetoFrontier.Point(e.u, e.outcome, e.count));
            total = total.add(e.count);
        }
        return new ParetoFrontier(points, total);
    }

    /** Two parties: entries sorted by u1 ascending have u2 strictly descending. */
    private static final class Staircase implements Archive {
        private final TreeMap<Double, Entry> steps = new TreeMap<>();

        @Override
        public void offer(double[] u, int[] outcome) {
            double x = u[0];
            double y = u[1];
            Map.Entry<Double, Entry> above = steps.ceilingEntry(x);
            if (above != null && above.getValue().u[1] >= y) {
                Entry e = above.getValue();
                if (e.u[0] == x && e.u[1] == y) {
                    e.count = e.count.add(BigInteger.ONE);
                }
                return;
            }
            Iterator<Entry> below = steps.headMap(x, true).descendingMap().values().iterator();
            while (below.hasNext()) {
                if (below.next().u[1] <= y) {
                    below.remove();
                } else {
                    break;
                }
            }
            steps.put(x, new Entry(u, outcome));
            checkSize(steps.size(), 2);
        }

        @Override
        public ParetoFrontier frontier() {
            return toFrontier(new ArrayList<>(steps.values()));
        }
    }

    /** Any number of parties. */
    private static final class ListArchive implements Archive {
        private final List<Entry> entries = new ArrayList<>();
        private final long budget = SizeLimit.comparisons();
        private long comparisons;

        @Override
        public void offer(double[] u, int[] outcome) {
            comparisons += entries.size();
            if (comparisons > budget) {
                throw new SizeLimitException(SizeLimit.FRONTIER, SizeLimit.FRONTIER.value(), "the Pareto frontier of "
                        + u.length + " profiles needs more than " + SizeLimit.format(budget) + " pairwise comparisons "
                        + "of utility vectors (1,000 per vector of the limit)");
            }
            for (Entry e : entries) {
                if (Arrays.equals(e.u, u)) {
                    e.count = e.count.add(BigInteger.ONE);
                    return;
                }
                if (Dominance.dominates(e.u, u)) {
                    return;
                }
            }
            entries.removeIf(e -> Dominance.dominates(u, e.u));
            entries.add(new Entry(u, outcome));
            checkSize(entries.size(), u.length);
        }

        @Override
        public ParetoFrontier frontier() {
            return toFrontier(new ArrayList<>(entries));
        }
    }
}
