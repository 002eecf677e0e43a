package org.parley.app;

import java.time.LocalDate;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;

/**
 * {@code case compare}: two parties' memoranda issue by issue (status, distance, concessions), each party's utility
 * for the other's memorandum, the agreement zone under red lines and reservation levels, and a verdict. Documents:
 * {@link org.parley.app.json.CaseJson#compare}, {@link org.parley.app.report.CaseMarkdown#compare},
 * {@link org.parley.app.report.CaseHtml#compare}.
 */
public final class CaseCompareJob {

    private CaseCompareJob() {
    }

    /**
     * Compares the memoranda of {@code partyA} and {@code partyB} (both null: the case's first two parties) dated on
     * or before {@code at} (null: the case date), with reservation levels eroded by the cost of delay up to
     * {@code at}.
     *
     * @throws IllegalArgumentException for an unknown party, one party given without the other, or a party without a
     *         memorandum
     */
    public static CaseComparison.Result run(Case c, String partyA, String partyB, LocalDate at) {
        if ((partyA == null) != (partyB == null)) {
            throw new IllegalArgumentException("give both parties to compare, or neither for the first two");
        }
        if (partyA == null && c.parties().size() < 2) {
            throw new IllegalArgumentException("case " + c.id() + " has fewer than two parties to compare");
        }
        String a = partyA == null ? c.parties().get(0).id() : partyA;
        String b = partyB == null ? c.parties().get(1).id() : partyB;
        return CaseComparison.compare(c, a, b, at);
    }
}
