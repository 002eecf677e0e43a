package org.parley.protocol;

import java.util.Arrays;

/**
 * An offer of {@code outcome} (value indices, one per issue). The session copies the array when it records the
 * offer; agents must not modify arrays they receive.
 */
public record Offer(int party, int[] outcome) implements Action {

    public Offer {
        if (outcome == null) {
            throw new IllegalArgumentException("an offer needs an outcome");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Offer x && x.party == party && Arrays.equals(x.outcome, outcome);
    }

    @Override
    public int hashCode() {
        return party * 31 + Arrays.hashCode(outcome);
    }

    @Override
    public String toString() {
        return "Offer[" + party + ", " + Arrays.toString(outcome) + "]";
    }
}
