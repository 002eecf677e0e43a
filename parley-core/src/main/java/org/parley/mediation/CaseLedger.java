package org.parley.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.mediation.Commitment.Reciprocity.Type;
import org.parley.methods.ReciprocityLedger;

/**
 * {@code case ledger}: per commitment, what was pledged and what was delivered by each side, the balance, completion
 * and (under a ratio) compliance, overdue and unverified or disputed tranches, and flags where reported practice
 * contradicts the text. Side A is the obligor, side B the beneficiary. A count that was not reported is never
 * taken as 0: figures are sums of the reported counts, the tranches missing a count are listed, and a side with no
 * reported count has no figure. Every figure is defined per reciprocity (N-for-N, ratio, all-for-all, one-way) in
 * docs/cases.md; ratio compliance is {@link ReciprocityLedger}'s.
 */
public final class CaseLedger {

    /** A side delivering less than this share of the other side's count is flagged as contradicting N-for-N. */
    public static final double IMBALANCE_SHARE = 0.5;

    /** Counts below this are too small to flag an imbalance. */
    public static final long MIN_FLAGGED = 10;

    /** Ratio compliance outside {@code [1/1.25, 1.25]} (a ratio off by more than 25%) is flagged. */
    public static final double COMPLIANCE_BAND = 1.25;

    private CaseLedger() {
    }

    /**
     * One commitment's account. Every figure is computed from the counts that were reported: a count not reported is
     * not 0, so a side whose count is missing in some tranche has those tranches in {@code unreportedA/B}, and a side
     * with tranches but no reported count at all has no delivered figure (null), and neither has anything computed
     * from it. Definitions per reciprocity in docs/cases.md.
     *
     * @param commitment  the commitment
     * @param wording     its wording, e.g. "6,000 for 6,000"
     * @param sideA       the obligor
     * @param sideB       the beneficiary
     * @param pledgedA    what A must deliver (the amount, else the top of an all-for-all pool estimate), or null when
     *                    open-ended
     * @param pledgedB    what B must deliver: 0 one-way, {@code pledgedA · b / a} under a ratio a:b, else
     *                    {@code pledgedA}
     * @param deliveredA  the sum of A's reported counts, or null when A has tranches but none reported A's count
     * @param deliveredB  likewise for B (0 under a one-way commitment when B reported nothing: it owes nothing)
     * @param unreportedA the tranches (as {@code id (date)}) whose count for A was not reported
     * @param unreportedB likewise for B
     * @param balance     {@code deliveredA − (a/b) · deliveredB}, in A's units: how far A is ahead of what B's
     *                    deliveries call for (a = b = 1 for N-for-N and all-for-all; negative: A is behind); null for
     *                    a one-way commitment or a side without a delivered figure
     * @param completion  the smallest share of its pledge that a side that owes something has delivered:
     *                    {@code min(A/N_A, B/N_B)} (one-way: {@code A/N_A}); NaN without a pledged count or a
     *                    delivered figure
     * @param compliance  ratio a:b only: {@code (A/B) / (a/b)}, 1 when deliveries keep the ratio, above 1 when A
     *                    delivered more than B's deliveries call for; NaN for other terms, or when B delivered 0 or
     *                    has no delivered figure
     * @param tranches    its tranches up to the ledger date, by date
     * @param cumulative  cumulative reported deliveries after each tranche
     * @param overdue     planned tranches or deadlines missed
     * @param unverified  tranches only reported
     * @param disputed    disputed tranches
     * @param flags       where practice contradicts the text, or figures are missing or approximate
     */
    public record Entry(Commitment commitment, String wording, String sideA, String sideB, Long pledgedA,
            Long pledgedB, Long deliveredA, Long deliveredB, List<String> unreportedA, List<String> unreportedB,
            Double balance, double completion, double compliance, List<Tranche> tranches, List<Point> cumulative,
            List<String> overdue, List<String> unverified, List<String> disputed, List<String> flags) {

        /** Copies the lists. */
        public Entry {
            unreportedA = List.copyOf(unreportedA);
            unreportedB = List.copyOf(unreportedB);
            tranches = List.copyOf(tranches);
            cumulative = List.copyOf(cumulative);
            overdue = List.copyOf(overdue);
            unverified = List.copyOf(unverified);
            disputed = List.copyOf(disputed);
            flags = List.copyOf(flags);
        }
    }

    /**
     * Cumulative reported deliveries after a tranche.
     *
     * @param date the tranche date
     * @param a    A's cumulative reported count, or null when this tranche did not report A's count
     * @param b    B's, or null when this tranche did not report it
     */
    public record Point(LocalDate date, Long a, Long b) {
    }

