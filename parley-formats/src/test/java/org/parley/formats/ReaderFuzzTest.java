package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.tournament.ResultsJson;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.SessionRecord;

/**
 * Issue 13: every reader, fed a corpus of mutants of a valid file generated at test time (truncations, deleted and
 * repeated spans, swapped lines, hostile numbers such as {@code 1e999999999}, control characters, alias bombs, deep
 * nesting), gives a result or a clear error (a {@link FormatException} or an {@link IllegalArgumentException} with a
 * one-line message), never an internal error (any other exception), and allocates less than a bound per input. The
 * timeout guards against a hang only; the seed of a failing mutant is in the failure.
 */
class ReaderFuzzTest {

    private static final long SEED = 20_261_130L;
    private static final int MUTANTS = 120;
    /** Bytes a reader may allocate for one small input; a blow-up (alias expansion, a huge table) breaks it. */
    private static final long MAX_ALLOCATED = 512L << 20;

    private static final Path ROOT = Path.of(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
            .getParent();

    private static final String[] HOSTILE_NUMBERS = {"1e999999999", "-1e999999999", "1e-999999999",
        "99999999999999999999999", "NaN", ".nan", "-.inf", "1.7976931348623157e309", "-0", "0." + "9".repeat(400),
        "2147483648", "-9223372036854775809", "1e100", "0x1F"};
    private static final String[] HOSTILE_TEXT = {"\u001b]0;PWNED\u0007", "\u001b[2J", "\u0000", "\r", "\u202e",
        "&a [x, x]", "*a", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{", "<!DOCTYPE x [<!ENTITY e "
            + "SYSTEM \"file:///etc/passwd\">]>", "&e;", "\"", "'", ":", "- ", "\n  ", "<item value=\"v\"/>",
        "\"values\": [\"a\", \"a\"]", "x".repeat(5000)};

    @TempDir
    Path tmp;

    /** A reader under test: reads {@code text} (written to a file if it needs one). */
    @FunctionalInterface
    interface Reader {
        void read(String text) throws IOException;
    }

    private static String mutate(String s, SplittableRandom r) {
        if (s.isEmpty()) {
            return HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)];
        }
        int a = r.nextInt(s.length());
        int b = Math.min(s.length(), a + 1 + r.nextInt(Math.max(1, s.length() / 8)));
        switch (r.nextInt(7)) {
            case 0:
                return s.substring(0, a);
            case 1:
                return s.substring(0, a) + s.substring(b);
            case 2:
                return s.substring(0, b) + s.substring(a, b).repeat(1 + r.nextInt(20)) + s.substring(b);
            case 3: {
                List<int[]> numbers = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")
                        .matcher(s);
                while (m.find()) {
                    numbers.add(new int[] {m.start(), m.end()});
                }
                if (numbers.isEmpty()) {
                    return s + HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)];
                }
                int[] n = numbers.get(r.nextInt(numbers.size()));
                return s.substring(0, n[0]) + HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)] + s.substring(n[1]);
            }
            case 4:
                return s.substring(0, a) + HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)] + s.substring(a);
            case 5: {
                String[] lines = s.split("\n", -1);
                int i = r.nextInt(lines.length);
                int j = r.nextInt(lines.length);
                String t = lines[i];
                lines[i] = lines[j];
                lines[j] = t;
                return String.join("\n", lines);
            }
            default:
                return s.substring(0, a) + (char) r.nextInt(0x3000) + s.substring(Math.min(s.length(), a + 1));
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Reads the seed and its mutants; fails on the first input that ends other than in a result or a clear error. */
    private static void fuzz(String name, String seedText, Reader reader) {
        check(name, "the seed itself", seedText, reader, true);
        for (int k = 0; k < MUTANTS; k++) {
            long seed = SEED + k;
            SplittableRandom r = new SplittableRandom(seed);
            String text = seedText;
            int rounds = 1 + r.nextInt(3);
            for (int i = 0; i < rounds; i++) {
                text = mutate(text, r);
            }
            check(name, "mutant seed " + seed, text, reader, false);
        }
    }

    static void check(String name, String which, String text, Reader reader, boolean mustRead) {
        check(name, which, text, reader, mustRead, MAX_ALLOCATED);
    }

    /** As {@link #check(String, String, String, Reader, boolean)} with {@code maxAllocated} bytes allowed. */
    static void check(String name, String which, String text, Reader reader, boolean mustRead, long maxAllocated) {
        long before = allocated();
        try {
            reader.read(text);
        } catch (FormatException | IllegalArgumentException e) {
            if (mustRead) {
                fail(name + ": the unmutated seed must read, got " + e.getMessage());
            }
            assertNotNull(e.getMessage(), name + " " + which + ": an error without a message");
            assertFalse(e.getMessage().contains("\n"), name + " " + which + ": a message of several lines: "
                    + e.getMessage());
            assertFalse(e.getMessage().isBlank(), name + " " + which);
        } catch (Throwable t) {
            AssertionError a = new AssertionError(name + " " + which + ": internal error " + t + " on input:\n"
                    + abbreviate(text), t);
            throw a;
        }
        long used = allocated() - before;
        assertTrue(used < maxAllocated, name + " " + which + " allocated " + used + " bytes");
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1000) + "\n[...]\n" + s.substring(s.length() - 1000);
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void parleyYaml() throws IOException {
        fuzz("ParleyYaml", read("examples/coffee.yaml"), t -> ParleyYaml.parse(t, Path.of("coffee.yaml")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void geniusXmlDomainAndProfile() throws IOException {
        String domain = read("scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_domain.xml");
        String profile = read("scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Itex.xml");
        Path good = write("good_domain.xml", domain);
        fuzz("GeniusXml domain", domain, t -> GeniusXml.readDomain(write("d.xml", t)));
        fuzz("GeniusXml profile", profile, t -> GeniusXml.readProfile(write("p.xml", t),
                GeniusXml.readGeniusDomain(good)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void geniusWebJson() throws IOException {
        String domain = read("scenarios/geniusweb/Fitness/fitness.json");
        String profile = read("scenarios/geniusweb/Fitness/fitness1.json");
        fuzz("GeniusWebJson domain", domain, t -> GeniusWebJson.readDomain(write("d.json", t)));
        fuzz("GeniusWebJson profile", profile, t -> GeniusWebJson.readProfile(write("p.json", t)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void negmasFolder() throws IOException {
        String domain = read("scenarios/negmas/Sublet/Sublet.yml");
        byte[] landlord = read("scenarios/negmas/Sublet/landlord.yml").getBytes(StandardCharsets.UTF_8);
        byte[] tenant = read("scenarios/negmas/Sublet/tenant.yml").getBytes(StandardCharsets.UTF_8);
        fuzz("NegmasFolder", domain, t -> NegmasFolder.read("Sublet", List.of(
                new NegmasFolder.Source("Sublet.yml", t.getBytes(StandardCharsets.UTF_8)),
                new NegmasFolder.Source("landlord.yml", landlord), new NegmasFolder.Source("tenant.yml", tenant))));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void caseYaml() throws IOException {
        fuzz("CaseYaml", read("examples/labour-2026/case.yaml"), t -> CaseYaml.parse(t, Path.of("case.yaml")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void tournamentYaml() throws IOException {
        String text = read("examples/quick-tournament.yaml").replace("../scenarios", ROOT.resolve("scenarios")
                .toString()).replace("- coffee.yaml", "- " + ROOT.resolve("examples/coffee.yaml"));
        fuzz("TournamentYaml", text, t -> TournamentYaml.read(write("t.yaml", t)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void resultsJsonLine() {
        String line = ResultsJson.line(new SessionRecord(4, "Laptop-A", 1, 1234567890123L,
                List.of("boulware", "conceder"), List.of("Laptop-A-prof1", "Laptop-A-prof2"), "180rounds",
                "agreement", Map.of("Brand", "Dell"), 103, 103.0 / 181, 205, new double[] {0.904, 0.4},
                new double[] {0.61, 0.03}, 1.004, 0.03125, 0.3, new GeniusCsv.Analysis(0.5, Double.NaN, 0.7, true),
                null, null, 0.000123));
        fuzz("ResultsJson", line, ResultsJson::parse);
    }
}
