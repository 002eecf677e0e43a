package org.parley.formats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The one YAML loader of parley's YAML formats (scenarios, tournaments, case files): snakeyaml-engine's parser and
 * composer (YAML 1.2, no tags resolved to objects, no external anything) with every limit a hostile file could push,
 * each refusal a {@link FormatException} naming the file (or the source name of bytes) and {@code line:column}:
 * <ul>
 * <li>at most {@code maxCodePoints} code points of input;</li>
 * <li>at most {@value #MAX_DEPTH} levels of nesting, checked on the event stream before the recursive composer
 * runs;</li>
 * <li>at most {@value #MAX_COLLECTION_ALIASES} aliases to lists or mappings, and aliases may add at most
 * {@value #MAX_ALIAS_EXPANSION} nodes to the document once expanded (billion laughs: 25 nested pairs of aliases stay
 * under the alias count but expand to 2^25 nodes);</li>
 * <li>no recursive keys; every key plain text (a scalar); no key twice in one mapping.</li>
 * </ul>
 * Cost: linear in the input (shared subtrees are visited once).
 */
public final class SafeYaml {

    /** Deepest nesting of lists and mappings accepted. */
    public static final int MAX_DEPTH = 64;

    /** Most aliases to lists or mappings accepted. */
    public static final int MAX_COLLECTION_ALIASES = 50;

    /** Most nodes that aliases may add to the document once expanded. */
    public static final long MAX_ALIAS_EXPANSION = 100_000;

    /** The source name errors give: a file's path as given, or the name of bytes or a stream; null when unnamed. */
    private final String file;
    private final boolean strictKeys;

    private SafeYaml(String file, boolean strictKeys) {
        this.file = file;
        this.strictKeys = strictKeys;
    }

    /**
     * The single root node of {@code text}, the content of the source named {@code file} (a path as given, an
     * upload's name; null when the text has no name).
     *
     * @throws FormatException when the text is not valid YAML, holds no document, or breaks a limit
     */
    public static Node load(String file, String text, int maxCodePoints) {
        return load(file, text, maxCodePoints, null);
    }

    /**
     * As {@link #load(String, String, int)}, resolving the types of plain scalars with {@code schema} (null: YAML 1.2's
     * core schema, snakeyaml-engine's default, and duplicate keys refused). With a schema (the NegMAS reader passes
     * YAML 1.1's rules) the document is read as PyYAML reads it: keys that are lists or mappings, or given twice, are
     * not refused here, and the reader decides (NegMAS keeps the last of a repeated key); every other limit holds.
     */
    public static Node load(String file, String text, int maxCodePoints, Schema schema) {
        SafeYaml y = new SafeYaml(file, schema == null);
        LoadSettingsBuilder builder = LoadSettings.builder()
                .setLabel(file == null ? "<input>" : file)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setAllowDuplicateKeys(false)
                // snakeyaml-engine 3 refuses non-scalar keys itself, without a position; the readers word it
                .setAllowNonScalarKeys(true)
                .setCodePointLimit(maxCodePoints);
        if (schema != null) {
            builder.setSchema(schema);
        }
        LoadSettings settings = builder.build();
        try {
            y.checkEvents(new Parse(settings).parseString(text));
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                throw new FormatException(file, null, "the file holds no YAML document");
            }
            y.checkTree(root.get());
            return root.get();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            if (e.getContext() != null && e.getProblem() != null) {
                problem += " (" + e.getContext() + e.getContextMark().map(m -> " at " + at(m)).orElse("") + ")";
            }
            throw new FormatException(file, mark.map(SafeYaml::at).orElse(null),
                    problem == null ? "not valid YAML" : problem.strip(), e);
        } catch (YamlEngineException e) {
            throw new FormatException(file, null, e.getMessage(), e);
        }
    }

    /** {@code line:column}, 1-based. */
    public static String at(Mark m) {
        return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    /** {@code line:column} of a node's start, or null. */
    public static String at(Node n) {
        return n.getStartMark().map(SafeYaml::at).orElse(null);
    }

    /** Bounds nesting and aliases to collections on the event stream, so every refusal has a line:column. */
    private void checkEvents(Iterable<Event> events) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event e : events) {
            if (e instanceof CollectionStartEvent c) {
                c.getAnchor().map(Anchor::getValue).ifPresent(collectionAnchors::add);
                if (++depth > MAX_DEPTH) {
                    throw new FormatException(file, e.getStartMark().map(SafeYaml::at).orElse(null),
                            "nesting deeper than " + MAX_DEPTH + " levels");
                }
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            } else if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAlias().getValue())
                    && ++aliases > MAX_COLLECTION_ALIASES) {
                throw new FormatException(file, e.getStartMark().map(SafeYaml::at).orElse(null),
                        "more than " + MAX_COLLECTION_ALIASES + " aliases to lists or mappings; refused as a "
                                + "possible alias bomb");
            }
        }
    }

    /**
     * Keys (plain text, each once per mapping) and the size of the alias expansion, over the composed tree; a node
     * reached again through an alias is counted with its expanded size but not walked again.
     */
    private void checkTree(Node root) {
        Map<Node, Long> sizes = new IdentityHashMap<>();
        long expanded = size(root, sizes);
        if (expanded - sizes.size() > MAX_ALIAS_EXPANSION) {
            throw new FormatException(file, at(root), "aliases expand the document by " + (expanded - sizes.size())
                    + " nodes, more than " + MAX_ALIAS_EXPANSION + "; refused as a possible alias bomb");
        }
    }

    private long size(Node n, Map<Node, Long> sizes) {
        Long known = sizes.get(n);
        if (known != null) {
            return known;
        }
        sizes.put(n, 1L); // depth is bounded and recursive keys are refused, so a cycle cannot recurse forever
        long s = 1;
        if (n instanceof MappingNode m) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (!strictKeys) {
                    s = saturatedAdd(s, size(k, sizes));
                    s = saturatedAdd(s, size(t.getValueNode(), sizes));
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    throw new FormatException(file, at(k), "keys must be plain text, got "
                            + (k instanceof SequenceNode ? "a list" : "a mapping"));
                }
                Node first = seen.putIfAbsent(ks.getValue(), k);
                if (first != null) {
                    throw new FormatException(file, at(k), "duplicate key '" + ks.getValue() + "' (first at "
                            + at(first) + ")");
                }
                s = saturatedAdd(s, size(k, sizes));
                s = saturatedAdd(s, size(t.getValueNode(), sizes));
            }
        } else if (n instanceof SequenceNode q) {
            for (Node c : q.getValue()) {
                s = saturatedAdd(s, size(c, sizes));
            }
        }
        sizes.put(n, s);
        return s;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
