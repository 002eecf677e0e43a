package org.parley.protocol.saop;

import org.parley.protocol.AgentBatch;
import org.parley.protocol.Protocol;
import org.parley.protocol.Session;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SteppedSession;

/**
 * The Stacked Alternating Offers Protocol ({@link SaopSession}, or {@link SteppedSaopSession} step by step) for two or
 * more parties.
 */
public final class SaopProtocol implements Protocol {

    /** The protocol's name, as agents learn it. */
    public static final String NAME = "SAOP";

    /** The protocol (it has no settings of its own). */
    public static final SaopProtocol INSTANCE = new SaopProtocol();

    private SaopProtocol() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Session session(SessionSpec spec) {
        return new SaopSession(spec);
    }

    @Override
    public boolean steps() {
        return true;
    }

    @Override
    public SteppedSession stepped(SessionSpec spec, AgentBatch batch) {
        return new SteppedSaopSession(spec, batch);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
