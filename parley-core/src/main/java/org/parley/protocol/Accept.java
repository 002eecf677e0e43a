package org.parley.protocol;

import java.util.Arrays;

/**
 * Acceptance of the latest offer, which must be {@code outcome} (accepting anything else is illegal). The accept
 * keeps its own copy of the outcome and {@link #outcome()} hands out a fresh copy.
 */
public record Accept(int party, int[] outcome) implements Action {

    public Accept {
        if (outcome == null) {
            throw new IllegalArgumentException("an accept names the outcome it accepts");
        }
        outcome = outcome.clone();
    }

    /** The accepted outcome, as a fresh copy. */
    @Override
    public int[] outcome() {
        return outcome.clone();
    }

    /** True when this accept names the outcome of {@code offer}, without copying. */
    public boolean accepts(Offer offer) {
        return offer != null && offer.hasOutcome(outcome);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Accept x && x.party == party && Arrays.equals(x.outcome, outcome);
    }

    @Override
    public int hashCode() {
        return party * 37 + Arrays.hashCode(outcome);
    }

    @Override
    public String toString() {
        return "Accept[" + party + ", " + Arrays.toString(outcome) + "]";
    }
}
