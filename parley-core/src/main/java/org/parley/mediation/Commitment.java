package org.parley.mediation;

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

    /** Copies the plan and defaults the optional text. */
    public Commitment {
        planned = List.copyOf(planned);
        text = text == null ? "" : text;
        issue = issue == null ? "" : issue;
        provision = provision == null ? "" : provision;
        category = category == null ? "" : category;
        verifier = verifier == null ? "" : verifier;
        note = note == null ? "" : note;
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

        /** Defaults the unit. */
        public Quantity {
            unit = unit == null ? "" : unit;
        }
    }

    /**
     * How deliveries must balance.
     *
     * @param type        one-way, N-for-N, all-for-all or a ratio
     * @param obligorPart for a ratio a:b, a (the obligor delivers a for every b the beneficiary delivers)
     * @param beneficiaryPart for a ratio a:b, b
     */
    public record Reciprocity(Type type, int obligorPart, int beneficiaryPart) {

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

        /** Checks the ratio. */
        public Reciprocity {
            if (type == Type.RATIO && (obligorPart <= 0 || beneficiaryPart <= 0)) {
                throw new IllegalArgumentException("a ratio needs two positive parts, got " + obligorPart + ":"
                        + beneficiaryPart);
            }
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
     * @param count how many each delivering side is to hand over in it
     */
    public record Planned(LocalDate date, long count) {
    }
}