    /** The ledger date by default: the later of the case date and the last tranche. */
    public static LocalDate defaultDate(Case c) {
        LocalDate d = c.asOf();
        for (Tranche t : c.tranches()) {
            d = t.date().isAfter(d) ? t.date() : d;
        }
        return d;
    }

    /** The ledger of every commitment as of {@code at} (the default date when null). */
    public static List<Entry> of(Case c, LocalDate at) {
        LocalDate date = at == null ? defaultDate(c) : at;
        List<Entry> out = new ArrayList<>();
        for (Commitment cm : c.commitments()) {
            out.add(entry(c, cm, date));
        }
        return out;
    }

    private static Entry entry(Case c, Commitment cm, LocalDate at) {
        String a = cm.obligor();
        String b = cm.beneficiary();
        Commitment.Reciprocity rec = cm.reciprocity();
        Type type = rec.type();
        Long n = cm.quantity().amount();
        Long pledgedA = n != null ? n : cm.quantity().allForAll() ? cm.quantity().poolHigh() : null;
        Long pledgedB = pledgedA == null ? (type == Type.ONE_WAY ? Long.valueOf(0) : null)
                : Long.valueOf(rec.beneficiaryShare(pledgedA));
        String wording = cm.text().isEmpty() ? wording(cm) : cm.text();
        List<Tranche> tranches = c.tranchesOf(cm.id()).stream().filter(t -> !t.date().isAfter(at)).toList();
        double[] fromA = new double[tranches.size()];
        double[] fromB = new double[tranches.size()];
        long sa = 0;
        long sb = 0;
        List<String> missingA = new ArrayList<>();
        List<String> missingB = new ArrayList<>();
        List<Point> cumulative = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        List<String> disputed = new ArrayList<>();
        for (int k = 0; k < tranches.size(); k++) {
            Tranche t = tranches.get(k);
            Long ta = t.delivered().get(a);
            // under a one-way commitment B owes nothing: a count it did not report is nothing delivered
            Long tb = t.delivered().get(b) == null && type == Type.ONE_WAY ? Long.valueOf(0) : t.delivered().get(b);
            String label = t.id() + " (" + t.date() + ")";
            if (ta == null) {
                missingA.add(label);
            } else {
                sa += ta;
                fromA[k] = ta;
            }
            if (tb == null) {
                missingB.add(label);
            } else {
                sb += tb;
                fromB[k] = tb;
            }
            cumulative.add(new Point(t.date(), ta == null ? null : sa, tb == null ? null : sb));
            if (ta == null || tb == null) {
                flags.add(label + ": no count reported for " + (ta == null && tb == null ? a + " and " + b
                        : ta == null ? a : b));
            }
            if (t.approximate()) {
                flags.add(label + ": figures reported as approximate");
            }
            if (type == Type.N_FOR_N && ta != null && tb != null && imbalanced(ta, tb)) {
                flags.add(label + ": the text says \"" + wording + "\" but " + against(a, ta, b, tb));
            }
            if (t.status() == Tranche.Status.REPORTED) {
                unverified.add(label);
            } else if (t.status() == Tranche.Status.DISPUTED) {
                disputed.add(label);
            }
        }
        Long deliveredA = !tranches.isEmpty() && missingA.size() == tranches.size() ? null : Long.valueOf(sa);
        Long deliveredB = !tranches.isEmpty() && missingB.size() == tranches.size() ? null : Long.valueOf(sb);
        boolean known = deliveredA != null && deliveredB != null;
        if (type == Type.N_FOR_N && known && tranches.size() > 1 && imbalanced(sa, sb)) {
            flags.add("in total the text says \"" + wording + "\" but " + against(a, sa, b, sb));
        }
        if (type == Type.ONE_WAY && sb > 0) {
            flags.add("one-way commitment, but " + b + " delivered " + fmt(sb));
        }
        double compliance = Double.NaN;
        if (type == Type.RATIO && known && sb > 0) {
            compliance = new ReciprocityLedger(new ReciprocityLedger.Ratio(rec.k())).status(fromA, fromB)
                    .compliance();
            if (compliance < 1 / COMPLIANCE_BAND || compliance > COMPLIANCE_BAND) {
                flags.add(String.format(Locale.ROOT, "the text says %d for %d, but %s delivered %s against %s from "
                        + "%s (compliance %.2f: %s)", rec.obligorPart(), rec.beneficiaryPart(), a, fmt(sa), fmt(sb),
                        b, compliance, compliance > 1 ? a + " is ahead" : a + " is behind"));
            }
        }
        if (deliveredA != null) {
            over(flags, a, sa, pledgedA);
        }
        if (deliveredB != null && type != Type.ONE_WAY) { // one-way: flagged above
            over(flags, b, sb, pledgedB);
        }
        Double balance = type == Type.ONE_WAY || !known ? null : sa - rec.k() * sb;
        double completion = completion(type, pledgedA, pledgedB, deliveredA, deliveredB);
        List<String> overdue = overdue(cm, tranches, at, a, b, completion);
        return new Entry(cm, wording, a, b, pledgedA, pledgedB, deliveredA, deliveredB, missingA,
                type == Type.ONE_WAY ? List.of() : missingB, balance, completion, compliance, tranches, cumulative,
                overdue, unverified, disputed, flags);
    }

