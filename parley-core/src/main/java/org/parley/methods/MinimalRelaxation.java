package org.parley.methods;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.domain.Domain;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;

/**
 * "What would it take": for each party, the smallest relaxation of its own position that opens an agreement zone.
 *
 * <p>The zone is {@code Z = { x : x uses no option on anyone's red lines, and U_P(x) ≥ RV_P for every P }}. For
 * party P:
 * <ul>
 * <li>the smallest decrease of {@code RV_P} that makes Z non-empty is {@code RV_P − max U_P(x)} over the outcomes
 * that respect everyone's red lines and every other party's reservation level (0 when Z is already non-empty;
 * undefined when no such outcome exists, because then no decrease of P's level alone helps);</li>
 * <li>for each of P's red lines, the zone with that one red line removed (an option that another party also rules
 * out stays forbidden); those that leave a non-empty zone are listed, largest zone first.</li>
 * </ul>
 * Utilities are the profiles' undiscounted utilities; comparisons are exact.
 *
 * <p>Method: spaces of at most {@code maxEnumeration} outcomes (default {@value #DEFAULT_MAX_ENUMERATION}) are
 * enumerated once, {@code O(|Ω|·n·m)} for n issues and m parties, and every count is exact. Larger spaces need linear
 * additive profiles: the options on red lines are removed and the maxima are read off the exact Pareto frontier of
 * what is left ({@link org.parley.analysis.AdditiveParetoFrontier}; a maximum of {@code U_P} under the others'
 * levels is always attained on it), one frontier per red line; zone sizes are counted exactly by
 * {@link org.parley.analysis.AdditiveAgreementCounter} and are null when that count is over its budget.
 */
public final class MinimalRelaxation {

    /** Default limit on the number of outcomes enumerated. */
    public static final long DEFAULT_MAX_ENUMERATION = 10_000_000L;

    /**
     * An option a party declares unacceptable.
     *
     * @param issue  the issue index in the domain
     * @param option the value index within the issue
     */
    public record RedLine(int issue, int option) {

        /** The red line on {@code option} of the issue named {@code issue}; throws when either is unknown. */
        public static RedLine of(Domain domain, String issue, String option) {
            int i = domain.indexOf(issue);
            if (i < 0) {
                throw new IllegalArgumentException("domain '" + domain.name() + "' has no issue '" + issue + "'");
            }
            int v = domain.issue(i).indexOf(option);
            if (v < 0) {
                throw new IllegalArgumentException("issue '" + issue + "' has no option '" + option + "'");
            }
            return new RedLine(i, v);
        }
    }

    /**
     * An agreement zone.
     *
     * @param empty    whether it is empty
     * @param outcomes how many outcomes it holds; null when the exact count was over budget (large spaces only)
     */
    public record Zone(boolean empty, BigInteger outcomes) {
    }

    /** One red line whose removal leaves a non-empty zone, and that zone. */
    public record RedLineRelaxation(RedLine redLine, Zone zone) {
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
     * @param redLines          P's red lines whose removal alone leaves a non-empty zone, largest zone first
     */
    public record PartyRelaxation(int party, double reservation, double bestAttainable, double decrease,
            Zone zoneAfterDecrease, List<RedLineRelaxation> redLines) {

        public PartyRelaxation {
            redLines = List.copyOf(redLines);
        }

        /** True when lowering this party's reservation level alone can open a zone. */
        public boolean reservationCanOpen() {
            return !Double.isNaN(bestAttainable);
        }
    }

    /**
     * The answer.
     *
     * @param zone       the zone as things stand
     * @param parties    per party, in profile order
     * @param enumerated whether the space was enumerated (else the additive frontier was used)
     */
    public record Result(Zone zone, List<PartyRelaxation> parties, boolean enumerated) {

        public Result {
            parties = List.copyOf(parties);
        }
    }

    private final List<Profile> profiles;
    private final Domain domain;
    private final double[] reservations;
    private final List<List<RedLine>> redLines;
    private final long maxEnumeration;

    /** Reservation levels from the profiles; enumeration up to {@link #DEFAULT_MAX_ENUMERATION} outcomes. */
    public MinimalRelaxation(List<Profile> profiles, List<Set<RedLine>> redLines) {
        this(profiles, reservationsOf(profiles), redLines, DEFAULT_MAX_ENUMERATION);
    }

