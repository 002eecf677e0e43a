package org.parley.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.mediation.Case;
import org.parley.mediation.CaseLedger;

/**
 * {@code case ledger}: per commitment, pledged against delivered per side, the balance, overdue, unverified and
 * disputed tranches, and flags where reported practice contradicts the text. Documents:
 * {@link org.parley.app.json.CaseJson#ledger}, {@link org.parley.app.report.CaseMarkdown#ledger},
 * {@link org.parley.app.report.CaseHtml#ledger}.
 */
public final class CaseLedgerJob {

    /**
     * The ledger.
     *
     * @param caseFile the case
     * @param at       the date it is drawn up at
     * @param entries  one entry per commitment, in the case's order
     */
    public record Result(Case caseFile, LocalDate at, List<CaseLedger.Entry> entries) {

        public Result {
            Objects.requireNonNull(caseFile, "caseFile");
            Objects.requireNonNull(at, "at");
            entries = List.copyOf(entries);
        }
    }

    private CaseLedgerJob() {
    }

    /** The ledger of {@code c} as of {@code at} (null: the later of the case date and the last tranche). */
    public static Result run(Case c, LocalDate at) {
        LocalDate date = at == null ? CaseLedger.defaultDate(c) : at;
        return new Result(c, date, CaseLedger.of(c, date));
    }
}
