package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.app.report.MarkerGroups.Group;
import org.parley.app.report.MarkerGroups.Named;

class MarkerGroupsTest {

    private static final String S = "\u00a0";

    @Test
    void coincidingPointsFormOneGroupNamedByAll() {
        Named nash = new Named("Nash", 0.7213, 0.6704);
        Named ks = new Named("Kalai-Smorodinsky", 0.7213, 0.6704);
        Named mw = new Named("Max welfare", 0.9, 0.3);
        Named gk = new Named("GENIUS Kalai", 0.7213, 0.6704);
        List<Group> groups = MarkerGroups.group(List.of(nash, ks, mw, gk), 0.012);
        assertEquals(2, groups.size());
        assertEquals(List.of(nash, ks, gk), groups.get(0).members());
        assertEquals(List.of(mw), groups.get(1).members());
        assertEquals("Nash = Kalai-Smorodinsky = GENIUS" + S + "Kalai (0.721," + S + "0.670)",
                groups.get(0).label());
        assertEquals("Max" + S + "welfare (0.900," + S + "0.300)", groups.get(1).label());
        assertEquals(0.7213, groups.get(0).x());
    }

    @Test
    void nearPointsAreGroupedWithEachOneCoordinatesAndFarOnesAreNot() {
        Named a = new Named("A", 0.500, 0.500);
        Named b = new Named("B", 0.505, 0.498);
        Named c = new Named("C", 0.513, 0.500);
        List<Group> groups = MarkerGroups.group(List.of(a, b, c), 0.012);
        assertEquals(2, groups.size(), "C is 0.013 from A, beyond the tolerance");
        assertEquals("A" + S + "(0.500," + S + "0.500) ≈ B" + S + "(0.505," + S + "0.498)", groups.get(0).label());
        assertEquals(List.of(c), groups.get(1).members());
        assertEquals(3, MarkerGroups.group(List.of(a, b, c), 0).size(), "tolerance 0 groups equal points only");
    }

    @Test
    void refusesANegativeToleranceAndAnEmptyGroup() {
        assertThrows(IllegalArgumentException.class, () -> MarkerGroups.group(List.of(), -1));
        assertThrows(IllegalArgumentException.class, () -> new Group(List.of()));
        assertEquals(List.of(), MarkerGroups.group(List.of(), 0.01));
    }
}
