package org.parley.mediation.inline;

/**
 * The reciprocity ledger's arithmetic (negotiation-methods §6). Switch to
 * {@code org.parley.methods.ReciprocityLedger} when it lands.
 */
public final class ReciprocityLedgerInline {

    /** A side delivering less than this share of the other side's count is flagged as contradicting N-for-N. */
    public static final double IMBALANCE_SHARE = 0.5;

    /** Counts below this are too small to flag an imbalance. */
    public static final long MIN_FLAGGED = 10;

    private ReciprocityLedgerInline() {
    }

    /** {@code β = sent_A − sent_B}. */
    public static long balance(long sentA, long sentB) {
        return sentA - sentB;
    }

    /** N-for-N completion {@code min(sent_A, sent_B)/N}; NaN without N. */
    public static double completion(long sentA, long sentB, Long n) {
        return n == null || n == 0 ? Double.NaN : Math.min(sentA, sentB) / (double) n;
    }

    /** Ratio a:b compliance {@code sent_A / (k · sent_B)} with {@code k = a/b}; NaN when B sent nothing. */
    public static double ratioCompliance(long sentA, long sentB, int a, int b) {
        return sentB == 0 ? Double.NaN : sentA / ((double) a / b * sentB);
    }

    /**
     * True when two counts that should match are far apart: the larger is at least {@link #MIN_FLAGGED} and the
     * smaller is below {@link #IMBALANCE_SHARE} of it.
     */
    public static boolean imbalanced(long x, long y) {
        long hi = Math.max(x, y);
        long lo = Math.min(x, y);
        return hi >= MIN_FLAGGED && lo < IMBALANCE_SHARE * hi;
    }
}
