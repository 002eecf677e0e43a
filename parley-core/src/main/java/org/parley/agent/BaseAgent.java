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
 * received from any other party with its (undiscounted) utility to me, and the choice of nearest-bid search.
 *
 * <p>Per turn nothing is allocated except the action and the offered outcome array.
 */
abstract class BaseAgent implements Agent {

    private final String name;
    private final boolean geniusNearest;

    AgentSettings settings;
    int party;
    Profile profile;
    SortedOutcomes sorted;
    /** The latest offer made by another party (the session's copy; never modified), or null. */
    int[] lastOffer;
    /** My undiscounted utility of {@link #lastOffer}. */
    double lastOfferUtility;

    BaseAgent(String name, boolean geniusNearest) {
        this.name = geniusNearest ? name + "?genius" : name;
        this.geniusNearest = geniusNearest;
    }

    @Override
    public final void init(AgentSettings settings) {
        this.settings = settings;
        this.party = settings.party();
        this.profile = settings.profile();
        this.sorted = SortedOutcomes.of(settings);
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

    /** Position in {@link #sorted} of the outcome nearest {@code target}, with the configured search. */
    final int nearest(double target) {
        return geniusNearest ? sorted.nearestGenius(target) : sorted.nearest(target);
    }

    final Offer offer(int position) {
        return new Offer(party, sorted.outcome(position));
    }

    final Accept accept() {
        return new Accept(party, lastOffer);
    }

    /** True when this agent uses GENIUS's nearest-bid search ({@link SortedOutcomes#nearestGenius}). */
    public final boolean geniusNearest() {
        return geniusNearest;
    }

    @Override
    public final String name() {
        return name;
    }
}
