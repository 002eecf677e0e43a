package org.parley.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.mediation.Commitment.Reciprocity.Type;
import org.parley.methods.ReciprocityLedger;

/**
 * {@code case ledger}: per commitment, what was pledged and what was delivered by each side, the balance, overdue
 * and unverified or disputed tranches, and flags where reported practice contradicts the text (negotiation-methods
 * §6). Side A is the obligor, side B the beneficiary. Completion and ratio compliance are
 * {@link ReciprocityLedger}'s; the flags are the case report's own wording.
 */
public final class CaseLedger {

    /** A side delivering less than this share of the other side's count is flagged as contradicting N-for-N. */
    public static final double IMBALANCE_SHARE = 0.5;

    /** Counts below this are too small to flag an imbalance. */
    public static final long MIN_FLAGGED = 10;

    private CaseLedger() {
    }

    /**
     * One commitment's account.
     *
     * @param commitment  the commitment
     * @param wording     its wording, e.g. "6,000 for 6,000"
     * @param sideA       the obligor
     * @param sideB       the beneficiary
     * @param pledgedA    what A must deliver, or null when open-ended
     * @param pledgedB    what B must deliver, or null when open-ended
     * @param deliveredA  what A delivered (unreported counts count as 0)
     * @param deliveredB  what B delivered
     * @param balance     {@code deliveredA − deliveredB}
     * @param completion  N-for-N and all-for-all: {@code min(A, B)/N}; one-way and ratio: {@code A/N}; NaN
     *                    without N
     * @param tranches    its tranches up to the ledger date, by date
     * @param cumulative  cumulative deliveries after each tranche
     * @param overdue     planned tranches or deadlines missed
     * @param unverified  tranches only reported
     * @param disputed    disputed tranches
     * @param flags       where practice contradicts the text, or figures are missing or approximate
     */
    public record Entry(Commitment commitment, String wording, String sideA, String sideB, Long pledgedA,
            Long pledgedB, long deliveredA, long deliveredB, long balance, double completion, List<Tranche> tranches,
            List<Point> cumulative, List<String> overdue, List<String> unverified, List<String> disputed,
            List<String> flags) {
    }

    /**
     * Cumulative deliveries after a tranche.
     *
     * @param date the tranche date
     * @param a    A's cumulative count
     * @param b    B's cumulative count
     */
    public record Point(LocalDate date, long a, long b) {
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
        Type type = cm.reciprocity().type();
        Long n = cm.quantity().amount();
        Long pledgedA = n != null ? n : cm.quantity().allForAll() ? cm.quantity().poolHigh() : null;
        Long pledgedB = switch (type) {
            case ONE_WAY -> 0L;
            case RATIO -> n == null ? null
                    : Math.round((double) n * cm.reciprocity().beneficiaryPart() / cm.reciprocity().obligorPart());
            default -> pledgedA;
        };
        String wording = cm.text().isEmpty() ? wording(cm) : cm.text();
        List<Tranche> tranches = c.tranchesOf(cm.id()).stream().filter(t -> !t.date().isAfter(at)).toList();
        double[] fromA = new double[tranches.size()];
        double[] fromB = new double[tranches.size()];
        long sa = 0;
        long sb = 0;
        List<Point> cumulative = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        List<String> disputed = new ArrayList<>();
        for (int k = 0; k < tranches.size(); k++) {
            Tranche t = tranches.get(k);
            Long ta = t.delivered().get(a);
            Long tb = t.delivered().get(b);
            fromA[k] = ta == null ? 0 : ta;
            fromB[k] = tb == null ? 0 : tb;
            sa += ta == null ? 0 : ta;
            sb += tb == null ? 0 : tb;
            cumulative.add(new Point(t.date(), sa, sb));
            String label = t.id() + " (" + t.date() + ")";
            boolean missingB = tb == null && type != Type.ONE_WAY;
            if (ta == null || missingB) {
                flags.add(label + ": no count reported for " + (ta == null && missingB ? a + " and " + b
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
        if (type == Type.N_FOR_N && tranches.size() > 1 && imbalanced(sa, sb)) {
            flags.add("in total the text says \"" + wording + "\" but " + against(a, sa, b, sb));
        }
        if (type == Type.ONE_WAY && sb > 0) {
            flags.add("one-way commitment, but " + b + " delivered " + fmt(sb));
        }
        if (type == Type.RATIO && sb > 0) {
            double r = new ReciprocityLedger(new ReciprocityLedger.Ratio((double) cm.reciprocity().obligorPart()
                    / cm.reciprocity().beneficiaryPart())).status(fromA, fromB).compliance();
            if (r < 0.8 || r > 1.25) {
                flags.add(String.format(Locale.ROOT, "ratio %d:%d, but delivered %s against %s (compliance %.2f)",
                        cm.reciprocity().obligorPart(), cm.reciprocity().beneficiaryPart(), fmt(sa), fmt(sb), r));
            }
        }
        over(flags, a, sa, pledgedA);
        over(flags, b, sb, pledgedB);
        double completion;
        if (pledgedA == null || pledgedA == 0) {
            completion = Double.NaN;
        } else if (type == Type.N_FOR_N || type == Type.ALL_FOR_ALL) {
            // all-for-all: against the pledged count, else the top of the pool estimate
            completion = new ReciprocityLedger(new ReciprocityLedger.NForN(pledgedA)).status(fromA, fromB)
                    .completion();
        } else {
            completion = sa / (double) pledgedA;
        }
        List<String> overdue = overdue(cm, tranches, at, a, b, completion);
        return new Entry(cm, wording, a, b, pledgedA, pledgedB, sa, sb, sa - sb, completion, tranches, cumulative,
                overdue, unverified, disputed, flags);
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
        long planned = 0;
        for (Commitment.Planned p : cm.planned()) {
            planned += p.count();
            if (p.date().isAfter(at)) {
                continue;
            }
            long da = 0;
            long db = 0;
            for (Tranche t : tranches) {
                if (!t.date().isAfter(p.date())) {
                    da += t.delivered().getOrDefault(a, 0L);
                    db += t.delivered().getOrDefault(b, 0L);
                }
            }
            boolean lateA = da < planned;
            boolean lateB = cm.reciprocity().reciprocal() && db < planned;
            if (lateA || lateB) {
                String each = cm.reciprocity().reciprocal() ? " per side" : "";
                out.add("planned by " + p.date() + ": " + fmt(planned) + each + "; delivered by then " + a + " "
                        + fmt(da) + (cm.reciprocity().reciprocal() ? ", " + b + " " + fmt(db) : ""));
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
