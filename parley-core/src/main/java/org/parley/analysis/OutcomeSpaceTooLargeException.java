package org.parley.analysis;

import java.math.BigInteger;

/**
 * Non-linear profiles need their outcome space enumerated, and it is larger than the limit the caller set. The
 * message describes the state only; a front end adds how to raise the limit (a command-line flag, a setting).
 */
public final class OutcomeSpaceTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient BigInteger outcomes;
    private final long limit;

    /** For domain {@code domain} with {@code outcomes} outcomes, above {@code limit}. */
    public OutcomeSpaceTooLargeException(String domain, BigInteger outcomes, long limit) {
        super("non-linear profiles need the outcome space enumerated, and domain '" + domain + "' has " + outcomes
                + " outcomes, above the limit of " + limit);
        this.outcomes = outcomes;
        this.limit = limit;
    }

    /** The size of the outcome space. */
    public BigInteger outcomes() {
        return outcomes;
    }

    /** The largest space the caller allowed to enumerate. */
    public long limit() {
        return limit;
    }
}
