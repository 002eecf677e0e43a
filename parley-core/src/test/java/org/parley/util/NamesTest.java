package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** Issue 13: names printed raw could set the terminal's title or clear it; control characters are refused. */
class NamesTest {

    private static final String TITLE = "coffee\u001b]0;PWNED\u0007";
    private static final String CLEAR = "buy\u001b[2Jer";

    @Test
    void everyNameOfTheScenarioModelRefusesControlCharacters() {
        IllegalArgumentException issue = assertThrows(IllegalArgumentException.class,
                () -> new IntegerIssue(CLEAR, 1, 2));
        assertEquals("issue 'buy\\u001B[2Jer' holds control character U+001B at position 4; names may not hold "
                + "control characters", issue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DiscreteIssue("I", List.of("ok", CLEAR)));
        assertThrows(IllegalArgumentException.class,
                () -> new Domain(TITLE, List.of(new IntegerIssue("x", 1, 2))));
        Domain d = new Domain("d", List.of(new DiscreteIssue("I", List.of("a", "b"))));
        AdditiveUtility u = new AdditiveUtility(d, new double[] {1},
                List.of(new DiscreteEvaluator(Map.of("a", 1.0), true)));
        assertThrows(IllegalArgumentException.class, () -> new Profile(CLEAR, u, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Scenario(TITLE, d, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IntegerIssue("cr\rover", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new IntegerIssue("bell\u0007", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new IntegerIssue("csi\u009b2J", 1, 2));
        assertEquals("tab\there", new IntegerIssue("tab\there", 1, 2).name(), "layout, kept");
        assertEquals("line\nbreak", new IntegerIssue("line\nbreak", 1, 2).name(), "layout, kept");
    }

    @Test
    void printableShowsControlCharactersAsEscapes() {
        assertEquals("coffee\\u001B]0;PWNED\\u0007", Names.printable(TITLE));
        assertEquals("plain é name", Names.printable("plain é name"));
    }
}
