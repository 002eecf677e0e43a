package org.parley.mediation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A clause of a document and the positions it states.
 *
 * @param path      where the clause is in the document, e.g. "Part II / 7(a)"
 * @param text      the clause text (the ground truth every structured position points back to)
 * @param positions issue id → the position the clause states on it, in file order
 */
public record Provision(String path, String text, Map<String, Position> positions) {

    /** Copies the positions, keeping their order. */
    public Provision {
        path = path == null ? "" : path;
        text = text == null ? "" : text;
        positions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }
}
