package org.parley.formats.geniusweb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.util.Decimals;
import org.parley.util.SizeLimit;
import org.parley.util.SizeLimitException;

/**
 * One JSON file (or named input) being read: parses it under size and nesting limits and offers typed accessors whose
 * errors name the source and the JSON path ({@code $.a.b['odd key']}) of the offending node.
 */
final class JsonFile {

    /** Largest file accepted, in bytes. */
    static final long MAX_BYTES = 64L << 20;
    /**
     * Files from this size on are walked for their size limits before the tree is built. A smaller file holds at most
     * about 33,000 values (a value takes 4 bytes: {@code "a",}), and building its tree costs little more than walking
     * it.
     */
    static final long WALK_FROM_BYTES = 128 << 10;
    /** Deepest nesting of arrays/objects accepted (GeniusWeb profiles need about 8). */
    static final int MAX_DEPTH = 64;

    /**
     * The parser settings of every GeniusWeb file, apart from the object mapper: a file is first walked with the
     * streaming parser alone, so that one over a limit is refused without loading the mapper.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(1000)
                    .build())
            .build();

    /** The object mapper over {@link #FACTORY}, made on first use. */
    static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    final String source;
    final JsonNode root;

    private JsonFile(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Reads and parses {@code file}, named by its path as given. A large file is first streamed once through the
     * parser without building anything ({@link #walk}), so that one over a size limit is refused after reading only up
     * to the offending value, holding a few kilobytes instead of the whole file and its tree.
     */
    static JsonFile read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size >= WALK_FROM_BYTES && size <= MAX_BYTES) { // a larger file is refused by Sources.read below
                walk(source, in);
            }
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read: " + e, e);
        }
        return parse(source, Sources.read(file, MAX_BYTES), false);
    }

    /** Reads (up to the size limit; the stream is not closed) and parses {@code in}, named {@code source}. */
    static JsonFile read(String source, InputStream in) {
        return parse(source, Sources.read(source, in, MAX_BYTES));
    }

    /** Parses {@code bytes} (UTF-8, not kept); malformed JSON is reported with Jackson's line:column. */
    static JsonFile parse(String source, byte[] bytes) {
        return parse(source, bytes, bytes.length >= WALK_FROM_BYTES);
    }

