package org.parley.formats.genius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.util.Decimals;

/** Shared helpers for walking GENIUS objective/issue trees and reading attribute values with precise errors. */
final class GeniusTree {

    private GeniusTree() {
    }

    /** The issues, weights and objective indices found under a {@code utility_space} element. */
    record Tree(List<XmlElement> issues, List<XmlElement> weights, Set<Integer> objectiveIndices,
            List<XmlElement> containers) {
    }

    /**
     * Walks {@code utilitySpace} and its (possibly nested) {@code objective} elements depth-first, in document
     * order. Issues and weights directly under {@code utility_space} (legacy files without objectives) count too.
     */
    static Tree collect(XmlElement utilitySpace) {
        Tree t = new Tree(new ArrayList<>(), new ArrayList<>(), new HashSet<>(), new ArrayList<>());
        walk(utilitySpace, t);
        return t;
    }

    private static void walk(XmlElement container, Tree t) {
        t.containers().add(container);
        for (XmlElement c : container.children()) {
            switch (c.name()) {
                case "issue" -> t.issues().add(c);
                case "weight" -> t.weights().add(c);
                case "objective" -> {
                    Integer idx = parseIntOrNull(c.attribute("index"));
                    if (idx != null) {
                        t.objectiveIndices().add(idx);
                    }
                    walk(c, t);
                }
                default -> {
                    // evaluation data of other kinds is read by the profile readers
                }
            }
        }
    }

    /** An issue's type: {@code type}, else {@code vtype}, else {@code etype}, else discrete; lower case. */
    static String issueType(XmlElement issue) {
        for (String attr : new String[] {"type", "vtype", "etype"}) {
            String v = issue.attribute(attr);
            if (v != null && !v.isBlank()) {
                return v.trim().toLowerCase(Locale.ROOT);
            }
        }
        return "discrete";
    }

    /** The issue's name; blank or missing is an error. */
    static String issueName(String source, XmlElement issue) {
        String name = issue.attribute("name");
        if (name == null || name.isBlank()) {
            throw error(source, issue, "issue " + describeIndex(issue) + "has no name");
        }
        return name;
    }

    private static String describeIndex(XmlElement issue) {
        String idx = issue.attribute("index");
        return idx == null ? "" : "with index " + idx + " ";
    }

    /** The issue's required integer {@code index}. */
    static int issueIndex(String source, XmlElement issue, String issueName) {
        String v = issue.attribute("index");
        if (v == null) {
            throw error(source, issue, "issue '" + issueName + "' has no index attribute");
        }
        Integer i = parseIntOrNull(v);
        if (i == null) {
            throw error(source, issue, "issue '" + issueName + "' has index '" + v + "', which is not an integer");
        }
        return i;
    }

    static Integer parseIntOrNull(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String required(String source, XmlElement e, String attr, String what) {
        String v = e.attribute(attr);
        if (v == null || v.isBlank()) {
            throw error(source, e, what + " needs a '" + attr + "' attribute");
        }
        return v;
    }

    static long parseLong(String source, XmlElement e, String attr, String v, String what) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException ex) {
            throw error(source, e, what + ": " + attr + " '" + v + "' is not an integer");
        }
    }

    static double parseDouble(String source, XmlElement e, String attr, String v, String what) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException ex) {
            throw error(source, e, what + ": " + attr + " '" + v + "' is not a number");
        }
    }

    static BigDecimal parseDecimal(String source, XmlElement e, String attr, String v, String what) {
        BigDecimal d;
        try {
            d = new BigDecimal(v.trim());
        } catch (NumberFormatException ex) {
            throw error(source, e, what + ": " + attr + " '" + v + "' is not a number");
        }
        String problem = Decimals.problem(d);
        if (problem != null) {
            throw error(source, e, what + ": " + attr + " '" + v + "' " + problem);
        }
        return d;
    }

    /** A required numeric attribute. */
    static double doubleAttr(String source, XmlElement e, String attr, String what) {
        return parseDouble(source, e, attr, required(source, e, attr, what), what);
    }

    /** An optional numeric attribute, {@code fallback} when absent. */
    static double doubleAttr(String source, XmlElement e, String attr, String what, double fallback) {
        String v = e.attribute(attr);
        return v == null || v.isBlank() ? fallback : parseDouble(source, e, attr, v, what);
    }

    static FormatException error(String source, XmlElement e, String problem) {
        return new FormatException(source, e.location(), problem);
    }

    static FormatException error(String source, XmlElement e, String problem, Throwable cause) {
        return new FormatException(source, e.location(), problem, cause);
    }

    /** The file name in {@code source} (see {@link Sources#fileName}) without a trailing {@code .xml}. */
    static String baseName(String source) {
        String s = Sources.fileName(source);
        return s.regionMatches(true, Math.max(0, s.length() - 4), ".xml", 0, 4) && s.length() > 4
                ? s.substring(0, s.length() - 4) : s;
    }
}
