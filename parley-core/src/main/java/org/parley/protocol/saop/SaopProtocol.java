package org.parley.protocol.saop;

import org.parley.protocol.Protocol;
import org.parley.protocol.Session;
import org.parley.protocol.SessionSpec;

/** The Stacked Alternating Offers Protocol ({@link SaopSession}) for two or more parties. */
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
    public String toString() {
        return NAME;
    }
}