    private static JsonFile parse(String source, byte[] bytes, boolean walk) {
        Sources.checkSize(source, bytes, MAX_BYTES);
        if (walk) {
            walk(source, new ByteArrayInputStream(bytes));
        }
        try (JsonParser parser = new Counting(source, FACTORY.createParser(reader(bytes)))) {
            JsonNode root = mapper().readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new FormatException(source, null, "file is empty");
            }
            return new JsonFile(source, root);
        } catch (IOException e) {
            throw failure(source, e);
        }
    }

    private static Reader reader(byte[] bytes) {
        return reader(new ByteArrayInputStream(bytes));
    }

    /** Strict UTF-8: a malformed byte is an error, not a replacement character. */
    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    /**
     * Streams the first JSON value of {@code in} through the same parser and {@link Counting} limits as the tree is
     * built with, building nothing: the tokens, the errors and their line:column are those the tree's construction
     * meets, in the same order, so an input the walk passes is then parsed exactly as before, and an input over a
     * limit fails as it would have, but without the work and memory of the values before the limit.
     */
    private static void walk(String source, InputStream in) {
        try (JsonParser parser = new Counting(source, FACTORY.createParser(reader(in)))) {
            JsonToken t = parser.nextToken();
            int depth = t != null && t.isStructStart() ? 1 : 0;
            while (depth > 0 && (t = parser.nextToken()) != null) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw failure(source, e);
        }
    }

    private static FormatException failure(String source, IOException e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation loc = j.getLocation();
            String where = loc == null ? null : loc.getLineNr() + ":" + loc.getColumnNr();
            return new FormatException(source, where, j.getOriginalMessage(), j);
        }
        if (e instanceof CharacterCodingException) {
            return new FormatException(source, null, "file is not valid UTF-8", e);
        }
        return new FormatException(source, null, "cannot read: " + e, e);
    }

    /**
     * Counts, while the tree is being built, the values of the domain's issues (the strings of every
     * {@code issuesValues.*.values} array), the value utilities of a profile (the members of every
     * {@code valueUtilities} object) and the issues (the members of every {@code issuesValues} object), and stops at
     * the first one over {@link SizeLimit#VALUES} or {@link SizeLimit#ISSUES}, with its line:column: a file of
     * millions of values is refused without reading the rest of it or holding its tree.
     */
    private static final class Counting extends JsonParserDelegate {
        private final String source;
        private final long maxValues = SizeLimit.VALUES.value();
        private final long maxIssues = SizeLimit.ISSUES.value();
        private long values;
        private long valueUtilities;
        private long issues;

        Counting(String source, JsonParser parser) {
            super(parser);
            this.source = source;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t == null) {
                return null;
            }
            JsonStreamContext c = getParsingContext();
            JsonStreamContext parent = c.getParent();
            if (t == JsonToken.FIELD_NAME && parent != null) {
                if ("issuesValues".equals(parent.getCurrentName()) && ++issues > maxIssues) {
                    SizeLimitException e = new SizeLimitException(SizeLimit.ISSUES, maxIssues, "issue "
                            + SizeLimit.format(issues) + " ('" + c.getCurrentName() + "')");
                    throw refused(e.getMessage(), e);
                }
                if ("valueUtilities".equals(parent.getCurrentName()) && ++valueUtilities > maxValues) {
                    throw valueLimit("value utility " + SizeLimit.format(valueUtilities));
                }
            } else if (t.isScalarValue() && c.inArray() && parent != null && "values".equals(parent.getCurrentName())
                    && parent.getParent() != null && parent.getParent().getParent() != null
                    && "issuesValues".equals(parent.getParent().getParent().getCurrentName()) && ++values > maxValues) {
                throw valueLimit("value " + SizeLimit.format(values) + " (of issue '"
                        + parent.getParent().getCurrentName() + "')");
            }
            return t;
        }

        private FormatException valueLimit(String what) {
            SizeLimitException e = new SizeLimitException(SizeLimit.VALUES, maxValues, what);
            return refused(e.getMessage(), e);
        }

        private FormatException refused(String problem, Throwable cause) {
            JsonLocation l = currentTokenLocation();
            return new FormatException(source, l.getLineNr() + ":" + l.getColumnNr(), problem, cause);
        }
    }

    /** The path of member {@code key} of the object at {@code path}. */
    static String member(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    FormatException error(String path, String problem) {
        return new FormatException(source, path, problem);
    }

    FormatException error(String path, String problem, Throwable cause) {
        return new FormatException(source, path, problem, cause);
    }

    ObjectNode object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw error(path, "expected a JSON object, got " + describe(n));
        }
        return (ObjectNode) n;
    }

    /** The member {@code key} of {@code o}; an error when absent or null. */
    JsonNode required(ObjectNode o, String path, String key) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            throw error(path, "missing '" + key + "'");
        }
        return n;
    }

    /** Refuses members of {@code o} other than {@code allowed}. */
    void allowOnly(ObjectNode o, String path, List<String> allowed) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(member(path, k), "unknown field '" + k + "'; expected one of " + allowed);
            }
        }
    }

    /** A Jackson type wrapper {@code {"TypeName": {...}}}: exactly one member. */
    Map.Entry<String, JsonNode> wrapper(JsonNode n, String path, String what) {
        ObjectNode o = object(n, path);
        if (o.size() != 1) {
            throw error(path, what + " must be an object with exactly one member naming its type, got "
                    + o.size() + " members");
        }
        return o.properties().iterator().next();
    }

    String text(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw error(path, "expected a string, got " + describe(n));
        }
        return n.textValue();
    }

    /** A finite number as a double (correctly rounded from its decimal text). */
    double number(JsonNode n, String path, String what) {
        if (n == null || !n.isNumber()) {
            throw error(path, "expected a number for the " + what + ", got " + describe(n));
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(path, what + " is not a finite number (" + (n.isBigDecimal() ? n.decimalValue() : d) + ")");
        }
        return d;
    }

    /** A finite number as an exact decimal. */
    BigDecimal decimal(JsonNode n, String path, String what) {
        number(n, path, what);
        BigDecimal d = n.decimalValue();
        String problem = Decimals.problem(d);
        if (problem != null) {
            throw error(path, what + " " + problem);
        }
        return d;
    }

    /** The member names of {@code o}, in file order. */
    static List<String> keys(ObjectNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "string \"" + n.textValue() + "\"";
        }
        if (n.isNumber()) {
            return "number " + n.asText();
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT)
                + (n.isContainerNode() ? "" : " " + n.asText());
    }
}
