package org.parley.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.parley.domain.Domain;
import org.parley.domain.OutcomeSpace;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.preference.UtilityFunction;

/**
 * Answers the standard questions about two or more profiles on one domain: the exact Pareto frontier, the Nash,
 * Kalai–Smorodinsky, egalitarian and max-welfare points (and GENIUS's equal-utility point), the opposition, and the
 * agreement zone. Disagreement
 * utilities are the profiles' reservation values; utilities are undiscounted.
 *
 * <p>When every profile is linear additive nothing is enumerated ({@link AdditiveParetoFrontier},
 * {@link AdditiveAgreementCounter}), so spaces of 5^40 outcomes are analysed exactly. Otherwise the space is
 * streamed once through an incremental Pareto archive; spaces beyond {@code maxEnumeration} outcomes are refused.
 */
public final class OutcomeSpaceAnalysis {

    /** Default limit on the number of outcomes enumerated for non-additive profiles. */
    public static final long DEFAULT_MAX_ENUMERATION = 50_000_000L;

    /** Undecided partial vectors the exact agreement-zone count may keep before it falls back to an estimate. */
    public static final int MAX_ZONE_STATES = 250_000;

    private static final int ZONE_SAMPLES = 200_000;

    private final List<Profile> profiles;
    private final Domain domain;
    private final long maxEnumeration;

    public OutcomeSpaceAnalysis(List<Profile> profiles) {
        this(profiles, DEFAULT_MAX_ENUMERATION);
    }

