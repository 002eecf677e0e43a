package org.parley.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.formats.Scenarios;
import org.parley.formats.genius.GeniusScenarioFiles;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Scenario;

/**
 * {@code convert}: writes a scenario as GENIUS XML, GeniusWeb JSON, parley YAML or a NegMAS scenario folder. Files are
 * written to a temporary place beside the target first and moved into place only when everything was written, so a
 * failure leaves nothing half-written. YAML holds everything parley models; what GENIUS, GeniusWeb or NegMAS cannot
 * express is converted and reported as warnings, or refused.
 */
public final class ConvertJob {

    /**
     * What was written.
     *
     * @param files    the files, domain first for GENIUS, GeniusWeb and NegMAS
     * @param warnings what had to change to fit the target format (empty when nothing did)
     */
    public record Result(List<Path> files, List<String> warnings) {

        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private ConvertJob() {
    }

    /**
     * Writes {@code scenario} in {@code format} to {@code out}: for YAML a file (or, when {@code out} is a folder,
     * {@code <scenario name>.yaml} in it), for GENIUS, GeniusWeb and NegMAS a folder (created if needed) with one
     * domain file and one file per party.
     *
     * @throws IllegalArgumentException when {@code out}'s folder does not exist, {@code out} is a file where a
     *         folder is needed, NegMAS cannot express the scenario, or a NegMAS target folder already holds other
     *         YAML files (NegMAS would read them as part of the scenario)
     * @throws IOException              when writing fails
     */
    public static Result run(Scenario scenario, Scenarios.Format format, Path out) throws IOException {
        return run(scenario, format, out, List.of());
    }

    /**
     * As {@link #run(Scenario, Scenarios.Format, Path)}, refusing before anything is moved into place when a file
     * to be written is one of {@code inputs} (the files the scenario was read from): converting into the folder that
     * holds the inputs would otherwise replace them silently.
     *
     * @throws IllegalArgumentException also when a file to be written is one of {@code inputs}
     */
    public static Result run(Scenario scenario, Scenarios.Format format, Path out, List<Path> inputs)
            throws IOException {
        return format == Scenarios.Format.YAML ? yaml(scenario, out, inputs) : folder(scenario, format, out, inputs);
    }

    /**
     * Refuses {@code target} when it exists and is the same file as one of {@code inputs}, or lies in an input that
     * is a folder (a NegMAS scenario folder).
     */
    private static void requireNotInput(Path target, List<Path> inputs) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Path parent = target.toAbsolutePath().getParent();
        for (Path in : inputs) {
            if (Files.exists(in) && (Files.isSameFile(in, target)
                    || Files.isDirectory(in) && parent != null && Files.isSameFile(in, parent))) {
                throw new IllegalArgumentException(target + " is one of the files being converted, and converting "
                        + "would overwrite it; write to another folder");
            }
        }
    }

    private static Result yaml(Scenario scenario, Path out, List<Path> inputs) throws IOException {
        Path target = Files.isDirectory(out) ? out.resolve(safe(scenario.name()) + ".yaml") : out;
        requireParent(target);
        requireNotInput(target, inputs);
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".parley-", ".yaml");
        try {
            ParleyYaml.write(scenario, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(List.of(target), List.of());
    }

    private static Result folder(Scenario scenario, Scenarios.Format format, Path out, List<Path> inputs)
            throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + ": " + format.name().toLowerCase(Locale.ROOT)
                    + " output is a folder, and this is a file");
        }
        requireParent(out);
        Path tmp = Files.createTempDirectory(out.toAbsolutePath().getParent(), ".parley-");
        try {
            List<Path> made = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            if (format == Scenarios.Format.GENIUS) {
                GeniusScenarioFiles f = GeniusXml.writeScenario(scenario, tmp);
                made.add(f.domainFile());
                made.addAll(f.profileFiles());
            } else if (format == Scenarios.Format.NEGMAS) {
                NegmasFolder.Written w = NegmasFolder.write(scenario, tmp);
                made.addAll(w.files());
                warnings.addAll(w.warnings());
                NegmasFolder.checkTarget(out, w.files());
            } else {
                GeniusWebJson.WriteResult r = GeniusWebJson.writeScenario(scenario, tmp);
                made.add(r.domainFile());
                made.addAll(r.profileFiles());
                warnings.addAll(r.warnings());
            }
            for (Path p : made) {
                requireNotInput(out.resolve(p.getFileName().toString()), inputs);
            }
            Files.createDirectories(out);
            List<Path> written = new ArrayList<>();
            for (Path p : made) {
                Path target = out.resolve(p.getFileName().toString());
                Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
            return new Result(written, warnings);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void requireParent(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(target + ": folder " + parent + " does not exist");
        }
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "scenario" : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
