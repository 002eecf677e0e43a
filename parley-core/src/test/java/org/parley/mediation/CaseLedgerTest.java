package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.mediation.Commitment.Reciprocity;

class CaseLedgerTest {

    private static Tranche tranche(String id, String date, Long ru, Long ua, Tranche.Status status) {
        Map<String, Long> d = new LinkedHashMap<>();
        if (ru != null) {
            d.put("russia", ru);
        }
        if (ua != null) {
            d.put("ukraine", ua);
        }
        return new Tranche(id, "C3", LocalDate.parse(date), d, status, "press", false, "", "", "");
    }

    private static Case remains(List<Tranche> tranches) {
        Case toy = ToyCase.build(0, 0, false);
        Commitment c3 = new Commitment("C3", "6,000 for 6,000", "", "", "russia", "ukraine", "remains",
                new Commitment.Quantity(6000L, "bodies", false, null, null), Reciprocity.of(Reciprocity.Type.N_FOR_N),
                LocalDate.of(2025, 6, 30), List.of(new Commitment.Planned(LocalDate.of(2025, 6, 15), 3000)), "", "");
        return new Case("remains", "", "", "", LocalDate.of(2025, 6, 2), Period.MONTH, 12, toy.parties(), List.of(),
                toy.issues(), toy.preferences(), List.of(), toy.talks(), List.of(c3), tranches);
    }

    @Test
    void sixThousandForSixThousand() {
        Case c = remains(List.of(tranche("T1", "2025-06-11", 1212L, 27L, Tranche.Status.REPORTED)));
        CaseLedger.Entry e = CaseLedger.of(c, LocalDate.of(2025, 6, 12)).get(0);
        assertEquals(6000L, e.pledgedA());
        assertEquals(6000L, e.pledgedB());
        assertEquals(1212, e.deliveredA());
        assertEquals(27, e.deliveredB());
        assertEquals(1185, e.balance());
        assertEquals(27 / 6000.0, e.completion(), 1e-12);
        assertEquals(List.of("T1 (2025-06-11): the text says \"6,000 for 6,000\" but russia delivered 1,212 "
                + "against 27 from ukraine"), e.flags());
        assertEquals(List.of("T1 (2025-06-11)"), e.unverified());
        assertTrue(e.overdue().isEmpty());
    }

    @Test
    void cumulativeOverdueAndDisputed() {
        Case c = remains(List.of(tranche("T1", "2025-06-11", 1212L, 27L, Tranche.Status.VERIFIED),
                tranche("T2", "2025-06-13", 1200L, null, Tranche.Status.DISPUTED)));
        CaseLedger.Entry e = CaseLedger.of(c, LocalDate.of(2025, 7, 1)).get(0);
        assertEquals(2412, e.deliveredA());
        assertEquals(27, e.deliveredB());
        assertEquals(2, e.cumulative().size());
        assertEquals(new CaseLedger.Point(LocalDate.of(2025, 6, 13), 2412, 27), e.cumulative().get(1));
        assertEquals(List.of("T2 (2025-06-13)"), e.disputed());
        assertTrue(e.flags().contains("T2 (2025-06-13): no count reported for ukraine"));
        assertTrue(e.flags().contains("in total the text says \"6,000 for 6,000\" but russia delivered 2,412 "
                + "against 27 from ukraine"));
        assertEquals(List.of("planned by 2025-06-15: 3,000 per side; delivered by then russia 2,412, ukraine 27",
                "deadline 2025-06-30 passed at 0.4% complete"), e.overdue()); // 27/6000 = 0.45% (binary 0.4499…)
    }

    @Test
    void wordingFromReciprocity() {
        Commitment c = remains(List.of()).commitments().get(0);
        assertEquals("6,000 for 6,000", CaseLedger.wording(c));
    }
}
