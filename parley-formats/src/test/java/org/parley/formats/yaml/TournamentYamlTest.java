package org.parley.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.AgentRegistry;
import org.parley.agent.champions.Champions;
import org.parley.formats.FormatException;
import org.parley.formats.tournament.ScenarioSource;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.snt.TextVoter;
import org.parley.tournament.Entrant;
import org.parley.tournament.TournamentPlan;
import org.parley.tournament.TournamentSettings;

class TournamentYamlTest {

    static final Path EXAMPLES = Paths.get(System.getProperty("parley.scenarios", "../scenarios")).getParent()
            .resolve("examples");

    @TempDir
    Path tmp;

    @Test
    void readsTheQuickExample() {
        TournamentDefinition d = TournamentYaml.read(EXAMPLES.resolve("quick-tournament.yaml"));
        TournamentSettings s = d.settings();
        assertEquals("quick", d.name());
        assertEquals(42, s.seed());
        assertEquals(Deadline.rounds(180), s.deadline());
        assertEquals(3, s.repetitions());
        assertEquals(TournamentSettings.Roles.ALL, s.roles());
        assertEquals(5.0, s.callBudgetSeconds());
        assertEquals(List.of("boulware", "conceder", "linear", "tit-for-tat", "micro", "random"),
                s.agents().stream().map(Entrant::name).toList());
        assertEquals(List.of("FiftyFifty-A", "ItexvsCypress-A", "Laptop-A", "party", "coffee"),
                d.scenarios().stream().map(ScenarioSource::name).toList());
        ScenarioSource laptop = d.scenarios().get(2);
        assertEquals(List.of("Laptop-A-domain.xml", "Laptop-A-prof1.xml", "Laptop-A-prof2.xml"),
                laptop.files().stream().map(p -> p.getFileName().toString()).toList());
        List<Scenario> loaded = TournamentScenarios.load(d.scenarios());
        assertEquals("Laptop-A", loaded.get(2).name());
        assertEquals(6 * 5 * 2 * 3 * 5, TournamentPlan.of(s, loaded).size());
    }

    @Test
    void theAnacExampleListsEveryRegisteredAgentAndAll72Scenarios() {
        TournamentDefinition d = TournamentYaml.read(EXAMPLES.resolve("anac2012-tournament.yaml"));
        List<String> champions = new ArrayList<>();
        Champions.names().forEach(champions::add);
        List<String> registered = AgentRegistry.builtIns().names().stream()
                .filter(n -> !n.startsWith("test-") && bare(n) && !voter(n)).filter(n -> !champions.contains(n))
                .collect(Collectors.toList());
        assertEquals(registered, d.settings().agents().stream().map(Entrant::name).sorted().toList(),
                "the example should name every alternating-offers agent parley ships but the champions");
        assertEquals(72, d.scenarios().size());
        assertTrue(d.scenarios().stream().allMatch(s -> s.files().size() == 3));
        assertEquals("Acquisition-A", d.scenarios().get(0).name());
        assertEquals("Travel-C", d.scenarios().get(71).name());
        assertEquals(10, d.settings().repetitions());
    }

    @Test
    void theChampionsExampleListsEveryChampionAndTheClassicAgents() {
        TournamentDefinition d = TournamentYaml.read(EXAMPLES.resolve("anac2012-champions.yaml"));
        List<String> expected = new ArrayList<>();
        Champions.names().forEach(expected::add);
        expected.addAll(List.of("boulware", "conceder", "linear", "hardliner"));
        assertEquals(expected, d.settings().agents().stream().map(Entrant::name).toList());
        assertEquals(72, d.scenarios().size());
    }

