package org.parley.protocol;

/** An agent broke the session: it threw, acted illegally or ran over its time budget. */
final class AgentFault extends RuntimeException {

    final int party;

    AgentFault(int party, String message, Throwable cause) {
        super(message, cause, false, false);
        this.party = party;
    }
}
