package org.parley.formats.cases;

import java.util.List;
import java.util.Locale;

/** "Did you mean" hints for misspelt keys, ids and options. */
final class Hints {

    private Hints() {
    }

    /** "; did you mean 'x'?" for a near miss (edit distance ≤ 2), else the choices when there are few, else "". */
    static String hint(String got, List<String> choices, String kind) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : choices) {
            if (Math.abs(c.length() - got.length()) > 2 || got.length() > 200 || c.length() > 200) {
                continue;
            }
            int d = distance(got.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best != null && best.length() >= 3 && bestDistance <= Math.min(2, Math.max(1, best.length() / 3))) {
            return "; did you mean '" + best + "'?";
        }
        if (!choices.isEmpty() && choices.size() <= 12) {
            return "; expected " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " among "
                    + String.join(", ", choices);
        }
        return "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
