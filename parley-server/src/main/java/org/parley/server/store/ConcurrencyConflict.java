package org.parley.server.store;

/** Another writer appended the same version of the stream first: re-read the stream and decide again. */
public final class ConcurrencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A conflict on {@code stream} at {@code version}. */
    public ConcurrencyConflict(String stream, int version) {
        super("stream " + stream + " already has version " + version);
    }
}
