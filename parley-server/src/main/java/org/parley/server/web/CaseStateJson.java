package org.parley.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reading a JSON text the server wrote itself (or a form field that must be JSON). */
final class CaseStateJson {

    private CaseStateJson() {
    }

    static JsonNode read(String json) {
        try {
            return Bodies.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("", "not valid JSON: " + e.getOriginalMessage());
        }
    }
}
