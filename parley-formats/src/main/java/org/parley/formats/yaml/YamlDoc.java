package org.parley.formats.yaml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;
import org.parley.formats.SafeYaml;
import org.parley.util.Suggestions;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.Schema;
import org.parley.util.Decimals;

/**
 * One YAML document being read through snakeyaml-engine's node API, with typed accessors whose errors name the source
 * (a file's path or an input's name) and the {@code line:column} (1-based) of the offending node.
 *
 * <p>Safety: the document is loaded by {@link SafeYaml} (limits on size, nesting and aliases; keys plain text and
 * never twice in a mapping).
 *
 * <p>Public for the other readers in parley-formats (the NegMAS reader parses with YAML 1.1 rules through
 * {@link #parse(Path, String, int, Schema)}); not an API outside this module.
 */
public final class YamlDoc {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
    private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");

    /** The source name errors give: a file's path as given, or the name of bytes or a stream; null when unnamed. */
    final String file;

    YamlDoc(String file) {
        this.file = file;
    }

    /** Parses {@code text} (the content of the source named {@code file}) into its single root node ({@link SafeYaml}). */
    static Node parse(String file, String text, int maxCodePoints) {
        return parse(file, text, maxCodePoints, null);
    }

    /** {@link #parse(String, String, int, Schema)} naming the source by the path as given. */
    public static Node parse(Path file, String text, int maxCodePoints, Schema schema) {
        return parse(file == null ? null : file.toString(), text, maxCodePoints, schema);
    }

    /**
     * Parses {@code text} into its single root node with the same limits, resolving the types of plain scalars with
     * {@code schema} (null: YAML 1.2's core schema, snakeyaml-engine's default); {@code file} names the source in
     * errors (null: {@code <input>}).
     */
    public static Node parse(String file, String text, int maxCodePoints, Schema schema) {
        return SafeYaml.load(file, text, maxCodePoints, schema);
    }

    public static String at(Node n) {
        return SafeYaml.at(n);
    }

    FormatException error(Node n, String problem) {
        return new FormatException(file, n == null ? null : at(n), problem);
    }

    /** As {@link #error(Node, String)}, keeping what caused it. */
    FormatException error(Node n, String problem, Throwable cause) {
        return new FormatException(file, n == null ? null : at(n), problem, cause);
    }

    /** A mapping's entries, in file order, keyed by their (scalar) keys. */
    static final class Fields {
        final MappingNode node;
        final Map<String, NodeTuple> entries;

        Fields(MappingNode node, Map<String, NodeTuple> entries) {
            this.node = node;
            this.entries = entries;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Node get(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? null : t.getValueNode();
        }

        Node keyNode(String key) {
            return entries.get(key).getKeyNode();
        }

        List<String> keys() {
            return new ArrayList<>(entries.keySet());
        }
    }

    /**
     * The mapping at {@code n}; refuses non-scalar and duplicate keys, and, when {@code allowed} is not null, keys
     * outside it (with a "did you mean" hint).
     */
    Fields fields(Node n, String what, List<String> allowed) {
        if (!(n instanceof MappingNode m)) {
            throw error(n, what + " must be a mapping (key: value), got " + describe(n));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                throw error(k, "keys must be plain text, got " + describe(k)); // SafeYaml refuses these already
            }
            String key = ks.getValue();
            if (allowed != null && !allowed.contains(key)) {
                throw error(k, "unknown key '" + key + "'" + hint(key, allowed, "key"));
            }
            entries.put(key, t);
        }
        return new Fields(m, entries);
    }

    /** A value that must be present. */
    Node require(Fields f, String key, String what) {
        Node n = f.get(key);
        if (n == null) {
            throw error(f.node, what + " needs '" + key + "'");
        }
        return n;
    }

    List<Node> sequence(Node n, String what) {
        if (!(n instanceof SequenceNode s)) {
            throw error(n, what + " must be a list, got " + describe(n));
        }
        return s.getValue();
    }

    /** The text of a scalar (quoted or not). */
    String text(Node n, String what) {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, what + " must be text, got " + describe(n));
        }
        return s.getValue();
    }

    /** A plain number: decimal or scientific notation, or {@code .nan}/{@code .inf}; not necessarily finite. */
    double number(Node n, String what) {
        String t = plain(n, what, "a number");
        if (NAN.contains(t)) {
            return Double.NaN;
        }
        if (INF.matcher(t).matches()) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw error(n, what + " must be a number, got '" + t + "'");
        }
        return Double.parseDouble(t);
    }

    /** A finite number. */
    double finite(Node n, String what) {
        double d = number(n, what);
        if (!Double.isFinite(d)) {
            throw error(n, what + " must be a finite number, got " + text(n, what));
        }
        return d;
    }

    /** An exact decimal number. */
    BigDecimal decimal(Node n, String what) {
        String t = plain(n, what, "a number");
        if (!DECIMAL.matcher(t).matches()) {
            throw error(n, what + " must be a finite decimal number, got '" + t + "'");
        }
        BigDecimal d = new BigDecimal(t);
        String problem = Decimals.problem(d);
        if (problem != null) {
            throw error(n, what + " " + problem);
        }
        return d;
    }

    long integer(Node n, String what) {
        String t = plain(n, what, "an integer");
        if (!INTEGER.matcher(t).matches()) {
            throw error(n, what + " must be an integer, got '" + t + "'");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error(n, what + " " + t + " does not fit in a 64-bit integer");
        }
    }

    private String plain(Node n, String what, String kind) {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, what + " must be " + kind + ", got " + describe(n));
        }
        if (!s.isPlain()) {
            throw error(n, what + " must be " + kind + ", got the quoted text '" + s.getValue() + "'");
        }
        if (s.getValue().isEmpty()) {
            throw error(n, what + " must be " + kind + ", got nothing");
        }
        return s.getValue();
    }

    public static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue().isEmpty() && s.isPlain() ? "nothing" : "'" + s.getValue() + "'";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        return n instanceof MappingNode ? "a mapping" : "nothing";
    }

    /** "; did you mean 'x'?" for a near miss ({@link Suggestions}, parley's one rule), else the choices. */
    public static String hint(String got, List<String> choices, String kind) {
        String best = Suggestions.best(got, choices);
        if (best != null) {
            return "; did you mean '" + best + "'?";
        }
        if (choices.size() <= 12) {
            return "; expected a " + kind + " among " + String.join(", ", choices);
        }
        return "";
    }
}
