package org.parley.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoveKindTest {

    @Test
    void theSixRegionsOfTheDancePlane() {
        assertEquals(MoveKind.FORTUNATE, MoveKind.of(0.1, 0.2));
        assertEquals(MoveKind.SELFISH, MoveKind.of(0.1, -0.2));
        assertEquals(MoveKind.SELFISH, MoveKind.of(0.1, 0), "own gain, other unchanged");
        assertEquals(MoveKind.CONCESSION, MoveKind.of(-0.1, 0.2));
        assertEquals(MoveKind.CONCESSION, MoveKind.of(-0.1, 0), "own loss, other unchanged");
        assertEquals(MoveKind.UNFORTUNATE, MoveKind.of(-0.1, -0.2));
        assertEquals(MoveKind.UNFORTUNATE, MoveKind.of(0, -0.2), "other loses, own unchanged");
        assertEquals(MoveKind.NICE, MoveKind.of(0, 0.3));
        assertEquals(MoveKind.SILENT, MoveKind.of(0, 0));
    }

    @Test
    void changesWithinTheToleranceAreNone() {
        assertEquals(MoveKind.SILENT, MoveKind.of(1e-12, -1e-12));
        assertEquals(MoveKind.NICE, MoveKind.of(-1e-12, 0.5));
    }
}
