package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;
import org.parley.formats.SafeYaml;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML document as a Jackson tree (for the JSON Schema validator and the reader) plus, for every JSON pointer,
 * the YAML mark of its value and of its key, so that every error names {@code line:column}.
 *
 * <p>Plain scalars are resolved with the YAML 1.2 core schema: {@code ~}, {@code null} and nothing are null,
 * {@code true}/{@code false} booleans, integers and decimals numbers (kept exact), everything else text; quoted
 * scalars are always text. Dates stay text. The limits and refusals (duplicate keys, aliases, nesting) are
 * {@link SafeYaml}'s, as for every parley YAML format.
 */
final class CaseTree {

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");

    /** The source name errors give: a file's path as given, or the name of bytes or a stream; null when unnamed. */
    private final String file;
    private final Map<String, Mark> values = new HashMap<>();
    private final Map<String, Mark> keys = new HashMap<>();
    private final Map<String, Mark> ends = new HashMap<>();
    private JsonNode root;
    private Node yaml;

    private CaseTree(String file) {
        this.file = file;
    }

    /** {@link #parse(String, String)} naming the source by the path as given. */
    static CaseTree parse(Path file, String text) {
        return parse(file == null ? null : file.toString(), text);
    }

    /**
     * Parses {@code text} by {@link SafeYaml} (limits on size, nesting and aliases; keys plain text and never twice
     * in a mapping); syntax errors become {@link FormatException}s with the line and column. {@code file} names the
     * source in errors.
     */
    static CaseTree parse(String file, String text) {
        CaseTree t = new CaseTree(file);
        t.yaml = SafeYaml.load(file, text, CaseYaml.MAX_BYTES + 1);
        t.root = t.convert(t.yaml, "", 0);
        return t;
    }

    private JsonNode convert(Node n, String pointer, int depth) {
        n.getStartMark().ifPresent(m -> values.put(pointer, m));
        n.getEndMark().ifPresent(m -> ends.put(pointer, m));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof MappingNode m) {
            ObjectNode o = f.objectNode();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new FormatException(file, at(t.getKeyNode()), "keys must be plain text");
                }
                String child = pointer + "/" + escape(k.getValue());
                k.getStartMark().ifPresent(mk -> keys.put(child, mk));
                o.set(k.getValue(), convert(t.getValueNode(), child, depth + 1));
            }
            return o;
        }
        if (n instanceof SequenceNode s) {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < s.getValue().size(); i++) {
                a.add(convert(s.getValue().get(i), pointer + "/" + i, depth + 1));
            }
            return a;
        }
        ScalarNode s = (ScalarNode) n;
        String v = s.getValue();
        if (!s.isPlain()) {
            return f.textNode(v);
        }
        if (NULLS.contains(v)) {
            return f.nullNode();
        }
        if (TRUES.contains(v) || FALSES.contains(v)) {
            return f.booleanNode(TRUES.contains(v));
        }
        if (INT.matcher(v).matches()) {
            BigInteger b = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
            return b.bitLength() < 63 ? f.numberNode(b.longValue()) : f.numberNode(b);
        }
        if (FLOAT.matcher(v).matches()) {
            return f.numberNode(new BigDecimal(v.startsWith("+") ? v.substring(1) : v));
        }
        return f.textNode(v);
    }

    /** JSON-pointer escaping of one key. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String at(Mark m) {
        return SafeYaml.at(m);
    }

    private static String at(Node n) {
        return SafeYaml.at(n);
    }

    /** The tree. */
    JsonNode root() {
        return root;
    }

    /** The YAML node tree (for the tranche recorder). */
    Node yaml() {
        return yaml;
    }

    /** {@code line:column} of the value at {@code pointer}, or of its nearest ancestor. */
    String where(String pointer) {
        String p = pointer;
        while (true) {
            Mark m = values.get(p);
            if (m != null) {
                return at(m);
            }
            if (p.isEmpty()) {
                return null;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** {@code line:column} of the key of the member at {@code pointer}, else of its value. */
    String whereKey(String pointer) {
        Mark m = keys.get(pointer);
        return m != null ? at(m) : where(pointer);
    }

    /** An error at the value at {@code pointer}. */
    FormatException error(String pointer, String problem) {
        return new FormatException(file, where(pointer), problem);
    }

    /** An error at the key of the member at {@code pointer}. */
    FormatException keyError(String pointer, String problem) {
        return new FormatException(file, whereKey(pointer), problem);
    }
}
