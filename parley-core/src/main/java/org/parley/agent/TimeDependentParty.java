package org.parley.agent;

import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.Timeline;

/**
 * The time-dependent parties of GENIUS's {@code negotiator.parties} package, {@code BoulwareNegotiationParty} and
 * {@code ConcederNegotiationParty} ({@code genius-semantics.md} §6 b). They differ from {@link TimeDependentAgent}:
 *
 * <ul>
 *   <li>Target: {@code target(t) = 1 − (t − δ)^(1/e)}, where {@code δ = 1/(R + 1)} for a deadline of R rounds (so
 *       round 1 has target 1) and {@code δ = 0} for a time deadline. No scaling to the outcome space's utility
 *       range and no reservation value: these parties will agree below it. For {@code e = 0} the target is 1.</li>
 *   <li>Bid: the outcome whose utility is nearest the target ({@link SortedOutcomes#nearest}; among equal
 *       utilities the first in parley's order, or in GENIUS's with {@code geniusOrder}), for the opening bid and
 *       every counter.</li>
 *   <li>Acceptance: accept iff {@code U(the bid I would send now) < U(opponent's last offer)}, strictly. GENIUS
 *       compares both discounted at the same t, which orders them as the undiscounted utilities compared here.
 *       It never ends the negotiation.</li>
 * </ul>
 *
 * <p>Presets ({@link AgentRegistry}): {@code boulware-party} e = 0.2, {@code conceder-party} e = 2.
 */
public final class TimeDependentParty extends BaseAgent {

    private final double e;
    private double delta;

    public TimeDependentParty(String name, double e) {
        this(name, e, false);
    }

    /**
     * @param name          the agent's name
     * @param e             concession exponent, ≥ 0
     * @param geniusOrder   order outcomes of equal utility as GENIUS does (else by outcome index)
     */
    public TimeDependentParty(String name, double e, boolean geniusOrder) {
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
        Deadline d = settings.deadline();
        delta = d.isRounds() ? 1.0 / (d.rounds() + 1) : 0;
    }

    /** {@code 1 − (t − δ)^(1/e)}, with {@code t − δ} floored at 0 (and 1 for {@code e = 0}). */
    public static double target(double t, double delta, double e) {
        if (e == 0) {
            return 1;
        }
        double x = t - delta;
        return 1 - Math.pow(x < 0 ? 0 : x, 1 / e);
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        int k = nearest(target(timeline.time(), delta, e));
        if (lastOffer != null && sorted.utility(k) < lastOfferUtility) {
            return accept();
        }
        return offer(k);
    }
}
