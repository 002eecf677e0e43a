package org.parley.util;

/**
 * The one convention for party numbers in everything a user reads: parties are numbered from 1 ("party 1" is the first
 * profile or party given). Code counts from 0 (the agent API's {@code Action.party()}, seats, arrays, GENIUS's CSV),
 * so a message about an index a program gave names both, e.g. "party 1 (index 0)".
 */
public final class PartyNumbers {

    private PartyNumbers() {
    }

    /** "party N" for the 0-based {@code index}: how a party is named in messages, reports and traces. */
    public static String party(int index) {
        return "party " + (index + 1);
    }

    /**
     * "party N (index I)" for an index that a program (an agent, a caller of the API) gave, so that its author finds
     * the value it wrote; out-of-range indexes keep their value: "party index -1".
     */
    public static String fromIndex(int index) {
        return index < 0 ? "party index " + index : party(index) + " (index " + index + ")";
    }
}
