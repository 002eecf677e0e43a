package org.parley.formats.negmas;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * YAML 1.1 scalar typing as PyYAML's safe loader applies it, which is what NegMAS reads and writes with.
 *
 * <p>It differs from YAML 1.2 (snakeyaml-engine's default) on exactly the cases NegMAS files run into: {@code 0_20}
 * is the octal integer 16, {@code 012} is 10, {@code 1:30} is 90 (base 60), {@code yes/no/on/off} are booleans, and a
 * float needs a dot in its mantissa and a signed exponent ({@code 1.0e-05} is a float, {@code 1e-05} and
 * {@code 1.0E10} are text). Quoted scalars are always text. Dates are recognised so that they can be refused.
 */
final class Yaml11 implements Schema {

    static final Yaml11 SCHEMA = new Yaml11();

    static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");

    private static final Pattern BOOL = Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
            + "|on|On|ON|off|Off|OFF");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIME = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
            + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");

    private static final ScalarResolver RESOLVER = (value, implicit) -> {
        if (implicit == null || !implicit) {
            return Tag.STR;
        }
        if (BOOL.matcher(value).matches()) {
            return Tag.BOOL;
        }
        if (INT.matcher(value).matches()) {
            return Tag.INT;
        }
        if (FLOAT.matcher(value).matches()) {
            return Tag.FLOAT;
        }
        if (NULL.matcher(value).matches()) {
            return Tag.NULL;
        }
        if (TIME.matcher(value).matches()) {
            return TIMESTAMP;
        }
        return Tag.STR;
    };

    private Yaml11() {
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of();
    }

    /** True for a plain scalar that YAML 1.1 would read as something other than text (so it must be quoted). */
    static boolean needsQuotes(String text) {
        return RESOLVER.resolve(text, true) != Tag.STR;
    }

    /**
     * The value of a scalar node under YAML 1.1: a {@link String}, {@link Long}, {@link BigInteger} (beyond 64 bits),
     * {@link Double}, {@link Boolean} or null; a date is returned as its text wrapped in {@link Date}.
     *
     * @throws IllegalArgumentException for a tag that is not one of YAML 1.1's scalar types, or a text that does not
     *                                  match its explicit tag
     */
    static Object value(ScalarNode n) {
        Tag tag = n.getTag();
        String t = n.getValue();
        if (tag.equals(Tag.STR)) {
            return t;
        }
        if (tag.equals(Tag.INT)) {
            if (!INT.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + t + "' is tagged !!int but is not an integer");
            }
            return integer(t);
        }
        if (tag.equals(Tag.FLOAT)) {
            if (INT.matcher(t).matches()) {
                return integer(t) instanceof Long l ? (double) l : ((BigInteger) integer(t)).doubleValue();
            }
            if (!FLOAT.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + t + "' is tagged !!float but is not a YAML 1.1 float");
            }
            return floating(t);
        }
        if (tag.equals(Tag.BOOL)) {
            if (!BOOL.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + t + "' is tagged !!bool but is not a YAML 1.1 boolean");
            }
            String l = t.toLowerCase(Locale.ROOT);
            return l.equals("yes") || l.equals("true") || l.equals("on");
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(TIMESTAMP)) {
            return new Date(t);
        }
        throw new IllegalArgumentException("unsupported tag " + tag.getValue() + " (NegMAS scenario files hold only "
                + "text, numbers, booleans, lists and mappings)");
    }

    /** A date or time that PyYAML would turn into a date object; NegMAS scenarios have no use for one. */
    record Date(String text) {
    }

    /** YAML 1.1 integer text to a Long, or a BigInteger beyond 64 bits. */
    static Object integer(String text) {
        String t = text.replace("_", "");
        int sign = 1;
        if (t.startsWith("-")) {
            sign = -1;
            t = t.substring(1);
        } else if (t.startsWith("+")) {
            t = t.substring(1);
        }
        BigInteger v;
        if (t.equals("0")) {
            v = BigInteger.ZERO;
        } else if (t.startsWith("0b")) {
            v = new BigInteger(t.substring(2), 2);
        } else if (t.startsWith("0x")) {
            v = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0")) {
            v = new BigInteger(t.substring(1), 8);
        } else if (t.contains(":")) {
            v = BigInteger.ZERO;
            for (String digit : t.split(":")) {
                v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(digit));
            }
        } else {
            v = new BigInteger(t);
        }
        if (sign < 0) {
            v = v.negate();
        }
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** YAML 1.1 float text to a double. */
    static double floating(String text) {
        String t = text.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = 1;
        if (t.startsWith("-")) {
            sign = -1;
            t = t.substring(1);
        } else if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        if (t.contains(":")) {
            double v = 0;
            for (String digit : t.split(":")) {
                v = v * 60 + Double.parseDouble(digit);
            }
            return sign * v;
        }
        return sign * Double.parseDouble(t);
    }
}
