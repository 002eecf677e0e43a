package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Domain;
import org.parley.domain.OutcomeSpace;
import org.parley.formats.Scenarios;
import org.parley.formats.genius.AnacCorpus;
import org.parley.formats.genius.GeniusCorpus;
import org.parley.formats.genius.GeniusScenarioFiles;
import org.parley.formats.genius.GeniusXml;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * GENIUS → NegMAS → GENIUS on every shipped ANAC scenario: each domain file with the profiles that load against it
 * is written as a NegMAS folder, read back (the NegMAS utility of the files, computed with NegMAS's formula, and the
 * parley scenario read from them), written as GENIUS XML and read back. On every outcome (all of them up to
 * {@value #ENUMERATE} outcomes, else a seeded sample of {@value #SAMPLE}) all four utilities agree to 1e-12, and
 * reservation values and discount factors are equal. Scenarios NegMAS cannot express are refused with a clear
 * error, and only for the two documented reasons.
 */
@Tag("slow")
class NegmasAnacRoundTripIT {

    static final long ENUMERATE = 50_000;
    static final int SAMPLE = 5_000;
    static final long SEED = 11L;
    private static final double EPS = 1e-12;

    @Test
    void everyExpressibleAnacScenarioKeepsEveryUtility(@TempDir Path tmp) throws IOException {
        Path anac = AnacCorpus.anacDir();
        GeniusCorpus.Result corpus = AnacCorpus.get();
        List<Scenario> scenarios = new ArrayList<>();
        for (GeniusCorpus.Loaded l : corpus.scenarios()) {
            if (!l.profiles().isEmpty()) {
                Domain d = l.profiles().get(0).domain();
                scenarios.add(new Scenario(anac.relativize(l.domainFile()).toString(), d, l.profiles()));
            }
        }
        for (Profile p : corpus.impliedDomainProfiles()) {
            scenarios.add(new Scenario(p.name(), p.domain(), List.of(p)));
        }
        int done = 0;
        int profiles = 0;
        long outcomes = 0;
        int enumerated = 0;
        int sampled = 0;
        Map<String, Integer> refused = new TreeMap<>();
        Map<String, Integer> warned = new TreeMap<>();
        int k = 0;
        for (Scenario s : scenarios) {
            k++;
            List<String> warnings = new ArrayList<>();
            NegmasScenario negmas;
            try {
                negmas = NegmasFolder.fromParley(s, warnings);
            } catch (IllegalArgumentException e) {
                String reason = e.getMessage().contains("is not linear additive") ? "not linear additive"
                        : e.getMessage().contains("NegMAS does not cap") ? "sums above 1 before GENIUS's cap" : null;
                assertTrue(reason != null, s.name() + ": " + e.getMessage());
                refused.merge(reason, 1, Integer::sum);
                continue;
            }
            for (String w : warnings) {
                String kind = w.contains("ExpDiscountedUFun") ? "discount written per step"
                        : w.contains("TableFun over its integers") ? "clamped integer line written as a table"
                        : w.contains("CategoricalIssue of its") ? "real issue written as categorical" : w;
                warned.merge(kind, 1, Integer::sum);
            }
            Path folder = tmp.resolve("n" + k);
            Files.createDirectories(folder);
            for (Map.Entry<String, String> f : NegmasFolder.toFiles(negmas, warnings).entrySet()) {
                Files.writeString(folder.resolve(f.getKey()), f.getValue());
            }
            NegmasFolder.Read back = NegmasFolder.read(folder);
            GeniusScenarioFiles xml = GeniusXml.writeScenario(back.scenario(), Files.createDirectories(tmp.resolve("g" + k)));
            List<Path> files = new ArrayList<>();
            files.add(xml.domainFile());
            files.addAll(xml.profileFiles());
            Scenario again = Scenarios.load(files);

            int n = s.profiles().size();
            assertEquals(n, back.scenario().profiles().size());
            assertEquals(n, again.profiles().size());
            for (int p = 0; p < n; p++) {
                Profile a = s.profiles().get(p);
                for (Profile b : List.of(back.scenario().profiles().get(p), again.profiles().get(p))) {
                    assertEquals(a.reservationValue(), b.reservationValue(), 0.0, s.name() + " " + a.name());
                    assertEquals(a.discountFactor(), b.discountFactor(), 0.0, s.name() + " " + a.name());
                }
            }
            OutcomeSpace space = s.domain().outcomeSpace();
            Domain d2 = back.scenario().domain();
            long size = space.sizeAsLong();
            List<int[]> sample = new ArrayList<>();
            if (size <= ENUMERATE) {
                space.forEach(o -> sample.add(o.clone()));
                enumerated++;
            } else {
                SplittableRandom r = new SplittableRandom(SEED + k);
                for (int i = 0; i < SAMPLE; i++) {
                    sample.add(space.outcome(r.nextLong(size)));
                }
                sampled++;
            }
            for (int[] o : sample) {
                List<Object> x = NegmasFolder.outcome(back.negmas(), d2, o);
                for (int p = 0; p < n; p++) {
                    double expected = s.profiles().get(p).utility(o);
                    int party = p;
                    long seed = SEED + k;
                    Supplier<String> where = () -> s.name() + " party " + party + " " + s.domain().format(o)
                            + " (seed " + seed + ")";
                    assertEquals(expected, back.negmas().ufuns().get(p).utility(x), EPS, where);
                    assertEquals(expected, back.scenario().profiles().get(p).utility(o), EPS, where);
                    assertEquals(expected, again.profiles().get(p).utility(o), EPS, where);
                }
            }
            done++;
            profiles += n;
            outcomes += sample.size();
        }
        System.out.println("GENIUS → NegMAS → GENIUS: " + done + " of " + scenarios.size() + " scenarios (" + enumerated
                + " enumerated, " + sampled + " sampled with " + SAMPLE + " outcomes each, seeds " + SEED + "+k), "
                + profiles + " profiles, " + outcomes + " outcomes checked; refused " + refused + "; warnings " + warned);
        // the shipped corpus: 317 domain files with profiles (plus journal_learning's profiles without a domain file)
        assertEquals(scenarios.size(), done + refused.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Map.of("not linear additive", 18, "sums above 1 before GENIUS's cap", 47), refused);
        assertEquals(252, done);
    }
}
