package org.parley.formats.geniusweb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.domain.RealIssue;
import org.parley.formats.FormatException;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.NumberLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** Reading the shipped GeniusWeb scenarios, both spellings, and exact round trips. */
class GeniusWebJsonTest {

    static final Path GENIUSWEB = Path.of(System.getProperty("parley.scenarios", "../scenarios"), "geniusweb");

    @TempDir
    Path tmp;

    static Stream<Path> scenarioDirs() throws IOException {
        try (Stream<Path> s = Files.list(GENIUSWEB)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void readsAllFourShippedScenarios() throws IOException {
        List<Path> dirs = scenarioDirs().toList();
        assertEquals(4, dirs.size(), dirs.toString());
        for (Path dir : dirs) {
            Scenario s = GeniusWebJson.readScenario(dir);
            assertEquals(2, s.profiles().size(), dir.toString());
            for (Profile p : s.profiles()) {
                assertNotNull(p.reservationOutcome(), p.name());
                assertEquals(p.utility(p.reservationOutcome()), p.reservationValue());
                assertEquals(1.0, p.discountFactor());
                AdditiveUtility u = assertInstanceOf(AdditiveUtility.class, p.utility());
                assertTrue(u.maxRawUtility() <= 1 + 1e-9, p.name());
                u.evaluators().forEach(e -> assertFalse(((DiscreteEvaluator) e).normalizeByMax()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fitness/fitness1.json         | tennis;1 hour;1 km;training;$5                | 0.975
            Fitness/fitness2.json         | yoga;1 hour;5 km;moderate;$50                 | 0.601
            FlightBooking/flightbooking1.json | 200000yen;Narita;3 sept.                  | 0.825
            FlightBooking/flightbooking2.json | 250000yen;Narita;4 sept.                  | 0.4997
            JapnTrip/japantrip1.json      | Tokyo;900;3;Activity                          | 0.991
            JapnTrip/japantrip2.json      | Tokyo;300;4;Shopping                          | 0.71
            Party/party1.json | Chips and Nuts;Beer Only;Party Room;Custom, Handmade;DJ;Specialized Materials | 0.9391
            Party/party2.json | Catering;Handmade Cocktails;Party Room;Custom, Printed;MP3;Water and Soap     | 0.9853
            """)
    void handComputedUtilityOfOneBidPerProfile(String file, String bid, double expected) {
        Profile p = GeniusWebJson.readProfile(GENIUSWEB.resolve(file));
        assertEquals(expected, p.utility(outcome(p.domain(), bid.split(";"))), 1e-12);
    }

    @Test
    void reservationBidGivesTheReservationValue() {
        Profile p = GeniusWebJson.readProfile(GENIUSWEB.resolve("FlightBooking/flightbooking1.json"));
        // 0.35·0.5 + 0.35·0.667 + 0.3·1.0
        assertEquals(0.70845, p.reservationValue(), 1e-12);
        assertEquals("flightbooking1", p.name());
    }

    @Test
    void newSpellingCopyEqualsOldSpellingOriginal() throws IOException {
        Path original = GENIUSWEB.resolve("Fitness/fitness1.json");
        Domain domain = GeniusWebJson.readDomain(GENIUSWEB.resolve("Fitness/fitness.json"));
        Profile old = GeniusWebJson.readProfile(original, domain);
        Path copy = tmp.resolve("fitness1-new.json");
        assertEquals(List.of(), GeniusWebJson.writeProfile(old, copy));
        String text = Files.readString(copy);
        assertTrue(text.contains("DiscreteValueSetUtilities"), text);
        assertFalse(Files.readString(original).contains("DiscreteValueSetUtilities"));
        assertFalse(text.contains("discreteutils"), text);
        Profile neu = GeniusWebJson.readProfile(copy, domain);
        assertSameProfile(old, neu);
    }

    @Test
    void oldAndNewSpellingOfNumberUtilitiesAndRangesAgree() throws IOException {
        String old = """
                {"LinearAdditiveUtilitySpace": {
                  "domain": {"name": "jobs", "issuesValues": {
                     "lease car": {"values": ["yes", "no"]},
                     "fte": {"range": [0.6, 1.0, 0.1]},
                     "salary": {"range": [2000, 4000, 1]}}},
                  "name": "jobs1",
                  "issueUtilities": {
                     "lease car": {"discreteutils": {"valueUtilities": {"yes": 1, "no": 0.2}}},
                     "fte": {"numberutils": {"lowValue": 0.6, "lowUtility": 0.1, "highValue": 1.0, "highUtility": 0.9}},
                     "salary": {"numberutils": {"lowValue": 2000, "lowUtility": 0, "highValue": 4000, "highUtility": 1}}},
                  "issueWeights": {"lease car": 0.2, "fte": 0.3, "salary": 0.5},
                  "reservationBid": {"issuevalues": {"lease car": "no", "fte": 0.8, "salary": 3000}}}}
                """;
        String neu = old.replace("discreteutils", "DiscreteValueSetUtilities")
                .replace("numberutils", "NumberValueSetUtilities")
                .replace("[0.6, 1.0, 0.1]", "{\"low\": 0.6, \"high\": 1.0, \"step\": 0.1}")
                .replace("[2000, 4000, 1]", "{\"low\": 2000, \"high\": 4000, \"step\": 1}");
        Profile a = GeniusWebJson.readProfile(write("old.json", old));
        Profile b = GeniusWebJson.readProfile(write("new.json", neu));
        assertEquals(a.domain(), b.domain());
        RealIssue fte = assertInstanceOf(RealIssue.class, a.domain().issue(1));
        assertEquals(List.of("0.6", "0.7", "0.8", "0.9", "1.0"),
                List.of(fte.label(0), fte.label(1), fte.label(2), fte.label(3), fte.label(4)));
        IntegerIssue salary = assertInstanceOf(IntegerIssue.class, a.domain().issue(2));
        assertEquals(2001, salary.size());
        assertInstanceOf(NumberLinearEvaluator.class, ((AdditiveUtility) a.utility()).evaluator(1));
        assertSameProfile(a, b);
        // 0.2·0.2 + 0.3·(0.1 + 0.8·0.5) + 0.5·0.5
        assertEquals(0.04 + 0.15 + 0.25, a.reservationValue(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioDirs")
    void roundTripKeepsEveryUtilityExactly(Path dir) {
        Scenario s = GeniusWebJson.readScenario(dir);
        GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(s, tmp.resolve(dir.getFileName().toString()));
        assertEquals(List.of(), r.warnings());
        Scenario back = GeniusWebJson.readScenario(r.domainFile(), r.profileFiles());
        assertEquals(s.domain(), back.domain());
        assertEquals(s.profiles().size(), back.profiles().size());
        for (int k = 0; k < s.profiles().size(); k++) {
            assertSameProfile(s.profiles().get(k), back.profiles().get(k));
        }
    }

    @Test
    void embeddedDomainMustMatchTheGivenOne() throws IOException {
        Domain other = GeniusWebJson.readDomain(GENIUSWEB.resolve("Party/party.json"));
        Path f = GENIUSWEB.resolve("Fitness/fitness1.json");
        var e = assertThrows(FormatException.class, () -> GeniusWebJson.readProfile(f, other));
        assertTrue(e.getMessage().startsWith(f + " at $.LinearAdditiveUtilitySpace.domain: the embedded domain "
                + "'fitness'"), e.getMessage());
    }

    static void assertSameProfile(Profile a, Profile b) {
        assertEquals(a.name(), b.name());
        assertTrue(DomainJson.sameDomain(a.domain(), b.domain()));
        assertEquals(a.reservationValue(), b.reservationValue());
        assertEquals(a.discountFactor(), b.discountFactor());
        assertArrayEquals(a.reservationOutcome(), b.reservationOutcome());
        a.domain().outcomeSpace().forEach(o -> assertEquals(a.utility(o), b.utility(o), () -> a.domain().format(o)));
    }

    static int[] outcome(Domain d, String... labels) {
        int[] o = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            o[i] = d.issue(i).indexOf(labels[i].strip());
            assertTrue(o[i] >= 0, labels[i]);
        }
        return o;
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
