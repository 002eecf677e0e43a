package org.parley.server.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reading and checking request bodies; every refusal names the JSON pointer of the offending value. */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Bodies() {
    }

    /** The body as UTF-8 text. */
    static String text(Context ctx) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("", "the body is not valid UTF-8");
        }
    }

    /** The body as a JSON object. */
    static JsonNode object(Context ctx) {
        String t = text(ctx);
        if (t.isBlank()) {
            throw ApiError.badRequest("", "the body is empty; send a JSON object");
        }
        JsonNode n;
        try {
            n = JSON.readTree(t);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiError.badRequest("", "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest("", "the body must be a JSON object");
        }
        finite(n, "");
        return n;
    }

    private static void finite(JsonNode n, String pointer) {
        if (n.isNumber() && n.isFloatingPointNumber() && !n.isBigDecimal() && !Double.isFinite(n.doubleValue())) {
            throw ApiError.badRequest(pointer, "numbers must be finite");
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                finite(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                finite(n.get(i), pointer + "/" + i);
            }
        }
    }

    /** The text member {@code key} (required). */
    static String string(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' is required");
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' must be text");
        }
        return v.asText();
    }

    /** The text member {@code key}, or {@code dflt} when absent or null. */
    static String string(JsonNode body, String key, String dflt) {
        JsonNode v = body.get(key);
        return v == null || v.isNull() ? dflt : string(body, key);
    }

    /** The boolean member {@code key}, or {@code dflt}. */
    static boolean bool(JsonNode body, String key, boolean dflt) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw ApiError.badRequest("/" + key, "'" + key + "' must be true or false");
        }
        return v.booleanValue();
    }

    /** The date member {@code key} (YYYY-MM-DD). */
    static LocalDate date(JsonNode body, String key) {
        String s = string(body, key);
        try {
            if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("/" + key, "'" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A date query parameter, or null. */
    static LocalDate dateParam(Context ctx, String name) {
        String s = ctx.queryParam(name);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "?" + name, "?" + name + "=" + s + " is not a date (YYYY-MM-DD)");
        }
    }
}
