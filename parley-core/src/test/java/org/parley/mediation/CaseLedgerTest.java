package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.mediation.Commitment.Reciprocity;

/**
 * The ledger's figures for each reciprocity, worked by hand from the definitions in docs/cases.md, and "not reported"
 * never taken as 0.
 */
class CaseLedgerTest {

    private static final double EPS = 1e-9;

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

    private static Tranche reported(String id, String date, Long ru, Long ua) {
        return tranche(id, date, ru, ua, Tranche.Status.REPORTED);
    }

    private static Case with(Commitment c3, List<Tranche> tranches) {
        Case toy = ToyCase.build(0, 0, false);
        return new Case("remains", "", "", "", LocalDate.of(2025, 6, 2), Period.MONTH, 12, toy.parties(), List.of(),
                toy.issues(), toy.preferences(), List.of(), toy.talks(), List.of(c3), tranches);
    }

    private static Commitment commitment(String text, Commitment.Quantity q, Reciprocity r,
            List<Commitment.Planned> planned) {
        return new Commitment("C3", text, "", "", "russia", "ukraine", "remains", q, r, LocalDate.of(2025, 6, 30),
                planned, "", "");
    }

    private static Case remains(List<Tranche> tranches) {
        return with(commitment("6,000 for 6,000", new Commitment.Quantity(6000L, "bodies", false, null, null),
                Reciprocity.of(Reciprocity.Type.N_FOR_N), List.of(new Commitment.Planned(LocalDate.of(2025, 6, 15),
                        3000))), tranches);
    }

    private static CaseLedger.Entry ledger(Case c, String at) {
        return CaseLedger.of(c, LocalDate.parse(at)).get(0);
    }

    @Test
    void nForN() {
        Case c = remains(List.of(reported("T1", "2025-06-11", 1212L, 27L)));
        CaseLedger.Entry e = ledger(c, "2025-06-12");
        assertEquals(6000L, e.pledgedA());
        assertEquals(6000L, e.pledgedB());
        assertEquals(1212L, e.deliveredA());
        assertEquals(27L, e.deliveredB());
        assertEquals(1185.0, e.balance());
        assertEquals(27 / 6000.0, e.completion(), EPS);
        assertTrue(Double.isNaN(e.compliance()));
        assertEquals(List.of("T1 (2025-06-11): the text says \"6,000 for 6,000\" but russia delivered 1,212 "
                + "against 27 from ukraine"), e.flags());
        assertEquals(List.of("T1 (2025-06-11)"), e.unverified());
        assertTrue(e.overdue().isEmpty());
        assertEquals(List.of(), e.unreportedA());
        assertEquals(List.of(), e.unreportedB());
    }

    @Test
    void aCountNotReportedIsLeftOutNotAddedAsZero() {
        Case c = remains(List.of(tranche("T1", "2025-06-11", 1212L, 27L, Tranche.Status.VERIFIED),
                tranche("T2", "2025-06-13", 1200L, null, Tranche.Status.DISPUTED)));
        CaseLedger.Entry e = ledger(c, "2025-07-01");
        assertEquals(2412L, e.deliveredA());
        assertEquals(27L, e.deliveredB());
        assertEquals(List.of(), e.unreportedA());
        assertEquals(List.of("T2 (2025-06-13)"), e.unreportedB());
        // ukraine has no point on 2025-06-13: its cumulative count there is unknown, not 27 and not 0
        assertEquals(List.of(new CaseLedger.Point(LocalDate.of(2025, 6, 11), 1212L, 27L),
                new CaseLedger.Point(LocalDate.of(2025, 6, 13), 2412L, null)), e.cumulative());
        assertEquals(List.of("T2 (2025-06-13)"), e.disputed());
        assertTrue(e.flags().contains("T2 (2025-06-13): no count reported for ukraine"));
        assertTrue(e.flags().contains("in total the text says \"6,000 for 6,000\" but russia delivered 2,412 "
                + "against 27 from ukraine"));
        assertEquals(List.of("planned by 2025-06-15: 3,000 per side; delivered by then russia 2,412, ukraine 27 "
                + "(not reported: ukraine in T2)", "deadline 2025-06-30 passed at 0.4% complete"), e.overdue());
    }

    @Test
    void noReportedCountAtAllGivesNoFigures() {
        Case c = remains(List.of(reported("T1", "2025-06-09", null, null)));
        CaseLedger.Entry e = ledger(c, "2025-06-10");
        assertNull(e.deliveredA());
        assertNull(e.deliveredB());
        assertNull(e.balance());
        assertTrue(Double.isNaN(e.completion()));
        assertEquals(List.of("T1 (2025-06-09)"), e.unreportedA());
        assertEquals(List.of("T1 (2025-06-09)"), e.unreportedB());
        assertEquals(List.of(new CaseLedger.Point(LocalDate.of(2025, 6, 9), null, null)), e.cumulative());
        assertEquals(List.of("T1 (2025-06-09): no count reported for russia and ukraine"), e.flags());
        // one side reported, the other not at all: that side has no figure, and nothing that needs it has one
        e = ledger(remains(List.of(reported("T1", "2025-06-09", 100L, null))), "2025-06-10");
        assertEquals(100L, e.deliveredA());
        assertNull(e.deliveredB());
        assertNull(e.balance());
        assertTrue(Double.isNaN(e.completion()));
        // no tranche yet: nothing delivered is recorded, which is 0 and not "not reported"
        e = ledger(remains(List.of()), "2025-06-10");
        assertEquals(0L, e.deliveredA());
        assertEquals(0L, e.deliveredB());
        assertEquals(0.0, e.balance());
        assertEquals(0.0, e.completion());
    }

