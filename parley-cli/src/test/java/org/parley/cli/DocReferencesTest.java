package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reference in the documentation and the examples resolves inside the repository: a user's clone has nothing
 * else. Checked: relative Markdown links (and their {@code #anchors}, GitHub's heading slugs), paths written as
 * {@code docs/...}, {@code examples/...}, {@code scenarios/...} or {@code bin/...}, document names ending in
 * {@code .md}, "name §N" section references, and issue numbers in the example files (a reader has no tracker).
 */
class DocReferencesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REPO_PATH =
            Pattern.compile("(?<![\\w./-])((?:docs|examples|scenarios|bin|python|parley-[a-z]+)/[\\w./@-]*[\\w/])");
    private static final Pattern MD_NAME = Pattern.compile("(?<![\\w/.-])([\\w-]+\\.md)\\b");
    private static final Pattern SECTION = Pattern.compile("\\b([\\w-]+)(?:\\.md)?`? §\\s?\\d");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissues? #?\\d+|(?<![\\w&])#\\d{1,4}\\b");

    /** Documents parley writes (a tournament's summary.md), which the docs name without shipping one. */
    private static final Set<String> WRITTEN = Set.of("summary.md");

    @Test
    void everyReferenceInTheDocsResolvesInsideTheRepository() {
        Set<String> markdownNames = filesUnder(ROOT).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".md"))
                .collect(Collectors.toSet());
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = read(doc);
            String name = ROOT.relativize(doc).toString();
            int lineNo = 0;
            for (String line : text.split("\n", -1)) {
                lineNo++;
                String where = name + ":" + lineNo + ": ";
                if (doc.toString().endsWith(".md")) {
                    Matcher links = LINK.matcher(line);
                    while (links.find()) {
                        String problem = checkLink(doc, links.group(1));
                        if (problem != null) {
                            broken.add(where + problem);
                        }
                    }
                }
                Matcher paths = REPO_PATH.matcher(line);
                while (paths.find()) {
                    String path = paths.group(1);
                    if (!isPattern(path) && !Files.exists(ROOT.resolve(path)) && !isOutput(line, path)) {
                        broken.add(where + "names " + path + ", which is not in the repository");
                    }
                }
                Matcher names = MD_NAME.matcher(line);
                while (names.find()) {
                    if (!markdownNames.contains(names.group(1)) && !WRITTEN.contains(names.group(1))) {
                        broken.add(where + "cites " + names.group(1) + ", which is not in the repository");
                    }
                }
                Matcher sections = SECTION.matcher(line);
                while (sections.find()) {
                    String cited = sections.group(1) + ".md";
                    if (!markdownNames.contains(cited) && sections.group(1).contains("-")) {
                        broken.add(where + "cites a section of " + cited + ", which is not in the repository");
                    }
                }
                if (name.startsWith("examples") && ISSUE.matcher(line).find()) {
                    broken.add(where + "mentions an issue number, which a reader of the example cannot look up");
                }
            }
        }
        assertTrue(broken.isEmpty(), "references that do not resolve:\n" + String.join("\n", broken));
    }

    /** The checker itself: a made-up broken link and a made-up document are reported. */
    @Test
    void theCheckerFindsBrokenReferences() {
        Path readme = ROOT.resolve("README.md");
        assertTrue(checkLink(readme, "docs/no-such-page.md") != null);
        assertTrue(checkLink(readme, "docs/analysis.md#no-such-heading") != null);
        assertTrue(checkLink(readme, "docs/analysis.md") == null);
        assertTrue(checkLink(readme, "https://example.org/x") == null);
        Matcher m = SECTION.matcher("see negotiation-methods §7");
        assertTrue(m.find() && m.group(1).equals("negotiation-methods"));
        assertTrue(ISSUE.matcher("# as asked in issue 13").find());
    }

    private static String checkLink(Path from, String target) {
        if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return null; // http:, https:, mailto:
        }
        String file = target;
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            file = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        Path resolved = file.isEmpty() ? from : from.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "links " + target + ", outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "links " + target + ", which does not exist";
        }
        if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
                && !anchors(resolved).contains(anchor)) {
            return "links " + target + ", but " + ROOT.relativize(resolved) + " has no heading with that anchor";
        }
        return null;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped except '-' and '_', spaces to '-', repeats -1, -2. */
    private static Set<String> anchors(Path markdown) {
        Set<String> out = new HashSet<>();
        boolean fenced = false;
        for (String line : read(markdown).split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.startsWith("#")) {
                continue;
            }
            String heading = line.replaceFirst("^#+\\s*", "").trim();
            String slug = heading.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            String unique = slug;
            for (int i = 1; out.contains(unique); i++) {
                unique = slug + "-" + i;
            }
            out.add(unique);
        }
        return out;
    }

    private static boolean isPattern(String path) {
        return path.contains("*") || path.contains("<") || path.contains("{") || path.contains("$")
                || path.contains("...") || path.endsWith("/x") || path.contains("YOUR");
    }

    /** A path the line says a command writes (an output folder or file), which need not exist before. */
    private static boolean isOutput(String line, String path) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("--out") || l.contains("writes") || l.contains("written") || l.contains("-o ")
                || path.contains("/out") || path.contains("target/") || path.startsWith("parley-") && path.contains("target");
    }

    private static List<Path> documents() {
        List<Path> out = new ArrayList<>();
        for (String top : List.of("README.md", "DEVELOPERS.md", "BENCHMARKS.md")) {
            if (Files.exists(ROOT.resolve(top))) {
                out.add(ROOT.resolve(top));
            }
        }
        for (String dir : List.of("docs", "examples", "python")) {
            for (Path p : filesUnder(ROOT.resolve(dir))) {
                String n = p.toString();
                if (n.endsWith(".md") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".py")
                        || n.endsWith(".sh") || n.endsWith(".json") && n.contains("examples")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/")
                            && !p.toString().contains("/.git/") && !p.toString().contains("/_build/"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
