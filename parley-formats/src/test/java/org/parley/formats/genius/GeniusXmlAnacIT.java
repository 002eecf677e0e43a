package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** Loads every GENIUS XML file shipped under {@code scenarios/anac}, and writes and reads back every one it loads. */
class GeniusXmlAnacIT {

    private static final String CONSTRAINT = "constraint utility spaces (Railway) are not supported";

    /**
     * The only files parley refuses, each for a kind of preference it does not model: Railway's five
     * {@code type="constraint"} profiles (the README's inventory lists Railway as "5 (constraint)"), and the 2nd hand
     * car dealer, whose Price issue uses the pre-2010 {@code type="price"} evaluator.
     */
    private static final Map<String, String> EXPECTED_REFUSALS = Map.of(
            "2nd_hand_car/car_dealer.xml", "issue 'Price' uses the old GENIUS price evaluator, which is not supported",
            "Railway/Copy of MinisterProfile.xml", CONSTRAINT,
            "Railway/Minister.xml", CONSTRAINT,
            "Railway/MinisterProfile.xml", CONSTRAINT,
            "Railway/NS.xml", CONSTRAINT,
            "Railway/ProRail.xml", CONSTRAINT);

    @TempDir
    Path dir;

    @Test
    void everyAnacFileLoadsOrIsRefusedAsUnsupported() {
        GeniusCorpus.Result r = AnacCorpus.get();
        Path base = AnacCorpus.anacDir();
        Map<String, String> refused = new TreeMap<>();
        r.refused().forEach((f, m) -> refused.put(base.relativize(f).toString().replace('\\', '/'), m));
        Map<String, String> failed = new TreeMap<>();
        r.failed().forEach((f, m) -> failed.put(base.relativize(f).toString(), m));

        System.out.printf("GENIUS ANAC corpus: %d XML files (%d domains, %d profiles) loaded in %.0f ms%n",
                r.files(), r.domains(), r.profiles(), r.nanos() / 1e6);
        System.out.printf("%-40s | %s%n", "refused file", "reason");
        refused.forEach((f, m) -> System.out.printf("%-40s | %s%n", f, m.substring(m.lastIndexOf(": ") + 2)));
        failed.forEach((f, m) -> System.out.println("FAILED " + m));
        r.notBestMatch().forEach((f, d) -> System.out.println("loaded against a second-choice domain: " + f + " -> " + d));

        assertEquals(964, r.files());
        assertEquals(Map.of(), failed);
        assertEquals(EXPECTED_REFUSALS.keySet(), refused.keySet());
        EXPECTED_REFUSALS.forEach((f, reason) -> assertTrue(refused.get(f).endsWith(": " + reason), refused.get(f)));
        assertEquals(Map.of(), r.notBestMatch(), "each profile fits the domain file its name points to");
        int loaded = r.impliedDomainProfiles().size();
        for (GeniusCorpus.Loaded l : r.scenarios()) {
            loaded += 1 + l.profiles().size();
        }
        assertEquals(r.files() - EXPECTED_REFUSALS.size(), loaded, "every other file loaded");
    }

    @Test
    void roundTripsEveryLoadableAnacScenarioExactly() {
        GeniusCorpus.Result corpus = AnacCorpus.get();
        List<Scenario> scenarios = new ArrayList<>();
        for (GeniusCorpus.Loaded l : corpus.scenarios()) {
            scenarios.add(new Scenario(l.domain().domain().name(), l.domain().domain(), l.profiles()));
        }
        for (Profile p : corpus.impliedDomainProfiles()) {
            scenarios.add(new Scenario(p.domain().name(), p.domain(), List.of(p)));
        }
        int profiles = 0;
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario s = scenarios.get(k);
            Scenario back = GeniusXmlWriterTest.roundTrip(s, dir.resolve("s" + k));
            GeniusXmlWriterTest.assertSameIssues(s.domain(), back.domain(), false);
            List<int[]> outcomes = GeniusXmlWriterTest.sample(s.domain(), GeniusXmlWriterTest.SAMPLES, k);
            for (int p = 0; p < s.profiles().size(); p++) {
                GeniusXmlWriterTest.assertSameProfile(s.profiles().get(p), back.profiles().get(p), outcomes, 0);
                profiles++;
            }
        }
        System.out.printf("GENIUS round trip: %d scenarios, %d profiles%n", scenarios.size(), profiles);
        assertEquals(corpus.files() - 6, corpus.scenarios().size() + profiles, "every loadable file was written");
    }
}
