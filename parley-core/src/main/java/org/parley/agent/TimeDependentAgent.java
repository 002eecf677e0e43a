package org.parley.agent;

import org.parley.protocol.Action;
import org.parley.protocol.Timeline;

/**
 * The classic time-dependent tactic of GENIUS's old {@code agents.TimeDependentAgent} family
 * ({@code genius-semantics.md} §6 a).
 *
 * <ul>
 *   <li>Concession: {@code f(t) = k + (1 − k)·t^(1/e)} with {@code k = 0}; for {@code e = 0}, {@code f(t) = 0}.</li>
 *   <li>Target: {@code p(t) = Pmin + (Pmax − Pmin)·(1 − f(t))}, where {@code Pmax} is the largest utility of any
 *       outcome and {@code Pmin = max(smallest utility, reservation value)}, all undiscounted.</li>
 *   <li>Bid: the outcome whose utility is nearest {@code p(t)}, the higher on an equal distance
 *       ({@link SortedOutcomes#nearest}); among outcomes of that utility the first in parley's order, or in
 *       GENIUS's with {@code geniusOrder} ({@link SortedOutcomes#geniusOrder}). The same rule for the opening bid
 *       and every counter-offer. {@code t} is the session's normalised time on this turn.</li>
 *   <li>Acceptance (AC_next): accept iff {@code U(opponent's last offer) ≥ U(the bid I would send now)},
 *       undiscounted. It never ends the negotiation.</li>
 * </ul>
 *
 * <p>Presets ({@link AgentRegistry}): {@code boulware} e = 0.2, {@code linear} e = 1, {@code conceder} e = 2,
 * {@code hardliner} e = 0 (always bids {@code Pmax}).
 */
public final class TimeDependentAgent extends BaseAgent {

    private final double e;
    private double pMin;
    private double pMax;

    public TimeDependentAgent(String name, double e) {
        this(name, e, false);
    }

    /**
     * @param name          the agent's name
     * @param e             concession exponent, ≥ 0 (below 1 Boulware, above 1 Conceder, 0 never concedes)
     * @param geniusOrder   order outcomes of equal utility as GENIUS does (else by outcome index)
     */
    public TimeDependentAgent(String name, double e, boolean geniusOrder) {
        super(name, geniusOrder);
        if (!(e >= 0 && Double.isFinite(e))) {
            throw new IllegalArgumentException("the concession exponent e must be a finite number ≥ 0, got " + e);
        }
        this.e = e;
    }

    public double e() {
        return e;
    }

    @Override
    void started() {
        pMax = sorted.maxUtility();
        pMin = Math.max(sorted.minUtility(), profile.reservationValue());
    }

    /** {@code f(t) = t^(1/e)} (k = 0), and 0 for {@code e = 0}. */
    public static double concession(double t, double e) {
        return e == 0 ? 0 : Math.pow(t, 1 / e);
    }

    /** {@code p(t) = Pmin + (Pmax − Pmin)·(1 − f(t))}; valid after {@link #init}. */
    public double target(double t) {
        return pMin + (pMax - pMin) * (1 - concession(t, e));
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        int k = nearest(target(timeline.time()));
        if (lastOffer != null && lastOfferUtility >= sorted.utility(k)) {
            return accept();
        }
        return offer(k);
    }
}
