package org.parley.agent;

import java.util.SplittableRandom;
import org.parley.domain.Domain;
import org.parley.protocol.Action;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Timeline;

/**
 * MiCRO, "Minimal Concession in Response to Opponent" (Dave de Jonge; benchmark strategy of ANAC 2022): concede
 * one outcome at a time, and only as often as the opponent has shown something new. It ignores time.
 *
 * <p>Let ω_1, ω_2, … be all outcomes sorted by my utility, best first (ties by outcome index), m the number of
 * different outcomes I have proposed so far (always ω_1..ω_m) and n the number of different outcomes the
 * opponent has proposed so far. On every turn:
 *
 * <ol>
 *   <li>If no outcome reaches my reservation value r, end the negotiation: no agreement can beat walking away.</li>
 *   <li>I am ready to concede iff {@code m ≤ n} and {@code U(ω_{m+1}) ≥ r} (it never proposes below r).</li>
 *   <li>Acceptance: accept the opponent's last offer iff its utility is ≥ {@code U(ω_{m+1})} when ready to
 *       concede, else ≥ {@code U(ω_m)}: at least as good as the worst outcome I would be proposing after this
 *       turn.</li>
 *   <li>Otherwise, when ready to concede, propose ω_{m+1} (so m grows by one); when not, repeat one of
 *       ω_1..ω_m chosen uniformly at random (seeded from {@link org.parley.protocol.AgentSettings#random()}).</li>
 * </ol>
 *
 * <p>The opening bid is ω_1. Compared with "concede only after a new opponent offer since my last concession",
 * the count rule {@code m ≤ n} (as in the paper, as far as known here) also lets MiCRO catch up when it started
 * second: it may concede without a new opponent offer while it has proposed fewer different outcomes than the
 * opponent. Utilities are undiscounted. With more than two parties, n counts different offers from all others.
 *
 * <p>Name {@code micro} in {@link AgentRegistry}.
 */
public final class MicroAgent extends BaseAgent {

    private SplittableRandom random;
    private final LongSet seen = new LongSet();
    private int[] radix;
    private int proposed;
    private int rational;

    public MicroAgent() {
        super("micro", false);
    }

    @Override
    void started() {
        random = settings.random();
        rational = sorted.countAtLeast(profile.reservationValue());
        Domain d = profile.domain();
        radix = new int[d.issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = d.issue(i).size();
        }
    }

    @Override
    void received(int[] previous, double previousUtility) {
        long index = 0;
        for (int i = 0; i < radix.length; i++) {
            index = index * radix[i] + lastOffer[i];
        }
        seen.add(index);
    }

    /** Number of different outcomes proposed so far (m). */
    public int proposed() {
        return proposed;
    }

    /** Number of different outcomes the opponents have proposed so far (n). */
    public int opponentProposals() {
        return seen.size();
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        if (rational == 0) {
            return new EndNegotiation(party);
        }
        boolean concede = proposed <= seen.size() && proposed < rational;
        double threshold = sorted.utility(concede ? proposed : proposed - 1);
        if (lastOffer != null && lastOfferUtility >= threshold) {
            return accept();
        }
        if (concede) {
            return offer(proposed++);
        }
        return offer(random.nextInt(proposed));
    }
}
