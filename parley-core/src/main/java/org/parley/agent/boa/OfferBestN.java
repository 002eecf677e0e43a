package org.parley.agent.boa;

/**
 * OM strategy OfferBestN(n): a random one of the n candidates the opponent model rates highest (all of them when
 * there are at most n). Ties in rating go to the candidate first in order (best for me). The model always updates.
 * Default n = 3. Spec: {@code bestn(n=3)}. Choosing costs O(size·n) and allocates nothing.
 */
public final class OfferBestN implements OmStrategy {

    private final int n;
    private BoaContext context;
    private int[] buffer;
    private int[] topIndex;
    private double[] topValue;

    /** Chooses among the best {@code n} (≥ 1). */
    public OfferBestN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("bestn: n must be at least 1, got " + n);
        }
        this.n = n;
    }

    /** Chooses among the best 3. */
    public OfferBestN() {
        this(3);
    }

    /** The n. */
    public int n() {
        return n;
    }

    @Override
    public void init(BoaContext ctx) {
        this.context = ctx;
        this.buffer = new int[ctx.domain().issueCount()];
        this.topIndex = new int[n];
        this.topValue = new double[n];
    }

    @Override
    public int choose(Candidates candidates, OpponentModel model) {
        int kept = 0;
        for (int j = 0; j < candidates.size(); j++) {
            double v = model.evaluate(candidates.outcome(j, buffer));
            if (kept == n && v <= topValue[n - 1]) {
                continue;
            }
            int at = kept < n ? kept++ : n - 1;
            while (at > 0 && topValue[at - 1] < v) {
                topValue[at] = topValue[at - 1];
                topIndex[at] = topIndex[at - 1];
                at--;
            }
            topValue[at] = v;
            topIndex[at] = j;
        }
        return topIndex[context.random().nextInt(kept)];
    }

    @Override
    public String toString() {
        return "bestn(n=" + n + ")";
    }
}
