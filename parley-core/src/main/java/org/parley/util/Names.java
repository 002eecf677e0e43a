package org.parley.util;

/**
 * The one rule for names read from files (scenario, domain, issue, value and profile names): no control characters
 * but tab and newline. A name is printed on terminals, in traces and in reports; a control character in it (an escape
 * sequence that sets the terminal's title or clears the screen, a bell, a carriage return that overwrites a line) is
 * never meant, so it is refused where the name enters the model, with its position in the name. Tab and newline are
 * text layout that every format can quote (and its writers round-trip), and they cannot drive a terminal, so they
 * stay.
 */
public final class Names {

    private Names() {
    }

    /**
     * {@code name} when it holds no control character but tab and newline (Unicode category Cc: U+0000–U+001F,
     * U+007F–U+009F).
     *
     * @param kind what is named, e.g. "issue", or with {@code %s} where the name goes: "value %s of issue 'x'"
     * @throws IllegalArgumentException naming {@code kind}, the name (control characters as escapes), the character's
     *                                  code and its position
     */
    public static String requireNoControl(String name, String kind) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                String named = kind.contains("%s") ? kind.replace("%s", "'" + printable(name) + "'")
                        : kind + " '" + printable(name) + "'";
                throw new IllegalArgumentException(named + " holds control character U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "; names may not hold control characters");
            }
        }
        return name;
    }

    /** {@code s} with every control character written as {@code \\uXXXX} (for messages). */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
