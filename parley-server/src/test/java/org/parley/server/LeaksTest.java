package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.server.Leaks.shows;

import org.junit.jupiter.api.Test;

/** {@link Leaks#shows}: a number where it is written, not the clock's digits nor an id's. */
class LeaksTest {

    @Test
    void aSecretIsSeenAsANumberNotInsideAnInstantOrAnId() {
        assertTrue(shows("rating 41.37 here", "41.37"));
        assertTrue(shows("rating 41.370", "41.37"), "more decimals are still the number");
        assertTrue(shows("<td>4137</td>", "4137"));
        assertTrue(shows("0.4137 of the range", "4137"));
        assertFalse(shows("1,\"2026-12-01T10:11:45.2371Z\",\"administrator\"", "2371"), "an instant");
        assertFalse(shows("2026-12-01T10:11:41.375Z", "41.37"), "an instant");
        assertFalse(shows("session a2371b9", "2371"), "inside an id");
        assertFalse(shows("total 12371", "2371"), "a longer number");
    }
}
