package org.parley.mediation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What was actually delivered under a commitment on one date, as reported.
 *
 * @param id          e.g. {@code T1}
 * @param commitment  the commitment id
 * @param date        when it happened
 * @param delivered   party id → how many that party handed over (0..{@link Counts#MAX}); a party without an entry
 *                    did not report a count, which is not 0
 * @param status      reported, verified or disputed
 * @param source      where the figures come from
 * @param approximate true when the figures are reported as approximate ("about 1,200")
 * @param recordedBy  who entered it, may be empty
 * @param recordedAt  when it was entered (ISO-8601), may be empty
 * @param note        may be empty
 */
public record Tranche(String id, String commitment, LocalDate date, Map<String, Long> delivered, Status status,
        String source, boolean approximate, String recordedBy, String recordedAt, String note) {

    /** The verification status of a tranche. */
    public enum Status {
        /** Reported by a party or the press, not verified. */
        REPORTED,
        /** Verified by the commitment's verifier or another independent party. */
        VERIFIED,
        /** The parties' figures or accounts conflict. */
        DISPUTED;

        /** The name as written in a case file. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Copies the counts and defaults the optional text. */
    public Tranche {
        delivered = Collections.unmodifiableMap(new LinkedHashMap<>(delivered));
        source = source == null ? "" : source;
        recordedBy = recordedBy == null ? "" : recordedBy;
        recordedAt = recordedAt == null ? "" : recordedAt;
        note = note == null ? "" : note;
        for (Map.Entry<String, Long> e : delivered.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("tranche " + id + ": the count of " + e.getKey() + " is null; "
                        + "leave a side out when its count was not reported");
            }
            Counts.check("tranche " + id + ": the count of " + e.getKey(), e.getValue());
        }
    }
}
