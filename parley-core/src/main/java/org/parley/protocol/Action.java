package org.parley.protocol;

/**
 * What a party does on its turn in the Stacked Alternating Offers Protocol: offer an outcome, accept the latest
 * offer, or end the negotiation. {@code party} is the actor's position in the session (0-based).
 */
public sealed interface Action permits Offer, Accept, EndNegotiation {

    /** The acting party's position (0-based). */
    int party();

    /** Offer, Accept or EndNegotiation, as in traces and GENIUS logs. */
    default String kind() {
        return getClass().getSimpleName();
    }
}
