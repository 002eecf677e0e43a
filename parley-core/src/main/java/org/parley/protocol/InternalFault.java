package org.parley.protocol;

/**
 * parley's own code failed while running a session: the session machinery, building the result or analysing it,
 * as opposed to an agent's call (an {@link AgentFault}). Never recorded as if an agent had failed: a tournament
 * records it as {@link SessionResult.End#INTERNAL_ERROR}, a single negotiation fails with it.
 */
public final class InternalFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InternalFault(Throwable cause) {
        super(describe(cause), cause);
    }

    /** {@code internal error: IllegalStateException: what it said}, on one line. */
    public static String describe(Throwable cause) {
        if (cause instanceof InternalFault f) {
            return f.getMessage();
        }
        String m = cause.getMessage();
        return "internal error: " + cause.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }
}
