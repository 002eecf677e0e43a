package org.parley.agent;

import java.util.SplittableRandom;
import org.parley.protocol.Action;
import org.parley.protocol.Timeline;

/**
 * A baseline that bids at random but never against its own interest.
 *
 * <ul>
 *   <li>Bid: on every turn, an outcome drawn uniformly at random from those whose utility is at least the
 *       reservation value r (from all outcomes when none reaches r). The generator is
 *       {@link org.parley.protocol.AgentSettings#random()}, so the same session seed gives the same bids.</li>
 *   <li>Acceptance: draw the bid first, then accept the opponent's last offer iff
 *       {@code U(offer) ≥ max(r, U(drawn bid))}, undiscounted: the offer is acceptable and at least as good as
 *       what it was about to propose. An offer worth u ≥ r is thus accepted with the probability that a random
 *       bid is worth at most u: the better the offer, the likelier; never below r.</li>
 *   <li>It never ends the negotiation.</li>
 * </ul>
 *
 * <p>Name {@code random} in {@link AgentRegistry}.
 */
public final class RandomAgent extends BaseAgent {

    private SplittableRandom random;
    private int candidates;

    public RandomAgent() {
        super("random", false);
    }

    @Override
    void started() {
        random = settings.random();
        candidates = sorted.countAtLeast(profile.reservationValue());
        if (candidates == 0) {
            candidates = sorted.size();
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        int k = random.nextInt(candidates);
        if (lastOffer != null && lastOfferUtility >= Math.max(profile.reservationValue(), sorted.utility(k))) {
            return accept();
        }
        return offer(k);
    }
}
