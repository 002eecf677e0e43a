package org.parley.mediation;

/** How two memoranda relate on one issue. */
public enum GapStatus {
    /** Both state the same option (or the same set). */
    CONGRUENT("congruent"),
    /** Their sets of acceptable options overlap. */
    COMPATIBLE("compatible"),
    /** Their sets are disjoint. */
    CONFLICTING("conflicting"),
    /** One states a position, the other is silent: an agenda gap. */
    ONE_SIDE_ONLY("one-side-only"),
    /** Neither states a position. */
    UNADDRESSED("unaddressed");

    private final String key;

    GapStatus(String key) {
        this.key = key;
    }

    /** The name used in reports and JSON. */
    public String key() {
        return key;
    }
}
