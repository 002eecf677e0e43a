package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseIssueTest {

    static final CaseIssue COLOUR = new CaseIssue("colour", "", "", OptionKind.CATEGORICAL,
            List.of("red", "green", "blue"), List.of(), "", false, 0);
    static final CaseIssue SCALE = new CaseIssue("scale", "", "", OptionKind.ORDINAL,
            List.of("none", "low", "mid", "high", "full"), List.of(), "", false, 0);
    static final CaseIssue WAGE = new CaseIssue("wage", "", "", OptionKind.NUMERIC, List.of("0", "2", "4", "8"),
            List.of(new BigDecimal("0"), new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("8")), "%", false,
            0);

    @Test
    void optionDistancesPerKind() {
        assertEquals(0.0, COLOUR.distance(1, 1));
        assertEquals(1.0, COLOUR.distance(0, 2));
        // ranks 1 and 4 of K = 5: 3/4
        assertEquals(0.75, SCALE.distance(0, 3), 1e-12);
        assertEquals(0.75, SCALE.distance(3, 0), 1e-12);
        // |2 − 8| / (8 − 0)
        assertEquals(0.75, WAGE.distance(1, 3), 1e-12);
    }

    @Test
    void oneOptionIssueHasNoGap() {
        CaseIssue only = new CaseIssue("only", "", "", OptionKind.NUMERIC, List.of("5"),
                List.of(new BigDecimal("5")), "", false, 0);
        CaseIssue rank = new CaseIssue("rank", "", "", OptionKind.ORDINAL, List.of("only"), List.of(), "", false, 0);
        assertEquals(0.0, only.distance(0, 0));
        assertEquals(0.0, rank.distance(0, 0));
    }
}
