package org.parley.formats.yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.formats.FormatException;
import org.parley.formats.SafeYaml;
import org.parley.formats.Sources;
import org.parley.preference.Scenario;

/**
 * parley's native scenario format: one hand-writable YAML file holding the domain and every party (format version 1,
 * documented in {@code docs/yaml-format.md}).
 *
 * <p>Reading goes through snakeyaml-engine's node API, so every error is a one-line {@link FormatException} naming
 * the file, the {@code line:column} and the problem, e.g. {@code coffee.yaml:12:5: unknown key 'wieghts'; did you
 * mean 'weights'?}. Files are limited to 16 MiB, 64 levels of nesting and 50 aliases to lists or mappings; duplicate
 * keys and unknown keys are refused. Writing is lossless for everything the core models: every evaluator, hyper-
 * rectangle utilities, reservation values and outcomes, discount factors, and exact numbers.
 */
public final class ParleyYaml {

    /**
     * Files from this size on are scanned for their size limits before the YAML parser reads them
     * ({@link SafeYaml#checkScenarioLimits}); the parser reads a smaller file to any limit in it within a few hundredths
     * of a second.
     */
    static final int SCAN_FROM_BYTES = 16 << 10;

    /** Largest file accepted, in bytes (and code points, for text). */
    public static final int MAX_BYTES = 16 << 20;

    private ParleyYaml() {
    }

    /**
     * Reads a scenario file; the scenario name defaults to the file's base name. A quick scan of a large file
     * ({@link SafeYaml#checkScenarioLimits}) refuses one over a size limit before the YAML parser reads it.
     */
    public static Scenario read(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size >= SCAN_FROM_BYTES && size <= MAX_BYTES) { // a larger file is refused below
                SafeYaml.checkScenarioLimits(source, in);
            }
        } catch (IOException e) {
            throw new FormatException(source, null, "cannot read: " + e, e);
        }
        return parse(Sources.utf8(source, Sources.read(file, MAX_BYTES), MAX_BYTES), source);
    }

    /**
     * Reads a scenario from UTF-8 {@code bytes} (not kept); {@code source} names the input in errors and gives the
     * default scenario name (its last segment less {@code .yaml}/{@code .yml}).
     */
    public static Scenario read(String source, byte[] bytes) {
        if (bytes.length >= SCAN_FROM_BYTES && bytes.length <= MAX_BYTES) {
            try {
                SafeYaml.checkScenarioLimits(source, new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array cannot fail to read
            }
        }
        return parse(Sources.utf8(source, bytes, MAX_BYTES), source);
    }

    /** Like {@link #read(String, byte[])}, from a stream (read up to {@link #MAX_BYTES}; not closed). */
    public static Scenario read(String source, InputStream in) {
        return read(source, Sources.read(source, in, MAX_BYTES));
    }

    /**
     * Reads a scenario from {@code yaml}. {@code source} (may be null) names the input in error messages and gives
     * the default scenario name.
     */
    public static Scenario parse(String yaml, Path source) {
        return parse(yaml, source == null ? null : source.toString());
    }

    private static Scenario parse(String yaml, String source) {
        if (yaml.length() > MAX_BYTES) {
            throw new FormatException(source, null, "input is " + yaml.length() + " characters; the limit is "
                    + MAX_BYTES);
        }
        return YamlScenarioReader.read(source, yaml, defaultName(source), MAX_BYTES + 1);
    }

    /** The scenario as parley YAML text. */
    public static String toString(Scenario scenario) {
        return YamlScenarioWriter.write(scenario);
    }

    /** Writes the scenario to {@code file} (UTF-8). */
    public static void write(Scenario scenario, Path file) {
        String text = toString(scenario);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String defaultName(String source) {
        String n = Sources.fileName(source);
        if (n.isEmpty()) {
            return "scenario";
        }
        for (String ext : new String[] {".yaml", ".yml"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
