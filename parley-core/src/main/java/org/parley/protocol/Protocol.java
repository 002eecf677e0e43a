package org.parley.protocol;

/**
 * A negotiation protocol: the rules by which the parties of a session act, and when it ends. A protocol turns a
 * {@link SessionSpec} into a {@link Session}; callers go through {@link SessionFactory} and never name a protocol's
 * classes, so a second protocol (e.g. a mediated single negotiating text) fits in without changing them.
 *
 * <p>The first implementation is the Stacked Alternating Offers Protocol, {@link org.parley.protocol.saop}.
 */
public interface Protocol {

    /** The protocol's name, given to agents in {@link AgentSettings#protocol()}, e.g. {@code SAOP}. */
    String name();

    /**
     * A new session of this protocol.
     *
     * @throws IllegalArgumentException when the spec does not suit the protocol (e.g. its party count)
     */
    Session session(SessionSpec spec);

    /** True when this protocol's sessions can be stepped ({@link #stepped}). False by default. */
    default boolean steps() {
        return false;
    }

    /**
     * A new session of this protocol that runs step by step, its batched agents' calls waiting in {@code batch}.
     *
     * @throws IllegalArgumentException when the spec does not suit the protocol
     * @throws UnsupportedOperationException when the protocol's sessions cannot be stepped ({@link #steps()})
     */
    default SteppedSession stepped(SessionSpec spec, AgentBatch batch) {
        throw new UnsupportedOperationException(name() + " sessions cannot be run step by step");
    }
}
