package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.analysis.AgreementZone;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.preference.RedLine;
import org.parley.util.PartyNumbers;

/**
 * "What would it take": for each party, the smallest relaxation of its own position that opens an agreement zone.
 * This is parley's one implementation; {@code case propose} reports it for a case ({@code org.parley.mediation}).
 *
 * <p>The zone is {@code Z = { x : x uses no option on anyone's red lines, and U_P(x) ≥ RV_P for every P }}. For
 * party P:
 * <ul>
 * <li>the smallest decrease of {@code RV_P} that makes Z non-empty is {@code RV_P − max U_P(x)} over the outcomes
 * that respect everyone's red lines and every other party's reservation level (0 when Z is already non-empty;
 * undefined when no such outcome exists, because then no decrease of P's level alone helps);</li>
 * <li>for each option on P's red lines, the zone with that one option lifted (an option that another party also rules
 * out stays forbidden), and P's best utility then under the others' levels: the level P would still need to come
 * down to when lifting alone does not open a zone.</li>
 * </ul>
 * Utilities are the profiles' undiscounted utilities; comparisons with reservation levels are exact.
 *
 * <p>Method: spaces of at most {@code maxEnumeration} outcomes (default {@value #DEFAULT_MAX_ENUMERATION}) are
 * enumerated once, {@code O(|Ω|·n·m)} for n issues and m parties, and every count is exact. Larger spaces need linear
 * additive profiles: the options on red lines are removed and the maxima are read off the exact Pareto frontier of
 * what is left ({@link org.parley.analysis.AdditiveParetoFrontier}; a maximum of {@code U_P} under the others'
 * levels is always attained on it), one frontier per lifted option; zone sizes are counted exactly by
 * {@link org.parley.analysis.AdditiveAgreementCounter} and are null when that count is over its budget.
 */
public final class MinimalRelaxation {

    /** Default limit on the number of outcomes enumerated. */
    public static final long DEFAULT_MAX_ENUMERATION = 10_000_000L;

    /**
     * Lifting one option of one of P's red lines.
     *
     * @param redLine        the red line
     * @param issue          the issue's index in the domain
     * @param option         the lifted option's index within the issue
     * @param zone           the zone with that option lifted (and every other red line kept)
     * @param bestAttainable P's best utility over the outcomes then allowed that meet every other party's level (its
     *                       best in {@code zone} when that is not empty); NaN when there is none
     */
    public record RedLineRelaxation(RedLine redLine, int issue, int option, AgreementZone zone, double bestAttainable) {

        /** True when lifting this option alone opens a zone. */
        public boolean opens() {
            return !zone.empty();
        }
    }

    /**
     * What it would take from one party.
     *
     * @param party             the party's index
     * @param reservation       its reservation level {@code RV_P}
     * @param bestAttainable    {@code max U_P} over outcomes respecting all red lines and the others' levels; NaN
     *                          when there is none
     * @param decrease          {@code max(0, RV_P − bestAttainable)}; NaN when there is no such outcome
     * @param zoneAfterDecrease the zone with {@code RV_P} lowered to {@code min(RV_P, bestAttainable)}
     * @param redLines          every option on P's red lines, lifted alone: those that open a zone first (largest zone
     *                          first), then the others (largest {@code bestAttainable} first), then by issue and
     *                          option
     */
    public record PartyRelaxation(int party, double reservation, double bestAttainable, double decrease,
            AgreementZone zoneAfterDecrease, List<RedLineRelaxation> redLines) {

        public PartyRelaxation {
            redLines = List.copyOf(redLines);
        }

        /** True when lowering this party's reservation level alone can open a zone. */
        public boolean reservationCanOpen() {
            return !Double.isNaN(bestAttainable);
        }

        /** The options whose lifting alone opens a zone, largest zone first. */
        public List<RedLineRelaxation> opening() {
            return redLines.stream().filter(RedLineRelaxation::opens).toList();
        }
    }

    /**
     * The answer.
     *
     * @param zone       the zone as things stand
     * @param parties    per party, in profile order
     * @param enumerated whether the space was enumerated (else the additive frontier was used)
     */
    public record Result(AgreementZone zone, List<PartyRelaxation> parties, boolean enumerated) {

        public Result {
            parties = List.copyOf(parties);
        }
    }

    /** One refused option, resolved to indices. */
    private record Line(RedLine redLine, int issue, int option) {
    }

    private final List<Profile> profiles;
    private final Domain domain;
    private final double[] reservations;
    private final List<List<Line>> redLines;
    private final long maxEnumeration;

    /** Reservation levels from the profiles; enumeration up to {@link #DEFAULT_MAX_ENUMERATION} outcomes. */
    public MinimalRelaxation(List<Profile> profiles, List<RedLine> redLines) {
        this(profiles, reservationsOf(profiles), redLines, DEFAULT_MAX_ENUMERATION);
    }

