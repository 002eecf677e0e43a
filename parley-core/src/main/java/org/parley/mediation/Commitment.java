package org.parley.mediation;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An obligation that follows from an agreed item, e.g. "exchange of the remains of fallen soldiers, 6,000 for 6,000".
 *
 * @param id          e.g. {@code C3}
 * @param text        the wording of the commitment, e.g. "6,000 for 6,000"; may be empty
 * @param issue       the case issue it implements, or empty
 * @param provision   the document clause it comes from (e.g. "D3 / 2"), or empty
 * @param obligor     the party that delivers first (side A of the ledger)
 * @param beneficiary the other side (side B); for reciprocal commitments it delivers too
 * @param category    what is delivered, e.g. "POWs: seriously wounded"
 * @param quantity    how much
 * @param reciprocity how deliveries must balance
 * @param deadline    when it must be complete, or null
 * @param planned     planned tranches, may be empty
 * @param verifier    who verifies deliveries, may be empty
 * @param note        may be empty
 */
public record Commitment(String id, String text, String issue, String provision, String obligor, String beneficiary,
        String category, Quantity quantity, Reciprocity reciprocity, LocalDate deadline, List<Planned> planned,
        String verifier, String note) {

    /**
     * Copies the plan, defaults the optional text and checks that every count the beneficiary owes under a ratio is
     * whole ({@link Reciprocity#beneficiaryShare}).
     */
    public Commitment {
        planned = List.copyOf(planned);
        text = text == null ? "" : text;
        issue = issue == null ? "" : issue;
        provision = provision == null ? "" : provision;
        category = category == null ? "" : category;
        verifier = verifier == null ? "" : verifier;
        note = note == null ? "" : note;
        try {
            if (quantity.amount() != null) {
                reciprocity.beneficiaryShare(quantity.amount());
            }
            for (Planned p : planned) {
                reciprocity.beneficiaryShare(p.count());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("commitment " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * How much is pledged.
     *
     * @param amount    the count per side (for N-for-N and one-way) or for the obligor (ratio), or null when open-ended
     * @param unit      e.g. "persons", "bodies"
     * @param allForAll true for "all for all": the amount is the eligible pool, as far as it is known
     * @param poolLow   the low estimate of the eligible pool (all-for-all), or null
     * @param poolHigh  the high estimate, or null
     */
    public record Quantity(Long amount, String unit, boolean allForAll, Long poolLow, Long poolHigh) {

        /** Defaults the unit and checks the counts. */
        public Quantity {
            unit = unit == null ? "" : unit;
            if (amount != null) {
                Counts.check("the amount", amount);
            }
            if ((poolLow == null) != (poolHigh == null)) {
                throw new IllegalArgumentException("a pool estimate needs both a low and a high count");
            }
            if (poolLow != null) {
                Counts.check("the pool's low estimate", poolLow);
                Counts.check("the pool's high estimate", poolHigh);
                if (poolLow > poolHigh) {
                    throw new IllegalArgumentException("the pool's low estimate " + Counts.fmt(poolLow)
                            + " is above its high " + Counts.fmt(poolHigh));
                }
            }
        }
    }

    /**
     * How deliveries must balance.
     *
     * @param type        one-way, N-for-N, all-for-all or a ratio
     * @param obligorPart for a ratio a:b, a (the obligor delivers a for every b the beneficiary delivers); 1 otherwise
     * @param beneficiaryPart for a ratio a:b, b; 1 otherwise
     */
    public record Reciprocity(Type type, long obligorPart, long beneficiaryPart) {

        /** The kinds of reciprocity. */
        public enum Type {
            /** Only the obligor delivers. */
            ONE_WAY,
            /** Both deliver the same count N. */
            N_FOR_N,
            /** Both deliver everyone eligible. */
            ALL_FOR_ALL,
            /** The obligor delivers a for every b. */
            RATIO;

            /** The name as written in a case file, e.g. {@code n-for-n}. */
            public String key() {
                return name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }

        /** Checks the ratio: two whole numbers from 1 to {@link Counts#MAX}. */
        public Reciprocity {
            if (obligorPart < 1 || beneficiaryPart < 1 || obligorPart > Counts.MAX || beneficiaryPart > Counts.MAX) {
                throw new IllegalArgumentException("a ratio needs two whole numbers from 1 to "
                        + Counts.fmt(Counts.MAX) + ", got " + obligorPart + ":" + beneficiaryPart);
            }
            if (type != Type.RATIO && (obligorPart != 1 || beneficiaryPart != 1)) {
                throw new IllegalArgumentException(type.key() + " has no ratio, got " + obligorPart + ":"
                        + beneficiaryPart);
            }
        }

        /**
         * What the beneficiary is to deliver against {@code obligorCount} from the obligor: the same count under
         * N-for-N and all-for-all, {@code count · b / a} under a ratio a:b, nothing under a one-way commitment.
         *
         * @throws IllegalArgumentException when a ratio makes it a fraction or more than {@link Counts#MAX}
         */
        public long beneficiaryShare(long obligorCount) {
            return switch (type) {
                case ONE_WAY -> 0;
                case N_FOR_N, ALL_FOR_ALL -> obligorCount;
                case RATIO -> {
                    BigInteger[] qr = BigInteger.valueOf(obligorCount).multiply(BigInteger.valueOf(beneficiaryPart))
                            .divideAndRemainder(BigInteger.valueOf(obligorPart));
                    String ratio = "under the ratio " + obligorPart + ":" + beneficiaryPart + " the beneficiary's share "
                            + "of " + Counts.fmt(obligorCount) + " is " + Counts.fmt(obligorCount) + " × "
                            + beneficiaryPart + " / " + obligorPart;
                    if (qr[1].signum() != 0) {
                        throw new IllegalArgumentException(ratio + ", not a whole number; give a multiple of "
                                + obligorPart / BigInteger.valueOf(obligorPart).gcd(BigInteger.valueOf(
                                beneficiaryPart)).longValueExact());
                    }
                    if (qr[0].compareTo(BigInteger.valueOf(Counts.MAX)) > 0) {
                        throw new IllegalArgumentException(ratio + " = " + qr[0] + ", more than the largest count, "
                                + Counts.fmt(Counts.MAX));
                    }
                    yield qr[0].longValueExact();
                }
            };
        }

        /** How many the obligor delivers for each one from the beneficiary: {@code a/b} (1 without a ratio). */
        public double k() {
            return (double) obligorPart / beneficiaryPart;
        }

        /** A reciprocity without ratio. */
        public static Reciprocity of(Type type) {
            return new Reciprocity(type, 1, 1);
        }

        /** True when the beneficiary delivers too. */
        public boolean reciprocal() {
            return type != Type.ONE_WAY;
        }
    }

    /**
     * A planned tranche.
     *
     * @param date  when it is due
     * @param count how many the obligor is to hand over in it (the beneficiary its {@linkplain
     *              Reciprocity#beneficiaryShare share} of it)
     */
    public record Planned(LocalDate date, long count) {

        /** Checks the count. */
        public Planned {
            Counts.check("the planned count", count);
        }
    }
}
