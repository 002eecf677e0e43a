package org.parley.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.domain.Domain;
import org.parley.formats.genius.GeniusDomain;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Loads a scenario from the files a user names, or from named bytes (uploads): one parley YAML file, a domain file
 * followed by one profile file per party in GENIUS XML or GeniusWeb JSON, or one NegMAS scenario folder. The format
 * is chosen by the file's or input's extension ({@code .yaml}/{@code .yml}, {@code .xml}, {@code .json}); a folder is
 * read as a NegMAS scenario, its files recognised by their content ({@link NegmasFolder}).
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** The formats parley reads and writes. */
    public enum Format {
        GENIUS, GENIUSWEB, YAML, NEGMAS;

        /** Parses a user-given format name ({@code genius}, {@code geniusweb}, {@code yaml}, {@code negmas}). */
        public static Format parse(String name) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "genius":
                case "xml":
                    return GENIUS;
                case "geniusweb":
                case "json":
                    return GENIUSWEB;
                case "yaml":
                case "yml":
                    return YAML;
                case "negmas":
                    return NEGMAS;
                default:
                    throw new IllegalArgumentException("unknown format '" + name + "'; use genius, geniusweb, yaml or "
                            + "negmas");
            }
        }
    }

    /** The format of {@code file}, from its extension; a folder is a NegMAS scenario. */
    public static Format formatOf(Path file) {
        if (Files.isDirectory(file)) {
            return Format.NEGMAS;
        }
        return formatOf(file.toString());
    }

    /** The format of the input named {@code name}, from its extension. */
    public static Format formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Format.YAML;
        }
        if (n.endsWith(".xml")) {
            return Format.GENIUS;
        }
        if (n.endsWith(".json")) {
            return Format.GENIUSWEB;
        }
        throw new FormatException(name, null, "unknown file type; expected .xml (GENIUS), .json (GeniusWeb), "
                + ".yaml (parley) or a NegMAS scenario folder");
    }

    /** Loads the scenario described by {@code files}; notes on how a NegMAS folder was read are dropped. */
    public static Scenario load(List<Path> files) {
        return load(files, note -> { });
    }

    /**
     * Loads the scenario described by {@code files}. What a reader chose to note about the files (e.g. how a NegMAS
     * folder's values were represented) goes to {@code notes}, one sentence each.
     */
    public static Scenario load(List<Path> files, Consumer<String> notes) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no scenario files given");
        }
        if (Files.isDirectory(files.get(0))) {
            if (files.size() > 1) {
                throw new IllegalArgumentException("a NegMAS scenario is one folder holding the domain and every "
                        + "party; got " + files.size() + " paths");
            }
            NegmasFolder.Read r = NegmasFolder.read(files.get(0));
            r.notes().forEach(notes);
            return r.scenario();
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new FormatException(f, null, Files.exists(f) ? "not a regular file" : "no such file");
            }
        }
        return assemble(files.stream().map(f -> new Part(f.toString(), f, null)).toList());
    }

    /**
     * Loads the scenario described by {@code inputs}, exactly as {@link #load} does for files with the same names and
     * content: one parley YAML input, or a domain followed by one profile per party in GENIUS XML or GeniusWeb JSON,
     * the format chosen by each name's extension. Nothing goes through the file system.
     */
    public static Scenario read(List<NamedBytes> inputs) {
        return assemble(inputs.stream().map(b -> new Part(b.name(), null, b)).toList());
    }

    /** One input of {@link #assemble}: a file or named bytes. */
    private record Part(String name, Path file, NamedBytes bytes) {
    }

    private static Scenario assemble(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no scenario files given");
        }
        Part first = parts.get(0);
        Format format = formatOf(first.name());
        if (format == Format.YAML) {
            if (parts.size() > 1) {
                throw new IllegalArgumentException("a YAML scenario is one file holding the domain and all parties; "
                        + "got " + parts.size() + " files");
            }
            return first.file() != null ? ParleyYaml.read(first.file())
                    : ParleyYaml.read(first.name(), first.bytes().open());
        }
        if (parts.size() < 2) {
            throw new IllegalArgumentException("give the domain file followed by at least one profile file");
        }
        for (Part p : parts) {
            if (formatOf(p.name()) != format) {
                throw new FormatException(p.name(), null, "mixes formats: the domain is "
                        + format.name().toLowerCase(Locale.ROOT) + " but this file is not");
            }
        }
        List<Profile> profiles = new ArrayList<>();
        if (format == Format.GENIUS) {
            GeniusDomain domain = first.file() != null ? GeniusXml.readGeniusDomain(first.file())
                    : GeniusXml.readGeniusDomain(first.name(), first.bytes().open());
            for (Part p : parts.subList(1, parts.size())) {
                profiles.add(p.file() != null ? GeniusXml.readProfile(p.file(), domain)
                        : GeniusXml.readProfile(p.name(), p.bytes().open(), domain));
            }
            return new Scenario(domain.domain().name(), domain.domain(), profiles);
        }
        Domain domain = first.file() != null ? GeniusWebJson.readDomain(first.file())
                : GeniusWebJson.readDomain(first.name(), first.bytes().open());
        for (Part p : parts.subList(1, parts.size())) {
            profiles.add(p.file() != null ? GeniusWebJson.readProfile(p.file(), domain)
                    : GeniusWebJson.readProfile(p.name(), p.bytes().open(), domain));
        }
        return new Scenario(domain.name(), domain, profiles);
    }
}
