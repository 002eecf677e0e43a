package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleTestsTest {

    @Test
    void studentTailsMatchTables() {
        // two-sided critical values: t(0.975; 10) = 2.228139, t(0.995; 39) = 2.707913, t(0.975; 1) = 12.7062
        assertEquals(0.05, SampleTests.studentTwoSided(2.228139, 10), 1e-6);
        assertEquals(0.01, SampleTests.studentTwoSided(2.707913, 39), 1e-6);
        assertEquals(0.05, SampleTests.studentTwoSided(12.7062, 1), 1e-5);
        // t = 2 with 10 df: p = 0.073388
        assertEquals(0.073388, SampleTests.studentTwoSided(2.0, 10), 1e-6);
        assertEquals(1.0, SampleTests.studentTwoSided(0, 5), 1e-12);
    }

    @Test
    void welchReducesToTheTTableForEqualSamples() {
        // means 1 and 0, sd 1 in both groups of 6: t = 1/sqrt(1/3) = 1.7321, df = 10, p = 0.113937
        assertEquals(0.113937, SampleTests.welch(1, 1, 6, 0, 1, 6), 1e-6);
        assertEquals(1.0, SampleTests.welch(0.5, 0, 40, 0.5, 0, 40));
        assertEquals(0.0, SampleTests.welch(0.5, 0, 40, 0.6, 0, 40));
    }

    @Test
    void fisherMatchesTheTextbookTable() {
        // 1 of 10 vs 11 of 14: two-sided p = 0.002759 (the standard worked example)
        assertEquals(0.002759, SampleTests.fisher(1, 10, 11, 14), 1e-6);
        assertEquals(1.0, SampleTests.fisher(40, 40, 40, 40), 1e-12);
        // 0 of 40 vs 5 of 40: p = 2·C(40,5)/C(80,5) = 0.054743
        assertEquals(0.0547427, SampleTests.fisher(0, 40, 5, 40), 1e-6);
    }

    @Test
    void logGammaIsExactOnFactorials() {
        assertEquals(Math.log(3628800), SampleTests.logGamma(11), 1e-12);
        assertEquals(0.5 * Math.log(Math.PI), SampleTests.logGamma(0.5), 1e-12);
    }
}