    /**
     * @param profiles       the parties' profiles, on one domain
     * @param reservations   each party's reservation level (e.g. its profile's, or one moved by the cost of delay)
     * @param redLines       each party's red lines (possibly empty sets), in profile order
     * @param maxEnumeration the largest space that is enumerated
     * @throws IllegalArgumentException when the lists' sizes differ, a red line names an unknown issue or option, or
     *                                  a reservation level is not finite
     */
    public MinimalRelaxation(List<Profile> profiles, double[] reservations, List<Set<RedLine>> redLines,
            long maxEnumeration) {
        this.domain = Frontiers.domain(profiles);
        this.profiles = List.copyOf(profiles);
        int m = profiles.size();
        Checks.notNull("reservations", reservations);
        Checks.notNull("red lines", redLines);
        if (reservations.length != m || redLines.size() != m) {
            throw new IllegalArgumentException(m + " profiles need " + m + " reservation levels and " + m
                    + " sets of red lines, got " + reservations.length + " and " + redLines.size());
        }
        this.reservations = reservations.clone();
        List<List<RedLine>> lines = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Checks.finite("the reservation level of party " + j, reservations[j]);
            List<RedLine> own = new ArrayList<>(Checks.notNull("the red lines of party " + j, redLines.get(j)));
            for (RedLine r : own) {
                Checks.notNull("a red line of party " + j, r);
                if (r.issue() < 0 || r.issue() >= domain.issueCount()) {
                    throw new IllegalArgumentException("party " + j + " has a red line on issue " + r.issue()
                            + ", but the domain has issues 0.." + (domain.issueCount() - 1));
                }
                domain.issue(r.issue()).checkIndex(r.option());
            }
            own.sort(Comparator.comparingInt(RedLine::issue).thenComparingInt(RedLine::option));
            lines.add(List.copyOf(own));
        }
        this.redLines = List.copyOf(lines);
        this.maxEnumeration = maxEnumeration;
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

    /** One pass over the space: the zone, each party's best and its ties, and each red line's extra outcomes. */
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
        for (int j = 0; j < m; j++) {
            extra[j] = new long[redLines.get(j).size()];
            for (int k = 0; k < redLines.get(j).size(); k++) {
                RedLine r = redLines.get(j).get(k);
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
                if (below == 0) {
                    int i = violatedIssue;
                    extra[owner[i][x[i]]][lineIndex[i][x[i]]]++;
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
            List<RedLineRelaxation> opened = new ArrayList<>();
            for (int k = 0; k < redLines.get(p).size(); k++) {
                RedLine r = redLines.get(p).get(k);
                long extraHere = owner[r.issue()][r.option()] == p ? extra[p][k] : 0;
                long total = zone[0] + extraHere;
                if (total > 0) {
                    opened.add(new RedLineRelaxation(r, zone(total)));
                }
            }
            parties.add(relaxation(p, best[p], zone(after), opened));
        }
        return new Result(zone(zone[0]), parties, true);
    }

    private static Zone zone(long outcomes) {
        return new Zone(outcomes == 0, BigInteger.valueOf(outcomes));
    }

    private Result additive(List<AdditiveUtility> additive) {
        int m = profiles.size();
        boolean[][] allowed = allowed(-1, null);
        Optional<RestrictedSpace> space = RestrictedSpace.of(additive, allowed);
        Zone empty = new Zone(true, BigInteger.ZERO);
        Zone zone = space.map(s -> s.zone(reservations)).orElse(empty);
        List<PartyRelaxation> parties = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            double best = space.isPresent() ? space.get().best(p, reservations) : Double.NaN;
            Zone after = empty;
            if (!Double.isNaN(best)) {
                double[] rv = reservations.clone();
                rv[p] = Math.min(rv[p], best);
                after = space.get().zone(rv);
            }
            List<RedLineRelaxation> opened = new ArrayList<>();
            for (RedLine r : redLines.get(p)) {
                Optional<RestrictedSpace> s = RestrictedSpace.of(additive, allowed(p, r));
                Zone z = s.map(x -> x.zone(reservations)).orElse(empty);
                if (!z.empty()) {
                    opened.add(new RedLineRelaxation(r, z));
                }
            }
            parties.add(relaxation(p, best, after, opened));
        }
        return new Result(zone, parties, false);
    }

    /** The options nobody forbids; with {@code party ≥ 0}, also {@code lifted} unless another party forbids it. */
    private boolean[][] allowed(int party, RedLine lifted) {
        boolean[][] allowed = new boolean[domain.issueCount()][];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = new boolean[domain.issue(i).size()];
            java.util.Arrays.fill(allowed[i], true);
        }
        for (int j = 0; j < redLines.size(); j++) {
            for (RedLine r : redLines.get(j)) {
                if (!(j == party && r.equals(lifted))) {
                    allowed[r.issue()][r.option()] = false;
                }
            }
        }
        return allowed;
    }

    /** Assembles one party's answer; red lines sorted by zone size (unknown sizes last), then issue and option. */
    PartyRelaxation relaxation(int p, double best, Zone after, List<RedLineRelaxation> opened) {
        Comparator<RedLineRelaxation> bySize = Comparator.comparing(
                (RedLineRelaxation x) -> x.zone().outcomes(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed();
        List<RedLineRelaxation> sorted = new ArrayList<>(opened);
        sorted.sort(bySize.thenComparingInt(x -> x.redLine().issue()).thenComparingInt(x -> x.redLine().option()));
        double decrease = Double.isNaN(best) ? Double.NaN : Math.max(0, reservations[p] - best);
        return new PartyRelaxation(p, reservations[p], best, decrease, after, sorted);
    }
}
