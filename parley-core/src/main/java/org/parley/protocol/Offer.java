package org.parley.protocol;

import java.util.Arrays;
import org.parley.domain.Domain;

/**
 * An offer of {@code outcome} (value indices, one per issue). The offer keeps its own copy of the outcome and
 * {@link #outcome()} hands out a fresh copy, so no party can change what another party or the session sees.
 */
public record Offer(int party, int[] outcome) implements Action {

    public Offer {
        if (outcome == null) {
            throw new IllegalArgumentException("an offer needs an outcome");
        }
        outcome = outcome.clone();
    }

    /** The offered outcome, as a fresh copy. */
    @Override
    public int[] outcome() {
        return outcome.clone();
    }

    /** True when this offer's outcome is {@code other} (value by value), without copying. */
    public boolean hasOutcome(int[] other) {
        return Arrays.equals(outcome, other);
    }

    /**
     * Checks the outcome against {@code domain} without copying it.
     *
     * @throws IllegalArgumentException when it is not a complete, valid outcome of the domain
     */
    public void checkIn(Domain domain) {
        domain.checkOutcome(outcome);
    }

    /** The value index this offer gives {@code issue}, without copying. */
    public int value(int issue) {
        return outcome[issue];
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
