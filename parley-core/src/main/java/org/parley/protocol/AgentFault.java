package org.parley.protocol;

/**
 * An agent broke the session: it threw, acted illegally, could not be created or ran over its time budget. Thrown
 * by {@link AgentCalls} and by protocols' validation, caught by the session, which ends with
 * {@link SessionResult.End#ERROR} naming the agent. Never escapes a session.
 */
public final class AgentFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int party;

    public AgentFault(int party, String message, Throwable cause) {
        super(message, cause, false, false);
        this.party = party;
    }

    /** The party at fault (0-based). */
    public int party() {
        return party;
    }
}
