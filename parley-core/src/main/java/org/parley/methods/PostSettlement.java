package org.parley.methods;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.util.TieRule;
import org.parley.util.Tolerance;

/**
 * Post-settlement settlement (Raiffa 1985; negotiation-methods.md §5): after a tentative agreement b, the packages
 * x with {@code U_P(x) ≥ U_P(b)} for every party P and {@code >} for at least one, ranked by their minimum gain
 * {@code min_P (U_P(x) − U_P(b))} (Maximise the Minimum Gain, Thiessen's MMG as in Smartsettle). Every party can veto
 * a proposal at no cost, so only improvements for all are offered.
 *
 * <p>Comparisons use parley's one tolerance ({@link Tolerance}): a package at least as good as b for every party and
 * better by more than 1e-9 for one improves on it, so utilities that differ from b's only by rounding count as
 * equal. Ties follow parley's one rule ({@link TieRule}): minimum gains within 1e-9 tie, then the larger sum of
 * utilities (equivalently of gains), then the smaller utility of the first party, of the second, ...; the Nash
 * point of gains is chosen the same way by its product.
 *
 * <p>Candidates are streamed: memory is {@code O(limit)} whatever their number, time {@code O(N·(m + log limit))}
 * for N candidates of m parties. MMG compares raw utility differences, so it presumes the parties' scales are
 * comparable (Smartsettle normalises them first); the Nash point does not.
 *
 * <p>{@link #fromProfiles} feeds the Pareto frontier instead of the whole outcome space. This is enough for both
 * optima: any improving package is weakly dominated by a Pareto-optimal one, which also improves on b and has at
 * least its minimum gain and Nash product. The ranked list then holds only the Pareto-optimal improvements, one
 * representative outcome per distinct utility vector. The two optima have the values of the analysis package's
 * {@link org.parley.analysis.EgalitarianSolution} and {@link org.parley.analysis.NashSolution} with the baseline as
 * the disagreement point (the tests check this); this class adds the strict-improvement filter, the ranking and
 * the streaming.
 */
public final class PostSettlement {

    /** Default number of improvements kept in the ranked list. */
    public static final int DEFAULT_LIMIT = 20;

    private PostSettlement() {
    }

    /**
     * A package offered for consideration.
     *
     * @param item      what the caller needs back (an outcome, a package id, ...)
     * @param utilities each party's utility, in party order
     */
    public record Candidate<T>(T item, double[] utilities) {
    }

    /**
     * A package that improves on the baseline.
     *
     * @param gains       {@code U_P(x) − U_P(b)} per party
     * @param minGain     the smallest gain (the MMG score)
     * @param nashProduct the product of the gains
     */
    public record Improvement<T>(T item, double[] utilities, double[] gains, double minGain, double nashProduct) {

        /** The sum of the gains. */
        public double totalGain() {
            return Checks.sum(gains);
        }
    }

    /**
     * The improvements over a baseline.
     *
     * @param baseline  {@code U_P(b)}
     * @param ranked    the best improvements, at most {@code limit}, best first
     * @param improving how many candidates improve on the baseline (all of them, not just those ranked)
     * @param nash      the improvement with the largest Nash product of gains (ties by {@link TieRule}), or null
     *                  when there is none
     */
    public record Result<T>(double[] baseline, List<Improvement<T>> ranked, long improving, Improvement<T> nash) {

        public Result {
            ranked = List.copyOf(ranked);
        }

        /** The MMG point: the improvement with the largest minimum gain, or null when nothing improves. */
        public Improvement<T> mmg() {
            return ranked.isEmpty() ? null : ranked.get(0);
        }

        /** True when the tentative agreement is already Pareto-optimal among the candidates. */
        public boolean baselineEfficient() {
            return improving == 0;
        }
    }

    /** Ranks a stream of candidates; see {@link #rank(Iterator, double[], int)}. */
    public static <T> Result<T> rank(Stream<Candidate<T>> candidates, double[] baseline, int limit) {
        Checks.notNull("candidates", candidates);
        return rank(candidates.iterator(), baseline, limit);
    }

