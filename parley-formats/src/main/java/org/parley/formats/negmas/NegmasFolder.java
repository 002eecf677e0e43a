package org.parley.formats.negmas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.domain.Domain;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.preference.Scenario;

/**
 * NegMAS scenario folders (the format of the ANAC Automated Negotiation League since 2024): a domain file and one file
 * per utility function, in YAML. Documented in {@code docs/negmas.md}.
 *
 * <p>Reading recognises files by content, as NegMAS does: among the folder's {@code .yml}/{@code .yaml} files (not
 * starting with a dot; sub-folders and other files are ignored) the one whose {@code type} contains
 * {@code OutcomeSpace} is the domain and those whose {@code type} contains {@code fun} are the utility functions, in
 * sorted file-name order. Linear-additive utility functions (with {@code TableFun}, affine, identity, constant,
 * polynomial, exponential, logarithmic, trigonometric and triangular value functions), reserved values and
 * exponential discounting are read; the scenario is then represented in parley's form with the same utility on
 * every outcome, or refused with a one-line {@link FormatException} when parley cannot represent it.
 *
 * <p>Writing produces the portable form NegMAS 0.10 to 0.15 all read; what NegMAS cannot express exactly is
 * converted without changing any utility and reported, or refused with an {@link IllegalArgumentException}.
 */
public final class NegmasFolder {

    /** Most YAML files read from one folder. */
    public static final int MAX_FILES = 1000;

    private NegmasFolder() {
    }

    /** One file given as bytes: a name for messages and for NegMAS's rules (ordering, extension) and its content. */
    public record Source(String name, byte[] bytes) {
        public Source {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a source needs a name");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * A scenario read from a NegMAS folder.
     *
     * @param scenario the scenario in parley's form
     * @param negmas   the folder's content as NegMAS holds it
     * @param notes    what was read differently from NegMAS or ignored, one sentence each (for stderr)
     */
    public record Read(Scenario scenario, NegmasScenario negmas, List<String> notes) {
        public Read {
            notes = List.copyOf(notes);
        }
    }

    /**
     * A written folder.
     *
     * @param files    the domain file, then one file per party in party order
     * @param warnings what had to change to fit NegMAS, one sentence each (for stderr)
     */
    public record Written(List<Path> files, List<String> warnings) {
        public Written {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** True when {@code dir} is a folder holding at least one YAML file NegMAS would look at. */
    public static boolean isScenarioFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> Files.isRegularFile(p) && NegmasReader.isYamlName(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the scenario in {@code folder}; its name is the folder's name. */
    public static Read read(Path folder) {
        return read(name(folder), folder, sources(folder));
    }

    /**
     * Reads a scenario from the bytes of its files (e.g. uploaded ones). Names decide the order of the parties and
     * which files are read (as in a folder); they also name the file in errors.
     */
    public static Read read(String scenarioName, List<Source> files) {
        return read(scenarioName, null, files);
    }

    private static Read read(String name, Path folder, List<Source> files) {
        NegmasReader.Read r = parse(name, folder, files);
        List<String> notes = new ArrayList<>(r.notes());
        Scenario scenario = NegmasImport.toParley(r.scenario(), notes);
        return new Read(scenario, r.scenario(), notes);
    }

    /** The folder's content as NegMAS holds it, without converting it to parley's form. */
    public static NegmasScenario readNegmas(Path folder) {
        return parse(name(folder), folder, sources(folder)).scenario();
    }

    private static NegmasReader.Read parse(String name, Path folder, List<Source> files) {
        List<NegmasReader.Source> sources = new ArrayList<>();
        for (Source s : files) {
            sources.add(new NegmasReader.Source(s.name(), s.bytes));
        }
        return NegmasReader.read(name, folder, sources);
    }

    /** {@code negmas} in parley's form; representation changes are added to {@code notes}. */
    public static Scenario toParley(NegmasScenario negmas, List<String> notes) {
        return NegmasImport.toParley(negmas, notes);
    }

    /**
     * {@code scenario} in NegMAS's form; representation changes are added to {@code warnings}.
     *
     * @throws IllegalArgumentException when NegMAS cannot express a profile (not additive, or above 1 before the cap)
     */
    public static NegmasScenario fromParley(Scenario scenario, List<String> warnings) {
        return NegmasExport.fromParley(scenario, warnings);
    }

    /** The files of {@code negmas}'s folder, file name → YAML text, domain first; naming notes go to warnings. */
    public static Map<String, String> toFiles(NegmasScenario negmas, List<String> warnings) {
        return NegmasWriter.files(negmas, warnings);
    }

    /**
     * Writes {@code scenario} into {@code folder} (created when missing). A folder that already holds other YAML
     * files is refused, since NegMAS would read them as part of the scenario.
     */
    public static Written write(Scenario scenario, Path folder) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> files = toFiles(fromParley(scenario, warnings), warnings);
        try {
            Files.createDirectories(folder);
            checkTarget(folder, files.keySet().stream().map(Path::of).toList());
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = folder.resolve(e.getKey());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                written.add(p);
            }
            return new Written(written, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a target folder that holds YAML files other than {@code files} (compared by file name): NegMAS would
     * read them as part of the scenario.
     *
     * @throws IllegalArgumentException naming the first such file
     */
    public static void checkTarget(Path folder, List<Path> files) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                String n = p.getFileName().toString();
                if (NegmasReader.isYamlName(n) && !names.contains(n)) {
                    throw new IllegalArgumentException(folder + " already holds " + n + ", which NegMAS would read as "
                            + "part of the scenario; write into an empty folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The NegMAS outcome (one value per issue: String, Long or Double) of a parley outcome of {@code domain}, the
     * parley form of {@code negmas} (read from it or written as it).
     */
    public static List<Object> outcome(NegmasScenario negmas, Domain domain, int[] outcome) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < outcome.length; i++) {
            out.add(NegmasImport.value(negmas.issues().get(i), domain.issue(i), outcome[i]));
        }
        return out;
    }

    private static String name(Path folder) {
        Path f = folder.toAbsolutePath().normalize().getFileName();
        return f == null ? "scenario" : f.toString();
    }

    /**
     * The files of {@code folder} that NegMAS reads: regular {@code .yml}/{@code .yaml} files not starting with a dot,
     * sorted by name (sub-folders are not entered).
     */
    public static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> NegmasReader.isYamlName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static List<Source> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FormatException(folder, null, Files.exists(folder) ? "not a folder" : "no such folder");
        }
        List<Path> files;
        try {
            files = yamlFiles(folder);
        } catch (IOException e) {
            throw new FormatException(folder, null, "cannot list: " + e.getMessage(), e);
        }
        if (files.size() > MAX_FILES) {
            throw new FormatException(folder, null, "holds " + files.size() + " YAML files; the limit is "
                    + MAX_FILES);
        }
        List<Source> out = new ArrayList<>();
        for (Path p : files) {
            out.add(new Source(p.toString(), Sources.read(p, NegmasReader.MAX_BYTES)));
        }
        return out;
    }
}
