package org.parley.formats.genius;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One element of a document read by {@link SafeXml}: its name, attributes (in document order), child elements,
 * character data, and the 1-based line and column where its start tag begins.
 *
 * <p>Instances are immutable once parsing has finished.
 */
public final class XmlElement {

    private static final String[] NO_ATTRIBUTES = new String[0];

    private final String name;
    private final int line;
    private final int column;
    private final String[] attributes;
    private List<XmlElement> children = List.of();
    private StringBuilder text;

    XmlElement(String name, int line, int column, String[] attributes) {
        this.name = name;
        this.line = line;
        this.column = column;
        this.attributes = attributes.length == 0 ? NO_ATTRIBUTES : attributes;
    }

    /** The element name, e.g. {@code issue}. */
    public String name() {
        return name;
    }

    /** 1-based line of the start tag's {@code <}. */
    public int line() {
        return line;
    }

    /** 1-based column of the start tag's {@code <}. */
    public int column() {
        return column;
    }

    /** {@code line:column}, as used in {@link org.parley.formats.FormatException} messages. */
    public String location() {
        return line + ":" + column;
    }

    /** The value of attribute {@code attributeName} exactly as written (entities decoded), or null if absent. */
    public String attribute(String attributeName) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(attributeName)) {
                return attributes[i + 1];
            }
        }
        return null;
    }

    /** True when the element has attribute {@code attributeName}. */
    public boolean hasAttribute(String attributeName) {
        return attribute(attributeName) != null;
    }

    /** The child elements, in document order. */
    public List<XmlElement> children() {
        return children;
    }

    /** The child elements named {@code childName}, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child element named {@code childName}, or null. */
    public XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The element's own character data (not that of its children), trimmed; empty when there is none. */
    public String text() {
        return text == null ? "" : text.toString().trim();
    }

    void addChild(XmlElement child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    void appendText(String s) {
        if (text == null) {
            text = new StringBuilder(s.length());
        }
        text.append(s);
    }

    void freeze() {
        if (!children.isEmpty()) {
            children = Collections.unmodifiableList(children);
        }
    }

    @Override
    public String toString() {
        return "<" + name + "> at " + location();
    }
}
