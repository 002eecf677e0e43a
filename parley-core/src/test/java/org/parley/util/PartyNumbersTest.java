package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartyNumbersTest {

    @Test
    void partiesAreNumberedFromOneAndAnIndexAProgramGaveIsNamedToo() {
        assertEquals("party 1", PartyNumbers.party(0));
        assertEquals("party 12", PartyNumbers.party(11));
        assertEquals("party 1 (index 0)", PartyNumbers.fromIndex(0));
        assertEquals("party 3 (index 2)", PartyNumbers.fromIndex(2));
        assertEquals("party index -1", PartyNumbers.fromIndex(-1));
    }
}
