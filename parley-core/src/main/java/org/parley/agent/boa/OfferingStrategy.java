package org.parley.agent.boa;

/**
 * The bidding strategy (BOA's "B"): what to offer next. Strategies that use an opponent model get it, and the
 * {@link OmStrategy}, from the {@link BoaContext}.
 */
public interface OfferingStrategy {

    /** Called once, after the opponent models and the OM strategy have been initialised. */
    void init(BoaContext context);

    /** The first bid, at normalised time {@code time}. Returns a fresh array: it becomes the offer. */
    int[] openingBid(double time);

    /** Every later bid, at normalised time {@code time}. Returns a fresh array: it becomes the offer. */
    int[] nextBid(double time);

    /** True when the strategy wants to walk away instead of bidding; asked right after each bid is computed. */
    default boolean endNegotiation() {
        return false;
    }
}
