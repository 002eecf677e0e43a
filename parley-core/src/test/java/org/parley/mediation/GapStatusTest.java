package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapStatusTest {

    @Test
    void classifiesPositions() {
        assertEquals(GapStatus.CONGRUENT, GapStatus.of(Position.one(1), Position.one(1)));
        assertEquals(GapStatus.CONGRUENT, GapStatus.of(Position.set(List.of(2, 0)), Position.set(List.of(0, 2))));
        assertEquals(GapStatus.COMPATIBLE, GapStatus.of(Position.set(List.of(0, 1)), Position.one(1)));
        assertEquals(GapStatus.CONFLICTING, GapStatus.of(Position.one(0), Position.one(1)));
        assertEquals(GapStatus.ONE_SIDE_ONLY, GapStatus.of(Position.SILENT, Position.one(1)));
        assertEquals(GapStatus.ONE_SIDE_ONLY, GapStatus.of(Position.one(1), Position.SILENT));
        assertEquals(GapStatus.UNADDRESSED, GapStatus.of(Position.SILENT, Position.SILENT));
    }
}
