package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Floats as PyYAML writes them (Python's shortest repr, PyYAML's layout). */
class PythonFloatsTest {

    @Test
    void textbookCases() {
        assertEquals("0.1", PythonFloats.repr(0.1));
        assertEquals("0.13999999999999999", PythonFloats.repr(0.7 * 0.2));
        assertEquals("0.3333333333333333", PythonFloats.repr(1.0 / 3));
        assertEquals("1.0", PythonFloats.repr(1.0));
        assertEquals("-0.0", PythonFloats.repr(-0.0));
        assertEquals("0.0", PythonFloats.repr(0.0));
        assertEquals("10000000000.0", PythonFloats.repr(1e10));
        assertEquals("1000000000000000.0", PythonFloats.repr(1e15));
        assertEquals("1.0e+16", PythonFloats.repr(1e16));
        assertEquals("1.2345678901234568e+17", PythonFloats.repr(123456789012345678.0));
        assertEquals("0.0001", PythonFloats.repr(1e-4));
        assertEquals("1.0e-05", PythonFloats.repr(1e-5));
        assertEquals("1.5e-05", PythonFloats.repr(1.5e-5));
        assertEquals("5.0e-324", PythonFloats.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PythonFloats.repr(Double.MAX_VALUE));
        assertEquals("1.0e+23", PythonFloats.repr(1e23));
        assertEquals(".inf", PythonFloats.repr(Double.POSITIVE_INFINITY));
        assertEquals("-.inf", PythonFloats.repr(Double.NEGATIVE_INFINITY));
        assertEquals(".nan", PythonFloats.repr(Double.NaN));
    }

    @Test
    void everyReprReadsBackAsTheSameDoubleUnderYaml11() {
        long seed = 20240511L;
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 3_000; k++) {
            double d = k % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble() * Math.pow(10, r.nextInt(-30, 30));
            if (Double.isNaN(d)) {
                continue;
            }
            String text = PythonFloats.repr(d);
            assertEquals(d, Yaml11.floating(text), "seed " + seed + ": " + d + " written as " + text);
            assertEquals(true, Yaml11.needsQuotes(text), "seed " + seed + ": " + text + " must read as a float");
        }
    }
}
