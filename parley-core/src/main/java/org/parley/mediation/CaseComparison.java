package org.parley.mediation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.AgreementZone;
import org.parley.methods.GapMetrics;

/**
 * {@code case compare}: the gap between two parties' memoranda, issue by issue, their utilities for each other's
 * text, and the agreement zone under red lines and reservation levels, with a plain-language verdict.
 *
 * <p>A memorandum is read as a package per reader: where it states a set the reader takes its own favourite option
 * of the set; where it is silent the issue stays at its baseline (the agreed option, else the status quo). An issue
 * <em>blocks</em> when the positions conflict and neither side can accept any option of the other's position: the
 * option is on its red lines, or would leave it below its reservation level even with its own memorandum on every
 * other issue.
 */
public final class CaseComparison {

    private CaseComparison() {
    }

    /**
     * One issue of the gap matrix.
     *
     * @param issue        the issue id
     * @param status       congruent, compatible, conflicting, one side only or unaddressed
     * @param distance     the normalised distance, null when a side is silent
     * @param state        where the talks stand on it
     * @param agreed       the agreed option's label, or null
     * @param positionA    A's position as labels (empty when silent)
     * @param positionB    B's position as labels
     * @param concessionA  what A gives up, in its own utility, by taking B's text on this issue
     * @param concessionB  what B gives up by taking A's text
     * @param addressedBy  for one side only, the party that addresses it, else null
     * @param blocking     true when neither side can accept the other's position
     * @param reason       why it blocks, else empty
     */
    public record IssueGap(String issue, GapStatus status, Double distance, IssueStatus state, String agreed,
            List<String> positionA, List<String> positionB, double concessionA, double concessionB,
            String addressedBy, boolean blocking, String reason) {
    }

    /**
     * The comparison.
     *
     * @param caseFile       the case
     * @param a              index of party A
     * @param b              index of party B
     * @param documentA      A's memorandum
     * @param documentB      B's memorandum
     * @param at             the date of the comparison
     * @param periods        periods of delay since the case date
     * @param issues         the gap matrix
     * @param aggregateGap   {@code G = Σ ω_i g_i / Σ ω_i}, ω the mean of A's and B's weights
     * @param own            U_A(x^A), U_B(x^B)
     * @param other          U_A(x^B), U_B(x^A): each party's utility for the other's memorandum
     * @param reservations   every party's reservation level at {@code at}
     * @param deltas         every party's per-period discount factor
     * @param space          the packages within every red line (banked agreements fixed)
     * @param zone           the agreement zone at {@code at}: the packages of {@code space} that meet every
     *                       reservation level
     * @param blocking       the blocking issues
     * @param verdict        one sentence
     */
    public record Result(Case caseFile, int a, int b, Document documentA, Document documentB, LocalDate at,
            double periods, List<IssueGap> issues, double aggregateGap, double[] own, double[] other,
            double[] reservations, double[] deltas, OptionSpace space, AgreementZone zone, List<String> blocking,
            String verdict) {
    }

