package org.parley.protocol;

/** The session's clock as an agent sees it. */
public interface Timeline {

    /** Normalised time t in [0, 1]: {@code r/(R+1)} for round deadlines, elapsed/T for time deadlines. */
    double time();

    /** The current round, 1-based. */
    int round();

    Deadline deadline();
}
