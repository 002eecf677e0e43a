package org.parley.agent.boa;

/**
 * What an {@link AcceptanceStrategy} decides on, all in MY UNDISCOUNTED utility U: the opponent's latest bid
 * {@code x_o}, the bid I would make next {@code x'}, my previous bid {@code x_prev}, the opponent's bids so far
 * with their times, and the current normalised time t. A BOA agent hands the same (updated) object every turn.
 */
public interface AcceptanceContext {

    /** U(x_o), my utility of the opponent's latest bid. */
    double opponentBidUtility();

    /** U(x'), my utility of the bid I would make if I reject. */
    double nextBidUtility();

    /** U(x_prev), my utility of my latest bid, or NaN when I have not bid yet. */
    double previousBidUtility();

    /** The opponent's bids so far, the latest being {@code x_o}, with my utilities and their times. */
    BidHistory opponentBids();

    /** The current normalised time t. */
    double time();

    /** True when I have bid before ({@link #previousBidUtility()} is a number). */
    default boolean hasPreviousBid() {
        return !Double.isNaN(previousBidUtility());
    }

    /** A fixed context, e.g. for tests or for asking a strategy "what if". */
    static AcceptanceContext of(double opponentBidUtility, double nextBidUtility, double previousBidUtility,
            BidHistory opponentBids, double time) {
        return new Fixed(opponentBidUtility, nextBidUtility, previousBidUtility, opponentBids, time);
    }

    /**
     * The immutable context {@link #of} returns.
     *
     * @param opponentBidUtility U(x_o)
     * @param nextBidUtility     U(x')
     * @param previousBidUtility U(x_prev), or NaN
     * @param opponentBids       the opponent's bids, the latest being x_o
     * @param time               the normalised time t
     */
    record Fixed(double opponentBidUtility, double nextBidUtility, double previousBidUtility,
            BidHistory opponentBids, double time) implements AcceptanceContext {
    }
}
