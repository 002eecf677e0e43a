package org.parley.formats.geniusweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.domain.Domain;
import org.parley.formats.FormatException;
import org.parley.formats.Sources;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Reads and writes GeniusWeb JSON domains and {@code LinearAdditiveUtilitySpace} profiles.
 *
 * <p>Reading accepts both type spellings: the old lower-case ids ({@code discreteutils}, {@code numberutils}, ranges as
 * {@code [low, high, step]}) and the newer class names ({@code DiscreteValueSetUtilities},
 * {@code NumberValueSetUtilities}, ranges as {@code {"low", "high", "step"}}). Writing uses the new spelling.
 * Every read error is a {@link FormatException} naming the file and either Jackson's line:column (malformed JSON) or
 * the JSON path of the offending value, e.g. {@code $.LinearAdditiveUtilitySpace.issueWeights.price}.
 *
 * <p>A range with integral bounds and step 1 becomes an {@link org.parley.domain.IntegerIssue}; any other range a
 * {@link org.parley.domain.RealIssue} with {@code (high − low)/step} intervals. Discrete utilities map to
 * {@code DiscreteEvaluator(normalizeByMax = false)}, number utilities to {@code NumberLinearEvaluator}. GeniusWeb has
 * no discount, so profiles read have discount 1; the reservation value is the utility of the reservation bid (0 when
 * there is none). Files are limited to 64 MiB and 64 levels of nesting.
 *
 * <p>Every reader takes a file, or a source name with bytes or an {@link InputStream} (for uploads); the source name
 * appears in errors and gives default names (its last segment less the extension), and a file is named by its path
 * as given, so the same content read either way gives the same result and the same errors.
 */
public final class GeniusWebJson {

    /**
     * What {@link #writeScenario} wrote.
     *
     * @param domainFile   the domain file
     * @param profileFiles one file per profile, in the scenario's party order
     * @param warnings     every lossy or structural change made to fit GeniusWeb, one sentence each; empty when the
     *                     files express the scenario exactly
     */
    public record WriteResult(Path domainFile, List<Path> profileFiles, List<String> warnings) {
        public WriteResult {
            if (domainFile == null) {
                throw new IllegalArgumentException("a write result needs the domain file");
            }
            profileFiles = List.copyOf(profileFiles);
            warnings = List.copyOf(warnings);
        }
    }

    private GeniusWebJson() {
    }

    /** Reads a domain file {@code {"name", "issuesValues"}}; issues keep the file's order. */
    public static Domain readDomain(Path file) {
        return domain(JsonFile.read(file));
    }

    /** Like {@link #readDomain(Path)}, from bytes (not kept) named {@code source}. */
    public static Domain readDomain(String source, byte[] bytes) {
        return domain(JsonFile.parse(source, bytes));
    }

    /** Like {@link #readDomain(Path)}, from a stream named {@code source} (read up to the limit, not closed). */
    public static Domain readDomain(String source, InputStream in) {
        return domain(JsonFile.read(source, in));
    }

    /** Reads a profile that embeds its domain, and uses that domain. */
    public static Profile readProfile(Path file) {
        return profile(JsonFile.read(file), null);
    }

    /** Like {@link #readProfile(Path)}, from bytes (not kept) named {@code source}. */
    public static Profile readProfile(String source, byte[] bytes) {
        return profile(JsonFile.parse(source, bytes), null);
    }

    /** Like {@link #readProfile(Path)}, from a stream named {@code source} (read up to the limit, not closed). */
    public static Profile readProfile(String source, InputStream in) {
        return profile(JsonFile.read(source, in), null);
    }

    /**
     * Reads a profile of {@code domain}. An embedded domain must describe the same domain; the profile then refers
     * to {@code domain} itself.
     */
    public static Profile readProfile(Path file, Domain domain) {
        return profile(JsonFile.read(file), requireDomain(domain));
    }

    /** Like {@link #readProfile(Path, Domain)}, from bytes (not kept) named {@code source}. */
    public static Profile readProfile(String source, byte[] bytes, Domain domain) {
        return profile(JsonFile.parse(source, bytes), requireDomain(domain));
    }

    /** Like {@link #readProfile(Path, Domain)}, from a stream named {@code source} (not closed). */
    public static Profile readProfile(String source, InputStream in, Domain domain) {
        return profile(JsonFile.read(source, in), requireDomain(domain));
    }

    private static Domain domain(JsonFile f) {
        if (f.root.isObject() && f.root.has(ProfileJson.LINEAR_ADDITIVE)) {
            throw f.error("$", "this is a profile file, not a domain");
        }
        return DomainJson.parse(f, f.root, "$", baseName(f.source));
    }

    private static Profile profile(JsonFile f, Domain domain) {
        return ProfileJson.parse(f, domain, baseName(f.source));
    }

    private static Domain requireDomain(Domain domain) {
        if (domain == null) {
            throw new IllegalArgumentException("domain is null; use readProfile(Path) for self-contained profiles");
        }
        return domain;
    }

