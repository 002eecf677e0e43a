package org.parley.protocol;

import java.util.List;
import java.util.Locale;
import org.parley.protocol.saop.SaopProtocol;
import org.parley.protocol.snt.SingleTextProtocol;
import org.parley.util.Suggestions;

/**
 * Protocols by name, as users write them in {@code negotiate --protocol} and a tournament file's {@code protocol:}
 * key: {@code saop} (the default) or {@code snt}, optionally with options, e.g.
 * {@code snt(rule=majority,mediator=random)}.
 */
public final class Protocols {

    /** The names a spec may start with. */
    public static final List<String> NAMES = List.of("saop", "snt");

    private Protocols() {
    }

    /**
     * The protocol {@code spec} names.
     *
     * @throws IllegalArgumentException naming the spec, with the closest name or the choices
     */
    public static Protocol parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty protocol; use saop or snt");
        }
        String s = spec.trim();
        String name = s;
        String options = "";
        int open = s.indexOf('(');
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new IllegalArgumentException("protocol '" + spec + "' opens '(' without closing it");
            }
            name = s.substring(0, open).trim();
            options = s.substring(open + 1, s.length() - 1);
        }
        switch (name.toLowerCase(Locale.ROOT)) {
            case "saop":
                if (!options.isBlank()) {
                    throw new IllegalArgumentException("protocol saop takes no options, got '" + spec + "'");
                }
                return SaopProtocol.INSTANCE;
            case "snt":
                return SingleTextProtocol.parseOptions(options);
            default:
                String best = Suggestions.best(name.toLowerCase(Locale.ROOT), NAMES);
                throw new IllegalArgumentException("unknown protocol '" + name + "'"
                        + (best != null ? "; did you mean " + best + "?" : "; use saop or snt"));
        }
    }

    /** How {@code protocol} is written in a spec (what {@link #parse} reads back). */
    public static String spec(Protocol protocol) {
        return protocol instanceof SaopProtocol ? "saop" : protocol.toString();
    }
}
