package org.parley.mediation;

import java.util.Locale;

/**
 * The whole numbers of a case's commitments and tranches (pledged amounts, pool estimates, planned and delivered
 * counts, ratio parts): from 0 to {@link #MAX}. The limit keeps every sum a ledger forms exact in a {@code long}
 * (a case file of at most 16 MiB holds fewer than a million tranches), so a count is never silently wrapped.
 *
 * <p>A count that was not reported is not a count: the model leaves it out ({@link Tranche#delivered()} has no
 * entry) and the ledger carries it as "not reported", never as 0 ({@link CaseLedger.Entry#unreportedA()}).
 */
public final class Counts {

    /** The largest count a case may state: 10^12. */
    public static final long MAX = 1_000_000_000_000L;

    private Counts() {
    }

    /** {@code n} when it is a count (0..{@link #MAX}); otherwise an error naming {@code what}. */
    public static long check(String what, long n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException(what + " is " + fmt(n) + "; counts are whole numbers from 0 to "
                    + fmt(MAX));
        }
        return n;
    }

    /** A count with thousands separators: 6,000. */
    public static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
