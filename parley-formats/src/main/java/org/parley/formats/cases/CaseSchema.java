package org.parley.formats.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.parley.formats.FormatException;

/**
 * Validates a case tree against {@code docs/case.schema.json} (JSON Schema draft-07, read from the classpath) with
 * networknt's validator, and reports the first error in file order as {@code file:line:col: problem}.
 */
final class CaseSchema {

    /** Where the schema is on the classpath. */
    static final String RESOURCE = "org/parley/formats/cases/case.schema.json";

    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static final String NON_BLANK_PATTERN = "\\S";

    private CaseSchema() {
    }

    /** The schema, read once on first use (the class-holder idiom: final, lazily and safely initialised). */
    private static final class Loaded {
        static final JsonNode TREE;
        static final Schema SCHEMA;

        static {
            try (InputStream in = CaseSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the case schema " + RESOURCE + " is missing from the classpath");
                }
                TREE = new ObjectMapper().readTree(in);
                SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
                SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        b -> b.schemaRegistryConfig(config)).getSchema(TREE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the case schema", e);
            }
        }

        private Loaded() {
        }
    }

    /** The schema as a tree. */
    static JsonNode tree() {
        return Loaded.TREE;
    }

    /** Throws the first schema error, in file order, if there is one. */
    static void validate(CaseTree tree) {
        List<Error> errors = Loaded.SCHEMA.validate(tree.root());
        if (errors.isEmpty()) {
            return;
        }
        List<FormatException> found = new ArrayList<>();
        List<FormatException> unknownKeys = new ArrayList<>();
        for (Error m : errors) {
            ("additionalProperties".equals(m.getKeyword()) ? unknownKeys : found).add(describe(tree, m));
        }
        // a misspelt key also makes a required key missing: the unknown key, with its hint, says more
        List<FormatException> first = unknownKeys.isEmpty() ? found : unknownKeys;
        first.sort(Comparator.comparing((FormatException e) -> position(e.location()))
                .thenComparing(FormatException::getMessage));
        throw first.get(0);
    }

    private static long position(String location) {
        if (location == null) {
            return Long.MAX_VALUE;
        }
        String[] lc = location.split(":");
        return Long.parseLong(lc[0]) * 100_000 + Long.parseLong(lc[1]);
    }

    private static FormatException describe(CaseTree tree, Error m) {
        String pointer = m.getInstanceLocation().toString();
        String name = name(pointer);
        JsonNode value = m.getInstanceNode();
        switch (m.getKeyword()) {
            case "required":
                return tree.error(pointer, (name.isEmpty() ? "the case" : name) + " needs '" + m.getProperty() + "'");
            case "additionalProperties": {
                String key = m.getProperty();
                return tree.keyError(pointer + "/" + CaseTree.escape(key), "unknown key '" + key + "'"
                        + Hints.hint(key, allowed(m), "key"));
            }
            case "enum":
                return tree.error(pointer, name + ": '" + text(value) + "' is not one of "
                        + String.join(", ", enumValues(m.getSchemaNode())));
            case "const":
                return tree.error(pointer, name + " must be " + m.getSchemaNode());
            case "type":
                return tree.error(pointer, name + " must be " + typeName(m.getSchemaNode()) + ", got "
                        + describe(value));
            case "pattern":
                if (NON_BLANK_PATTERN.equals(m.getSchemaNode().asText())) {
                    return tree.error(pointer, name + " is empty; it needs some text");
                }
                return tree.error(pointer, DATE_PATTERN.equals(m.getSchemaNode().asText())
                        ? name + ": '" + text(value) + "' is not a date; write YYYY-MM-DD"
                        : name + ": '" + text(value) + "' is not a valid id (letters, digits, '.', '_', '-')");
            case "maximum":
                return tree.error(pointer, name + ": " + text(value) + " is above the largest value allowed here, "
                        + bound(m.getSchemaNode()));
            case "minimum":
                return tree.error(pointer, name + ": " + text(value) + " is below the smallest value allowed here, "
                        + bound(m.getSchemaNode()));
            default:
                String msg = m.getMessage();
                String prefix = pointer + ": ";
                if (msg.startsWith(prefix)) {
                    msg = msg.substring(prefix.length());
                }
                return tree.error(pointer, (name.isEmpty() ? "" : name + ": ") + msg);
        }
    }

    /** The last key or index of a pointer, for messages. */
    private static String name(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (last.chars().allMatch(Character::isDigit)) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            return name(parent) + "[" + last + "]";
        }
        return last;
    }

    private static List<String> allowed(Error m) {
        String location = m.getSchemaLocation().getFragment().toString();
        if (!location.endsWith("/additionalProperties")) {
            return List.of();
        }
        JsonNode parent = tree().at(location.substring(0, location.length() - "/additionalProperties".length()));
        List<String> out = new ArrayList<>();
        Iterator<String> it = parent.path("properties").fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    /** A bound of the schema, whole numbers with thousands separators (1,000,000,000,000). */
    private static String bound(JsonNode n) {
        return n.isIntegralNumber() ? String.format(java.util.Locale.ROOT, "%,d", n.longValue()) : n.asText();
    }

    private static List<String> enumValues(JsonNode schemaNode) {
        List<String> out = new ArrayList<>();
        schemaNode.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String typeName(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(typeWord(t.asText())));
        } else {
            names.add(typeWord(type.asText()));
        }
        return String.join(" or ", names);
    }

    private static String typeWord(String t) {
        switch (t) {
            case "object":
                return "a mapping (key: value)";
            case "array":
                return "a list";
            case "string":
                return "text";
            case "integer":
                return "a whole number";
            case "number":
                return "a number";
            case "boolean":
                return "true or false";
            default:
                return "nothing (~)";
        }
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        return "'" + v.asText() + "'";
    }

    private static String text(JsonNode v) {
        return v == null ? "" : v.isValueNode() ? v.asText() : v.toString();
    }
}
