package org.parley.formats.negmas;

/** Issue values as NegMAS compares and prints them: numbers by value across int and float, text by equality. */
final class Values {

    private Values() {
    }

    /**
     * A key under which equal values (in Python's sense for text and numbers) are equal: 2 and 2.0 share a key,
     * the text "2" does not.
     */
    static Object key(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63) {
            return (long) (double) d;
        }
        return v;
    }

    /** The value as a parley label: text as is, integers in decimal, floats in Python's shortest form. */
    static String label(Object v) {
        if (v instanceof Double d) {
            return PythonFloats.repr(d);
        }
        return String.valueOf(v);
    }

    /** The value for messages: text in quotes, numbers bare. */
    static String show(Object v) {
        return v instanceof String s ? "'" + s + "'" : label(v);
    }

    /** The value as a double, for numeric value functions. */
    static double number(Object v) {
        return ((Number) v).doubleValue();
    }
}