    @Test
    void ratio() {
        // 1:2 — russia hands over 1 for every 2 from ukraine; pledged 1,000 for 2,000, planned 100 (for 200)
        Commitment c3 = commitment("", new Commitment.Quantity(1000L, "persons", false, null, null),
                new Reciprocity(Reciprocity.Type.RATIO, 1, 2), List.of(new Commitment.Planned(
                        LocalDate.of(2025, 6, 20), 100)));
        Case c = with(c3, List.of(reported("T1", "2025-06-11", 20L, 40L), reported("T2", "2025-06-13", 25L, 30L)));
        CaseLedger.Entry e = ledger(c, "2025-06-21");
        assertEquals("1 for 2", e.wording());
        assertEquals(1000L, e.pledgedA());
        assertEquals(2000L, e.pledgedB());
        assertEquals(45L, e.deliveredA());
        assertEquals(70L, e.deliveredB());
        assertEquals(45 - 0.5 * 70, e.balance(), EPS); // 10 more than ukraine's 70 call for (35)
        assertEquals(Math.min(45 / 1000.0, 70 / 2000.0), e.completion(), EPS); // min(4.5%, 3.5%)
        assertEquals((45 / 70.0) / (1 / 2.0), e.compliance(), EPS); // 1.2857
        assertTrue(e.flags().contains("the text says 1 for 2, but russia delivered 45 against 70 from ukraine "
                + "(compliance 1.29: russia is ahead)"), e.flags().toString());
        assertEquals(List.of("planned by 2025-06-20: russia 100, ukraine 200; delivered by then russia 45, ukraine "
                + "70"), e.overdue());
        // within 25% of the ratio: no flag
        e = ledger(with(c3, List.of(reported("T1", "2025-06-11", 20L, 40L))), "2025-06-12");
        assertEquals(1.0, e.compliance(), EPS);
        assertEquals(0.0, e.balance(), EPS);
        assertTrue(e.flags().isEmpty(), e.flags().toString());
    }

    @Test
    void allForAll() {
        // all for all with a pool estimated at 800 to 1,200: pledged is the top of the estimate
        Commitment c3 = commitment("all for all", new Commitment.Quantity(null, "persons", true, 800L, 1200L),
                Reciprocity.of(Reciprocity.Type.ALL_FOR_ALL), List.of());
        Case c = with(c3, List.of(reported("T1", "2025-06-11", 390L, 300L)));
        CaseLedger.Entry e = ledger(c, "2025-06-12");
        assertEquals(1200L, e.pledgedA());
        assertEquals(1200L, e.pledgedB());
        assertEquals(90.0, e.balance());
        assertEquals(300 / 1200.0, e.completion(), EPS);
        assertTrue(Double.isNaN(e.compliance()));
        assertTrue(e.flags().isEmpty(), e.flags().toString()); // the half-of-the-other flag is N-for-N's
        // no pool estimate: nothing to complete against
        Commitment open = commitment("all for all", new Commitment.Quantity(null, "", true, null, null),
                Reciprocity.of(Reciprocity.Type.ALL_FOR_ALL), List.of());
        e = ledger(with(open, List.of(reported("T1", "2025-06-11", 390L, 300L))), "2025-06-12");
        assertNull(e.pledgedA());
        assertNull(e.pledgedB());
        assertTrue(Double.isNaN(e.completion()));
        assertEquals(90.0, e.balance());
        assertEquals(List.of("deadline 2025-06-30 passed"), ledger(with(open, List.of()), "2025-07-01").overdue());
    }

    @Test
    void oneWay() {
        Commitment c3 = commitment("", new Commitment.Quantity(500L, "children", false, null, null),
                Reciprocity.of(Reciprocity.Type.ONE_WAY), List.of(new Commitment.Planned(LocalDate.of(2025, 6, 12),
                        200)));
        // ukraine reports nothing under a one-way commitment: it owes nothing, so that is 0, not "not reported"
        Case c = with(c3, List.of(reported("T1", "2025-06-11", 120L, null)));
        CaseLedger.Entry e = ledger(c, "2025-06-13");
        assertEquals("500, one way", e.wording());
        assertEquals(500L, e.pledgedA());
        assertEquals(0L, e.pledgedB());
        assertEquals(120L, e.deliveredA());
        assertEquals(0L, e.deliveredB());
        assertEquals(List.of(), e.unreportedB());
        assertNull(e.balance());
        assertEquals(120 / 500.0, e.completion(), EPS);
        assertTrue(e.flags().isEmpty(), e.flags().toString());
        assertEquals(List.of("planned by 2025-06-12: 200; delivered by then russia 120"), e.overdue());
        // the beneficiary delivering under a one-way commitment is flagged
        e = ledger(with(c3, List.of(reported("T1", "2025-06-11", 120L, 5L))), "2025-06-11");
        assertEquals(List.of("one-way commitment, but ukraine delivered 5"), e.flags());
    }

    @Test
    void overDeliveryIsFlagged() {
        List<Tranche> ts = new ArrayList<>();
        ts.add(reported("T1", "2025-06-11", 6001L, 6000L));
        CaseLedger.Entry e = ledger(remains(ts), "2025-06-12");
        assertEquals(List.of("russia delivered 6,001, more than the 6,000 pledged"), e.flags());
        assertEquals(1.0, e.completion());
    }

    @Test
    void wordingFromReciprocity() {
        Commitment c = remains(List.of()).commitments().get(0);
        assertEquals("6,000 for 6,000", CaseLedger.wording(c));
    }
}