    /**
     * The smallest share of its pledge that a side owing something has delivered; NaN when a pledge is open or 0, or
     * a side that owes has no delivered figure. N-for-N and all-for-all: {@code min(A, B)/N}; a ratio:
     * {@code min(A/N_A, B/N_B)}; one-way: {@code A/N_A}.
     */
    static double completion(Type type, Long pledgedA, Long pledgedB, Long deliveredA, Long deliveredB) {
        if (pledgedA == null || pledgedA == 0 || deliveredA == null) {
            return Double.NaN;
        }
        double ca = deliveredA / (double) pledgedA;
        if (type == Type.ONE_WAY) {
            return ca;
        }
        if (pledgedB == null || pledgedB == 0 || deliveredB == null) {
            return Double.NaN;
        }
        return Math.min(ca, deliveredB / (double) pledgedB);
    }

    /**
     * True when two counts that should match are far apart: the larger is at least {@link #MIN_FLAGGED} and the
     * smaller is below {@link #IMBALANCE_SHARE} of it.
     */
    static boolean imbalanced(long x, long y) {
        long hi = Math.max(x, y);
        long lo = Math.min(x, y);
        return hi >= MIN_FLAGGED && lo < IMBALANCE_SHARE * hi;
    }

    private static List<String> overdue(Commitment cm, List<Tranche> tranches, LocalDate at, String a, String b,
            double completion) {
        List<String> out = new ArrayList<>();
        Commitment.Reciprocity rec = cm.reciprocity();
        long plannedA = 0;
        for (Commitment.Planned p : cm.planned()) {
            plannedA += p.count();
            if (p.date().isAfter(at)) {
                continue;
            }
            long plannedB = rec.beneficiaryShare(plannedA);
            long da = 0;
            long db = 0;
            List<String> missing = new ArrayList<>();
            for (Tranche t : tranches) {
                if (!t.date().isAfter(p.date())) {
                    Long ta = t.delivered().get(a);
                    Long tb = t.delivered().get(b);
                    da += ta == null ? 0 : ta;
                    db += tb == null ? 0 : tb;
                    if (ta == null) {
                        missing.add(a + " in " + t.id());
                    }
                    if (tb == null && rec.reciprocal()) {
                        missing.add(b + " in " + t.id());
                    }
                }
            }
            boolean lateA = da < plannedA;
            boolean lateB = rec.reciprocal() && db < plannedB;
            if (lateA || lateB) {
                String plan = !rec.reciprocal() ? fmt(plannedA)
                        : plannedA == plannedB ? fmt(plannedA) + " per side"
                        : a + " " + fmt(plannedA) + ", " + b + " " + fmt(plannedB);
                out.add("planned by " + p.date() + ": " + plan + "; delivered by then " + a + " " + fmt(da)
                        + (rec.reciprocal() ? ", " + b + " " + fmt(db) : "")
                        + (missing.isEmpty() ? "" : " (not reported: " + String.join(", ", missing) + ")"));
            }
        }
        if (cm.deadline() != null && cm.deadline().isBefore(at) && !(completion >= 1)) {
            out.add("deadline " + cm.deadline() + " passed" + (Double.isNaN(completion) ? ""
                    : String.format(Locale.ROOT, " at %.1f%% complete", 100 * completion)));
        }
        return out;
    }

    private static void over(List<String> flags, String side, long sent, Long pledged) {
        if (pledged != null && sent > pledged) {
            flags.add(side + " delivered " + fmt(sent) + ", more than the " + fmt(pledged) + " pledged");
        }
    }

    private static String against(String a, long x, String b, long y) {
        return a + " delivered " + fmt(x) + " against " + fmt(y) + " from " + b;
    }

    /** The wording a commitment's reciprocity implies, e.g. "6,000 for 6,000" or "all for all". */
    public static String wording(Commitment cm) {
        Long n = cm.quantity().amount();
        return switch (cm.reciprocity().type()) {
            case ALL_FOR_ALL -> "all for all";
            case N_FOR_N -> n == null ? "N for N" : fmt(n) + " for " + fmt(n);
            case RATIO -> cm.reciprocity().obligorPart() + " for " + cm.reciprocity().beneficiaryPart();
            case ONE_WAY -> n == null ? "one way" : fmt(n) + ", one way";
        };
    }

    /** A count with thousands separators: 6,000. */
    public static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
