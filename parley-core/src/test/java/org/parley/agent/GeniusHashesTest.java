package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;

class GeniusHashesTest {

    @Test
    void aBidHashesAsTheWrappingSumOfItsValueNames() {
        Domain d = new Domain("d", List.of(new DiscreteIssue("a", List.of("Arabica", "Oat")),
                new IntegerIssue("cups", 1, 5), new DiscreteIssue("b", List.of("x", "y"))));
        GeniusHashes h = GeniusHashes.of(d);
        // "Oat".hashCode() = 79·31² + 97·31 + 116 = 79042, "y".hashCode() = 121, integers hash to 0
        assertEquals(79042 + 121, h.bid(new int[] {1, 3, 1}));
        assertEquals("Arabica".hashCode() + "x".hashCode(), h.bid(new int[] {0, 0, 0}));
        // wraps like Java ints
        assertEquals("Arabica".hashCode() + "Arabica".hashCode(),
                GeniusHashes.of(new Domain("e", List.of(new DiscreteIssue("p", List.of("Arabica")),
                        new DiscreteIssue("q", List.of("Arabica"))))).bid(new int[] {0, 0}));
    }

    @Test
    void detailsHashIsObjectsHashOfBidUtilityAndTime() {
        int bid = 123456;
        assertEquals(java.util.Objects.hash(bid, 0.75, -1.0), GeniusHashes.details(bid, 0.75, -1.0));
        assertEquals(java.util.Objects.hash(-5, 1.0, 0.0), GeniusHashes.details(-5, 1.0, 0.0));
    }
}
