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

    /**
     * How two positions on one issue relate: unaddressed when both are silent, one side only when one is, congruent
     * when they state the same option or set, compatible when their sets share an option, else conflicting. This
     * reading of stated sets is the case format's, so it lives here rather than in {@code org.parley.methods}.
     */
    public static GapStatus of(Position a, Position b) {
        if (a.silent() && b.silent()) {
            return UNADDRESSED;
        }
        if (a.silent() || b.silent()) {
            return ONE_SIDE_ONLY;
        }
        if (a.options().equals(b.options())) {
            return CONGRUENT;
        }
        return a.options().stream().anyMatch(b.options()::contains) ? COMPATIBLE : CONFLICTING;
    }

    /** The name used in reports and JSON. */
    public String key() {
        return key;
    }
}
