package org.parley.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.formats.FormatException;
import org.parley.formats.tournament.ScenarioSource;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.preference.Scenario;
import org.parley.tournament.PlannedSession;
import org.parley.tournament.TournamentPlan;

/**
 * Issue 13: ANAC 2010's ItexvsCypress folder holds four profiles, two per side (Itex, Itex50 and Cypress,
 * Cypress100). A tournament entry with {@code sides:} plays only pairings across the sides; without it every ordered
 * pair of the four profiles is played, as before.
 */
class TournamentSidesTest {

    static final Path FOLDER = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
            .resolve("anac/anac__y2010__ItexvsCypress").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path write(String scenarioEntry) throws IOException {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, "parley-tournament: 1\nagents:\n  - boulware\n  - conceder\nscenarios:\n" + scenarioEntry);
        return f;
    }

    private static String side(String profile) {
        return profile.substring(profile.indexOf('_') + 1).startsWith("Itex") ? "Itex" : "Cypress";
    }

    @Test
    void withSidesOnlyCrossSidePairingsArePlayed() throws IOException {
        Path f = write("  - domain: " + FOLDER.resolve("ItexvsCypress_domain.xml") + "\n"
                + "    sides: [['*_Itex*.xml'], ['*_Cypress.xml', '*_Cypress100.xml']]\n");
        TournamentDefinition d = TournamentYaml.read(f);
        assertEquals(List.of("ItexvsCypress/ItexvsCypress_Itex+ItexvsCypress_Cypress",
                "ItexvsCypress/ItexvsCypress_Itex+ItexvsCypress_Cypress100",
                "ItexvsCypress/ItexvsCypress_Itex50+ItexvsCypress_Cypress",
                "ItexvsCypress/ItexvsCypress_Itex50+ItexvsCypress_Cypress100"),
                d.scenarios().stream().map(ScenarioSource::name).toList());
        List<Scenario> loaded = TournamentScenarios.load(d.scenarios());
        TournamentPlan plan = TournamentPlan.of(d.settings(), loaded);
        // 4 choices of a profile per side, 2 ordered pairs of agents, 2 seatings of the chosen profiles
        assertEquals(4 * 2 * 2, plan.size());
        Set<String> pairs = new HashSet<>();
        for (int id = 0; id < plan.size(); id++) {
            PlannedSession s = plan.session(id);
            Scenario sc = loaded.get(s.scenario());
            String a = sc.profiles().get(s.profiles()[0]).name();
            String b = sc.profiles().get(s.profiles()[1]).name();
            assertFalse(side(a).equals(side(b)), "session " + id + " seats " + a + " against " + b);
            pairs.add(a + " vs " + b);
        }
        // every cross-side pair, in both seatings
        assertEquals(8, pairs.size(), pairs.toString());
    }

    @Test
    void withoutSidesEveryOrderedPairIsPlayedAsBefore() throws IOException {
        Path f = write("  - domain: " + FOLDER.resolve("ItexvsCypress_domain.xml") + "\n");
        TournamentDefinition d = TournamentYaml.read(f);
        assertEquals(List.of("ItexvsCypress"), d.scenarios().stream().map(ScenarioSource::name).toList());
        List<Scenario> loaded = TournamentScenarios.load(d.scenarios());
        TournamentPlan plan = TournamentPlan.of(d.settings(), loaded);
        assertEquals(2 * 4 * 3, plan.size());
        boolean sameSide = false;
        for (int id = 0; id < plan.size(); id++) {
            PlannedSession s = plan.session(id);
            Scenario sc = loaded.get(0);
            sameSide |= side(sc.profiles().get(s.profiles()[0]).name())
                    .equals(side(sc.profiles().get(s.profiles()[1]).name()));
        }
        assertTrue(sameSide, "without sides, Cypress meets Cypress100 (the warning's case)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown profile   | [['*_Itex.xml'], ['*_Cypres.xml']]              | :7:30: '*_Cypres.xml' matches none of the profiles of scenario 'ItexvsCypress' (ItexvsCypress_Cypress.xml, ItexvsCypress_Cypress100.xml, ItexvsCypress_Itex.xml, ItexvsCypress_Itex50.xml); sides name profiles by file name
            in two sides      | [['*_Itex*.xml', '*_Cypress.xml'], ['*_Cypress*.xml']] | :7:48: profile ItexvsCypress_Cypress.xml is in side 1 and side 2; a profile belongs to one side
            empty side        | [['*_Itex.xml'], []]                            | :7:29: side 2 lists no profile
            too many sides    | [['*_Itex.xml'], ['*_Cypress.xml'], ['*_Itex50.xml']] | :7:12: sides lists 3 side(s); a session has 2 parties ('parties'), one profile from each side
            """)
    void badSidesAreOneLineErrorsWithLineAndColumn(String name, String sides, String expected) throws IOException {
        Path f = write("  - domain: " + FOLDER.resolve("ItexvsCypress_domain.xml") + "\n    sides: " + sides + "\n");
        FormatException e = assertThrows(FormatException.class, () -> TournamentYaml.read(f));
        assertEquals(f + expected, e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void sidesOfAYamlScenarioAreRefused() throws IOException {
        Path coffee = tmp.resolve("coffee.yaml");
        Files.copy(TournamentYamlTest.EXAMPLES.resolve("coffee.yaml"), coffee);
        Path f = write("  - domain: coffee.yaml\n    sides: [[a], [b]]\n");
        FormatException e = assertThrows(FormatException.class, () -> TournamentYaml.read(f));
        assertEquals(f + ":7:5: a YAML scenario holds its own parties; drop 'sides'", e.getMessage());
    }
}