    /**
     * Ranks candidates against the baseline utilities, keeping the best {@code limit}.
     *
     * @throws IllegalArgumentException when a candidate has a different number of utilities than the baseline, a
     *                                  utility is not finite, or {@code limit < 1}
     */
    public static <T> Result<T> rank(Iterator<Candidate<T>> candidates, double[] baseline, int limit) {
        Checks.notNull("candidates", candidates);
        double[] b = Checks.notNull("baseline", baseline).clone();
        for (int j = 0; j < b.length; j++) {
            Checks.finite("baseline utility " + j, b[j]);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        // worst first, so the head is the one to drop; seq breaks ties in favour of the earlier candidate
        record Seen<T>(Improvement<T> improvement, long seq) {
        }
        Comparator<Seen<T>> better = TieRule.<Seen<T>>preference(s -> s.improvement().minGain(),
                s -> s.improvement().utilities).thenComparing(Comparator.<Seen<T>>comparingLong(Seen::seq).reversed());
        Comparator<Seen<T>> nashBetter = TieRule.<Seen<T>>preference(s -> s.improvement().nashProduct(),
                s -> s.improvement().utilities).thenComparing(Comparator.<Seen<T>>comparingLong(Seen::seq).reversed());
        PriorityQueue<Seen<T>> top = new PriorityQueue<>(better);
        Seen<T> nash = null;
        long count = 0;
        long seq = 0;
        while (candidates.hasNext()) {
            Candidate<T> c = Checks.notNull("candidate " + seq, candidates.next());
            Improvement<T> imp = improvement(c, b, seq);
            seq++;
            if (imp == null) {
                continue;
            }
            count++;
            Seen<T> s = new Seen<>(imp, seq);
            if (nash == null || nashBetter.compare(s, nash) > 0) {
                nash = s;
            }
            top.add(s);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Seen<T>> kept = new ArrayList<>(top);
        kept.sort(Comparator.comparingLong(Seen::seq));
        List<Improvement<T>> ranked = new ArrayList<>();
        for (Seen<T> s : TieRule.rank(kept, x -> x.improvement().minGain(), x -> x.improvement().utilities)) {
            ranked.add(s.improvement());
        }
        return new Result<>(b, ranked, count, nash == null ? null : nash.improvement());
    }

    private static <T> Improvement<T> improvement(Candidate<T> c, double[] b, long seq) {
        double[] u = Checks.notNull("the utilities of candidate " + seq, c.utilities());
        if (u.length != b.length) {
            throw new IllegalArgumentException("candidate " + seq + " has " + u.length + " utilities but the baseline "
                    + "has " + b.length);
        }
        boolean strict = false;
        double[] gains = new double[u.length];
        double min = Double.POSITIVE_INFINITY;
        double product = 1;
        for (int j = 0; j < u.length; j++) {
            Checks.finite("utility " + j + " of candidate " + seq, u[j]);
            int vs = Tolerance.compare(u[j], b[j]);
            if (vs < 0) {
                return null;
            }
            strict |= vs > 0;
            gains[j] = u[j] - b[j];
            min = Math.min(min, gains[j]);
            product *= gains[j];
        }
        return strict ? new Improvement<>(c.item(), u.clone(), gains, min, product) : null;
    }

    /**
     * PSS over the Pareto frontier of {@code profiles}, enumerating at most
     * {@link OutcomeSpaceAnalysis#DEFAULT_MAX_ENUMERATION} outcomes for non-additive profiles.
     */
    public static Result<int[]> fromProfiles(List<Profile> profiles, int[] baselineOutcome, int limit) {
        return fromProfiles(profiles, baselineOutcome, limit, OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
    }

    /**
     * PSS over the Pareto frontier of {@code profiles} (additive: computed without enumeration; otherwise by
     * enumerating at most {@code maxEnumeration} outcomes), from the tentative agreement {@code baselineOutcome}.
     * Utilities are the profiles' undiscounted utilities.
     *
     * @throws IllegalArgumentException when the profiles' domains differ, the outcome does not fit the domain, or
     *                                  the space is too large to enumerate
     */
    public static Result<int[]> fromProfiles(List<Profile> profiles, int[] baselineOutcome, int limit,
            long maxEnumeration) {
        Domain domain = Frontiers.domain(profiles);
        domain.checkOutcome(Checks.notNull("baseline outcome", baselineOutcome));
        double[] b = new double[profiles.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = profiles.get(j).utility(baselineOutcome);
        }
        ParetoFrontier frontier = Frontiers.of(profiles, maxEnumeration);
        return rank(frontier.points().stream().map(p -> new Candidate<>(p.outcome(), p.utilities())), b, limit);
    }
}
