package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DiscreteIssue;
import org.parley.formats.cases.CaseYaml;
import org.parley.formats.genius.GeniusDomain;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.geniusweb.GeniusWebJson;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Every reader gives the same result and the same error text from bytes and from a stream, named with the file's
 * path, as from the file itself.
 */
class ByteSourcesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path ANAC = ROOT.resolve("scenarios/anac");
    private static final Path WEB = ROOT.resolve("scenarios/geniusweb");
    private static final Path EXAMPLES = ROOT.resolve("examples");

    @TempDir
    Path tmp;

    /** A reader of one kind of input, three ways. */
    private record Reader<T>(String what, Function<Path, T> file, Function<Path, T> bytes, Function<Path, T> stream) {
    }

    private static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(Path f) {
        return new ByteArrayInputStream(bytes(f));
    }

    private static <T> Reader<T> reader(String what, Function<Path, T> file, Function<Path, T> bytes,
            Function<Path, T> stream) {
        return new Reader<>(what, file, bytes, stream);
    }

    private static final Reader<Object> GENIUS_DOMAIN = reader("GENIUS domain", GeniusXml::readGeniusDomain,
            f -> GeniusXml.readGeniusDomain(f.toString(), bytes(f)),
            f -> GeniusXml.readGeniusDomain(f.toString(), stream(f)));

    private static final Reader<Object> GENIUS_IMPLIED = reader("GENIUS profile with its implied domain",
            GeniusXml::readProfileWithImpliedDomain,
            f -> GeniusXml.readProfileWithImpliedDomain(f.toString(), bytes(f)),
            f -> GeniusXml.readProfileWithImpliedDomain(f.toString(), stream(f)));

    private static Reader<Object> geniusProfile(GeniusDomain d) {
        return reader("GENIUS profile", f -> GeniusXml.readProfile(f, d),
                f -> GeniusXml.readProfile(f.toString(), bytes(f), d),
                f -> GeniusXml.readProfile(f.toString(), stream(f), d));
    }

    private static final Reader<Object> WEB_DOMAIN = reader("GeniusWeb domain", GeniusWebJson::readDomain,
            f -> GeniusWebJson.readDomain(f.toString(), bytes(f)),
            f -> GeniusWebJson.readDomain(f.toString(), stream(f)));

    private static final Reader<Object> WEB_PROFILE = reader("GeniusWeb profile", GeniusWebJson::readProfile,
            f -> GeniusWebJson.readProfile(f.toString(), bytes(f)),
            f -> GeniusWebJson.readProfile(f.toString(), stream(f)));

    private static final Reader<Object> YAML = reader("parley YAML", ParleyYaml::read,
            f -> ParleyYaml.read(f.toString(), bytes(f)), f -> ParleyYaml.read(f.toString(), stream(f)));

    private static final Reader<Object> CASE = reader("case", CaseYaml::read,
            f -> CaseYaml.read(f.toString(), bytes(f)), f -> CaseYaml.read(f.toString(), stream(f)));

    private static final Reader<Object> TOURNAMENT = reader("tournament", TournamentYaml::read,
            f -> TournamentYaml.read(f.toString(), bytes(f), f.getParent()),
            f -> TournamentYaml.read(f.toString(), stream(f), f.getParent()));

    private static final Reader<Object> SCENARIO_ONE_FILE = reader("scenario", f -> Scenarios.load(List.of(f)),
            f -> Scenarios.read(List.of(new NamedBytes(f.toString(), bytes(f)))),
            f -> Scenarios.read(List.of(NamedBytes.read(f.toString(), stream(f), 1 << 26))));

    /** The same value (records compared component by component, arrays by content) all three ways. */
    private static void assertSameResult(Reader<Object> r, Path f) {
        Object fromFile = r.file().apply(f);
        assertNotNull(fromFile);
        assertSame(fromFile, r.bytes().apply(f), r.what() + " " + f + " from bytes");
        assertSame(fromFile, r.stream().apply(f), r.what() + " " + f + " from a stream");
    }

    /** The same one-line error all three ways; returns it. */
    private static String assertSameError(Reader<Object> r, Path f) {
        String fromFile = message(() -> r.file().apply(f));
        assertTrue(fromFile.startsWith(f + ":") || fromFile.startsWith(f + " at "), fromFile);
        assertEquals(fromFile, message(() -> r.bytes().apply(f)), r.what() + " " + f + " from bytes");
        assertEquals(fromFile, message(() -> r.stream().apply(f)), r.what() + " " + f + " from a stream");
        return fromFile;
    }

    private static String message(Supplier<Object> read) {
        return assertThrows(FormatException.class, read::get).getMessage();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, content);
        return f;
    }

    @Test
    void geniusXmlReadsTheSameFromBytes() throws IOException {
        Path laptop = ANAC.resolve("anac__y2012__Laptop");
        assertSameResult(GENIUS_DOMAIN, laptop.resolve("Laptop-A-domain.xml"));
        GeniusDomain d = GeniusXml.readGeniusDomain(laptop.resolve("Laptop-A-domain.xml"));
        assertSameResult(geniusProfile(d), laptop.resolve("Laptop-A-prof1.xml"));
        // root objective numbered 1, issues 2..n+1: indices come from the domain given, nothing is remembered
        Path fitness = ANAC.resolve("anac__y2012__Fitness");
        GeniusDomain fd = GeniusXml.readGeniusDomain(fitness.resolve("Fitness-A-domain.xml"));
        assertSameResult(geniusProfile(fd), fitness.resolve("Fitness-A-prof1.xml"));
        assertSameResult(GENIUS_IMPLIED, fitness.resolve("Fitness-A-prof2.xml"));
        // windows-1252 bytes, bare ampersands and a late XML declaration are repaired the same way
        Path quirky = write("quirky-domain.xml", concat("<!-- a domain -->\n<?xml version=\"1.0\"?>\n"
                + "<negotiation_template><utility_space><objective index=\"0\" name=\"r\">"
                + "<issue name=\"price\" index=\"1\"><item index=\"1\" value=\"AT & T\"/><item index=\"2\" value=\"",
                new byte[] {(byte) 0x80}, "10\"/></issue></objective></utility_space></negotiation_template>\n"));
        assertSameResult(GENIUS_DOMAIN, quirky);
        assertEquals(List.of("AT & T", "€10"), ((DiscreteIssue) GeniusXml.readDomain(quirky.toString(),
                bytes(quirky)).issue(0)).values());
    }

    @Test
    void geniusXmlFailsTheSameFromBytes() throws IOException {
        String head = "<negotiation_template><utility_space><objective index=\"0\" name=\"r\">\n";
        String tail = "</objective></utility_space></negotiation_template>\n";
        assertTrue(assertSameError(GENIUS_DOMAIN, write("noValues.xml", head
                + "<issue name=\"Price\" index=\"1\"></issue>\n" + tail)).endsWith("noValues.xml:2:1: issue 'Price' "
                + "has no values"));
        assertSameError(GENIUS_DOMAIN, write("unclosed.xml", head + "<issue name=\"a\" index=\"1\">\n" + tail));
        assertSameError(GENIUS_DOMAIN, write("doctype.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]>\n" + head + tail));
        assertSameError(GENIUS_DOMAIN, write("empty.xml", "  \n"));
        assertSameError(GENIUS_DOMAIN, write("profile-as-domain.xml", "<utility_space/>"));
        assertSameError(GENIUS_DOMAIN, write("utf16.xml", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<', (byte) 0xD8}));
        GeniusDomain d = GeniusXml.readGeniusDomain(ANAC.resolve("anac__y2012__Laptop/Laptop-A-domain.xml"));
        assertTrue(assertSameError(geniusProfile(d), write("unknownIndex.xml", "<utility_space>\n"
                + "<objective index=\"0\" name=\"r\">\n<issue name=\"x\" index=\"9\" type=\"discrete\"/>\n"
                + "</objective></utility_space>\n")).contains(":3:1: unknown issue index 9"));
        assertSameError(geniusProfile(d), write("domain-as-profile.xml", head + tail));
        assertSameError(GENIUS_IMPLIED, write("constraint.xml", "<utility_space type=\"constraint\"/>"));
    }

    @Test
    void geniusWebJsonReadsTheSameFromBytes() {
        assertSameResult(WEB_DOMAIN, WEB.resolve("Party/party.json"));
        assertSameResult(WEB_PROFILE, WEB.resolve("Party/party1.json"));
        var domain = GeniusWebJson.readDomain(WEB.resolve("Party/party.json"));
        Path f = WEB.resolve("Party/party2.json");
        assertSame(GeniusWebJson.readProfile(f, domain), GeniusWebJson.readProfile(f.toString(), bytes(f), domain),
                "profile of a given domain");
        assertSame(GeniusWebJson.readProfile(f, domain), GeniusWebJson.readProfile(f.toString(), stream(f), domain),
                "profile of a given domain, streamed");
    }

    @Test
    void geniusWebJsonFailsTheSameFromBytes() throws IOException {
        assertTrue(assertSameError(WEB_DOMAIN, write("broken.json", "{\"name\": \"d\",\n \"issuesValues\": {"))
                .contains("broken.json:2:"));
        assertTrue(assertSameError(WEB_DOMAIN, write("noIssues.json", "{\"name\": \"d\", \"issuesValues\": {}}"))
                .endsWith("noIssues.json at $.issuesValues: the domain has no issues"));
        assertSameError(WEB_DOMAIN, write("latin1.json", new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'}));
        assertSameError(WEB_DOMAIN, write("empty.json", ""));
        assertSameError(WEB_PROFILE, write("domain.json", "{\"name\": \"d\", \"issuesValues\": {\"a\": "
                + "{\"values\": [\"x\"]}}}"));
        assertSameError(WEB_PROFILE, write("wrongClass.json", "{\"SumOfGroupsUtilitySpace\": {}}"));
    }

    @Test
    void parleyYamlReadsAndFailsTheSameFromBytes() throws IOException {
        assertSameResult(YAML, EXAMPLES.resolve("coffee.yaml"));
        String coffee = Files.readString(EXAMPLES.resolve("coffee.yaml"));
        assertTrue(assertSameError(YAML, write("typo.yaml", coffee.replace("weights:", "wieghts:")))
                .contains("unknown key 'wieghts'; did you mean 'weights'?"));
        assertSameError(YAML, write("version.yaml", coffee.replace("parley: 1", "parley: 2")));
        assertSameError(YAML, write("tabs.yaml", "parley: 1\n\tname: x\n"));
        assertSameError(YAML, write("latin1.yaml", new byte[] {'n', ':', ' ', (byte) 0xE9}));
        assertEquals(tmp.resolve("huge.yaml") + ": file is larger than the limit of 16777216 bytes (16 MiB)",
                assertSameError(YAML, write("huge.yaml", new byte[ParleyYaml.MAX_BYTES + 1])));
    }

    @Test
    void caseYamlReadsAndFailsTheSameFromBytes() throws IOException {
        Path labour = EXAMPLES.resolve("labour-2026/case.yaml");
        assertSameResult(CASE, labour);
        assertSameResult(CASE, EXAMPLES.resolve("peace-talks-2025/case.yaml"));
        String text = Files.readString(labour);
        assertSameError(CASE, write("typo/case.yaml", text.replaceFirst("\nissues:", "\nisues:")));
        assertSameError(CASE, write("syntax/case.yaml", text + "\n  - : [\n"));
        assertSameError(CASE, write("list/case.yaml", "- a\n- b\n"));
        assertSameError(CASE, write("huge/case.yaml", new byte[CaseYaml.MAX_BYTES + 1]));
    }

    @Test
    void tournamentYamlReadsAndFailsTheSameFromBytes() throws IOException {
        assertSameResult(TOURNAMENT, EXAMPLES.resolve("quick-tournament.yaml"));
        String quick = Files.readString(EXAMPLES.resolve("quick-tournament.yaml"));
        Path moved = write("moved.yaml", quick.replace("../scenarios/", EXAMPLES.toAbsolutePath()
                .resolve("../scenarios/").normalize() + "/").replace("- coffee.yaml", "- "
                + EXAMPLES.toAbsolutePath().resolve("coffee.yaml").normalize()));
        assertSameResult(TOURNAMENT, moved);
        assertTrue(assertSameError(TOURNAMENT, write("unknown.yaml", quick.replace("seed: 42", "sede: 42")))
                .contains("unknown key 'sede'"));
        assertTrue(assertSameError(TOURNAMENT, write("missing.yaml", quick)).contains("no file matches"),
                "scenario globs are resolved against the folder given with the bytes");
        assertSameError(TOURNAMENT, write("huge.yaml", new byte[TournamentYaml.MAX_BYTES + 1]));
    }

    @Test
    void scenariosLoadTheSameFromNamedBytes() throws IOException {
        Path laptop = ANAC.resolve("anac__y2012__Laptop");
        List<Path> genius = List.of(laptop.resolve("Laptop-B-domain.xml"), laptop.resolve("Laptop-B-prof1.xml"),
                laptop.resolve("Laptop-B-prof2.xml"));
        List<Path> web = List.of(WEB.resolve("Party/party.json"), WEB.resolve("Party/party1.json"),
                WEB.resolve("Party/party2.json"));
        for (List<Path> files : List.of(genius, web, List.of(EXAMPLES.resolve("coffee.yaml")))) {
            Scenario fromFiles = Scenarios.load(files);
            Scenario fromBytes = Scenarios.read(named(files));
            assertSame(fromFiles, fromBytes, files.toString());
            assertEquals(ParleyYaml.toString(fromFiles), ParleyYaml.toString(fromBytes), files.toString());
        }
        assertSameResult(SCENARIO_ONE_FILE, EXAMPLES.resolve("coffee.yaml"));
        Path notes = write("notes.txt", "hello");
        assertEquals(message(() -> Scenarios.load(List.of(notes))), message(() -> Scenarios.read(named(
                List.of(notes)))));
        List<Path> mixed = List.of(genius.get(0), web.get(1));
        assertEquals(message(() -> Scenarios.load(mixed)), message(() -> Scenarios.read(named(mixed))));
        Path badProfile = write("Laptop-B-prof3.xml", "<utility_space>\n<weight index=\"1\" value=\"x\"/>\n"
                + "</utility_space>\n");
        List<Path> withBad = List.of(genius.get(0), badProfile);
        assertEquals(message(() -> Scenarios.load(withBad)), message(() -> Scenarios.read(named(withBad))));
    }

    @Test
    void negmasFoldersReadAndFailTheSameFromNamedBytes() throws IOException {
        for (String name : List.of("Sublet", "Pie7")) {
            Path folder = ROOT.resolve("scenarios/negmas").resolve(name);
            NegmasFolder.Read fromFolder = NegmasFolder.read(folder);
            NegmasFolder.Read fromBytes = NegmasFolder.read(name, sources(folder));
            assertSame(fromFolder.scenario(), fromBytes.scenario(), name);
            assertEquals(fromFolder.notes(), fromBytes.notes(), name);
        }
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        for (Path f : NegmasFolder.yamlFiles(ROOT.resolve("scenarios/negmas/Sublet"))) {
            Files.writeString(broken.resolve(f.getFileName()), Files.readString(f).replaceFirst(":", ": [\n"));
        }
        String fromFolder = message(() -> NegmasFolder.read(broken));
        assertTrue(fromFolder.startsWith(broken.toString()), fromFolder);
        List<NegmasFolder.Source> brokenSources = sources(broken);
        assertEquals(fromFolder, message(() -> NegmasFolder.read("broken", brokenSources)));
    }

    private static List<NegmasFolder.Source> sources(Path folder) throws IOException {
        List<NegmasFolder.Source> out = new ArrayList<>();
        for (Path f : NegmasFolder.yamlFiles(folder)) {
            out.add(new NegmasFolder.Source(f.toString(), bytes(f)));
        }
        return out;
    }

    @Test
    void namedBytesAreACopy() {
        byte[] b = "parley: 1".getBytes(StandardCharsets.UTF_8);
        NamedBytes n = new NamedBytes("x.yaml", b);
        b[0] = 'X';
        n.bytes()[1] = 'X';
        assertEquals("parley: 1", new String(n.bytes(), StandardCharsets.UTF_8));
        assertEquals(9, n.size());
        assertEquals(tmp + ": file is larger than the limit of 4 bytes", message(() -> NamedBytes.read(tmp.toString(),
                new ByteArrayInputStream(b), 4)));
        assertEquals("Laptop.xml", Sources.fileName("uploads/7/Laptop.xml"));
        assertEquals("Laptop.xml", Sources.fileName("C:\\Users\\me\\Laptop.xml"));
        assertEquals("Laptop.xml", Sources.fileName("Laptop.xml"));
        assertEquals("", Sources.fileName(null));
    }

    private static List<NamedBytes> named(List<Path> files) {
        List<NamedBytes> out = new ArrayList<>();
        for (Path f : files) {
            out.add(new NamedBytes(f.toString(), bytes(f)));
        }
        return out;
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    /**
     * Deep equality for what the readers return: records component by component, lists, maps and arrays element by
     * element; profiles and scenarios also through their lossless parley YAML text (utility functions are classes
     * without value equality).
     */
    static void assertSame(Object a, Object b, String path) {
        if (a == null || b == null) {
            assertEquals(a, b, path);
            return;
        }
        assertEquals(a.getClass(), b.getClass(), path);
        if (a instanceof Scenario s) {
            assertEquals(ParleyYaml.toString(s), ParleyYaml.toString((Scenario) b), path);
        } else if (a instanceof Profile p) {
            Profile q = (Profile) b;
            assertEquals(ParleyYaml.toString(new Scenario("s", p.domain(), List.of(p))),
                    ParleyYaml.toString(new Scenario("s", q.domain(), List.of(q))), path);
            return;
        } else if (a instanceof GeniusDomain g) {
            assertEquals(g.issueIndices(), ((GeniusDomain) b).issueIndices(), path);
            assertSame(g.domain(), ((GeniusDomain) b).domain(), path + ".domain");
            return;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    assertSame(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    fail(path + "." + c.getName() + ": " + e);
                }
            }
        } else if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            assertEquals(la.size(), lb.size(), path + ".size");
            for (int i = 0; i < la.size(); i++) {
                assertSame(la.get(i), lb.get(i), path + "[" + i + "]");
            }
        } else if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            assertEquals(List.copyOf(ma.keySet()), List.copyOf(mb.keySet()), path + ".keys");
            for (Object k : ma.keySet()) {
                assertSame(ma.get(k), mb.get(k), path + "[" + k + "]");
            }
        } else if (a.getClass().isArray()) {
            assertEquals(Array.getLength(a), Array.getLength(b), path + ".length");
            for (int i = 0; i < Array.getLength(a); i++) {
                assertSame(Array.get(a, i), Array.get(b, i), path + "[" + i + "]");
            }
        } else if (!(a instanceof Scenario)) {
            assertEquals(a, b, path);
        }
    }
}
