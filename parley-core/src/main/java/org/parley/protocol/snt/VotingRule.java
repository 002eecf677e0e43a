package org.parley.protocol.snt;

import java.util.Locale;

/** When the mediator's proposal replaces the text. */
public enum VotingRule {

    /** Every party must accept: the text moves only by changes no party objects to (Camp David's procedure). */
    VETO,

    /**
     * More than half of the parties accept (hill-climbing on the number of supporters). With two parties this is the
     * same as {@link #VETO}.
     */
    MAJORITY;

    /** True when {@code yes} accepts out of {@code parties} move the text. */
    public boolean moves(int yes, int parties) {
        return this == VETO ? yes == parties : 2 * yes > parties;
    }

    /** The rule's name as written in a protocol spec: {@code veto} or {@code majority}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The rule named {@code name} ({@code veto} or {@code majority}).
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static VotingRule parse(String name) {
        for (VotingRule r : values()) {
            if (r.label().equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown voting rule '" + name + "'; use veto or majority");
    }
}
