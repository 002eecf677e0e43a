package org.parley.formats.negmas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of mappings, lists and scalars as block-style YAML laid out as PyYAML's {@code safe_dump} lays it
 * out (keys sorted, two-space indents, list items at their key's indentation), so that files written by parley and
 * by NegMAS diff cleanly.
 *
 * <p>Scalars, keys included: text is always quoted (single quotes; double quotes with escapes when it holds a line break or a
 * character YAML cannot print), so that no YAML 1.1 reader takes {@code '0_20'}, {@code 'yes'} or {@code '1e5'} for
 * a number or a boolean; {@link Plain} text (structural keys and type tags) is written bare; integers in decimal; floats by
 * {@link PythonFloats#repr}; booleans {@code true}/{@code false}; null as {@code null}.
 */
final class BlockYaml {

    /** Text written without quotes: only for identifiers such as structural keys and type tags. */
    record Plain(String text) {
        Plain {
            if (!text.matches("[A-Za-z_][A-Za-z0-9_.]*") || Yaml11.needsQuotes(text)) {
                throw new IllegalArgumentException("'" + text + "' cannot be written unquoted");
            }
        }
    }

    /** Orders mapping keys as Python sorts them: numbers numerically, text by code point, numbers first. */
    static final Comparator<Object> KEY_ORDER = (a, b) -> {
        boolean na = a instanceof Number;
        boolean nb = b instanceof Number;
        if (na && nb) {
            return new BigDecimal(((Number) a).toString()).compareTo(
                    new BigDecimal(((Number) b).toString()));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return NegmasReader.CODE_POINT_ORDER.compare(text(a), text(b));
    };

    private final StringBuilder out = new StringBuilder();

    private BlockYaml() {
    }

    /** The YAML text of a top-level mapping. */
    static String write(Map<?, ?> root) {
        BlockYaml y = new BlockYaml();
        if (root.isEmpty()) {
            return "{}\n";
        }
        y.mapping(root, 0, false);
        return y.out.toString();
    }

    private void mapping(Map<?, ?> m, int indent, boolean firstInline) {
        List<Object> keys = new ArrayList<>(m.keySet());
        keys.sort(KEY_ORDER);
        boolean first = true;
        for (Object k : keys) {
            if (!(first && firstInline)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(key(k)).append(':');
            value(m.get(k), indent, true);
        }
    }

    private void sequence(List<?> list, int indent, boolean firstInline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && firstInline)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append('-');
            value(item, indent, false);
        }
    }

    /** Writes a value after "key:" or "-": inline for scalars and empty collections, else on following lines. */
    private void value(Object v, int indent, boolean inMapping) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            if (inMapping) {
                out.append('\n');
                mapping(m, indent + 2, false);
            } else {
                out.append(' ');
                mapping(m, indent + 2, true);
            }
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            if (inMapping) {
                out.append('\n');
                sequence(l, indent, false);
            } else {
                out.append(' ');
                sequence(l, indent + 2, true);
            }
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static String key(Object k) {
        return scalar(k);
    }

    private static String text(Object o) {
        return o instanceof Plain p ? p.text() : (String) o;
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Plain p) {
            return p.text();
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            return PythonFloats.repr(d);
        }
        if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof String s) {
            return quote(s);
        }
        throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName() + " as YAML");
    }

    /** Single-quoted text, or double-quoted with escapes when it holds characters single quotes cannot carry. */
    static String quote(String s) {
        boolean simple = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!printable(c) || c == '\n' || c == '\r' || c == '\t' || breakOrBom(c)) {
                simple = false;
                break;
            }
            i += Character.charCount(c);
        }
        if (simple) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0 -> b.append("\\0");
                default -> {
                    if (printable(c) && !breakOrBom(c)) {
                        b.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        b.append(String.format("\\x%02X", c));
                    } else if (c <= 0xFFFF) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.append(String.format("\\U%08X", c));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** YAML 1.1 line breaks beyond \n and \r (NEL, LS, PS) and the byte-order mark: escaped, never written raw. */
    private static boolean breakOrBom(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
    }

    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
