package org.parley.mediation.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mediation.CaseIssue;
import org.parley.mediation.GapStatus;
import org.parley.mediation.OptionKind;
import org.parley.mediation.Position;

class GapMetricsInlineTest {

    private static final CaseIssue COLOUR = new CaseIssue("colour", "", "", OptionKind.CATEGORICAL,
            List.of("red", "green", "blue"), List.of(), "", false, 0);
    private static final CaseIssue SCALE = new CaseIssue("scale", "", "", OptionKind.ORDINAL,
            List.of("none", "low", "mid", "high", "full"), List.of(), "", false, 0);
    private static final CaseIssue WAGE = new CaseIssue("wage", "", "", OptionKind.NUMERIC,
            List.of("0", "2", "4", "8"), Arrays.asList(new BigDecimal("0"), new BigDecimal("2"), new BigDecimal("4"),
            new BigDecimal("8")), "%", false, 0);

    @Test
    void classifiesPositions() {
        assertEquals(GapStatus.CONGRUENT, GapMetricsInline.classify(Position.one(1), Position.one(1)));
        assertEquals(GapStatus.COMPATIBLE, GapMetricsInline.classify(Position.set(List.of(0, 1)), Position.one(1)));
        assertEquals(GapStatus.CONFLICTING, GapMetricsInline.classify(Position.one(0), Position.one(1)));
        assertEquals(GapStatus.ONE_SIDE_ONLY, GapMetricsInline.classify(Position.SILENT, Position.one(1)));
        assertEquals(GapStatus.UNADDRESSED, GapMetricsInline.classify(Position.SILENT, Position.SILENT));
    }

    @Test
    void distancesPerOptionKind() {
        assertEquals(1.0, GapMetricsInline.distance(COLOUR, Position.one(0), Position.one(2)), 1e-12);
        assertEquals(0.0, GapMetricsInline.distance(COLOUR, Position.set(List.of(0, 2)), Position.one(2)), 1e-12);
        // ranks 0 and 3 of K = 5: 3/4
        assertEquals(0.75, GapMetricsInline.distance(SCALE, Position.one(0), Position.one(3)), 1e-12);
        // {none, low} vs {high}: nearest ranks 1 and 3 → 2/4
        assertEquals(0.5, GapMetricsInline.distance(SCALE, Position.set(List.of(0, 1)), Position.one(3)), 1e-12);
        // |2 − 8| / (8 − 0)
        assertEquals(0.75, GapMetricsInline.distance(WAGE, Position.one(1), Position.one(3)), 1e-12);
        assertNull(GapMetricsInline.distance(WAGE, Position.SILENT, Position.one(3)));
    }

    @Test
    void aggregateLeavesOutSilentIssues() {
        // (0.5·1 + 0.2·0.25) / 0.7, the 0.3-weighted issue has no distance
        assertEquals((0.5 + 0.05) / 0.7, GapMetricsInline.aggregate(Arrays.asList(1.0, null, 0.25),
                new double[] {0.5, 0.3, 0.2}), 1e-12);
    }
}
