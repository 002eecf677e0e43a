package org.parley.agent.boa;

import java.util.SplittableRandom;
import org.parley.agent.SortedOutcomes;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.protocol.AgentSettings;
import org.parley.util.PartyNumbers;

/**
 * What a BOA agent's parts share: my profile and its sorted outcome space, one seeded random generator, the bids
 * made so far by every party, the opponent models and the OM strategy, and the time of the current call.
 *
 * <p><b>The opponent.</b> In a bilateral session it is the other party. In a multilateral session it is the party
 * whose offer is the latest (the one an Accept would accept): {@link #opponentBids()} and {@link #opponentModel()}
 * follow it, and each other party has its own history and model. Before anyone has offered it is the first other
 * party in turn order.
 *
 * <p>Parts read the context; only the owning {@link BoaAgent} changes it. All randomness of all parts comes from
 * {@link #random()}, seeded from {@link AgentSettings#seed()}, so the same seed gives the same behaviour.
 */
public final class BoaContext {

    private final AgentSettings settings;
    private final SplittableRandom random;
    private final BidHistory myBids;
    private final BidHistory[] bids;
    private final OpponentModel[] models;
    private SortedOutcomes sorted;
    private OmStrategy omStrategy;
    private int opponent;
    private double time;

    /** A context for the agent described by {@code settings}, with empty histories and no models. */
    public BoaContext(AgentSettings settings) {
        this.settings = settings;
        this.random = settings.random();
        int m = settings.partyCount();
        // a party bids at most once per round: size round-deadline histories once, so they never grow
        int capacity = settings.deadline().isRounds() ? Math.min(settings.deadline().rounds(), 1 << 16) : 64;
        this.myBids = new BidHistory(capacity);
        this.bids = new BidHistory[m];
        this.models = new OpponentModel[m];
        for (int p = 0; p < m; p++) {
            if (p != settings.party()) {
                bids[p] = new BidHistory(capacity);
            }
        }
        this.opponent = settings.party() == 0 ? 1 : 0;
    }

    /** The settings the agent was started with. */
    public AgentSettings settings() {
        return settings;
    }

    /** My profile. */
    public Profile profile() {
        return settings.profile();
    }

    /** The domain. */
    public Domain domain() {
        return settings.profile().domain();
    }

    /** My undiscounted utility of {@code outcome}, O(n) for additive profiles. */
    public double utility(int[] outcome) {
        return settings.profile().utility(outcome);
    }

    /** My profile's outcomes sorted by utility, best first; shared per profile and built on first use. */
    public SortedOutcomes sorted() {
        if (sorted == null) {
            sorted = SortedOutcomes.of(settings);
        }
        return sorted;
    }

    /** The one random generator of the agent and all its parts. */
    public SplittableRandom random() {
        return random;
    }

    /** The normalised time of the current call ({@code chooseAction} or {@code receive}). */
    public double time() {
        return time;
    }

    /** The current opponent's position (see the class comment). */
    public int opponent() {
        return opponent;
    }

    /** The current opponent's bids, with my utilities. */
    public BidHistory opponentBids() {
        return bids[opponent];
    }

    /** The bids of party {@code party} (not me). */
    public BidHistory opponentBids(int party) {
        if (party == settings.party() || party < 0 || party >= bids.length) {
            throw new IllegalArgumentException(PartyNumbers.fromIndex(party) + " is not an opponent of "
                    + PartyNumbers.fromIndex(settings.party()));
        }
        return bids[party];
    }

    /** My own bids so far. */
    public BidHistory myBids() {
        return myBids;
    }

    /** True when the agent uses an opponent model (and then an OM strategy). */
    public boolean hasModel() {
        return omStrategy != null;
    }

    /** The current opponent's model, or null without a model. */
    public OpponentModel opponentModel() {
        return models[opponent];
    }

    /** The model of party {@code party}, or null without a model. */
    public OpponentModel opponentModel(int party) {
        opponentBids(party);
        return models[party];
    }

    /** The OM strategy, or null without a model. */
    public OmStrategy omStrategy() {
        return omStrategy;
    }

    // ---- changed only by BoaAgent (and tests in this package) ----

    void setModels(java.util.function.Supplier<? extends OpponentModel> factory, OmStrategy strategy) {
        if (factory == null) {
            return;
        }
        for (int p = 0; p < models.length; p++) {
            if (p != settings.party()) {
                OpponentModel model = factory.get();
                model.init(this);
                models[p] = model;
            }
        }
        this.omStrategy = strategy;
    }

    void setTime(double t) {
        this.time = t;
    }

    /** Records an offer by {@code party}; it becomes the opponent. Returns my utility of it. */
    double recordOpponentBid(int party, int[] bid, double t) {
        double u = utility(bid);
        opponentBids(party).add(bid, u, t);
        opponent = party;
        return u;
    }

    void recordMyBid(int[] bid, double u, double t) {
        myBids.add(bid, u, t);
    }
}
