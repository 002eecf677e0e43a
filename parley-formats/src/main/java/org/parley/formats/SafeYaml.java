package org.parley.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
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
 * <li>no recursive keys; every key plain text (a scalar); no key twice in one mapping;</li>
 * <li>for a parley scenario ({@link #loadScenario}): at most {@link SizeLimit#VALUES} values listed under
 * {@code issues[*].values} and at most {@link SizeLimit#ISSUES} issues, counted as the parser reaches them, so a
 * file of millions of values is refused at the first value over the limit.</li>
 * </ul>
 * The limits are checked on the event stream as the composer consumes it (one pass over the text; the recursive
 * composer never sees a nesting over the limit). Cost: linear in the input (shared subtrees are visited once).
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
        return load(file, text, maxCodePoints, schema, false);
    }

    /**
     * As {@link #load(String, String, int)} for a parley scenario: also counts the values listed under
     * {@code issues[*].values} and the issues while parsing, and refuses the first over {@link SizeLimit#VALUES} or
     * {@link SizeLimit#ISSUES}.
     */
    public static Node loadScenario(String file, String text, int maxCodePoints) {
        return load(file, text, maxCodePoints, null, true);
    }

    private static Node load(String file, String text, int maxCodePoints, Schema schema, boolean scenario) {
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
            Parser parser = y.new Checked(new ParserImpl(settings, new StreamReader(settings, text)), scenario);
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
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

    /**
     * Refuses a parley scenario over {@link SizeLimit#ISSUES} or {@link SizeLimit#VALUES} from a quick scan of its
     * bytes (read from {@code in}, not closed), with the message {@link #loadScenario} would give, before the YAML
     * parser, slow in a fresh JVM, reads it; returns when the scan finds nothing to refuse (or cannot tell). See
     * {@code YamlLimitScan}.
     *
     * @throws FormatException the refusal
     * @throws IOException when {@code in} cannot be read
     */
    public static void checkScenarioLimits(String file, InputStream in) throws IOException {
        YamlLimitScan.check(file, in);
    }

    /** The refusal of the {@code issues}-th issue of a scenario. */
    static FormatException issueLimit(String file, String where, long issues, long maxIssues) {
        SizeLimitException limit = new SizeLimitException(SizeLimit.ISSUES, maxIssues, "issue "
                + SizeLimit.format(issues));
        return new FormatException(file, where, limit.getMessage(), limit);
    }

    /** The refusal of the {@code values}-th value of a scenario, listed in its {@code issue}-th issue. */
    static FormatException valueLimit(String file, String where, long values, long maxValues, long issue) {
        SizeLimitException limit = new SizeLimitException(SizeLimit.VALUES, maxValues, "value "
                + SizeLimit.format(values) + " (in issue " + SizeLimit.format(issue) + ")");
        return new FormatException(file, where, limit.getMessage(), limit);
    }

    /** {@code line:column}, 1-based. */
    public static String at(Mark m) {
        return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    /** {@code line:column} of a node's start, or null. */
    public static String at(Node n) {
        return n.getStartMark().map(SafeYaml::at).orElse(null);
    }

    /**
     * The parser the composer reads: passes every event on after bounding nesting and aliases to collections (so every
     * refusal has a line:column and the recursive composer never goes deeper than the limit) and, for a scenario,
     * counting its values and issues.
     */
    private final class Checked implements Parser {
        private final Parser parser;
        private final boolean scenario;
        private final long maxValues = SizeLimit.VALUES.value();
        private final long maxIssues = SizeLimit.ISSUES.value();
        private int depth;
        private int aliases;
        private long values;
        private long issues;
        private final Set<String> collectionAnchors = new HashSet<>();
        /** The open collections, outermost first. */
        private final List<Frame> open = new ArrayList<>();

        Checked(Parser parser, boolean scenario) {
            this.parser = parser;
            this.scenario = scenario;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            check(e);
            if (scenario) {
                count(e);
            }
            return e;
        }

        private void check(Event e) {
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

        /** Tracks the path of the event (keys and list steps from the root) and counts values and issues. */
        private void count(Event e) {
            Event.ID id = e.getEventId();
            if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                Frame done = open.remove(open.size() - 1);
                if (!open.isEmpty()) {
                    Frame parent = open.get(open.size() - 1);
                    parent.expectKey = parent.mapping && !done.isKey;
                }
                return;
            }
            boolean collection = id == Event.ID.MappingStart || id == Event.ID.SequenceStart;
            if (!collection && id != Event.ID.Scalar && id != Event.ID.Alias) {
                return;
            }
            Frame top = open.isEmpty() ? null : open.get(open.size() - 1);
            if (top != null && top.expectKey) {
                // a key: a scalar names the value that follows; a list or mapping as a key is refused later
                top.key = e instanceof ScalarEvent k ? k.getValue() : null;
                top.expectKey = false;
                if (collection) {
                    open.add(new Frame(id == Event.ID.MappingStart, true));
                }
                return;
            }
            if (open.size() == 2 && inScenarioIssues() && ++issues > maxIssues) {
                throw issueLimit(file, e.getStartMark().map(SafeYaml::at).orElse(null), issues, maxIssues);
            }
            if (open.size() == 4 && inScenarioIssues() && open.get(2).mapping && "values".equals(open.get(2).key)
                    && !open.get(3).mapping && ++values > maxValues) {
                throw valueLimit(file, e.getStartMark().map(SafeYaml::at).orElse(null), values, maxValues, issues);
            }
            if (collection) {
                open.add(new Frame(id == Event.ID.MappingStart, false));
            } else if (top != null && top.mapping) {
                top.expectKey = true;
            }
        }

        /** The path so far starts at the root mapping's {@code issues} list. */
        private boolean inScenarioIssues() {
            return open.get(0).mapping && "issues".equals(open.get(0).key) && !open.get(1).mapping;
        }
    }

    /** An open list or mapping of the event stream. */
    private static final class Frame {
        final boolean mapping;
        final boolean isKey;
        String key;
        boolean expectKey;

        Frame(boolean mapping, boolean isKey) {
            this.mapping = mapping;
            this.isKey = isKey;
            this.expectKey = mapping;
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
