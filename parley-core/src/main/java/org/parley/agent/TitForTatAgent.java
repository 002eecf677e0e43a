package org.parley.agent;

import org.parley.protocol.Action;
import org.parley.protocol.Timeline;

/**
 * Relative tit-for-tat (the imitative tactic of Faratin, Sierra and Jennings, in the spirit of Baarslag's "nice
 * tit for tat", simplified): it concedes exactly as much as the opponent has just conceded, measured in its own
 * utility, and retracts as much as the opponent retracts.
 *
 * <ul>
 *   <li>State: a target utility τ, starting at {@code Pmax} (the best outcome's utility); a floor
 *       {@code Pmin = max(smallest utility, reservation value r)}.</li>
 *   <li>Update: whenever an offer arrives and an earlier offer had arrived, with Δ = U(new offer) − U(previous
 *       offer) in my own undiscounted utility, {@code τ ← clamp(τ − Δ, Pmin, Pmax)}. A concession of Δ > 0 is
 *       answered by conceding Δ; a retraction (Δ &lt; 0) raises τ by |Δ|. The first offer received changes nothing.
 *       With more than two parties, "previous" is the offer received just before, whoever made it.</li>
 *   <li>Bid: the outcome nearest τ ({@link SortedOutcomes#nearest}; among equal utilities the first in parley's
 *       order, or in GENIUS's with {@code geniusOrder}); if that outcome is below r, the worst outcome still ≥ r
 *       instead (when one exists). The opening bid is therefore the best outcome.</li>
 *   <li>Acceptance (AC_next): accept iff {@code U(opponent's last offer) ≥ U(the bid I would send now)}.</li>
 *   <li>It ignores time and never ends the negotiation. Against an opponent that never concedes it never concedes
 *       either.</li>
 * </ul>
 *
 * <p>Name {@code tit-for-tat} in {@link AgentRegistry}.
 */
public final class TitForTatAgent extends BaseAgent {

    private double target;
    private double floor;
    private double ceiling;
    private int rational;

    public TitForTatAgent() {
        this(false);
    }

    public TitForTatAgent(boolean geniusOrder) {
        super("tit-for-tat", geniusOrder);
    }

    @Override
    void started() {
        ceiling = sorted.maxUtility();
        floor = Math.max(sorted.minUtility(), profile.reservationValue());
        target = ceiling;
        rational = sorted.countAtLeast(profile.reservationValue());
    }

    @Override
    void received(int[] previous, double previousUtility) {
        if (previous != null) {
            double t = target - (lastOfferUtility - previousUtility);
            target = t < floor ? floor : (t > ceiling ? ceiling : t);
        }
    }

    /** The current target utility τ (after {@link #init}). */
    public double target() {
        return target;
    }

    /** Position of the bid for the current target. */
    int bid() {
        int k = nearest(target);
        return sorted.utility(k) < profile.reservationValue() && rational > 0 ? rational - 1 : k;
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        int k = bid();
        if (lastOffer != null && lastOfferUtility >= sorted.utility(k)) {
            return accept();
        }
        return offer(k);
    }
}
