package org.parley.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The documents are written with jackson-core's generator instead of databind's {@code ObjectMapper} (start-up cost);
 * the text must stay byte for byte what the mapper writes for the same tree.
 */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void writesEveryKindOfNodeAsTheMapperDoes() throws Exception {
        ObjectNode root = Json.object();
        root.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é € 𝄞 </script>");
        root.put("empty", "");
        root.put("int", -7);
        root.put("long", Long.MIN_VALUE);
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("float", 0.1f);
        root.put("double", 0.1 + 0.2);
        root.put("tiny", 4.9e-324);
        root.put("huge", 1.7976931348623157e308);
        root.put("negativeZero", -0.0);
        root.put("decimal", new BigDecimal("3.50"));
        root.put("decimalExponent", new BigDecimal("1E+3"));
        root.put("true", true);
        root.put("false", false);
        root.putNull("null");
        root.set("javaNull", null);
        Json.finite(root, "nan", Double.NaN);
        Json.finite(root, "infinity", Double.POSITIVE_INFINITY);
        root.set("numbers", Json.numbers(new double[] {1, 0.5, 1e-9, 1.0 / 3}));
        root.set("strings", Json.strings(List.of("a", "b c")));
        root.putArray("emptyArray");
        root.putObject("emptyObject");
        root.putObject("nested").putArray("deep").addObject().put("k", 1).putArray("v").add(2).addNull();
        String written = Json.write(root);
        assertEquals(MAPPER.writeValueAsString(root), written);
        assertEquals("{\"int\":-7,\"decimal\":3.50,\"nan\":null}", Json.write(Json.object().put("int", -7)
                .put("decimal", new BigDecimal("3.50")).putNull("nan")), "numbers as given, NaN as null");
    }

    @Test
    void randomTreesAreWrittenAsTheMapperWritesThem() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            ObjectNode root = Json.object();
            fill(root, random, 0);
            assertEquals(MAPPER.writeValueAsString(root), Json.write(root), "seed " + seed + ", tree " + i);
        }
    }

    @Test
    void aNodeKindTheDocumentsNeverHoldIsABugNotSilentOutput() {
        ObjectNode root = Json.object();
        root.putPOJO("pojo", new Object());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Json.write(root));
        assertEquals("a JSON node of type POJO in a document (a bug)", e.getMessage());
    }

    private static void fill(ObjectNode o, Random r, int depth) {
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            String key = randomString(r);
            JsonNode v = value(r, depth);
            o.set(key, v);
        }
    }

    private static JsonNode value(Random r, int depth) {
        int kind = r.nextInt(depth > 3 ? 9 : 11);
        return switch (kind) {
            case 0 -> F.textNode(randomString(r));
            case 1 -> F.numberNode(r.nextInt());
            case 2 -> F.numberNode(r.nextLong());
            case 3 -> F.numberNode(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20) * (r.nextBoolean() ? 1 : -1));
            case 4 -> F.numberNode(Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL)); // any finite
            case 5 -> F.numberNode(BigDecimal.valueOf(r.nextLong(), r.nextInt(20) - 5));
            case 6 -> F.booleanNode(r.nextBoolean());
            case 7 -> F.nullNode();
            case 8 -> F.numberNode(r.nextFloat());
            case 9 -> {
                ArrayNode a = F.arrayNode();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    a.add(value(r, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                fill(o, r, depth + 1);
                yield o;
            }
        };
    }

    private static String randomString(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(8);
            s.appendCodePoint(kind == 0 ? r.nextInt(0x300) : kind == 1 ? 0x1F600 + r.nextInt(50) : 'a' + r.nextInt(26));
        }
        return s.toString();
    }
}
