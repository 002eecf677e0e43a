package org.parley.protocol.snt;

/**
 * The mediator of a single-text session: it proposes a change of the text at every step and learns the votes. It
 * sees the domain and the votes, never a party's preferences. One instance serves one session.
 */
public interface Mediator {

    /**
     * The next proposal for {@code text}, a complete outcome different from it, or null when the mediator has
     * nothing left to propose (the session then ends: the text is final).
     */
    int[] propose(int[] text);

    /** The votes on {@code proposal} (one per party) and whether the text moved to it. */
    void voted(int[] proposal, boolean[] votes, boolean moved);

    /** A short name for traces, e.g. {@code random}. */
    String name();
}
