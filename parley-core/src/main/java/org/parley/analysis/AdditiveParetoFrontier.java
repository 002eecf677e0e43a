package org.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * Exact Pareto frontier of linear additive profiles, computed issue by issue without enumerating the outcome space.
 *
 * <p>A Pareto-optimal outcome only uses values that are non-dominated within their issue, and a partial outcome
 * whose partial utility vector is dominated stays dominated whatever the remaining issues add. So the issues are
 * merged one at a time, keeping only the non-dominated partial sums (equal sums are merged and their outcome
 * counts added). Cost: {@code O(Σ_i |F_i|·|V_i|·log)} for two parties, where {@code F_i} is the frontier of the first
 * {@code i} issues; memory is proportional to the frontier, never to the number of outcomes.
 *
 * <p>Partial sums are accumulated in issue order from 0.0, exactly as {@link AdditiveUtility#rawUtility} does, so
 * the vectors are bit-identical to the utilities of the outcomes they represent.
 *
 * <p>GENIUS caps utility at 1. When a profile's largest possible sum exceeds 1 (by more than the rounding margin), two
 * outcomes that differ below the cap become equal, so pruning becomes conservative: a partial vector is dropped only
 * when it is beaten in a party for which it can never reach the cap. The distinct frontier vectors and the outcome
 * count stay exact. A party's partial sum that reaches 1 is held at exactly 1.0 when no contribution is negative (its
 * utility is 1 whatever follows), so partial vectors that differ only above the cap merge.
 *
 * <p>The pruning rule: a kept vector {@code f} prunes a candidate {@code p} when {@code f ≥ p} in every party and
 * {@code f} exceeds {@code p} by more than {@code delta} in a party where that counts for {@code p} (every party when
 * the cap cannot bind, else those where {@code p} can never reach the cap). Candidates come in lexicographically
 * descending order, so only vectors kept before can prune them. Two parties are filtered by a sweep,
 * {@code O(k log k)} per merge of {@code k} candidates; three by staircases of maxima ({@link ThreePartyPruning}),
 * also {@code O(k log k)}; one, or four or more, in a k-d tree of the kept vectors ({@link KeptPointTree}).
 *
 * <p>Bounds ({@link SizeLimit#FRONTIER}): a merge that would hold more candidate vectors than the limit, all merges
 * together more than {@link SizeLimit#merged()}, or work (nodes of the k-d tree visited, merged candidates weighted
 * by the size of their outcome counts) beyond {@link SizeLimit#frontierSteps()} steps, is refused
 * with a {@link SizeLimitException}. A zero-sum space of {@code n} two-valued issues with distinct weights has all
 * {@code 2^n} outcomes on its frontier, so the frontier itself is the limit there.
 */
public final class AdditiveParetoFrontier {

    /** Margin used to decide that a partial sum can never reach the cap of 1. */
    private static final double CAP_MARGIN = org.parley.util.Tolerance.EPS;

    /**
     * A partial sum is pruned only when beaten by more than this, which bounds the rounding that the remaining
     * additions can introduce; near-ties survive until the exact filter on the complete sums, so outcomes whose
     * utilities round to the same doubles are all counted.
     */
    private double delta;

    private final Domain domain;
    private final List<AdditiveUtility> utilities;
    private final int m;
    private final long comparisonBudget = SizeLimit.frontierSteps();
    private long comparisons;
    private final long mergeBudget = SizeLimit.merged();
    private long merged;
    /** Per party: whether partial sums of at least 1 are held as 1.0 (see {@link #compute()}). */
    private boolean[] clampAtOne;

    public AdditiveParetoFrontier(List<AdditiveUtility> utilities) {
        if (utilities.isEmpty()) {
            throw new IllegalArgumentException("the Pareto frontier needs at least one profile");
        }
        this.utilities = List.copyOf(utilities);
        this.domain = utilities.get(0).domain();
        for (AdditiveUtility u : utilities) {
            if (!u.domain().equals(domain)) {
                throw new IllegalArgumentException("all profiles must share one domain; got '" + domain.name()
                        + "' and '" + u.domain().name() + "'");
            }
        }
        this.m = utilities.size();
    }

    /** Computes the frontier. */
    public ParetoFrontier compute() {
        comparisons = 0;
        merged = 0;
        int n = domain.issueCount();
        double[] maxRaw = new double[m];
        double[][] issueMax = new double[n][m];
        boolean[] nonNegative = new boolean[m];
        Arrays.fill(nonNegative, true);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int v = 0; v < domain.issue(i).size(); v++) {
                    double c = utilities.get(j).contribution(i, v);
                    best = Math.max(best, c);
                    nonNegative[j] &= c >= 0.0;
                }
                issueMax[i][j] = best;
            }
        }
        for (int j = 0; j < m; j++) {
            double s = 0.0;
            for (int i = 0; i < n; i++) {
                s += issueMax[i][j];
            }
            maxRaw[j] = s;
        }
        double largest = 1.0;
        for (double x : maxRaw) {
            largest = Math.max(largest, Math.abs(x));
        }
        delta = 1e-11 * largest * Math.max(1, n / 100.0);
        // The cap can only erase an advantage of more than delta when some sum can exceed 1 by delta: weights that
        // add up to 1.0000000000000002 by rounding leave every pruning exact, and keep the two-party sweep (treating
        // them as capped sent zero-sum spaces to the pairwise filter, quadratic in a frontier of 2^issues points).
        boolean capMayBind = false;
        for (double x : maxRaw) {
            capMayBind |= x > 1.0 + delta;
        }
        // A party's partial sum of at least 1 ends at utility 1 whatever the other issues add, when nothing they add
        // is negative (floating-point addition of a non-negative number never decreases a sum). Such a coordinate is
        // held as 1.0 from then on: partial vectors that differ only above the cap merge instead of doubling with
        // every issue (a space whose weights add up to far more than 1 has its frontier at (1, 1) after a few issues).
        clampAtOne = new boolean[m];
        for (int j = 0; j < m; j++) {
            clampAtOne[j] = capMayBind && nonNegative[j];
        }
        // maxRest[i][j]: the most the issues after i can add for party j
        double[][] maxRest = new double[n + 1][m];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = 0; j < m; j++) {
                maxRest[i][j] = maxRest[i + 1][j] + issueMax[i][j];
            }
        }

        Level level = Level.root(m);
        List<int[]> parents = new ArrayList<>(n);
        List<int[]> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Groups groups = groups(i, capMayBind, maxRest);
            level = merge(level, groups, capMayBind ? maxRest[i + 1] : null, i);
            parents.add(level.parent);
            values.add(level.value);
        }
        return finish(level, parents, values);
    }

    /** The distinct contribution vectors of one issue's values, non-dominated ones only. */
    private Groups groups(int issue, boolean capMayBind, double[][] maxRest) {
        int size = domain.issue(issue).size();
        Map<VectorKey, int[]> byVector = new HashMap<>();
        List<double[]> vectors = new ArrayList<>();
        List<int[]> info = new ArrayList<>(); // {representative value, multiplicity}
        for (int v = 0; v < size; v++) {
            double[] c = new double[m];
            for (int j = 0; j < m; j++) {
                c[j] = utilities.get(j).contribution(issue, v);
            }
            int[] existing = byVector.get(new VectorKey(c));
            if (existing != null) {
                existing[1]++;
            } else {
                int[] rec = {v, 1};
                byVector.put(new VectorKey(c), rec);
                vectors.add(c);
                info.add(rec);
            }
        }
        // rest for the within-issue filter: every other issue at its best
        double[] rest = new double[m];
        for (int j = 0; j < m; j++) {
            rest[j] = maxRest[0][j] - (maxRest[issue][j] - maxRest[issue + 1][j]);
        }
        List<Integer> keep = nonRedundant(vectors, capMayBind ? rest : null);
        Groups g = new Groups(keep.size(), m);
        for (int k = 0; k < keep.size(); k++) {
            int a = keep.get(k);
            System.arraycopy(vectors.get(a), 0, g.contrib, k * m, m);
            g.value[k] = info.get(a)[0];
            g.multiplicity[k] = info.get(a)[1];
        }
        return g;
    }

    /**
     * Indices of the vectors that no other vector prunes, in lexicographic descending order. Two parties are swept;
     * others ask {@link KeptVectors}, within the step budget.
     */
    private List<Integer> nonRedundant(List<double[]> vectors, double[] rest) {
        Integer[] order = new Integer[vectors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Dominance.LEX_DESCENDING.compare(vectors.get(a), vectors.get(b)));
        List<Integer> keep = new ArrayList<>();
        if (m == 2) {
            double[] flat = new double[2 * vectors.size()];
            for (int i = 0; i < vectors.size(); i++) {
                flat[2 * i] = vectors.get(i)[0];
                flat[2 * i + 1] = vectors.get(i)[1];
            }
            int[] kept = new int[order.length];
            double[] prefixMaxSecond = new double[order.length];
            int nk = 0;
            int far = -1;
            for (int idx : order) {
                far = advance(flat, kept, nk, far, idx);
                if (!sweepPrunes(flat, prefixMaxSecond, nk, far, idx, rest)) {
                    kept[nk] = idx;
                    prefixMaxSecond[nk] = Math.max(nk > 0 ? prefixMaxSecond[nk - 1] : Double.NEGATIVE_INFINITY,
                            flat[2 * idx + 1]);
                    nk++;
                    keep.add(idx);
                }
            }
            return keep;
        }
        KeptVectors kept = KeptVectors.forParties(m, delta);
        boolean[] counts = new boolean[m];
        for (int idx : order) {
            if (!pruned(kept, vectors.get(idx), 0, rest, counts)) {
                keep.add(idx);
            }
        }
        return keep;
    }

    /**
     * Whether a vector of {@code kept} prunes the candidate at {@code sums[at..at+m)}, which is kept when not; the
     * steps count against the budget. {@code counts} (reused) receives, per party, whether an advantage there counts
     * for the candidate (the pruning rule, in the class comment): always when the cap cannot bind
     * ({@code rest == null}), else where it can never reach the cap.
     */
    private boolean pruned(KeptVectors kept, double[] sums, int at, double[] rest, boolean[] counts) {
        for (int j = 0; j < m; j++) {
            counts[j] = rest == null || sums[at + j] + rest[j] < 1.0 - CAP_MARGIN;
        }
        boolean pruned = kept.prunedElseKept(sums, at, counts);
        count(kept.lastSteps());
        return pruned;
    }

    /**
     * Counts steps against {@link SizeLimit#frontierSteps()}: a node of the k-d tree visited, or a candidate's
     * question to the three-party staircases, is one step; a merged candidate is one step per 64 bits of its outcome
     * count (counts grow to {@code 2^issues}, so on 1,000 issues every candidate adds numbers of 1,000 bits).
     */
    private void count(long n) {
        comparisons += n;
        if (comparisons > comparisonBudget) {
            throw new SizeLimitException(SizeLimit.FRONTIER, SizeLimit.FRONTIER.value(), "the Pareto frontier of "
                    + m + " profiles on domain '" + domain.name() + "' (" + domain.issueCount() + " issues) needs "
                    + "more than " + SizeLimit.format(comparisonBudget) + " steps of comparing and merging utility "
                    + "vectors (" + SizeLimit.STEPS_PER_VECTOR + " per vector of the limit)");
        }
    }

    private Level merge(Level prev, Groups groups, double[] rest, int issue) {
        int s = prev.size;
        int g = groups.size;
        long candidates = (long) s * g;
        if (candidates > SizeLimit.FRONTIER.value()) {
            SizeLimit.FRONTIER.check(candidates, "the Pareto frontier of domain '" + domain.name() + "' reaches "
                    + SizeLimit.format(s) + " partial utility vectors after " + issue + " of its "
                    + domain.issueCount() + " issues, which issue '" + domain.issue(issue).name() + "' ("
                    + g + " kept values) would combine into " + SizeLimit.format(candidates));
        }
        int k = (int) candidates;
        merged += candidates;
        if (merged > mergeBudget) {
            throw new SizeLimitException(SizeLimit.FRONTIER, SizeLimit.FRONTIER.value(), "the Pareto frontier of "
                    + "domain '" + domain.name() + "' has merged " + SizeLimit.format(merged - candidates)
                    + " partial utility vectors over its first " + issue + " of " + domain.issueCount()
                    + " issues, and issue '" + domain.issue(issue).name() + "' would add "
                    + SizeLimit.format(candidates) + ": more than " + SizeLimit.format(mergeBudget)
                    + " in all (" + SizeLimit.MERGED_PER_VECTOR + " per vector of the limit)");
        }
        count(candidates * (1 + domain.issueCount() / 64));
        double[] sums = new double[k * m];
        // candidate c = b * s + a is prev's vector a plus the issue's value group b; only its sums are made here, its
        // parent, value and outcome count are derived for the candidates the filter keeps. Each group's run is sorted
        // because prev is sorted (unless a sum was held at 1)
        for (int b = 0; b < g; b++) {
            for (int a = 0; a < s; a++) {
                int c = b * s + a;
                for (int j = 0; j < m; j++) {
                    double sum = prev.sums[a * m + j] + groups.contrib[b * m + j];
                    if (clampAtOne[j] && sum > 1.0) {
                        sum = 1.0;
                    }
                    sums[c * m + j] = sum;
                }
            }
        }
        // lexicographically descending, equal vectors by index. The g runs are sorted because prev is, except where
        // rounding unsorts a few neighbours (x+c == y+c while x > y ties the first party, and the next decides) or a
        // sum held at 1 reorders a run's head (its first utilities become equal, the next decides): the natural merge
        // sort takes whatever runs there are
        int[] order = IndexSort.sort(k, (x, y) -> compare(sums, x, y));
        return filter(sums, prev, groups, order, rest);
    }

    /** Lexicographic descending comparison of candidates x and y. */
    private int compare(double[] sums, int x, int y) {
        for (int j = 0; j < m; j++) {
            int c = Double.compare(sums[y * m + j], sums[x * m + j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private boolean equal(double[] sums, int x, int y) {
        for (int j = 0; j < m; j++) {
            if (Double.compare(sums[x * m + j], sums[y * m + j]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the non-redundant candidates in sorted order, merging equal vectors. */
    private Level filter(double[] sums, Level prev, Groups groups, int[] order, double[] rest) {
        int[] kept = new int[order.length];
        OutcomeCounts keptCount = new OutcomeCounts(order.length);
        double[] prefixMaxSecond = new double[order.length];
        int nk = 0;
        boolean sweep = m == 2;
        KeptVectors others = sweep ? null : KeptVectors.forParties(m, delta);
        boolean[] counts = new boolean[m];
        int far = -1; // sweep: the last kept point whose first utility exceeds the candidate's by more than delta
        for (int c : order) {
            if (nk > 0 && equal(sums, kept[nk - 1], c)) {
                keptCount.add(nk - 1, prev.count, c % prev.size, groups.multiplicity[c / prev.size]);
                continue;
            }
            boolean redundant;
            if (sweep) {
                far = advance(sums, kept, nk, far, c);
                redundant = sweepPrunes(sums, prefixMaxSecond, nk, far, c, rest);
            } else {
                redundant = pruned(others, sums, c * m, rest, counts);
            }
            if (!redundant) {
                kept[nk] = c;
                keptCount.set(nk, prev.count, c % prev.size, groups.multiplicity[c / prev.size]);
                if (m >= 2) {
                    prefixMaxSecond[nk] = Math.max(nk > 0 ? prefixMaxSecond[nk - 1] : Double.NEGATIVE_INFINITY,
                            sums[c * m + 1]);
                }
                nk++;
            }
        }
        Level next = new Level(nk, m, keptCount.truncate(nk));
        for (int q = 0; q < nk; q++) {
            System.arraycopy(sums, kept[q] * m, next.sums, q * m, m);
            next.parent[q] = kept[q] % prev.size;
            next.value[q] = groups.value[kept[q] / prev.size];
        }
        return next;
    }

    /**
     * Two parties: the last of the {@code nk} kept points whose first utility exceeds candidate c's by more than
     * {@code delta}, from the previous answer {@code far}. Candidates come in descending first utility, so the answer
     * only moves forward: {@code O(1)} amortised over a sweep.
     */
    private int advance(double[] sums, int[] kept, int nk, int far, int c) {
        double bound = sums[c * 2] + delta;
        int f = far;
        while (f + 1 < nk && sums[kept[f + 1] * 2] > bound) {
            f++;
        }
        return f;
    }

    /**
     * Two parties, kept points sorted lexicographically descending: is candidate c = (x, y) pruned by a kept f (see
     * the pruning rule in the class comment)? Every kept f has {@code f1 ≥ x}. An advantage in party 1 counts when c can never reach the cap
     * there ({@code rest == null}: never binds): some f with {@code f1 > x + delta} has {@code f2 ≥ y}, the prefix
     * maximum of f2 up to {@code far}, the last such f (the caller moves it forward as x descends). An advantage in
     * party 2 counts likewise: the largest f2 of all kept points exceeds {@code y + delta}. {@code O(1)}, so a
     * two-party merge is {@code O(k)} after its sort, with or without the cap.
     */
    private boolean sweepPrunes(double[] sums, double[] prefixMaxSecond, int nk, int far, int c, double[] rest) {
        if (nk == 0) {
            return false;
        }
        double x = sums[c * 2];
        double y = sums[c * 2 + 1];
        boolean firstCounts = rest == null || x + rest[0] < 1.0 - CAP_MARGIN;
        boolean secondCounts = rest == null || y + rest[1] < 1.0 - CAP_MARGIN;
        if (secondCounts && prefixMaxSecond[nk - 1] > y + delta) {
            return true;
        }
        return firstCounts && far >= 0 && prefixMaxSecond[far] >= y;
    }

    private ParetoFrontier finish(Level last, List<int[]> parents, List<int[]> values) {
        int n = domain.issueCount();
        List<double[]> vectors = new ArrayList<>(last.size);
        List<int[]> outcomes = new ArrayList<>(last.size);
        for (int q = 0; q < last.size; q++) {
            double[] u = new double[m];
            for (int j = 0; j < m; j++) {
                u[j] = Math.min(1.0, last.sums[q * m + j]);
            }
            vectors.add(u);
            int[] outcome = new int[n];
            int idx = q;
            for (int i = n - 1; i >= 0; i--) {
                outcome[i] = values.get(i)[idx];
                idx = parents.get(i)[idx];
            }
            outcomes.add(outcome);
        }
        List<BigInteger> counts = new ArrayList<>(last.size);
        for (int q = 0; q < last.size; q++) {
            counts.add(last.count.get(q));
        }
        List<ParetoFrontier.Point> points = FrontierFilter.filter(vectors, outcomes, counts);
        BigInteger total = BigInteger.ZERO;
        for (ParetoFrontier.Point pt : points) {
            total = total.add(pt.count());
        }
        return new ParetoFrontier(points, total);
    }

    /** Non-dominated partial sums after some issues, in lexicographic descending order. */
    private static final class Level {
        final int size;
        final double[] sums;
        final int[] parent;
        final int[] value;
        final OutcomeCounts count;

        Level(int size, int m, OutcomeCounts count) {
            this.size = size;
            this.sums = new double[size * m];
            this.parent = new int[size];
            this.value = new int[size];
            this.count = count;
        }

        static Level root(int m) {
            OutcomeCounts one = new OutcomeCounts(1);
            one.small[0] = 1;
            return new Level(1, m, one);
        }
    }

    /** The kept value groups of one issue. */
    private static final class Groups {
        final int size;
        final double[] contrib;
        final int[] value;
        /** How many of the issue's values share the group's contribution vector. */
        final long[] multiplicity;

        Groups(int size, int m) {
            this.size = size;
            this.contrib = new double[size * m];
            this.value = new int[size];
            this.multiplicity = new long[size];
        }
    }
}
