package org.parley.formats.genius;

/** A small indenting XML text builder with strict escaping, for the GENIUS writers. */
final class XmlOut {

    private final StringBuilder sb = new StringBuilder(4096);
    private int depth;

    XmlOut() {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens {@code <name a="v" ...>}; {@code attrs} alternates names and (unescaped) values. */
    XmlOut open(String name, Object... attrs) {
        tag(name, attrs);
        sb.append(">\n");
        depth++;
        return this;
    }

    /** Writes an empty element {@code <name a="v" .../>}. */
    XmlOut empty(String name, Object... attrs) {
        tag(name, attrs);
        sb.append("/>\n");
        return this;
    }

    XmlOut close(String name) {
        depth--;
        indent();
        sb.append("</").append(name).append(">\n");
        return this;
    }

    private void tag(String name, Object... attrs) {
        indent();
        sb.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            sb.append(' ').append(attrs[i]).append("=\"");
            escape(String.valueOf(attrs[i + 1]));
            sb.append('"');
        }
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    /**
     * Escapes an attribute value so that a conforming parser reads back exactly {@code s}: markup characters become
     * entities and tab/newline/carriage return become character references (attribute normalisation would
     * otherwise turn them into spaces). Characters XML 1.0 cannot represent are refused.
     */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        throw new IllegalArgumentException("the text '" + s.replaceAll("\\p{Cntrl}", "?")
                                + "' contains character U+" + String.format("%04X", (int) c)
                                + ", which XML 1.0 cannot represent");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
