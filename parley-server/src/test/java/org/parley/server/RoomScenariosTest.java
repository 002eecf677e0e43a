package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.formats.Scenarios;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.CaseSimulation;
import org.parley.preference.Scenario;
import org.parley.server.rooms.RoomScenarios;
import org.parley.server.rooms.RoomSpec;
import org.parley.server.web.ApiError;

/**
 * The scenarios that ship with the server (the exercise form's choices, {@code {"shipped": ID}}) are the repository's
 * files they name, copied by the build; a case file given as YAML is the scenario {@code parley case simulate}
 * negotiates on.
 */
class RoomScenariosTest {

    @Test
    void everyShippedScenarioIsTheRepositorysFileItNames() throws Exception {
        RoomScenarios scenarios = new RoomScenarios(null);
        assertTrue(scenarios.shipped().size() >= 5, "a choice of scenarios: " + scenarios.shipped());
        var ids = new HashSet<String>();
        for (RoomScenarios.Shipped s : scenarios.shipped()) {
            assertTrue(ids.add(s.id()), "ids are unique: " + s.id());
            Scenario shipped = scenarios.scenario(s);
            assertEquals(2, shipped.profiles().size(), s.id() + ": an exercise pairs two parties");
            Path origin = TestServer.ROOT.resolve(s.origin());
            Scenario expected;
            if (s.origin().endsWith("case.yaml")) {
                expected = CaseSimulation.of(CaseYaml.read(origin)).scenario();
            } else if (s.origin().endsWith(".yaml")) {
                expected = Scenarios.load(List.of(origin));
            } else {
                List<Path> files = new ArrayList<>();
                for (String f : s.files()) {
                    files.add(origin.resolve(f.substring(f.lastIndexOf('/') + 1)));
                }
                assertTrue(Files.isDirectory(origin), s.origin());
                expected = Scenarios.load(files);
            }
            assertSame(expected, shipped, s.id());
        }
    }

    /** Same parties, issues, values, reservation values, discounts and the utility of every outcome. */
    static void assertSame(Scenario expected, Scenario actual, String what) {
        assertEquals(expected.domain().issues(), actual.domain().issues(), what);
        assertEquals(expected.profiles().size(), actual.profiles().size(), what);
        var space = expected.domain().outcomeSpace();
        for (int j = 0; j < expected.profiles().size(); j++) {
            var e = expected.profiles().get(j);
            var a = actual.profiles().get(j);
            assertEquals(e.name(), a.name(), what);
            assertEquals(e.reservationValue(), a.reservationValue(), 0, what);
            assertEquals(e.discountFactor(), a.discountFactor(), 0, what);
            for (long k = 0; k < space.sizeAsLong(); k++) {
                int[] o = space.outcome(k);
                assertEquals(e.utility(o), a.utility(o), 0, what + ": " + e.name() + " at outcome " + k);
            }
        }
    }

    @Test
    void aCaseFileGivenAsYamlIsTheScenarioCaseSimulateNegotiatesOn() throws Exception {
        Path labour = TestServer.ROOT.resolve("examples/labour-2026/case.yaml");
        ObjectNode ref = RoomsTest.JSON.createObjectNode().put("yaml", Files.readString(labour));
        CaseSimulation sim = CaseSimulation.of(CaseYaml.read(labour));
        assertSame(sim.scenario(), RoomSpec.readScenario(ref), "labour-2026");
        // a scenario stays a scenario, a case that is broken says where
        ObjectNode coffee = RoomsTest.JSON.createObjectNode().put("yaml",
                Files.readString(TestServer.ROOT.resolve("examples/coffee.yaml")));
        assertEquals(List.of("buyer", "seller"), RoomSpec.readScenario(coffee).profiles().stream()
                .map(p -> p.name()).toList());
        ObjectNode broken = RoomsTest.JSON.createObjectNode().put("yaml", Files.readString(labour)
                .replace("weights: {wage: 0.45,", "weights: {wage: oops,"));
        ApiError e = org.junit.jupiter.api.Assertions.assertThrows(ApiError.class,
                () -> RoomSpec.readScenario(broken));
        assertEquals(400, e.status());
        assertEquals("/scenario", e.path());
        assertTrue(e.getMessage().startsWith("case.yaml:"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
