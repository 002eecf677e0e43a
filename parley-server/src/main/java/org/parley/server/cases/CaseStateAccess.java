package org.parley.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.server.store.StoredEvent;

/** Reading event payloads outside this package. */
public final class CaseStateAccess {

    private CaseStateAccess() {
    }

    /** The payload of {@code e} as a JSON tree. */
    public static JsonNode payload(StoredEvent e) {
        return CaseState.read(e.payload());
    }
}
