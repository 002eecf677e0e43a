package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.Profile;

/** The enumeration limit: refused one outcome above it, with a message that names no front end's flag. */
class OutcomeSpaceLimitTest {

    private static List<Profile> nonLinear() {
        Domain domain = new Domain("cube", List.of(new IntegerIssue("x", 0, 9), new IntegerIssue("y", 0, 9),
                new IntegerIssue("z", 0, 9)));
        SplittableRandom r = new SplittableRandom(3);
        return List.of(new Profile("a", RandomScenarios.rectangles(r, domain), 0, 1),
                new Profile("b", RandomScenarios.rectangles(r, domain), 0, 1));
    }

    @Test
    void aSpaceAboveTheLimitIsRefusedWithItsSizeAndTheLimit() {
        List<Profile> profiles = nonLinear();
        OutcomeSpaceTooLargeException e = assertThrows(OutcomeSpaceTooLargeException.class,
                () -> new OutcomeSpaceAnalysis(profiles, 999).analyze());
        assertEquals("non-linear profiles need the outcome space enumerated, and domain 'cube' has 1000 outcomes, "
                + "above the limit of 999", e.getMessage());
        assertEquals(BigInteger.valueOf(1000), e.outcomes());
        assertEquals(999, e.limit());
        assertFalse(e.getMessage().contains("--"), "no command-line flag below the command line");
        assertThrows(OutcomeSpaceTooLargeException.class, () -> OutcomeSpaceAnalysis.frontier(profiles, 999));
        assertEquals(BigInteger.valueOf(1000), new OutcomeSpaceAnalysis(profiles, 1000).analyze().outcomes());
    }
}
