package org.parley.formats.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigInteger;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.formats.Scenarios;

/**
 * The analysis reference values of {@code reference-values.md} (as corrected on 2026-11-30): Nash, max welfare and
 * |F| from GENIUS 9.1.10's BidSpace and an independent brute-force implementation; KS (the max-min point of
 * normalised gains) and egalitarian from the brute-force implementation; GENIUS's own "Kalai" point (the
 * equal-utility point) where the table gives it. Each value is checked to half a unit of its last published digit
 * (1e-4 for four decimals, 5e-4 for three).
 */
class ReferenceValuesTest {

    static Path scenarios() {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).resolve("anac");
    }

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("anac__y2012__Laptop", "Laptop-C-domain", "Laptop-C-prof1", "Laptop-C-prof2", 27, 4,
                        "1.0000 0.8151", "0.874 0.874", "0.874 0.874", "1.0000 0.8151", "0.159664"),
                Arguments.of("anac__y2012__Camera", "Camera-B-domain", "Camera-B-prof1", "Camera-B-prof2", 3600, 16,
                        "0.8207 0.8907", "0.8207 0.8907", "0.8207 0.8907", "0.8207 0.8907", "0.210030"),
                Arguments.of("anac__y2010__ItexvsCypress", "ItexvsCypress_domain", "ItexvsCypress_Itex",
                        "ItexvsCypress_Cypress", 180, 18, "0.7215 0.6705", "0.7215 0.6705", "0.7215 0.6705",
                        "0.7215 0.6705", "0.431462"),
                Arguments.of("anac__y2010__EnglandZimbabwe", "EnglandZimbabwe_domain", "England", "Zimbabwe", 576,
                        25, "0.9109 0.7332", "0.8223 0.7866", "0.8223 0.7866", "0.9109 0.7332", "0.272117"),
                Arguments.of("anac__y2011__Grocery", "Grocery_domain", "Grocery_domain_mary", "Grocery_domain_sam",
                        1600, 7, "0.84 0.895", "0.84 0.895", "0.84 0.895", "0.84 0.895", "0.191377"),
                Arguments.of("anac__y2011__Amsterdam", "Amsterdam_domain", "Amsterdam_party1", "Amsterdam_party2",
                        3024, 11, "0.83 0.8558", "0.83 0.8558", "0.83 0.8558", "0.83 0.8558", "0.222899"),
                Arguments.of("anac__y2011__Camera", "camera_domain", "camera_buyer_utility",
                        "camera_seller_utility", 3600, 16, "0.8154 0.8808", "0.8154 0.8808", "0.8154 0.8808",
                        "0.8154 0.8808", "0.219729"),
                Arguments.of("anac__y2010__Travel", "travel_domain", "travel_chox", "travel_fanny", 188160, 12,
                        "0.8824 0.802", "0.8824 0.802", "0.8824 0.802", "0.9196 0.7649", "0.230271"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void analysisReproducesReferenceValues(String folder, String domain, String profileA, String profileB,
            long outcomes, int frontierSize, String nash, String ks, String egalitarian, String welfare,
            String opposition) {
        Path dir = scenarios().resolve(folder);
        OutcomeSpaceAnalysis.Result r = new OutcomeSpaceAnalysis(Scenarios.load(List.of(dir.resolve(domain + ".xml"),
                dir.resolve(profileA + ".xml"), dir.resolve(profileB + ".xml"))).profiles()).analyze();
        assertEquals(BigInteger.valueOf(outcomes), r.outcomes(), folder + " |O|");
        assertEquals(frontierSize, r.frontier().size(), folder + " |F|");
        check(folder + " Nash", nash, r.nash());
        check(folder + " KS", ks, r.kalaiSmorodinsky());
        check(folder + " egalitarian", egalitarian, r.egalitarian());
        check(folder + " max welfare", welfare, r.maxWelfare());
        assertEquals(Double.parseDouble(opposition), r.opposition(), tolerance(opposition), folder + " opposition");
    }

    /** GENIUS's equal-utility point, given by the correction note for the two Camera rows. */
    static Stream<Arguments> geniusKalai() {
        return Stream.of(
                Arguments.of("anac__y2012__Camera", "Camera-B-domain", "Camera-B-prof1", "Camera-B-prof2",
                        "0.8394 0.8184"),
                Arguments.of("anac__y2011__Camera", "camera_domain", "camera_buyer_utility",
                        "camera_seller_utility", "0.8342 0.8098"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("geniusKalai")
    void geniusKalaiIsGeniusEqualUtilityPoint(String folder, String domain, String profileA, String profileB,
            String expected) {
        Path dir = scenarios().resolve(folder);
        OutcomeSpaceAnalysis.Result r = new OutcomeSpaceAnalysis(Scenarios.load(List.of(dir.resolve(domain + ".xml"),
                dir.resolve(profileA + ".xml"), dir.resolve(profileB + ".xml"))).profiles()).analyze();
        check(folder + " GENIUS Kalai", expected, r.geniusKalai());
    }

    private static void check(String what, String expected, ParetoFrontier.Point actual) {
        assertNotNull(actual, what);
        String[] parts = expected.split(" ");
        for (int j = 0; j < 2; j++) {
            assertEquals(Double.parseDouble(parts[j]), actual.utilities()[j], tolerance(parts[j]), what + " u" + j);
        }
    }

    /** Half a unit of the last published digit, but never looser than 5e-4 nor tighter than 1e-6. */
    private static double tolerance(String published) {
        int decimals = published.length() - published.indexOf('.') - 1;
        return Math.max(1e-6, Math.min(5e-4, 0.5 * Math.pow(10, -decimals)));
    }
}
