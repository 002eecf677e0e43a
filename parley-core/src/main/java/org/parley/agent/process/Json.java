package org.parley.agent.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON that agent processes need, without a library (parley-core has no dependencies): a strict RFC 8259
 * reader into {@code Map} (insertion order), {@code List}, {@code String}, {@code Long} (integers that fit),
 * {@code Double}, {@code Boolean} and {@code null}, and the escaping and number rules of the writer side. Bounded:
 * nesting deeper than {@value #MAX_DEPTH} is refused. Duplicate keys are refused.
 */
final class Json {

    /** Deepest nesting read. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that fills {@code text} (surrounding blanks allowed).
     *
     * @throws IllegalArgumentException naming the line:column and the problem
     */
    static Object parse(String text) {
        Json j = new Json(text);
        j.skipBlanks();
        Object v = j.value();
        j.skipBlanks();
        if (j.pos < text.length()) {
            throw j.error("unexpected text after the JSON value");
        }
        return v;
    }

    private IllegalArgumentException error(String problem) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new IllegalArgumentException(line + ":" + col + ": " + problem);
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return word("true", Boolean.TRUE);
            case 'f':
                return word("false", Boolean.FALSE);
            case 'n':
                return word("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + printable(c) + "'");
        }
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private Object word(String w, Object v) {
        if (!text.startsWith(w, pos)) {
            throw error("unexpected text; expected " + w);
        }
        pos += w.length();
        return v;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            depth--;
            return m;
        }
        while (true) {
            skipBlanks();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a key in double quotes");
            }
            int keyAt = pos;
            String k = string();
            skipBlanks();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw error("expected ':' after the key");
            }
            pos++;
            skipBlanks();
            Object v = value();
            if (m.containsKey(k)) {
                pos = keyAt;
                throw error("the key \"" + k + "\" appears twice");
            }
            m.put(k, v);
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                depth--;
                return m;
            } else {
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> l = new ArrayList<>();
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            depth--;
            return l;
        }
        while (true) {
            skipBlanks();
            l.add(value());
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                depth--;
                return l;
            } else {
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = sb == null ? text.substring(start, pos) : sb.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw error("a control character in a string must be escaped");
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(text, start, pos);
                pos++;
                if (pos >= text.length()) {
                    throw error("a string is not closed");
                }
                char e = text.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 5 > text.length()) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos + 1, pos + 5), 16));
                        } catch (NumberFormatException ex) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        pos += 4;
                    }
                    default -> throw error("unknown escape \\" + printable(e));
                }
                pos++;
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        digits();
        if (pos == intStart) {
            throw error("a number needs digits");
        }
        if (text.charAt(intStart) == '0' && pos - intStart > 1) {
            pos = intStart;
            throw error("a number may not start with 0");
        }
        boolean integral = true;
        if (pos < text.length() && text.charAt(pos) == '.') {
            integral = false;
            pos++;
            int f = pos;
            digits();
            if (pos == f) {
                throw error("a number needs digits after '.'");
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            integral = false;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int e = pos;
            digits();
            if (pos == e) {
                throw error("a number needs digits in its exponent");
            }
        }
        String n = text.substring(start, pos);
        if (integral && pos - intStart <= 18) {
            return Long.parseLong(n);
        }
        double d = Double.parseDouble(n);
        if (!Double.isFinite(d)) {
            pos = start;
            throw error("the number " + n + " is too large");
        }
        return d;
    }

    private void digits() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else {
                break;
            }
        }
    }

    /** Appends {@code s} as a JSON string. */
    static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /**
     * Appends a finite double so that a reader gets the same double back ({@link Double#toString} round-trips and
     * is valid JSON for finite values, e.g. {@code 0.5}, {@code 1.0E-4}).
     */
    static StringBuilder number(StringBuilder sb, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no number " + d);
        }
        return sb.append(d);
    }

    /** A short excerpt of {@code s} for error messages: at most 80 characters, control characters escaped. */
    static String excerpt(String s) {
        return excerptOf(s, 80);
    }

    /** The first {@code max} characters of {@code s}, control characters escaped. */
    static String excerptOf(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            sb.append(printable(s.charAt(i)));
        }
        if (sb.length() >= max && s.length() > max) {
            sb.append("...");
        }
        return sb.toString();
    }
}
