package org.parley.agent;

import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * What the agents of this package share: the profile and its shared {@link SortedOutcomes}, the latest offer
 * received from any other party with its (undiscounted) utility to me, and the order of equal-utility outcomes
 * (parley's, or GENIUS's with {@code ?genius}).
 *
 * <p>Per turn nothing is allocated except the action and the offered outcome array.
 */
abstract class BaseAgent implements Agent {

    private final String name;
    private final boolean geniusOrder;

    AgentSettings settings;
    int party;
    Profile profile;
    SortedOutcomes sorted;
    /** The latest offer made by another party (the session's copy; never modified), or null. */
    int[] lastOffer;
    /** My undiscounted utility of {@link #lastOffer}. */
    double lastOfferUtility;

    BaseAgent(String name, boolean geniusOrder) {
        this.name = geniusOrder ? name + "?genius" : name;
        this.geniusOrder = geniusOrder;
    }

    @Override
    public final void init(AgentSettings settings) {
        this.settings = settings;
        this.party = settings.party();
        this.profile = settings.profile();
        this.sorted = SortedOutcomes.of(settings, geniusOrder);
        started();
    }

    /** Called at the end of {@link #init}, once the fields are set. */
    void started() {
    }

    @Override
    public final void receive(Action action, Timeline timeline) {
        if (action instanceof Offer o) {
            int[] previous = lastOffer;
            double previousUtility = lastOfferUtility;
            lastOffer = o.outcome();
            lastOfferUtility = profile.utility(lastOffer);
            received(previous, previousUtility);
        }
    }

    /** Called after an offer has been stored in {@link #lastOffer}; {@code previous} is the one before, or null. */
    void received(int[] previous, double previousUtility) {
    }

    /** Position in {@link #sorted} of the outcome nearest {@code target} ({@link SortedOutcomes#nearest}). */
    final int nearest(double target) {
        return sorted.nearest(target);
    }

    final Offer offer(int position) {
        return new Offer(party, sorted.outcome(position));
    }

    final Accept accept() {
        return new Accept(party, lastOffer);
    }

    /** True when this agent orders outcomes of equal utility as GENIUS does ({@link SortedOutcomes#geniusOrder}). */
    public final boolean geniusOrder() {
        return geniusOrder;
    }

    @Override
    public final String name() {
        return name;
    }
}
