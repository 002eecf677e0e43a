package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.preference.SyntheticScenarios;

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
        return SyntheticScenarios.randomAdditive(40, 5, 2, 0.4, seed).profiles();
    }
}
