package org.parley.agent.boa;

/**
 * The acceptance strategy (BOA's "A"): whether to accept the opponent's latest bid, reject it (and make my next
 * bid) or break off. It is asked only once the opponent has bid. The built-in conditions all compare MY
 * UNDISCOUNTED utilities ({@code genius-semantics.md} §7); none of them breaks off.
 */
public interface AcceptanceStrategy {

    /** What to do with the opponent's latest bid. */
    enum Decision {
        /** Accept the latest offer. */
        ACCEPT,
        /** Make my next bid instead. */
        REJECT,
        /** End the negotiation without agreement. */
        BREAK
    }

    /** Called once with the owning agent's context. */
    default void init(BoaContext context) {
    }

    /** The decision for the situation {@code context} describes. */
    Decision decide(AcceptanceContext context);

    /** ACCEPT when {@code accept} holds, else REJECT. */
    static Decision acceptIf(boolean accept) {
        return accept ? Decision.ACCEPT : Decision.REJECT;
    }
}
