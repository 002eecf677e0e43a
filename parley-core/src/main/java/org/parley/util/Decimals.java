package org.parley.util;

import java.math.BigDecimal;

/**
 * The one rule for exact decimals read from files (real-issue bounds, range steps, numeric options): a number is
 * accepted when it is 0 or its magnitude lies in {@code [1e-}{@value #MAX_EXPONENT}{@code , 1e}{@value #MAX_EXPONENT}
 * {@code )} with at most {@value #MAX_DIGITS} significant digits. Beyond that, exact arithmetic on it (a span, the
 * number of steps, a printed point) would need numbers of millions of digits: {@code 1e999999999} or a step of
 * {@code 1e-999999999} would end in an {@link ArithmeticException} or exhaust memory instead of an answer. Checking
 * costs {@code O(digits)}.
 */
public final class Decimals {

    /** Largest decimal exponent accepted, in both directions. */
    public static final int MAX_EXPONENT = 100;

    /** Most significant digits accepted. */
    public static final int MAX_DIGITS = 100;

    private Decimals() {
    }

    /** Why {@code x} is refused, or null when it is accepted. */
    public static String problem(BigDecimal x) {
        if (x.signum() == 0) {
            return null;
        }
        if (x.precision() > 10 * MAX_DIGITS) {
            return "has " + x.precision() + " digits; at most " + MAX_DIGITS + " significant digits are supported";
        }
        BigDecimal s = x.stripTrailingZeros();
        long exponent = (long) s.precision() - s.scale() - 1;
        if (exponent >= MAX_EXPONENT) {
            return "is too large (magnitude 1e" + exponent + "); numbers must lie below 1e" + MAX_EXPONENT;
        }
        if (exponent < -MAX_EXPONENT) {
            return "is too small (magnitude 1e" + exponent + "); non-zero numbers must be at least 1e-" + MAX_EXPONENT;
        }
        if (s.precision() > MAX_DIGITS) {
            return "has " + s.precision() + " significant digits; at most " + MAX_DIGITS + " are supported";
        }
        return null;
    }

    /**
     * {@code x} when accepted.
     *
     * @param what what the number is, e.g. "the upper bound of real issue 'x'"
     * @throws IllegalArgumentException naming {@code what} and the problem
     */
    public static BigDecimal require(BigDecimal x, String what) {
        String p = problem(x);
        if (p != null) {
            throw new IllegalArgumentException(what + " " + p);
        }
        return x;
    }
}
