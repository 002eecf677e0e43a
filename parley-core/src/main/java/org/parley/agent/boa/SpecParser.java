package org.parley.agent.boa;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.parley.agent.boa.PartCatalog.Def;
import org.parley.agent.boa.PartCatalog.Kind;

/** Parses the text of a {@link BoaSpec}; see its class comment for the grammar. Positions are 1-based. */
final class SpecParser {

    /** A parsed part: its definition, its parameter values (NaN = not set) and where it started. */
    record Part(Def def, double[] values, int position) {

        /** The canonical text: name, then every set parameter in definition order. */
        String canonical() {
            StringBuilder sb = new StringBuilder(def.name());
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    sb.append(any ? ',' : '(').append(def.params().get(i).name()).append('=')
                            .append(Num.fmt(values[i]));
                    any = true;
                }
            }
            return any ? sb.append(')').toString() : sb.toString();
        }

        Object make() {
            return def.make().apply(values);
        }
    }

    private final String text;
    private int pos;

    private SpecParser(String text) {
        this.text = text;
    }

    /** The four parts of {@code text} (offer, model, oms, accept), defaults filled in. */
    static Map<Kind, Part> parse(String text) {
        return new SpecParser(text).spec();
    }

    private Map<Kind, Part> spec() {
        skipSpace();
        int start = pos;
        String head = identifier();
        if (!head.equals("boa")) {
            throw fail(start, head.isEmpty() ? "expected 'boa(' " + got() : "expected 'boa(', got '" + head + "'",
                    "presets: " + String.join(", ", BoaSpec.presets().keySet()));
        }
        expect('(');
        Map<Kind, Part> parts = new EnumMap<>(Kind.class);
        skipSpace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                component(parts);
                if (separator("parts are separated by ','")) {
                    break;
                }
            }
        }
        skipSpace();
        if (pos < text.length()) {
            throw fail(pos, "unexpected '" + text.charAt(pos) + "' after the end of the spec", "remove it");
        }
        return complete(parts);
    }

    private void component(Map<Kind, Part> parts) {
        skipSpace();
        int keyAt = pos;
        String key = identifier();
        Kind kind = Kind.byKey(key);
        if (kind == null) {
            throw fail(keyAt, key.isEmpty() ? "expected a part name " + got() : "unknown part '" + key + "'",
                    "known: " + Kind.keys());
        }
        if (parts.containsKey(kind)) {
            throw fail(keyAt, "part '" + key + "' given twice", "give each part once");
        }
        expect('=');
        skipSpace();
        int nameAt = pos;
        String name = identifier();
        Def def = PartCatalog.find(kind, name);
        if (def == null) {
            // every slot's noun (offering, opponent model, OM strategy, acceptance) takes "an"
            throw fail(nameAt, name.isEmpty() ? "expected an " + kind.noun + " " + got()
                    : "unknown " + kind.noun + " '" + name + "'", "known: " + PartCatalog.known(kind));
        }
        double[] values = def.defaults();
        skipSpace();
        if (peek() == '(') {
            pos++;
            skipSpace();
            if (peek() == ')') {
                pos++;
            } else {
                boolean[] seen = new boolean[values.length];
                do {
                    parameter(def, values, seen);
                } while (!separator("parameters look like name=value, separated by ','"));
            }
        }
        Part part = new Part(def, values, nameAt);
        try {
            part.make();
        } catch (IllegalArgumentException e) {
            throw fail(nameAt, e.getMessage(), "check the parameters of " + def.name());
        }
        parts.put(kind, part);
    }

    private void parameter(Def def, double[] values, boolean[] seen) {
        skipSpace();
        int at = pos;
        String name = identifier();
        int i = def.indexOf(name);
        if (def.params().isEmpty()) {
            throw fail(at, def.name() + " takes no parameters", "write " + def.name() + " alone");
        }
        if (i < 0) {
            throw fail(at, name.isEmpty() ? "expected a parameter of " + def.name() + " " + got()
                    : "unknown parameter '" + name + "' of " + def.name(), "known: " + def.paramNames());
        }
        if (seen[i]) {
            throw fail(at, "parameter '" + name + "' of " + def.name() + " given twice", "give it once");
        }
        seen[i] = true;
        expect('=');
        skipSpace();
        int numberAt = pos;
        double v = number(def.name() + "'s " + name);
        String problem = def.params().get(i).check().problem(v);
        if (problem != null) {
            throw fail(numberAt, def.name() + "'s " + name + " " + problem + ", got " + Num.fmt(v),
                    "for example " + def.name() + "(" + name + "=" + defaultText(def, i) + ")");
        }
        values[i] = v;
    }

    private static String defaultText(Def def, int i) {
        double d = def.params().get(i).defaultValue();
        return Double.isNaN(d) ? "0.5" : Num.fmt(d);
    }

    /** Consumes ',' (returns false: more follows) or ')' (returns true: the list is closed). */
    private boolean separator(String hint) {
        skipSpace();
        char c = peek();
        if (c == ',' || c == ')') {
            pos++;
            return c == ')';
        }
        throw fail(pos, "expected ',' or ')' " + got(), hint);
    }

    private double number(String what) {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (!s.isEmpty() && s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.parseDouble(s);
        }
        int end = start;
        while (end < text.length() && ",() \t\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String bad = text.substring(start, end);
        throw fail(start, "expected a number for " + what + (bad.isEmpty() ? " " + got() : ", got '" + bad + "'"),
                "numbers look like 0.2, 2 or 1e-3");
    }

    private Map<Kind, Part> complete(Map<Kind, Part> parts) {
        parts.computeIfAbsent(Kind.OFFER, k -> new Part(PartCatalog.find(k, "td"),
                PartCatalog.find(k, "td").defaults(), 0));
        parts.computeIfAbsent(Kind.ACCEPT, k -> new Part(PartCatalog.find(k, "next"),
                PartCatalog.find(k, "next").defaults(), 0));
        parts.computeIfAbsent(Kind.MODEL, k -> new Part(PartCatalog.find(k, "none"), new double[0], 0));
        boolean model = !parts.get(Kind.MODEL).def().name().equals("none");
        Part oms = parts.get(Kind.OMS);
        if (!model && oms != null) {
            throw fail(oms.position(), "OM strategy '" + oms.def().name() + "' needs an opponent model",
                    "add model=hardheaded or drop oms");
        }
        if (model && oms == null) {
            parts.put(Kind.OMS, new Part(PartCatalog.find(Kind.OMS, "best"), new double[0], 0));
        }
        return parts;
    }

    // ---- lexing ----

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    /** Letters, digits and '_' starting with a letter, lower-cased; empty when none is there. */
    private String identifier() {
        int start = pos;
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
        }
        return text.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw fail(pos, "expected '" + c + "' " + got(), c == '=' ? "write part=name or param=value"
                    : "check the brackets");
        }
        pos++;
    }

    private String got() {
        return pos < text.length() ? "but got '" + text.charAt(pos) + "'" : "but the spec ended";
    }

    private BoaSpecException fail(int at, String problem, String hint) {
        return new BoaSpecException(problem + " at " + (at + 1) + "; " + hint, at + 1);
    }
}