    public OutcomeSpaceAnalysis(List<Profile> profiles, long maxEnumeration) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("analysis needs at least one profile");
        }
        this.profiles = List.copyOf(profiles);
        this.domain = profiles.get(0).domain();
        for (Profile p : profiles) {
            if (!p.domain().equals(domain)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is for domain '" + p.domain().name()
                        + "', not '" + domain.name() + "'");
            }
        }
        this.maxEnumeration = maxEnumeration;
    }

    /**
     * The result of one analysis. Solution points are null when no point qualifies. Immutable: the reservation
     * values are copied in and out ({@link #reservation(int)} reads one without a copy).
     *
     * @param geniusKalai GENIUS's equal-utility point ({@link GeniusKalaiSolution}), for comparing with GENIUS logs
     */
    public record Result(Domain domain, List<Profile> profiles, BigInteger outcomes, ParetoFrontier frontier,
            ParetoFrontier.Point nash, ParetoFrontier.Point kalaiSmorodinsky, ParetoFrontier.Point egalitarian,
            ParetoFrontier.Point maxWelfare, ParetoFrontier.Point geniusKalai, double opposition,
            AgreementZone agreementZone, double[] reservation, boolean enumerated) {

        public Result {
            profiles = List.copyOf(profiles);
            reservation = reservation.clone();
        }

        /** A copy of the disagreement utilities (the profiles' reservation values), in party order. */
        @Override
        public double[] reservation() {
            return reservation.clone();
        }

        /** The disagreement utility of {@code party}. */
        public double reservation(int party) {
            return reservation[party];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.domain.equals(domain) && r.profiles.equals(profiles)
                    && r.outcomes.equals(outcomes) && r.frontier.equals(frontier) && Objects.equals(r.nash, nash)
                    && Objects.equals(r.kalaiSmorodinsky, kalaiSmorodinsky)
                    && Objects.equals(r.egalitarian, egalitarian) && Objects.equals(r.maxWelfare, maxWelfare)
                    && Objects.equals(r.geniusKalai, geniusKalai) && Double.compare(r.opposition, opposition) == 0
                    && r.agreementZone.equals(agreementZone) && Arrays.equals(r.reservation, reservation)
                    && r.enumerated == enumerated;
        }

        @Override
        public int hashCode() {
            return Objects.hash(domain, outcomes, frontier, nash, opposition, Arrays.hashCode(reservation));
        }

        @Override
        public String toString() {
            return "Result[domain=" + domain.name() + ", outcomes=" + outcomes + ", frontier=" + frontier.size()
                    + " points, nash=" + nash + ", kalaiSmorodinsky=" + kalaiSmorodinsky + ", egalitarian="
                    + egalitarian + ", maxWelfare=" + maxWelfare + ", geniusKalai=" + geniusKalai + ", opposition="
                    + opposition + ", agreementZone=" + agreementZone + ", reservation=" + Arrays.toString(reservation)
                    + ", enumerated=" + enumerated + "]";
        }
    }

    /**
     * Only the exact Pareto frontier of {@code profiles} (in that party order): merged issue by issue when every
     * profile is linear additive, else by streaming the space once.
     *
     * @throws IllegalArgumentException when non-additive profiles would need more than {@code maxEnumeration}
     *                                  outcomes enumerated
     */
    public static ParetoFrontier frontier(List<Profile> profiles, long maxEnumeration) {
        List<AdditiveUtility> additive = new ArrayList<>();
        for (Profile p : profiles) {
            if (p.utility() instanceof AdditiveUtility a) {
                additive.add(a);
            }
        }
        if (additive.size() == profiles.size()) {
            return new AdditiveParetoFrontier(additive).compute();
        }
        Domain domain = profiles.get(0).domain();
        BigInteger size = domain.outcomeSpace().size();
        if (size.compareTo(BigInteger.valueOf(maxEnumeration)) > 0) {
            throw new OutcomeSpaceTooLargeException(domain.name(), size, maxEnumeration);
        }
        return new EnumeratingParetoFrontier(profiles.stream().map(Profile::utility).toList()).compute();
    }

    /** Runs the analysis. */
    public Result analyze() {
        int m = profiles.size();
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = profiles.get(j).reservationValue();
        }
        BigInteger size = domain.outcomeSpace().size();
        List<AdditiveUtility> additive = new ArrayList<>();
        for (Profile p : profiles) {
            if (p.utility() instanceof AdditiveUtility a) {
                additive.add(a);
            }
        }
        ParetoFrontier frontier;
        BigInteger zoneCount = null;
        boolean zoneExact = true;
        boolean enumerated = additive.size() != m;
        if (!enumerated) {
            frontier = new AdditiveParetoFrontier(additive).compute();
        } else {
            if (size.compareTo(BigInteger.valueOf(maxEnumeration)) > 0) {
                throw new OutcomeSpaceTooLargeException(domain.name(), size, maxEnumeration);
            }
            Enumerated e = enumerate(d);
            frontier = e.frontier;
            zoneCount = e.zoneCount;
        }
        boolean empty = frontier.points().stream().noneMatch(p -> BargainingSolution.individuallyRational(p, d));
        if (empty) {
            zoneCount = BigInteger.ZERO;
        } else if (zoneCount == null) {
            Optional<BigInteger> exact = new AdditiveAgreementCounter(additive, MAX_ZONE_STATES).count(d);
            if (exact.isPresent()) {
                zoneCount = exact.get();
            } else {
                zoneCount = estimateZone(d, size);
                zoneExact = false;
            }
        }
        return new Result(domain, profiles, size, frontier,
                new NashSolution().solve(frontier, d).orElse(null),
                new KalaiSmorodinskySolution().solve(frontier, d).orElse(null),
                new EgalitarianSolution().solve(frontier, d).orElse(null),
                new MaxWelfareSolution().solve(frontier, d).orElse(null),
                new GeniusKalaiSolution().solve(frontier, d).orElse(null),
                opposition(frontier, maxima(frontier)), new AgreementZone(zoneCount, empty, zoneExact), d,
                enumerated);
    }

    /**
     * {@code min over outcomes of sqrt(Σ_i (1 − u_i/max_i)^2)}, with {@code max_i} party i's best utility before
     * GENIUS's cap at 1 (for an additive profile whose weights sum to 1.0001 that is 1.0001, as in the reference
     * implementation). The minimiser is Pareto-optimal, so the frontier suffices. A party whose best is 0 adds 0.
     */
    public static double opposition(ParetoFrontier frontier, double[] max) {
        int m = frontier.parties();
        double best = Double.POSITIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                double gap = max[j] > 0 ? 1 - p.utility(j) / max[j] : 0;
                s += gap * gap;
            }
            best = Math.min(best, Math.sqrt(s));
        }
        return best;
    }

    /** Each party's best utility before the cap: the additive sum of per-issue maxima, else the frontier max. */
    private double[] maxima(ParetoFrontier frontier) {
        double[] max = new double[profiles.size()];
        for (int j = 0; j < max.length; j++) {
            if (profiles.get(j).utility() instanceof AdditiveUtility a) {
                max[j] = Math.max(a.maxRawUtility(), 0);
            } else {
                for (ParetoFrontier.Point p : frontier.points()) {
                    max[j] = Math.max(max[j], p.utility(j));
                }
            }
        }
        return max;
    }

    private record Enumerated(ParetoFrontier frontier, BigInteger zoneCount) {
    }

    private Enumerated enumerate(double[] d) {
        List<UtilityFunction> us = profiles.stream().map(Profile::utility).toList();
        EnumeratingParetoFrontier.Archive archive = new EnumeratingParetoFrontier(us).newArchive();
        int m = us.size();
        double[] u = new double[m];
        long[] zone = new long[1];
        domain.outcomeSpace().forEach(outcome -> {
            boolean in = true;
            for (int j = 0; j < m; j++) {
                u[j] = us.get(j).utility(outcome);
                in &= u[j] >= d[j];
            }
            if (in) {
                zone[0]++;
            }
            archive.offer(u, outcome);
        });
        return new Enumerated(archive.frontier(), BigInteger.valueOf(zone[0]));
    }

    /** Monte-Carlo estimate of the zone size (fixed seed), used only when the exact count is over budget. */
    private BigInteger estimateZone(double[] d, BigInteger size) {
        SplittableRandom random = new SplittableRandom(20_260_524L);
        int[] outcome = new int[domain.issueCount()];
        int hits = 0;
        for (int s = 0; s < ZONE_SAMPLES; s++) {
            for (int i = 0; i < outcome.length; i++) {
                outcome[i] = random.nextInt(domain.issue(i).size());
            }
            boolean in = true;
            for (int j = 0; j < d.length && in; j++) {
                in = profiles.get(j).utility(outcome) >= d[j];
            }
            hits += in ? 1 : 0;
        }
        return new BigDecimal(size).multiply(BigDecimal.valueOf(hits))
                .divide(BigDecimal.valueOf(ZONE_SAMPLES), 0, RoundingMode.HALF_UP).toBigInteger();
    }

    /** A uniform random sample of outcomes (all of them when the space is small), for plots. */
    public static List<int[]> sample(OutcomeSpace space, int max, long seed) {
        List<int[]> out = new ArrayList<>();
        if (space.size().compareTo(BigInteger.valueOf(max)) <= 0) {
            space.forEach(o -> out.add(o.clone()));
            return out;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Domain dom = space.domain();
        for (int s = 0; s < max; s++) {
            int[] o = new int[dom.issueCount()];
            for (int i = 0; i < o.length; i++) {
                o[i] = random.nextInt(dom.issue(i).size());
            }
            out.add(o);
        }
        return out;
    }
}