    /**
     * @param profiles       the parties' profiles, on one domain
     * @param reservations   each party's reservation level (e.g. its profile's, or one moved by the cost of delay)
     * @param redLines       the red lines: each names its party by a profile's name, its issue by a domain issue's
     *                       name, and its options by their index in that issue
     * @param maxEnumeration the largest space that is enumerated
     * @throws IllegalArgumentException when the sizes differ, a red line names an unknown party, issue or option, or
     *                                  a reservation level is not finite
     */
    public MinimalRelaxation(List<Profile> profiles, double[] reservations, List<RedLine> redLines,
            long maxEnumeration) {
        this.domain = Frontiers.domain(profiles);
        this.profiles = List.copyOf(profiles);
        int m = profiles.size();
        Checks.notNull("reservations", reservations);
        Checks.notNull("red lines", redLines);
        if (reservations.length != m) {
            throw new IllegalArgumentException(m + " profiles need " + m + " reservation levels, got "
                    + reservations.length);
        }
        this.reservations = reservations.clone();
        List<List<Line>> lines = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Checks.finite("the reservation level of " + PartyNumbers.party(j), reservations[j]);
            lines.add(new ArrayList<>());
        }
        for (RedLine r : redLines) {
            Checks.notNull("a red line", r);
            int j = party(r.party());
            int i = domain.indexOf(r.issue());
            if (i < 0) {
                throw new IllegalArgumentException("party '" + r.party() + "' has a red line on issue '" + r.issue()
                        + "', but domain '" + domain.name() + "' has no such issue");
            }
            for (int v : r.options()) {
                domain.issue(i).checkIndex(v);
                Line line = new Line(r, i, v);
                if (lines.get(j).stream().noneMatch(x -> x.issue() == i && x.option() == v)) {
                    lines.get(j).add(line);
                }
            }
        }
        List<List<Line>> sorted = new ArrayList<>();
        for (List<Line> own : lines) {
            own.sort(Comparator.comparingInt(Line::issue).thenComparingInt(Line::option));
            sorted.add(List.copyOf(own));
        }
        this.redLines = List.copyOf(sorted);
        this.maxEnumeration = maxEnumeration;
    }

    private int party(String name) {
        for (int j = 0; j < profiles.size(); j++) {
            if (profiles.get(j).name().equals(name)) {
                return j;
            }
        }
        throw new IllegalArgumentException("a red line belongs to party '" + name + "', but the profiles are "
                + profiles.stream().map(Profile::name).toList());
    }

    private static double[] reservationsOf(List<Profile> profiles) {
        Frontiers.domain(profiles);
        return profiles.stream().mapToDouble(Profile::reservationValue).toArray();
    }

    /** Computes every party's relaxations. */
    public Result compute() {
        BigInteger size = domain.outcomeSpace().size();
        if (size.compareTo(BigInteger.valueOf(maxEnumeration)) <= 0) {
            return enumerate();
        }
        List<AdditiveUtility> additive = Frontiers.additive(profiles);
        if (additive == null) {
            throw new IllegalArgumentException("non-additive profiles need the outcome space enumerated, and domain '"
                    + domain.name() + "' has " + size + " outcomes, above the limit of " + maxEnumeration);
        }
        return additive(additive);
    }

    /**
     * One pass over the space: the zone, each party's best, and for each red-line option the outcomes it alone
     * excludes (their count in the zone and the owner's best among those meeting the others' levels).
     */
    private Result enumerate() {
        int m = profiles.size();
        int n = domain.issueCount();
        // owner[i][v]: the party whose red line forbids (i, v) with its index in that party's list, or -2 when
        // several parties forbid it, -1 when none does
        int[][] owner = new int[n][];
        int[][] lineIndex = new int[n][];
        for (int i = 0; i < n; i++) {
            owner[i] = new int[domain.issue(i).size()];
            lineIndex[i] = new int[domain.issue(i).size()];
            java.util.Arrays.fill(owner[i], -1);
        }
        long[][] extra = new long[m][];
        double[][] bestLifted = new double[m][];
        for (int j = 0; j < m; j++) {
            extra[j] = new long[redLines.get(j).size()];
            bestLifted[j] = new double[redLines.get(j).size()];
            java.util.Arrays.fill(bestLifted[j], Double.NaN);
            for (int k = 0; k < redLines.get(j).size(); k++) {
                Line r = redLines.get(j).get(k);
                int o = owner[r.issue()][r.option()];
                owner[r.issue()][r.option()] = o == -1 ? j : -2;
                lineIndex[r.issue()][r.option()] = k;
            }
        }
        double[] best = new double[m];
        java.util.Arrays.fill(best, Double.NaN);
        long[] ties = new long[m];
        long[] zone = new long[1];
        double[] u = new double[m];
        domain.outcomeSpace().forEach(x -> {
            int violations = 0;
            int violatedIssue = -1;
            for (int i = 0; i < n && violations < 2; i++) {
                int o = owner[i][x[i]];
                if (o != -1) {
                    violations += o == -2 ? 2 : 1;
                    violatedIssue = i;
                }
            }
            if (violations >= 2) {
                return;
            }
            int below = 0;
            int belowParty = -1;
            for (int j = 0; j < m; j++) {
                u[j] = profiles.get(j).utility(x);
                if (u[j] < reservations[j]) {
                    below++;
                    belowParty = j;
                }
            }
            if (violations == 1) {
                int i = violatedIssue;
                int p = owner[i][x[i]];
                int k = lineIndex[i][x[i]];
                extra[p][k] += below == 0 ? 1 : 0;
                if ((below == 0 || (below == 1 && belowParty == p)) && !(u[p] <= bestLifted[p][k])) {
                    bestLifted[p][k] = u[p];
                }
                return;
            }
            zone[0] += below == 0 ? 1 : 0;
            for (int p = 0; p < m; p++) {
                if (below == 0 || (below == 1 && belowParty == p)) {
                    if (!(u[p] <= best[p])) {
                        best[p] = u[p];
                        ties[p] = 1;
                    } else if (u[p] == best[p]) {
                        ties[p]++;
                    }
                }
            }
        });
        List<PartyRelaxation> parties = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            // lowering RV_P to the best admits exactly the outcomes that attain it (or the zone, if RV_P ≤ best)
            long after = Double.isNaN(best[p]) ? 0 : best[p] >= reservations[p] ? zone[0] : ties[p];
            List<RedLineRelaxation> lifts = new ArrayList<>();
            for (int k = 0; k < redLines.get(p).size(); k++) {
                Line r = redLines.get(p).get(k);
                boolean own = owner[r.issue()][r.option()] == p;
                long total = zone[0] + (own ? extra[p][k] : 0);
                double lifted = own ? bestLifted[p][k] : Double.NaN;
                double b = Double.isNaN(lifted) || lifted <= best[p] ? best[p] : lifted;
                lifts.add(new RedLineRelaxation(r.redLine(), r.issue(), r.option(), zone(total), b));
            }
            parties.add(relaxation(p, best[p], zone(after), lifts));
        }
        return new Result(zone(zone[0]), parties, true);
    }

    private static AgreementZone zone(long outcomes) {
        return new AgreementZone(BigInteger.valueOf(outcomes), outcomes == 0, true);
    }

    private Result additive(List<AdditiveUtility> additive) {
        int m = profiles.size();
        boolean[][] allowed = allowed(-1, null);
        Optional<RestrictedSpace> space = RestrictedSpace.of(additive, allowed);
        AgreementZone empty = zone(0);
        AgreementZone zone = space.map(s -> s.zone(reservations)).orElse(empty);
        List<PartyRelaxation> parties = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            double best = space.isPresent() ? space.get().best(p, reservations) : Double.NaN;
            AgreementZone after = empty;
            if (!Double.isNaN(best)) {
                double[] rv = reservations.clone();
                rv[p] = Math.min(rv[p], best);
                after = space.get().zone(rv);
            }
            List<RedLineRelaxation> lifts = new ArrayList<>();
            for (Line r : redLines.get(p)) {
                Optional<RestrictedSpace> s = RestrictedSpace.of(additive, allowed(p, r));
                AgreementZone z = s.map(x -> x.zone(reservations)).orElse(empty);
                double b = s.isPresent() ? s.get().best(p, reservations) : Double.NaN;
                lifts.add(new RedLineRelaxation(r.redLine(), r.issue(), r.option(), z, b));
            }
            parties.add(relaxation(p, best, after, lifts));
        }
        return new Result(zone, parties, false);
    }

    /** The options nobody forbids; with {@code party ≥ 0}, also {@code lifted} unless another party forbids it. */
    private boolean[][] allowed(int party, Line lifted) {
        boolean[][] allowed = new boolean[domain.issueCount()][];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = new boolean[domain.issue(i).size()];
            java.util.Arrays.fill(allowed[i], true);
        }
        for (int j = 0; j < redLines.size(); j++) {
            for (Line r : redLines.get(j)) {
                if (!(j == party && r.equals(lifted))) {
                    allowed[r.issue()][r.option()] = false;
                }
            }
        }
        return allowed;
    }

    /**
     * Assembles one party's answer; lifts that open a zone first by zone size (unknown sizes last), then the others
     * by best attainable utility (none last), then by issue and option.
     */
    PartyRelaxation relaxation(int p, double best, AgreementZone after, List<RedLineRelaxation> lifts) {
        Comparator<RedLineRelaxation> opensFirst = Comparator.comparing(RedLineRelaxation::opens).reversed();
        Comparator<RedLineRelaxation> bySize = Comparator.comparing(
                (RedLineRelaxation x) -> x.opens() ? x.zone().outcomes() : null,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed();
        Comparator<RedLineRelaxation> byBest = Comparator.comparingDouble(
                (RedLineRelaxation x) -> Double.isNaN(x.bestAttainable()) ? Double.NEGATIVE_INFINITY
                        : x.bestAttainable()).reversed();
        List<RedLineRelaxation> sorted = new ArrayList<>(lifts);
        sorted.sort(opensFirst.thenComparing(bySize).thenComparing(byBest)
                .thenComparingInt(RedLineRelaxation::issue).thenComparingInt(RedLineRelaxation::option));
        double decrease = Double.isNaN(best) ? Double.NaN : Math.max(0, reservations[p] - best);
        return new PartyRelaxation(p, reservations[p], best, decrease, after, sorted);
    }
}