    /**
     * Compares the latest documents of parties {@code partyA} and {@code partyB} dated on or before {@code at}
     * (the case date when null), under the cost of delay accumulated from the case date to {@code at}.
     */
    public static Result compare(Case c, String partyA, String partyB, LocalDate at) {
        int a = party(c, partyA);
        int b = party(c, partyB);
        if (a == b) {
            throw new IllegalArgumentException("compare needs two different parties, got '" + partyA + "' twice");
        }
        LocalDate date = at == null ? c.asOf() : at;
        double periods = periods(c, date);
        Document da = document(c, partyA, date);
        Document db = document(c, partyB, date);
        double[] deltas = c.preferences().stream().mapToDouble(p -> p.costOfDelay().delta()).toArray();
        double[] rv = new double[deltas.length];
        for (int j = 0; j < rv.length; j++) {
            Preferences p = c.preferences().get(j);
            rv[j] = p.costOfDelay().reservationAfter(p.reservation(), periods);
        }
        Preferences pa = c.preferences().get(a);
        Preferences pb = c.preferences().get(b);
        int n = c.issues().size();
        List<Position> posA = new ArrayList<>();
        List<Position> posB = new ArrayList<>();
        for (CaseIssue issue : c.issues()) {
            posA.add(da.position(issue));
            posB.add(db.position(issue));
        }
        int[] ownA = reading(c, pa, posA);
        int[] ownB = reading(c, pb, posB);
        int[] otherA = reading(c, pa, posB);
        int[] otherB = reading(c, pb, posA);
        List<IssueGap> gaps = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CaseIssue issue = c.issues().get(i);
            GapStatus status = GapStatus.of(posA.get(i), posB.get(i));
            Double distance = distance(issue, posA.get(i), posB.get(i));
            distances.add(distance);
            double ca = pa.weight(i) * (pa.value(i, ownA[i]) - pa.value(i, otherA[i]));
            double cb = pb.weight(i) * (pb.value(i, ownB[i]) - pb.value(i, otherB[i]));
            String reason = "";
            if (status == GapStatus.CONFLICTING) {
                String ra = refusal(c, a, i, ownA, posB.get(i), rv[a]);
                String rb = refusal(c, b, i, ownB, posA.get(i), rv[b]);
                if (ra != null && rb != null) {
                    reason = ra.equals(rb) && ra.equals("red line") ? "each side's position is on the other's red lines"
                            : pa.party() + ": " + ra + "; " + pb.party() + ": " + rb;
                    blocking.add(issue.id());
                }
            }
            IssueState st = c.talks().issue(i);
            String addressedBy = status == GapStatus.ONE_SIDE_ONLY
                    ? (posA.get(i).silent() ? pb.party() : pa.party()) : null;
            gaps.add(new IssueGap(issue.id(), status, distance, st.status(),
                    st.agreed() >= 0 ? issue.option(st.agreed()) : null, posA.get(i).labels(issue),
                    posB.get(i).labels(issue), ca, cb, addressedBy, !reason.isEmpty(), reason));
        }
        double[] own = {pa.utility(ownA), pb.utility(ownB)};
        double[] other = {pa.utility(otherA), pb.utility(otherB)};
        OptionSpace space = OptionSpace.zone(c);
        AgreementZone zone = OptionSpace.agreementZone(space.analyze(rv));
        String verdict = verdict(space, zone, gaps, blocking);
        return new Result(c, a, b, da, db, date, periods, gaps, aggregateGap(distances, pa.weights(), pb.weights()),
                own, other, rv, deltas, space, zone, blocking, verdict);
    }

    /**
     * The distance between two positions: the smallest {@link CaseIssue#distance option distance} between them, so 0
     * when they share an option (the interval-overlap rule of negotiation-methods §2.3); null when either is silent.
     */
    static Double distance(CaseIssue issue, Position a, Position b) {
        if (a.silent() || b.silent()) {
            return null;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int x : a.options()) {
            for (int y : b.options()) {
                best = Math.min(best, issue.distance(x, y));
            }
        }
        return best;
    }

    /**
     * {@link GapMetrics#aggregate G = Σ ω_i g_i} over the issues with a distance, ω the mean of the two parties'
     * weights renormalised over those issues (so {@code G = Σ ω_i g_i / Σ ω_i} over them); 0 when no issue has a
     * distance or those issues weigh nothing to both parties.
     */
    static double aggregateGap(List<Double> distances, double[] weightsA, double[] weightsB) {
        double[] omega = GapMetrics.Weighting.meanOfParties(weightsA, weightsB).omega();
        List<Integer> measured = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < omega.length; i++) {
            if (distances.get(i) != null) {
                measured.add(i);
                total += omega[i];
            }
        }
        if (!(total > 0)) {
            return 0;
        }
        double[] gaps = measured.stream().mapToDouble(distances::get).toArray();
        double[] w = measured.stream().mapToDouble(i -> omega[i]).toArray();
        return GapMetrics.aggregate(gaps, new GapMetrics.Weighting("mean of the parties' weights", w)).gap();
    }

    /**
     * Periods of delay from the case date to {@code date}; 0 for earlier dates (the comparison then uses the
     * documents of that date and the reservation levels as given).
     */
    public static double periods(Case c, LocalDate date) {
        long days = ChronoUnit.DAYS.between(c.asOf(), date);
        return Math.max(0, days) / c.period().days();
    }

    private static int party(Case c, String id) {
        int j = c.partyIndex(id);
        if (j < 0) {
            throw new IllegalArgumentException("case '" + c.id() + "' has no party '" + id + "'; parties: "
                    + String.join(", ", c.partyIds()));
        }
        return j;
    }

    private static Document document(Case c, String party, LocalDate date) {
        Document d = c.latestDocument(party, date);
        if (d == null) {
            throw new IllegalArgumentException("party '" + party + "' has no document dated on or before " + date);
        }
        return d;
    }

    /** Each party's utility for document {@code d}, read by that party (its favourite of each stated set). */
    public static double[] utilities(Case c, Document d) {
        List<Position> text = c.issues().stream().map(d::position).toList();
        double[] u = new double[c.parties().size()];
        for (int j = 0; j < u.length; j++) {
            Preferences p = c.preferences().get(j);
            u[j] = p.utility(reading(c, p, text));
        }
        return u;
    }

    /** The package a reader takes a text to mean: its favourite of each stated set, else the baseline. */
    static int[] reading(Case c, Preferences reader, List<Position> text) {
        int[] base = c.baseline();
        int[] out = new int[base.length];
        for (int i = 0; i < out.length; i++) {
            Position p = text.get(i);
            out[i] = p.silent() ? base[i] : reader.favourite(i, p.options());
        }
        return out;
    }

    /** Why party {@code j} cannot accept any option of {@code theirs} on issue {@code i}, or null if it can. */
    private static String refusal(Case c, int j, int i, int[] own, Position theirs, double rv) {
        Preferences p = c.preferences().get(j);
        boolean allRed = true;
        for (int o : theirs.options()) {
            int[] x = own.clone();
            x[i] = o;
            boolean red = p.refuses(c.issues().get(i).id(), o);
            if (!red && p.utility(x) >= rv) {
                return null;
            }
            allRed &= red;
        }
        return allRed ? "red line" : "below its reservation level";
    }

    private static String verdict(OptionSpace space, AgreementZone zone, List<IssueGap> gaps,
            List<String> blocking) {
        List<String> conflicting = gaps.stream().filter(g -> g.status() == GapStatus.CONFLICTING)
                .map(IssueGap::issue).toList();
        if (!zone.empty()) {
            return "agreement zone of " + zone.outcomes() + " packages (of " + space.size()
                    + " within the red lines)" + (conflicting.isEmpty()
                    ? "; the memoranda do not conflict on any issue"
                    : "; conflicting on " + join(conflicting) + ", to be traded");
        }
        List<String> deadlocked = space.deadlocked();
        List<String> extra = deadlocked.stream().filter(d -> !blocking.contains(d)).toList();
        String tail = extra.isEmpty() ? "" : "; red lines leave no option on " + join(extra);
        if (!blocking.isEmpty()) {
            return "no agreement zone: completely contradictory on " + join(blocking) + tail;
        }
        if (!deadlocked.isEmpty()) {
            return "no agreement zone: red lines leave no option on " + join(deadlocked);
        }
        return "no agreement zone: no single issue blocks, but no package gives every party its reservation level"
                + (conflicting.isEmpty() ? "" : " (conflicting on " + join(conflicting) + ")");
    }

    /** "a", "a and b", "a, b and c". */
    public static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
