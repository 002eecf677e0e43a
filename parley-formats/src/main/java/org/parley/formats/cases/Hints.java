package org.parley.formats.cases;

import java.util.List;
import org.parley.util.Suggestions;

/** "Did you mean" hints for misspelt keys, ids and options. */
final class Hints {

    private Hints() {
    }

    /**
     * "; did you mean 'x'?" for a near miss ({@link Suggestions}, parley's one rule), else the choices when there are
     * few, else "".
     */
    static String hint(String got, List<String> choices, String kind) {
        String best = Suggestions.best(got, choices);
        if (best != null) {
            return "; did you mean '" + best + "'?";
        }
        if (!choices.isEmpty() && choices.size() <= 12) {
            return "; expected " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " among "
                    + String.join(", ", choices);
        }
        return "";
    }
}
