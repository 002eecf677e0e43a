package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.domain.IntegerIssue;
import org.parley.domain.RealIssue;

/**
 * Issue 13: one issue of 10^6 values, a real issue of 10^7 points, 10^4 issues: every domain is bounded by its number
 * of values before any profile scores them, with a message that names the limit and how to raise it.
 */
class SizeLimitTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDomainAboveTheValueLimitIsRefusedNamingTheLimitAndItsProperty() {
        long limit = SizeLimit.VALUES.defaultValue();
        assertEquals(limit, SizeLimit.VALUES.value(), "no test sets the property for good");
        SizeLimitException e = assertThrows(SizeLimitException.class, () -> new Domain("huge",
                List.of(new IntegerIssue("n", 1, limit), new IntegerIssue("m", 1, 2))));
        assertEquals("domain 'huge' has 100,002 values over its 2 issues, above the limit of 100,000 values in one "
                + "domain (summed over its issues) (raise it with the Java system property parley.maxValues)",
                e.getMessage());
        assertEquals(SizeLimit.VALUES, e.limit());
        assertFalse(e.getMessage().contains("--"), "no command-line flag below the command line");
        new Domain("at the limit", List.of(new IntegerIssue("n", 1, limit)));
        assertThrows(SizeLimitException.class, () -> new Domain("points", List.of(new RealIssue("x",
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, Issue.MAX_VALUES - 1))));
    }

    @Test
    void thePropertyRaisesTheLimit() {
        String key = SizeLimit.VALUES.property();
        String before = System.getProperty(key);
        try {
            System.setProperty(key, "1_000_000");
            assertEquals(1_000_000, SizeLimit.VALUES.value());
            assertEquals(600_000, new Domain("raised", List.of(new IntegerIssue("n", 1, 600_000))).issue(0).size());
            System.setProperty(key, "not a number");
            assertEquals(SizeLimit.VALUES.defaultValue(), SizeLimit.VALUES.value());
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void aDomainAboveTheIssueLimitIsRefusedAndThePropertyRaisesIt() {
        List<Issue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            issues.add(new IntegerIssue("i" + i, 0, 1));
        }
        SizeLimitException e = assertThrows(SizeLimitException.class, () -> new Domain("wide", issues));
        assertEquals("domain 'wide' has 1,001 issues, above the limit of 1,000 issues in one domain (raise it with the "
                + "Java system property parley.maxIssues)", e.getMessage());
        assertEquals(SizeLimit.ISSUES, e.limit());
        assertEquals(1_000, new Domain("at the limit", issues.subList(0, 1_000)).issues().size());
        String key = SizeLimit.ISSUES.property();
        String before = System.getProperty(key);
        try {
            System.setProperty(key, "2000");
            assertEquals(1_001, new Domain("raised", issues).issues().size());
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
