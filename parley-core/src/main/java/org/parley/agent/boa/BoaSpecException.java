package org.parley.agent.boa;

/**
 * A BOA spec that cannot be parsed. The message is one line: the problem, its 1-based character position in the
 * spec, and a hint, e.g. {@code unknown acceptance 'combo' at 46; known: next, const, time, ...}.
 */
public final class BoaSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /** A problem at 1-based {@code position} (0 when it concerns the spec as a whole). */
    public BoaSpecException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 1-based position of the offending part, or 0. */
    public int position() {
        return position;
    }
}
