package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.domain.RealIssue;

/**
 * Issue 13: real-issue bounds like {@code 1e999999999} ended in "internal error: ArithmeticException: BigInteger
 * would overflow supported range" or exhausted memory. The rule refuses them before any arithmetic.
 */
class DecimalsTest {

    @Test
    void ordinaryNumbersPass() {
        for (String s : new String[] {"0", "-0.0", "1", "0.30000000000000004", "1e99", "-1e99", "1e-100", "123.456",
            "1000000000000000000000"}) {
            assertNull(Decimals.problem(new BigDecimal(s)), s);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void extremeExponentsAndDigitCountsAreRefusedAtOnce() {
        assertTrue(Decimals.problem(new BigDecimal("1e999999999")).startsWith("is too large (magnitude 1e999999999)"));
        assertTrue(Decimals.problem(new BigDecimal("-1e100")).startsWith("is too large"));
        assertTrue(Decimals.problem(new BigDecimal("1e-999999999")).startsWith("is too small"));
        assertTrue(Decimals.problem(new BigDecimal("1e-101")).startsWith("is too small"));
        assertTrue(Decimals.problem(new BigDecimal("1." + "3".repeat(150))).contains("significant digits"));
        assertTrue(Decimals.problem(new BigDecimal("0." + "7".repeat(100_000))).contains("digits"));
    }

    @Test
    void aRealIssueWithAnAbsurdBoundIsBadInputNotAnInternalError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RealIssue("x", BigDecimal.ZERO, new BigDecimal("1e999999999"), 20));
        assertEquals("the upper bound of real issue 'x' is too large (magnitude 1e999999999); numbers must lie below "
                + "1e100", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RealIssue("x", new BigDecimal("1e-999999999"), new BigDecimal("2e-999999999"), 20));
    }
}
