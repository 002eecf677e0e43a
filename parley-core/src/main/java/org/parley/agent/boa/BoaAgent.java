package org.parley.agent.boa;

import java.util.function.Supplier;
import org.parley.agent.boa.AcceptanceStrategy.Decision;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.ExposesOpponentModel;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * An agent assembled from BOA parts ({@code genius-semantics.md} §7): an {@link OfferingStrategy}, optionally an
 * {@link OpponentModel} with an {@link OmStrategy}, and an {@link AcceptanceStrategy}. Usually built from a spec
 * string by {@link BoaSpec}.
 *
 * <p>Each turn:
 * <ol>
 *   <li>Compute my next bid x' (the opening bid if I have not bid yet). If the offering strategy then asks to end,
 *       send EndNegotiation.</li>
 *   <li>If the opponent has bid, ask the acceptance strategy: ACCEPT accepts the latest offer, BREAK sends
 *       EndNegotiation.</li>
 *   <li>Otherwise (REJECT, or nobody has bid) offer x' and record it in my history.</li>
 * </ol>
 * On receiving an Offer, the bid goes into its maker's history with my undiscounted utility and the time, and that
 * party's model learns from it if the OM strategy allows ({@link OmStrategy#canUpdateModel}). Accepts and
 * EndNegotiation of others are not recorded.
 *
 * <p>Multilateral sessions: every other party has its own history and model, and "the opponent" whose bid is
 * judged and whose model guides my bid is the party whose offer is the latest, the only offer that can be
 * accepted (see {@link BoaContext}).
 *
 * <p>With an opponent model the agent exposes it for measurement ({@link ExposesOpponentModel}): the estimate of
 * party p's utility is the prediction of p's model.
 *
 * <p>Per turn the agent allocates the offered bid and the action; the acceptance context is one reused object.
 */
public final class BoaAgent implements Agent, ExposesOpponentModel {

    private final String name;
    private final OfferingStrategy offering;
    private final Supplier<? extends OpponentModel> models;
    private final OmStrategy omStrategy;
    private final AcceptanceStrategy acceptance;
    private final Situation situation = new Situation();
    private BoaContext context;
    private int me;
    private int[] lastOffer;
    private double lastOfferUtility = Double.NaN;
    private double nextUtility = Double.NaN;

    /**
     * @param name       the agent's name in logs
     * @param offering   the bidding strategy
     * @param models     makes one fresh opponent model per opponent, or null for no model
     * @param omStrategy chooses bids using the model; null means {@link BestBid} when there is a model. Must be
     *                   null without a model
     * @param acceptance the acceptance strategy
     */
    public BoaAgent(String name, OfferingStrategy offering, Supplier<? extends OpponentModel> models,
            OmStrategy omStrategy, AcceptanceStrategy acceptance) {
        if (offering == null || acceptance == null) {
            throw new IllegalArgumentException("a BOA agent needs an offering and an acceptance strategy");
        }
        if (models == null && omStrategy != null) {
            throw new IllegalArgumentException("an OM strategy needs an opponent model");
        }
        this.name = name == null ? "boa" : name;
        this.offering = offering;
        this.models = models;
        this.omStrategy = models != null && omStrategy == null ? new BestBid() : omStrategy;
        this.acceptance = acceptance;
    }

    @Override
    public void init(AgentSettings settings) {
        me = settings.party();
        context = new BoaContext(settings);
        context.setModels(models, omStrategy);
        if (omStrategy != null) {
            omStrategy.init(context);
        }
        offering.init(context);
        acceptance.init(context);
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        if (!(action instanceof Offer offer) || offer.party() == me) {
            return;
        }
        double t = timeline.time();
        context.setTime(t);
        int[] bid = offer.outcome();
        lastOfferUtility = context.recordOpponentBid(offer.party(), bid, t);
        lastOffer = bid;
        if (omStrategy != null && omStrategy.canUpdateModel(t)) {
            context.opponentModel(offer.party()).update(bid, t);
        }
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        double t = timeline.time();
        context.setTime(t);
        int[] bid = context.myBids().isEmpty() ? offering.openingBid(t) : offering.nextBid(t);
        if (offering.endNegotiation()) {
            return new EndNegotiation(me);
        }
        double u = context.utility(bid);
        if (lastOffer != null) {
            nextUtility = u;
            Decision d = acceptance.decide(situation);
            if (d == Decision.ACCEPT) {
                return new Accept(me, lastOffer);
            }
            if (d == Decision.BREAK) {
                return new EndNegotiation(me);
            }
        }
        context.recordMyBid(bid, u, t);
        return new Offer(me, bid);
    }

    @Override
    public String name() {
        return name;
    }

    /** The prediction of party {@code opponent}'s model; NaN without a model, before {@link #init} or for me. */
    @Override
    public double estimatedUtility(int opponent, int[] outcome) {
        if (context == null || models == null || opponent == me || opponent < 0
                || opponent >= context.settings().partyCount()) {
            return Double.NaN;
        }
        OpponentModel model = context.opponentModel(opponent);
        return model == null ? Double.NaN : model.evaluate(outcome);
    }

    /** The parts' shared context (null before {@link #init}); for inspection and tests. */
    public BoaContext context() {
        return context;
    }

    /** The acceptance context handed to the strategy: a live view of this agent's state. */
    private final class Situation implements AcceptanceContext {
        @Override
        public double opponentBidUtility() {
            return lastOfferUtility;
        }

        @Override
        public double nextBidUtility() {
            return nextUtility;
        }

        @Override
        public double previousBidUtility() {
            return context.myBids().lastUtility();
        }

        @Override
        public BidHistory opponentBids() {
            return context.opponentBids();
        }

        @Override
        public double time() {
            return context.time();
        }
    }
}
