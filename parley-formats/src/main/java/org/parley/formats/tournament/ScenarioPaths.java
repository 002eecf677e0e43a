package org.parley.formats.tournament;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.formats.negmas.NegmasFolder;

/**
 * Path rules of the tournament file: globs, and the profiles that go with a domain file.
 *
 * <ul>
 *   <li>A pattern is resolved against a base folder (the tournament file's); {@code *}, {@code ?}, {@code [..]},
 *       {@code {a,b}} match within one path segment and {@code **} across segments (Java's glob syntax, with
 *       {@code /} as the separator). Matches are regular files and NegMAS scenario folders (folders holding a
 *       {@code .yml}/{@code .yaml} file), sorted by path.</li>
 *   <li>The profiles of a domain file {@code STEM.xml} (or {@code .json}) are the other files of the same folder
 *       and extension whose name starts with {@code STEM} less a trailing {@code domain} (case-insensitive): for
 *       {@code Laptop-A-domain.xml} the files {@code Laptop-A-*.xml}, for {@code flightbooking.json} the files
 *       {@code flightbooking*.json}. Sorted by name.</li>
 * </ul>
 */
public final class ScenarioPaths {

    private ScenarioPaths() {
    }

    /** True when {@code pattern} holds glob characters. */
    public static boolean isGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The files {@code pattern} names under {@code base}: the one file or folder for a plain path (which must exist),
     * else the glob's matches (at least one).
     *
     * @throws IllegalArgumentException naming the pattern when nothing matches
     */
    public static List<Path> expand(Path base, String pattern) {
        if (!isGlob(pattern)) {
            Path p = base.resolve(pattern).normalize();
            if (Files.isDirectory(p)) {
                if (!NegmasFolder.isScenarioFolder(p)) {
                    throw new IllegalArgumentException("folder " + p + " holds no .yml or .yaml file, so it is not a "
                            + "NegMAS scenario");
                }
                return List.of(p);
            }
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException((Files.exists(p) ? "not a regular file: " : "no such file: ") + p);
            }
            return List.of(p);
        }
        String[] segments = pattern.split("/", -1);
        int fixed = 0;
        while (fixed < segments.length - 1 && !isGlob(segments[fixed])) {
            fixed++;
        }
        Path root = base.resolve(pattern.startsWith("/") ? "/" : ".");
        for (int i = 0; i < fixed; i++) {
            root = root.resolve(segments[i]);
        }
        root = root.normalize();
        String rest = String.join("/", List.of(segments).subList(fixed, segments.length));
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - fixed;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            Path r = root;
            try (Stream<Path> walk = Files.walk(root, depth)) {
                walk.filter(p -> !p.equals(r) && matcher.matches(r.relativize(p)))
                        .filter(p -> Files.isRegularFile(p) || NegmasFolder.isScenarioFolder(p)).sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no file matches '" + pattern + "' (looked in " + root + ")");
        }
        return out;
    }

    /**
     * The profiles that go with {@code domain} (see the class comment).
     *
     * @throws IllegalArgumentException when there are none
     */
    public static List<Path> profilesOf(Path domain) {
        String file = domain.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot).toLowerCase(Locale.ROOT);
        String prefix = prefix(file);
        List<Path> out = new ArrayList<>();
        Path dir = domain.toAbsolutePath().getParent();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(p -> !p.getFileName().equals(domain.getFileName()))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(prefix) && n.toLowerCase(Locale.ROOT).endsWith(ext);
                    }).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("found no profiles for domain " + domain + " (files named " + prefix
                    + "*" + ext + " next to it); list them with {domain: ..., profiles: [...]}");
        }
        List<Path> relative = new ArrayList<>();
        Path parent = domain.getParent();
        for (Path p : out) {
            relative.add(parent == null ? p.getFileName() : parent.resolve(p.getFileName()));
        }
        return relative;
    }

    /** The file name less its extension and a trailing {@code domain} (any case). */
    static String prefix(String file) {
        int dot = file.lastIndexOf('.');
        String stem = dot < 0 ? file : file.substring(0, dot);
        return stem.toLowerCase(Locale.ROOT).endsWith("domain") ? stem.substring(0, stem.length() - 6) : stem;
    }

    /**
     * The default scenario name of a file: its name less the extension, a trailing {@code domain} and the
     * {@code -}, {@code _} or {@code .} before it ({@code Laptop-A-domain.xml} → {@code Laptop-A}); of a folder, its
     * name.
     */
    public static String defaultName(Path file) {
        if (Files.isDirectory(file) && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        return defaultName(file.getFileName().toString());
    }

    /** {@link #defaultName(Path)} of the file named {@code fileName} (no folders). */
    public static String defaultName(String fileName) {
        String p = prefix(fileName);
        while (!p.isEmpty() && "-_. ".indexOf(p.charAt(p.length() - 1)) >= 0) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? fileName : p;
    }
}
