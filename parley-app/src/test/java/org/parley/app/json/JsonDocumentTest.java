package org.parley.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the JSON documents: one copy (docs/schema/, shipped in the jar), valid draft 2020-12 schemas, closed
 * wherever a document has named keys, and every key described in docs/json.md. That real output validates is
 * JsonSchemaOutputIT's job (parley-cli).
 */
class JsonDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theJarShipsExactlyTheSchemasInDocs() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(DOCS.resolve("schema"))) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> documents = new TreeSet<>();
        for (JsonDocument d : JsonDocument.values()) {
            documents.add(d.schemaFile());
            assertEquals(Files.readString(DOCS.resolve("schema").resolve(d.schemaFile())), d.schema(), d.name());
        }
        assertEquals(documents, files, "docs/schema holds one schema per document and nothing else");
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (JsonDocument d : JsonDocument.values()) {
            JsonNode schema = JSON.readTree(d.schema());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), d.name());
            List<Error> errors = meta.validate(schema);
            assertTrue(errors.isEmpty(), d + ": " + errors);
            JsonNode broken = JSON.readTree(d.schema().replaceFirst("\"type\": \"object\"", "\"type\": \"thing\""));
            assertTrue(!meta.validate(broken).isEmpty(), "the meta-schema check can fail");
        }
    }

    @Test
    void everyObjectWithNamedKeysIsClosedAndRequiresEachKey() throws IOException {
        for (JsonDocument d : JsonDocument.values()) {
            List<String> objects = new ArrayList<>();
            walk(JSON.readTree(d.schema()), "#", d, objects);
            assertTrue(objects.contains("#"), d + ": the root is an object with named keys");
        }
    }

    private static void walk(JsonNode n, String at, JsonDocument d, List<String> objects) {
        if (n.isObject()) {
            JsonNode props = n.get("properties");
            if (props != null && !at.matches(".*/(allOf|anyOf|oneOf)/\\d+/(if|then|else)$")
                    && !at.matches(".*/(if|then|else)$")) {
                assertEquals(false, n.path("additionalProperties").asBoolean(true), d + " " + at
                        + ": additionalProperties must be false");
                Set<String> required = new TreeSet<>();
                n.path("required").forEach(r -> required.add(r.asText()));
                Set<String> named = new TreeSet<>();
                props.fieldNames().forEachRemaining(named::add);
                assertEquals(named, required, d + " " + at + ": every key is always written, so every key is required");
                objects.add(at);
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                walk(e.getValue(), at + "/" + e.getKey(), d, objects);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), at + "/" + i, d, objects);
            }
        }
    }

    @Test
    void jsonMdDescribesEveryKeyOfEveryDocument() throws IOException {
        String md = Files.readString(DOCS.resolve("json.md"));
        for (JsonDocument d : JsonDocument.values()) {
            String link = "schema/" + d.schemaFile();
            int at = md.indexOf(link);
            assertTrue(at >= 0, "docs/json.md links " + link);
            int start = md.lastIndexOf("\n## ", at);
            int end = md.indexOf("\n## ", at);
            String section = md.substring(start, end < 0 ? md.length() : end);
            Set<String> keys = new TreeSet<>();
            keys(JSON.readTree(d.schema()), keys);
            for (String key : keys) {
                assertTrue(section.contains("`" + key + "`") || section.contains("." + key + "`"),
                        "docs/json.md, section of " + d.schemaFile() + ", describes `" + key + "`");
            }
        }
    }

    private static void keys(JsonNode n, Set<String> out) {
        if (n.isObject()) {
            JsonNode props = n.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            n.elements().forEachRemaining(c -> keys(c, out));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> keys(c, out));
        }
    }
}
