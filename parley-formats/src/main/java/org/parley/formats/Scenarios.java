package org.parley.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.domain.Domain;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Loads a scenario from the files a user names: one parley YAML file, a domain file followed by one profile file
 * per party in GENIUS XML or GeniusWeb JSON, or one NegMAS scenario folder. The format is chosen by file extension
 * ({@code .yaml}/{@code .yml}, {@code .xml}, {@code .json}); a folder is read as a NegMAS scenario, its files
 * recognised by their content ({@link NegmasFolder}).
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
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        if (name.endsWith(".xml")) {
            return Format.GENIUS;
        }
        if (name.endsWith(".json")) {
            return Format.GENIUSWEB;
        }
        throw new FormatException(file, null, "unknown file type; expected .xml (GENIUS), .json (GeniusWeb), "
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
        Path first = files.get(0);
        Format format = formatOf(first);
        if (format == Format.YAML) {
            if (files.size() > 1) {
                throw new IllegalArgumentException("a YAML scenario is one file holding the domain and all parties; "
                        + "got " + files.size() + " files");
            }
            return ParleyYaml.read(first);
        }
        if (files.size() < 2) {
            throw new IllegalArgumentException("give the domain file followed by at least one profile file");
        }
        for (Path f : files) {
            if (formatOf(f) != format) {
                throw new FormatException(f, null, "mixes formats: the domain is " + format.name().toLowerCase(Locale.ROOT)
                        + " but this file is not");
            }
        }
        Domain domain = format == Format.GENIUS ? GeniusXml.readDomain(first) : GeniusWebJson.readDomain(first);
        List<Profile> profiles = new ArrayList<>();
        for (Path f : files.subList(1, files.size())) {
            profiles.add(format == Format.GENIUS ? GeniusXml.readProfile(f, domain) : GeniusWebJson.readProfile(f, domain));
        }
        return new Scenario(domain.name(), domain, profiles);
    }

    /** Reads at most {@code limit} bytes of a file, refusing larger ones with a clear error. */
    public static byte[] readLimited(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new FormatException(file, null, "file is " + size + " bytes; the limit is " + limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) limit + 1);
                if (data.length > limit) {
                    throw new FormatException(file, null, "file is larger than the limit of " + limit + " bytes");
                }
                return data;
            }
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }
}