    @Test
    void defaultsAndMappingForms() throws IOException {
        Path f = write("""
                parley-tournament: 1
                agents: [boulware, {name: slow, spec: "boulware?genius"}]
                scenarios:
                  - {domain: %s}
                """.formatted(anac("Laptop", "Laptop-B-domain.xml")));
        TournamentDefinition d = TournamentYaml.read(f);
        TournamentSettings s = d.settings();
        assertEquals(0, s.seed());
        assertEquals(Deadline.rounds(180), s.deadline());
        assertEquals(1, s.repetitions());
        assertEquals(2, s.parties());
        assertEquals(false, s.selfPlay());
        assertEquals(TournamentSettings.DEFAULT_ROUND_CALL_BUDGET, s.callBudgetSeconds());
        assertEquals(new Entrant("slow", "boulware?genius"), s.agents().get(1));
        assertEquals("Laptop-B", d.scenarios().get(0).name());
        assertEquals("t", d.name());
        Path timed = write("""
                parley-tournament: 1
                deadline: {seconds: 0.5}
                agents: [boulware, conceder]
                scenarios: [%s]
                """.formatted(EXAMPLES.resolve("coffee.yaml").toAbsolutePath()));
        assertEquals(0.5, TournamentYaml.read(timed).settings().callBudgetSeconds(), "time deadlines: the deadline");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no version       | `parley-tournament: 1`          | `name: x`                      | `:1:1: missing 'parley-tournament: 1' (the format version) at the top of the file`
            bad version      | `parley-tournament: 1`          | `parley-tournament: 2`         | `:1:20: unsupported format version 2; this parley reads version 1`
            unknown key      | `seed: 3`                       | `sed: 3`                       | `:2:1: unknown key 'sed'; did you mean 'seed'?`
            bad roles        | `roles: all`                    | `roles: both`                  | `:4:8: roles must be 'all' (every ordering of the profiles) or 'fixed' (file order), got 'both'`
            zero reps        | `repetitions: 2`                | `repetitions: 0`               | `:5:14: repetitions must lie in 1..1000000, got 0`
            two deadlines    | `deadline: {rounds: 60}`        | `deadline: {rounds: 6, seconds: 1}` | `:3:11: deadline needs exactly one of 'rounds: N' or 'seconds: S'`
            self-play text   | `self-play: false`              | `self-play: no`                | `:6:12: self-play must be true or false, got 'no'`
            bad budget       | `call-budget: 2`                | `call-budget: -1`              | `:7:14: call-budget must be a number of seconds in (0, 86400], got -1.0`
            bad protocol     | `call-budget: 2`                | `protocol: snt(rule=all)`      | `:7:11: unknown voting rule 'all'; use veto or majority`
            protocol typo    | `call-budget: 2`                | `protocol: sopa`               | `:7:11: unknown protocol 'sopa'`
            unknown agent    | `  - conceder`                  | `  - concedr`                  | `:10:5: unknown agent 'concedr'; known: `
            same agent twice | `  - conceder`                  | `  - boulware`                 | `:10:5: a second agent named 'boulware' (the first is at 9:5); give it another name with {name: ..., spec: ...}`
            too few agents   | `  - conceder`                  | `  - {name: b2, spec: boulware}` | `:1:1: 3 parties per session without self-play need at least 3 agents, got 2 (add agents or set self-play: true)`
            glob no match    | `  - coffee.yaml`               | `  - nowhere/*-domain.xml`     | `:12:5: no file matches 'nowhere/*-domain.xml' (looked in`
            missing file     | `  - coffee.yaml`               | `  - cofee.yaml`               | `:12:5: no such file: `
            """)
    void badFilesAreOneLineErrorsWithLineAndColumn(String name, String from, String to, String expected)
            throws IOException {
        Files.copy(EXAMPLES.resolve("coffee.yaml"), tmp.resolve("coffee.yaml"));
        String base = """
                parley-tournament: 1
                seed: 3
                deadline: {rounds: 60}
                roles: all
                repetitions: 2
                self-play: false
                call-budget: 2
                agents:
                  - boulware
                  - conceder
                scenarios:
                  - coffee.yaml
                """;
        String text = base.replace(from, to);
        if (name.equals("too few agents")) {
            text = text.replace("roles: all", "roles: all\nparties: 3").replace("call-budget: 2\n", "");
        }
        Path f = write(text);
        FormatException e = assertThrows(FormatException.class, () -> TournamentYaml.read(f));
        assertTrue(e.getMessage().startsWith(f + expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** A class folder whose service file registers {@link YamlTestProvider}. */
    private Path providerFolder(String name) throws IOException {
        Path services = tmp.resolve(name).resolve(AgentRegistry.SERVICE_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(services, YamlTestProvider.class.getName() + "\n");
        return tmp.resolve(name);
    }

    @Test
    void agentPathAddsAgentsRelativeToTheFile() throws IOException {
        Files.copy(EXAMPLES.resolve("coffee.yaml"), tmp.resolve("coffee.yaml"));
        Path folder = providerFolder("providers");
        Path f = write("""
                parley-tournament: 1
                agentPath: providers
                agents: [boulware, yaml-agent]
                scenarios: [coffee.yaml]
                """);
        TournamentDefinition d = TournamentYaml.read(f);
        assertEquals(List.of(folder.normalize()), d.agentPath());
        assertEquals(List.of("boulware", "yaml-agent"), d.settings().agents().stream().map(Entrant::spec).toList());
        Path list = write("""
                parley-tournament: 1
                agentPath: [providers, ./providers/../providers]
                agents: [yaml-agent, conceder]
                scenarios: [coffee.yaml]
                """);
        assertEquals(2, TournamentYaml.read(list).agentPath().size());
        Path without = write("""
                parley-tournament: 1
                agents: [boulware, yaml-agent]
                scenarios: [coffee.yaml]
                """);
        String m = assertThrows(FormatException.class, () -> TournamentYaml.read(without)).getMessage();
        assertTrue(m.startsWith(without + ":2:20: unknown agent 'yaml-agent'; known: agentgg, agentk, atlas3, boa, "), m);
        assertTrue(m.endsWith("; list its jar or folder under agentPath: in this file (docs/tournament.md)"), m);
        assertTrue(!m.contains("--"), "no command-line flag below the CLI: " + m);
        Path missing = write("""
                parley-tournament: 1
                agentPath: [providers, nowhere]
                agents: [boulware, yaml-agent]
                scenarios: [coffee.yaml]
                """);
        m = assertThrows(FormatException.class, () -> TournamentYaml.read(missing)).getMessage();
        assertEquals(missing + ":2:12: agent path " + tmp.resolve("nowhere").toAbsolutePath().normalize()
                + " does not exist", m);
    }

    @Test
    void profilesOfAYamlScenarioAndMissingProfilesAreRefused() throws IOException {
        Files.copy(EXAMPLES.resolve("coffee.yaml"), tmp.resolve("coffee.yaml"));
        Files.writeString(tmp.resolve("lonely-domain.xml"), "<negotiation_template/>");
        Path f = write("""
                parley-tournament: 1
                agents: [boulware, conceder]
                scenarios:
                  - {domain: coffee.yaml, profiles: [coffee.yaml]}
                """);
        String yaml = assertThrows(FormatException.class, () -> TournamentYaml.read(f)).getMessage();
        assertTrue(yaml.endsWith(":4:27: a YAML scenario holds its own parties; drop 'profiles'"), yaml);
        Path g = write("""
                parley-tournament: 1
                agents: [boulware, conceder]
                scenarios: [lonely-domain.xml]
                """);
        String m = assertThrows(FormatException.class, () -> TournamentYaml.read(g)).getMessage();
        assertTrue(m.contains(":3:13: found no profiles for domain ") && m.contains("(files named lonely-*.xml next "
                + "to it); list them with {domain: ..., profiles: [...]}"), m);
    }

    @Test
    void clashingDefaultNamesGetTheirFolder() throws IOException {
        for (String dir : List.of("one", "two")) {
            Files.createDirectories(tmp.resolve(dir));
            Files.copy(EXAMPLES.resolve("coffee.yaml"), tmp.resolve(dir).resolve("coffee.yaml"));
        }
        Path f = write("""
                parley-tournament: 1
                agents: [boulware, conceder]
                scenarios: ["*/coffee.yaml"]
                """);
        assertEquals(List.of("coffee", "two/coffee"), TournamentYaml.read(f).scenarios().stream()
                .map(ScenarioSource::name).toList());
    }

    /** Whether {@code name} is a party of the single negotiating text only (no alternating-offers behaviour). */
    private static boolean voter(String name) {
        return AgentRegistry.builtIns().factory(name).create() instanceof TextVoter;
    }

    /** True for agent names that work without arguments (a spec parser such as {@code boa} may need some). */
    private static boolean bare(String name) {
        try {
            AgentRegistry.builtIns().factory(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String anac(String domain, String file) {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
                .resolve("anac/anac__y2012__" + domain).resolve(file).toString();
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, text);
        return f;
    }
}
