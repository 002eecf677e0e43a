package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> AGENTS = List.of("boa", "boa-boulware", "boa-conceder", "boulware",
            "boulware-party", "conceder", "conceder-party", "hardliner", "linear", "micro", "random", "tit-for-tat");

    @Test
    void distanceCountsEditsAndAdjacentSwaps() {
        assertEquals(0, Suggestions.distance("micro", "micro"));
        assertEquals(1, Suggestions.distance("bulware", "boulware"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(2, Suggestions.distance("titfortat", "tit-for-tat"));
        assertEquals(1, Suggestions.distance("nmae", "name"), "a swap of neighbours is one edit");
        assertEquals(3, Suggestions.distance("ca", "abc"), "a swapped pair is not edited again");
    }

    /** The typos the three former helpers disagreed on get one answer. */
    @Test
    void oneAnswerPerTypo() {
        assertEquals("boulware", Suggestions.best("bulware", AGENTS));
        assertEquals("conceder", Suggestions.best("concedr", AGENTS));
        assertEquals("tit-for-tat", Suggestions.best("titfortat", AGENTS));
        assertEquals("boulware", Suggestions.best("BOULWARE", AGENTS), "case is free");
        assertEquals("name", Suggestions.best("nmae", List.of("name", "issues", "parties")));
        assertEquals("weights", Suggestions.best("wieghts", List.of("name", "weights", "utilities")));
        assertNull(Suggestions.best("zeuthen", AGENTS));
        // short names: one edit up to five characters, two from six on, none below three
        assertEquals("kind", Suggestions.best("kinds", List.of("kind", "id")));
        assertNull(Suggestions.best("ix", List.of("id")));
        assertEquals("id", Suggestions.best("ID", List.of("id")));
        assertNull(Suggestions.best("boax", List.of("micro")));
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 2), List.of(Suggestions.threshold(0), Suggestions.threshold(1),
                Suggestions.threshold(2), Suggestions.threshold(3), Suggestions.threshold(4),
                Suggestions.threshold(5), Suggestions.threshold(6)));
    }

    /** Closest first, then alphabetical: the same list whatever the order of the known names. */
    @Test
    void stableOrder() {
        List<String> known = new ArrayList<>(List.of("colour", "color", "Colors", "colors", "collar"));
        // collar is three edits from colors
        List<String> expected = List.of("Colors", "colors", "color", "colour");
        Random random = new Random(3);
        for (int t = 0; t < 20; t++) {
            Collections.shuffle(known, random);
            assertEquals(expected, Suggestions.closest("colors", known), "order " + known);
        }
        assertEquals(List.of(), Suggestions.closest("x".repeat(300), known));
    }
}
