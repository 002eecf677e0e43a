package org.parley.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A case text (already accepted by {@code CaseYaml}) as a JSON tree with, for each JSON pointer, its YAML node (so
 * that edits can replace exactly the text of one value). Scalars are typed as the case reader types them: the YAML
 * 1.2 core schema, quoted scalars always text, numbers exact.
 */
final class YamlTree {

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Node> keys = new HashMap<>();
    private final JsonNode root;

    private YamlTree(String text) {
        LoadSettings settings = LoadSettings.builder().setAllowRecursiveKeys(false).setMaxAliasesForCollections(50)
                .setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build();
        Optional<Node> node = new Compose(settings).composeString(text);
        root = node.map(n -> convert(n, "")).orElse(JsonNodeFactory.instance.objectNode());
    }

    /** The tree of {@code text}. */
    static YamlTree of(String text) {
        return new YamlTree(text);
    }

    /** The JSON tree. */
    JsonNode root() {
        return root;
    }

    /** The YAML node of the value at {@code pointer}, or null. */
    Node node(String pointer) {
        return nodes.get(pointer);
    }

    /** The YAML key node of the member at {@code pointer}, or null. */
    Node key(String pointer) {
        return keys.get(pointer);
    }

    /** JSON-pointer escaping of one key. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private JsonNode convert(Node n, String pointer) {
        nodes.put(pointer, n);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof MappingNode m) {
            ObjectNode o = f.objectNode();
            for (NodeTuple t : m.getValue()) {
                ScalarNode k = (ScalarNode) t.getKeyNode();
                String child = pointer + "/" + escape(k.getValue());
                keys.put(child, k);
                o.set(k.getValue(), convert(t.getValueNode(), child));
            }
            return o;
        }
        if (n instanceof SequenceNode s) {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < s.getValue().size(); i++) {
                a.add(convert(s.getValue().get(i), pointer + "/" + i));
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
}
