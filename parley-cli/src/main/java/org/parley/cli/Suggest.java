package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** The closest command name to a mistyped one (edit distance), for "unknown command" messages. */
final class Suggest {

    private Suggest() {
    }

    /** "unknown command 'x' of 'parley case'; did you mean 'parley case compare'?" (with the commands listed). */
    static String unknownCommand(CommandLine parent, String name) {
        String qualified = parent.getCommandSpec().qualifiedName();
        List<String> names = new ArrayList<>();
        for (String n : parent.getSubcommands().keySet()) {
            if (!"help".equals(n)) {
                names.add(n);
            }
        }
        String best = closest(name, names);
        return "unknown command '" + name + "'" + (best == null ? "" : "; did you mean '" + qualified + " " + best
                + "'?") + " The commands of '" + qualified + "': " + String.join(", ", primary(parent)) + ".";
    }

    /** The commands' own names (without aliases), in help order. */
    private static List<String> primary(CommandLine parent) {
        List<String> out = new ArrayList<>();
        for (CommandLine c : parent.getSubcommands().values()) {
            if (!out.contains(c.getCommandName())) {
                out.add(c.getCommandName());
            }
        }
        return out;
    }

    /** The candidate closest to {@code name} by edit distance (case-insensitive), or null when none is given. */
    static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (c.startsWith(name) && !name.isEmpty()) {
                d = Math.min(d, 1); // a prefix is as good as one typo
            }
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
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
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