    /** Reads a domain file and its profiles, in the given order; the scenario is named after the domain. */
    public static Scenario readScenario(Path domainFile, List<Path> profileFiles) {
        Domain domain = readDomain(domainFile);
        List<Profile> profiles = new ArrayList<>();
        for (Path p : profileFiles) {
            profiles.add(readProfile(p, domain));
        }
        return new Scenario(domain.name(), domain, profiles);
    }

    /**
     * Reads every {@code *.json} file of {@code directory}: exactly one must be a domain, the others are its profiles,
     * taken in file-name order.
     */
    public static Scenario readScenario(Path directory) {
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new FormatException(directory, null, "cannot list the directory: " + e, e);
        }
        Path domainFile = null;
        List<Path> profileFiles = new ArrayList<>();
        for (Path p : files) {
            JsonNode root = JsonFile.read(p).root;
            if (root.isObject() && root.has("issuesValues")) {
                if (domainFile != null) {
                    throw new FormatException(directory, null, "holds two domain files, " + domainFile.getFileName()
                            + " and " + p.getFileName());
                }
                domainFile = p;
            } else {
                profileFiles.add(p);
            }
        }
        if (domainFile == null) {
            throw new FormatException(directory, null, "holds no GeniusWeb domain file (*.json with issuesValues)");
        }
        return readScenario(domainFile, profileFiles);
    }

    /**
     * Writes {@code domain} in the new spelling. Throws {@link IllegalArgumentException} for a real issue whose
     * points are not a whole number of finite decimal steps ({@link #writeScenario} converts those).
     */
    public static void writeDomain(Domain domain, Path file) {
        write(DomainJson.toJson(domain), file);
    }

    /**
     * Writes {@code profile} with its domain embedded, in the new spelling, and returns the warnings of a lossy
     * conversion (see {@link #writeScenario}). Throws {@link IllegalArgumentException} for a non-additive profile, and
     * for one whose numeric issues would have to become discrete value sets (use {@link #writeScenario}, which changes
     * the domain file consistently).
     */
    public static List<String> writeProfile(Profile profile, Path file) {
        GeniusWebExport.Converted c = GeniusWebExport.convert(profile.domain(), List.of(profile));
        if (!c.convertedIssues().isEmpty()) {
            throw new IllegalArgumentException("profile '" + profile.name() + "' cannot be written on its own: "
                    + c.warnings().get(0) + "; use GeniusWebJson.writeScenario, which changes the domain to match");
        }
        write(ProfileJson.toJson(c.profiles().get(0)), file);
        return c.warnings();
    }

    /**
     * Writes {@code <directory>/<domain name>.json} and one {@code <profile name>.json} per profile (names made safe
     * for file systems and unique), converting GENIUS semantics to GeniusWeb's as faithfully as possible:
     * <ul>
     *   <li>GENIUS discrete evaluations become utilities {@code x / max} (0 when max &lt; 1e-5): exact;</li>
     *   <li>a numeric issue that some profile scores with a linear, constant or triangular evaluator (or a real issue
     *       without a finite decimal step) becomes a discrete value set of its labels, in the domain and in every
     *       profile, with each value's utility evaluated exactly (a warning says so);</li>
     *   <li>lossy, with a warning: weights not summing to 1 (beyond 1e-12) are divided by their sum; a discount
     *       factor below 1 is dropped; evaluations outside [0, 1] are clamped; a reservation value is written as the
     *       reservation bid with the smallest utility at or above it (the best bid when none reaches it; dropped when
     *       the outcome space exceeds 5,000,000 outcomes).</li>
     * </ul>
     * Throws {@link IllegalArgumentException}, before writing anything, when a profile is not additive.
     */
    public static WriteResult writeScenario(Scenario scenario, Path directory) {
        GeniusWebExport.Converted c = GeniusWebExport.convert(scenario.domain(), scenario.profiles());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        Set<String> used = new HashSet<>();
        Path domainFile = directory.resolve(uniqueFileName(c.domain().name(), "domain", used));
        write(DomainJson.toJson(c.domain()), domainFile);
        List<Path> profileFiles = new ArrayList<>();
        for (int k = 0; k < c.profiles().size(); k++) {
            Profile p = c.profiles().get(k);
            Path file = directory.resolve(uniqueFileName(p.name(), "profile" + (k + 1), used));
            write(ProfileJson.toJson(p), file);
            profileFiles.add(file);
        }
        return new WriteResult(domainFile, profileFiles, c.warnings());
    }

    private static String uniqueFileName(String name, String fallback, Set<String> used) {
        String base = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("^[. ]+", "").strip();
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n;
        }
        return candidate + ".json";
    }

    private static void write(JsonNode node, Path file) {
        try {
            Files.writeString(file, JsonFile.mapper().writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The file name in {@code source} (see {@link Sources#fileName}) less its extension. */
    private static String baseName(String source) {
        String n = Sources.fileName(source);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
