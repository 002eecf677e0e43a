package org.parley.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one "did you mean" rule for unknown names (agents, keys, issues, options, parties, ...):
 * <ul>
 * <li>names are compared case-insensitively (lower-cased in the root locale);</li>
 * <li>by optimal string alignment distance: the fewest insertions, deletions, substitutions and swaps of two adjacent
 * characters ({@code nmae} is one edit from {@code name});</li>
 * <li>a known name is suggested when it is at most one edit away and has three to five characters, or at most two
 * edits away and has six or more; names shorter than three characters are suggested only for a difference in
 * case;</li>
 * <li>suggestions come closest first, equally close ones in alphabetical order (case-insensitive, then exact), so
 * the answer does not depend on the order in which the known names were given.</li>
 * </ul>
 * Names longer than 200 characters are never compared (bounded cost).
 */
public final class Suggestions {

    /** Longest name compared. */
    public static final int MAX_LENGTH = 200;

    private Suggestions() {
    }

    /** The largest distance at which a known name of {@code length} characters is suggested. */
    public static int threshold(int length) {
        return length < 3 ? 0 : length < 6 ? 1 : 2;
    }

    /** The known names close enough to {@code name} to be meant by it, closest first; empty when none is. */
    public static List<String> closest(String name, Collection<String> known) {
        if (name == null || name.length() > MAX_LENGTH) {
            return List.of();
        }
        String got = name.toLowerCase(Locale.ROOT);
        record Near(String name, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (String k : known) {
            if (k == null || k.length() > MAX_LENGTH || Math.abs(k.length() - got.length()) > threshold(k.length())) {
                continue;
            }
            int d = distance(got, k.toLowerCase(Locale.ROOT));
            if (d <= threshold(k.length()) && near.stream().noneMatch(n -> n.name().equals(k))) {
                near.add(new Near(k, d));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance)
                .thenComparing(n -> n.name().toLowerCase(Locale.ROOT)).thenComparing(Near::name));
        return near.stream().map(Near::name).toList();
    }

    /** The closest known name, or null when none is close enough. */
    public static String best(String name, Collection<String> known) {
        List<String> c = closest(name, known);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
