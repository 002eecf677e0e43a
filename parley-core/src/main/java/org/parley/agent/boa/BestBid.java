package org.parley.agent.boa;

/**
 * OM strategy BestBid: offer the candidate the opponent model rates highest (on a tie, the one first in order, i.e.
 * best for me). When every candidate is rated ≈ 0 (below {@value #ZERO}) the model knows nothing yet, and a random
 * candidate is chosen. The model always updates. Spec: {@code best}.
 */
public final class BestBid implements OmStrategy {

    /** Ratings below this count as zero. */
    public static final double ZERO = 1e-4;

    private BoaContext context;
    private int[] buffer;

    @Override
    public void init(BoaContext ctx) {
        this.context = ctx;
        this.buffer = new int[ctx.domain().issueCount()];
    }

    @Override
    public int choose(Candidates candidates, OpponentModel model) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < candidates.size(); j++) {
            double v = model.evaluate(candidates.outcome(j, buffer));
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        return bestValue < ZERO ? context.random().nextInt(candidates.size()) : best;
    }

    @Override
    public String toString() {
        return "best";
    }
}
