package org.parley.agent;

/** A spec names no agent the registry knows; the message lists the known names and how to add one. */
public final class UnknownAgentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String name;

    UnknownAgentException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** The name that is not known. */
    public String name() {
        return name;
    }
}
