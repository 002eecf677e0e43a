package org.parley.agent.boa;

/**
 * Bids an {@link OmStrategy} chooses among, ordered by my utility, best first. A view, not a list: the outcomes are
 * decoded on demand so that choosing among a hundred candidates allocates nothing.
 */
public interface Candidates {

    /** Number of candidates (at least 1 when handed to a strategy). */
    int size();

    /** My undiscounted utility of candidate {@code j}. */
    double utility(int j);

    /**
     * The values of candidate {@code j}. The result may be {@code buffer} (of length n, overwritten) or an array
     * owned by this view; either way it must not be modified, and it is valid only until the next call.
     */
    int[] outcome(int j, int[] buffer);
}
