package org.parley.formats.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parley.methods.CostOfDelay;

/** The three bases of a cost of delay, read from the small case (monthly periods). */
class CostOfDelayReadingTest {

    private static CostOfDelay read(String cost) throws IOException {
        String text = CaseYamlErrorsTest.small();
        String anchor = "      price: {0: 1, 10: 0}\n";
        assertTrue(text.contains(anchor + "documents:"));
        text = text.replace(anchor + "documents:", anchor + "    costOfDelay: " + cost + "\ndocuments:");
        return CaseYaml.parse(text, CaseYamlErrorsTest.FILE).preferences().get(1).costOfDelay();
    }

    @Test
    void defenceSpendingAboveTheBaseline() throws IOException {
        // 6.3% of GDP against a 3.0% baseline, the stake one year of GDP, monthly: c/V = 0.033/12 = 0.00275
        CostOfDelay c = read("{gdpShare: 0.063, baselineShare: 0.03, stakeGdpYears: 1}");
        assertEquals(0.00275, c.rate(), 1e-15);
        assertEquals(Math.exp(-0.00275), c.delta(), 1e-15);
        assertEquals("c/V = (0.063 − 0.03) / 1 GDP-years / 12 months a year = 0.00275 per month; "
                + "δ = exp(−c/V) = 0.997254", c.derivation());
        // a stake of two years of GDP halves it
        assertEquals(0.001375, read("{gdpShare: 0.063, baselineShare: 0.03, stakeGdpYears: 2}").rate(), 1e-15);
    }

    @Test
    void spendingAtOrBelowTheBaselineCostsNothing() throws IOException {
        CostOfDelay c = read("{gdpShare: 0.02, baselineShare: 0.03, stakeGdpYears: 1}");
        assertEquals(0, c.rate());
        assertEquals(1, c.delta());
    }

    @Test
    void aLossPerPeriodAgainstTheStake() throws IOException {
        // 2·10^8 a month against 10^10: c/V = 0.02
        CostOfDelay c = read("{lossPerPeriod: 2.0e8, stake: 1.0e10}");
        assertEquals(0.02, c.rate(), 1e-15);
        assertEquals(Math.exp(-0.02), c.delta(), 1e-15);
    }

    @Test
    void deltaAsGiven() throws IOException {
        assertEquals(0.99, read("{delta: 0.99}").delta(), 1e-15);
    }
}
