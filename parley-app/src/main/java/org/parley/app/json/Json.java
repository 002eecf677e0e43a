package org.parley.app.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers of the documents: arrays of numbers and strings, one-line output.
 *
 * <p>The documents are built as trees and written with jackson-core's streaming generator, not with databind's
 * {@code ObjectMapper}: creating a mapper costs more than a short command's whole work (its serializer and
 * introspection machinery is several hundred classes), and a tree of objects, arrays, strings, numbers, booleans and
 * nulls needs none of it. The output is byte for byte what {@code ObjectMapper.writeValueAsString} writes for the
 * same tree with its default settings.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode numbers(double[] xs) {
        ArrayNode a = F.arrayNode();
        for (double x : xs) {
            a.add(x);
        }
        return a;
    }

    static ArrayNode strings(List<String> items) {
        ArrayNode a = F.arrayNode();
        items.forEach(a::add);
        return a;
    }

    /** Puts {@code v}, or null when it is NaN or infinite (JSON has no such numbers). */
    static void finite(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** One line of JSON. */
    static String write(ObjectNode root) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            write(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON tree (a bug): " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** Writes {@code node} and its children in document order; refuses a node kind the documents never hold. */
    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case DOUBLE -> g.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                    default -> throw new IllegalStateException("a JSON number of type " + node.numberType()
                            + " in a document (a bug)");
                }
            }
            default -> throw new IllegalStateException("a JSON node of type " + node.getNodeType()
                    + " in a document (a bug)");
        }
    }
}
