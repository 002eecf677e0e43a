package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.formats.Scenarios;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;

/** Scenarios used by the benchmarks: shipped ANAC files and seeded synthetic ones. */
final class BenchScenarios {

    private BenchScenarios() {
    }

    /** {@code scenarios/} of the repository: the {@code parley.scenarios} property, else {@code ./scenarios}. */
    static Path root() {
        Path p = Paths.get(System.getProperty("parley.scenarios", "scenarios"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("run the benchmarks from the repository root (no " + p.toAbsolutePath()
                    + "), or set -Dparley.scenarios=PATH");
        }
        return p;
    }

    static List<Profile> load(String folder, String domain, String... profiles) {
        List<Path> files = new ArrayList<>();
        files.add(root().resolve("anac").resolve(folder).resolve(domain));
        for (String p : profiles) {
            files.add(root().resolve("anac").resolve(folder).resolve(p));
        }
        return Scenarios.load(files).profiles();
    }

    /** 40 issues with 5 values each (5^40 outcomes), two random additive profiles, reservation 0.4. */
    static List<Profile> fortyIssues(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> values = List.of("a", "b", "c", "d", "e");
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            issues.add(new DiscreteIssue("issue" + i, values));
        }
        Domain domain = new Domain("forty", issues);
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            double[] w = new double[40];
            double total = 0;
            for (int i = 0; i < 40; i++) {
                w[i] = r.nextDouble();
                total += w[i];
            }
            List<Evaluator> evs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                w[i] /= total;
                Map<String, Double> ev = new LinkedHashMap<>();
                for (String v : values) {
                    ev.put(v, (double) r.nextInt(101));
                }
                evs.add(new DiscreteEvaluator(ev, true));
            }
            profiles.add(new Profile("p" + p, new AdditiveUtility(domain, w, evs), 0.4, 1.0));
        }
        return profiles;
    }
}
