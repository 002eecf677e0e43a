package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.agent.AgentRegistry;
import org.parley.app.CaseSimulateJob;
import org.parley.app.NegotiateJob;
import org.parley.app.json.NegotiationJson;
import org.parley.app.json.OutcomeJson;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseSimulation;
import org.parley.protocol.Deadline;

/**
 * Rooms on a case (issue 10: "any scenario parley reads ... or a case"): a case of this site ({@code {"case": ID}})
 * or a case file given inline ({@code {"yaml": CASE}}) is the scenario {@code parley case simulate} negotiates on;
 * only those who may export the case may make a room of it; a room keeps the case as it was when it was made. Also
 * the shipped scenarios ({@code {"shipped": ID}}).
 */
@Timeout(300)
class RoomsFromCasesTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final String LABOUR = "labour-2026";

    static String request(ObjectNode scenario, String seats, String deadline, long seed) {
        return RoomsTest.room(scenario, seats, deadline, seed);
    }

    static ObjectNode ref(String key, String value) {
        return RoomsTest.JSON.createObjectNode().put(key, value);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRoomOfAgentsOnACaseGivesWhatCaseSimulateGives(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            ApiTest.create(http, t.adminToken(), TestServer.example(LABOUR));
            String agents = "[{\"agent\": \"boulware\"}, {\"agent\": \"conceder\"}]";
            Http.Response stored = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("case", LABOUR),
                    agents, "{\"rounds\": 60}", 7));
            assertEquals(201, stored.status(), stored.body());
            Http.Response inline = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("yaml",
                    TestServer.example(LABOUR)), agents, "{\"rounds\": 60}", 7));
            assertEquals(201, inline.status(), inline.body());
            Case c = CaseYaml.parse(TestServer.example(LABOUR), null);
            CaseSimulation sim = CaseSimulation.of(c);
            assertEquals(sim.notes(), RoomsTest.JSON.convertValue(stored.json().get("notes"), List.class),
                    "the translation's notes, as case simulate reports them");
            JsonNode a = RoomsTest.waitFor(http, stored.json().get("id").asText(), t.adminToken(),
                    x -> x.get("status").asText().equals("ended")).get("result");
            JsonNode b = RoomsTest.waitFor(http, inline.json().get("id").asText(), t.adminToken(),
                    x -> x.get("status").asText().equals("ended")).get("result");
            try (AgentRegistry registry = AgentRegistry.builtIns()) {
                NegotiateJob.Result negotiated = new NegotiateJob(registry::factory).run(new NegotiateJob.Request(
                        sim.scenario(), List.of("boulware", "conceder"), Deadline.rounds(60), 7, null, false));
                assertEquals(NegotiationJson.tree(negotiated), a, "negotiate on the case's scenario");
                assertEquals(a, b, "the case of this site and the same case file inline");
                CaseSimulateJob.Result simulated = new CaseSimulateJob(registry::factory).run(
                        new CaseSimulateJob.Request(c, List.of("boulware", "conceder"), 60, 7));
                assertTrue(simulated.session().hasAgreement() && simulated.session().actions() > 2,
                        "a real session with an agreement: " + simulated.session().actions() + " actions");
                assertEquals(OutcomeJson.toJson(sim.scenario().domain(), simulated.session().agreement()),
                        a.get("agreement").get("outcome"), "case simulate's agreement");
                for (int j = 0; j < 2; j++) {
                    assertEquals(simulated.session().utilities()[j], a.get("utilities").get(j).doubleValue(), 1e-9);
                    assertEquals(simulated.session().discountedUtilities()[j],
                            a.get("discountedUtilities").get(j).doubleValue(), 1e-9);
                }
                assertEquals(simulated.session().actions(), a.get("actions").intValue());
                assertEquals(List.of("union", "employer"), List.of(a.get("parties").get(0).asText(),
                        a.get("parties").get(1).asText()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyThoseWhoMayExportACaseMakeARoomOfIt(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            JsonNode labour = ApiTest.create(http, t.adminToken(), TestServer.example(LABOUR)).get("tokens");
            String persons = "[{\"person\": \"Ann\"}, {\"person\": \"Bob\"}]";
            String rounds = "{\"rounds\": 10}";
            // the mediator of another case: not told whether the case exists
            for (String other : List.of(LABOUR, "no-such-case")) {
                Http.Response r = http.json("POST", "/api/v1/rooms", s.mediator(), request(ref("case", other),
                        persons, rounds, 0));
                assertError(r, 403, "/scenario/case", "you are not a member of case '" + other + "'");
            }
            assertError(http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("case", "no-such-case"),
                    persons, rounds, 0)), 404, "/scenario/case", "there is no case 'no-such-case'");
            // its own case, while the parties keep their preferences private
            String peace = "peace-talks-2025";
            assertError(http.json("POST", "/api/v1/rooms", s.mediator(), request(ref("case", peace), persons, rounds,
                    0)), 403, "/scenario/case", "a room made from case 'peace-talks-2025' holds every party's "
                            + "preferences: the administrator may make one, or the case's mediator once every party "
                            + "shares its preferences (not all do yet)");
            ObjectNode exercise = RoomsTest.JSON.createObjectNode();
            exercise.set("scenario", ref("case", peace));
            exercise.putObject("deadline").put("rounds", 10);
            exercise.put("pairs", 1);
            assertError(http.json("POST", "/api/v1/exercises", s.mediator(), exercise.toString()), 403,
                    "/scenario/case", null);
            assertEquals(200, http.json("PUT", SecurityTest.CASE + "/parties/ukraine/sharing", s.ukraine(),
                    "{\"share\": true}").status());
            assertError(http.json("POST", "/api/v1/rooms", s.mediator(), request(ref("case", peace), persons, rounds,
                    0)), 403, "/scenario/case", null);
            assertEquals(200, http.json("PUT", SecurityTest.CASE + "/parties/russia/sharing", s.russia(),
                    "{\"share\": true}").status());
            Http.Response made = http.json("POST", "/api/v1/rooms", s.mediator(), request(ref("case", peace), persons,
                    rounds, 0));
            assertEquals(201, made.status(), made.body());
            assertTrue(made.json().get("notes").toString().contains("left unresolved at the status quo"),
                    made.body());
            Http.Response x = http.json("POST", "/api/v1/exercises", s.mediator(), exercise.toString());
            assertEquals(201, x.status(), x.body());
            // the other case's mediator still may not, nor may a party or a seat make rooms at all
            assertError(http.json("POST", "/api/v1/rooms", labour.get("mediator").asText(), request(ref("case",
                    peace), persons, rounds, 0)), 403, "/scenario/case", null);
            String seat = made.json().get("tokens").get("0").asText();
            for (String token : List.of(s.ukraine(), s.observer(), seat)) {
                assertEquals(403, http.json("POST", "/api/v1/rooms", token, request(ref("case", peace), persons,
                        rounds, 0)).status());
                assertEquals(403, http.json("POST", "/api/v1/exercises", token, exercise.toString()).status());
            }
            // a reference is one key; an unknown shipped scenario names the known ones
            ObjectNode mixed = ref("case", peace).put("yaml", TestServer.example(LABOUR));
            assertError(http.json("POST", "/api/v1/rooms", t.adminToken(), request(mixed, persons, rounds, 0)), 400,
                    "/scenario", null);
            Http.Response unknown = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("shipped", "nope"),
                    persons, rounds, 0));
            assertError(unknown, 400, "/scenario/shipped", null);
            assertTrue(unknown.json().get("error").asText().contains("itex-cypress"), unknown.body());
        }
    }

    static void assertError(Http.Response r, int status, String path, String message) {
        assertEquals(status, r.status(), r.body());
        JsonNode e = r.json();
        assertEquals(status, e.get("status").intValue(), r.body());
        assertEquals(path, e.get("path").asText(), r.body());
        if (message != null) {
            assertEquals(message, e.get("error").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRoomKeepsTheCaseAsItWasWhenItWasMade(String db) throws Exception {
        TestServer t = TestServer.start(db);
        String id;
        String union;
        try {
            Http http = t.http();
            JsonNode tokens = ApiTest.create(http, t.adminToken(), TestServer.example(LABOUR)).get("tokens");
            JsonNode made = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("case", LABOUR),
                    "[{\"person\": \"Ann\"}, {\"agent\": \"boulware\"}]", "{\"rounds\": 20}", 0)).json();
            id = made.get("id").asText();
            union = made.get("tokens").get("0").asText();
            assertEquals(0.35, http.get("/api/v1/rooms/" + id, union).json().get("you").get("reservationValue")
                    .doubleValue(), 1e-12);
            // the union raises its walk-away level in the case afterwards
            String path = "/api/v1/cases/" + LABOUR + "/parties/union/preferences";
            ObjectNode prefs = (ObjectNode) http.get(path, tokens.get("union").asText()).json();
            prefs.put("reservation", 0.5);
            assertEquals(200, http.json("PUT", path, tokens.get("union").asText(), prefs.toString()).status());
            JsonNode later = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("case", LABOUR),
                    "[{\"person\": \"Bo\"}, {\"agent\": \"boulware\"}]", "{\"rounds\": 20}", 0)).json();
            assertEquals(0.5, http.get("/api/v1/rooms/" + later.get("id").asText(), later.get("tokens").get("0")
                    .asText()).json().get("you").get("reservationValue").doubleValue(), 1e-12, "a new room: the "
                            + "case as it is now");
        } finally {
            t.close();
        }
        try (TestServer again = t.restart()) {
            JsonNode v = again.http().get("/api/v1/rooms/" + id, union).json();
            assertEquals(0.35, v.get("you").get("reservationValue").doubleValue(), 1e-12,
                    "after a restart the room reads the case as it was when the room was made");
            assertNotEquals("ended", v.get("status").asText(), v.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aShippedScenarioIsTheScenarioItNames(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode list = http.get("/api/v1/scenarios", t.adminToken()).json().get("scenarios");
            JsonNode itex = null;
            for (JsonNode s : list) {
                assertEquals(2, s.get("parties").size(), s.toString());
                if (s.get("id").asText().equals("itex-cypress")) {
                    itex = s;
                }
            }
            assertEquals("{\"id\":\"itex-cypress\",\"title\":\"Itex vs Cypress (ANAC 2010)\",\"origin\":"
                    + "\"scenarios/anac/anac__y2010__ItexvsCypress\",\"parties\":[\"ItexvsCypress_Itex\","
                    + "\"ItexvsCypress_Cypress\"],\"issues\":4,\"outcomes\":180}", String.valueOf(itex));
            Http.Response created = http.json("POST", "/api/v1/rooms", t.adminToken(), request(ref("shipped",
                    "itex-cypress"), "[{\"agent\": \"boulware\"}, {\"agent\": \"conceder\"}]", "{\"rounds\": 60}", 11));
            assertEquals(201, created.status(), created.body());
            JsonNode v = RoomsTest.waitFor(http, created.json().get("id").asText(), t.adminToken(),
                    x -> x.get("status").asText().equals("ended"));
            try (AgentRegistry agents = AgentRegistry.builtIns()) {
                NegotiateJob.Result expected = new NegotiateJob(agents::factory).run(new NegotiateJob.Request(
                        RoomsTest.car(), List.of("boulware", "conceder"), Deadline.rounds(60), 11, null, false));
                assertEquals(NegotiationJson.tree(expected), v.get("result"));
            }
        }
    }
}
