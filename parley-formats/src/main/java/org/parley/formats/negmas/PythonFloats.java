package org.parley.formats.negmas;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats written the way PyYAML writes them, so that NegMAS reads back exactly the same double.
 *
 * <p>The digits are the shortest decimal that converts back to the same double (the closest such decimal), as
 * Python's {@code repr}. The layout follows PyYAML: plain notation for decimal exponents -4..15, otherwise scientific
 * with a dot in the mantissa and a signed exponent of at least two digits ({@code 1.0e+16}, {@code 1.5e-05}); a
 * YAML 1.1 reader takes {@code 1e-05} or {@code 1.0E10} for text. Infinities and NaN are {@code .inf},
 * {@code -.inf} and {@code .nan}.
 */
final class PythonFloats {

    private PythonFloats() {
    }

    /** The YAML text of {@code d}. */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d);
        String sign = d < 0 ? "-" : "";
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale();
        if (exponent >= -4 && exponent < 16) {
            String plain = abs.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** The shortest decimal that reads back as {@code d} (closest to d among decimals of that length). */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r;
            }
        }
        return exact.round(MathContext.DECIMAL64);
    }
}
