package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.app.json.OutcomeJson;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * Classroom exercises (issue 10): rooms for N people against an agent with the roles swapped in a second round,
 * scripted students, the teacher's results (agreement rate, utilities, distances) and its CSV files.
 */
@Timeout(300)
class ExercisesTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExerciseAgainstAnAgentWithSwappedRolesGivesItsResults(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            ObjectNode b = RoomsTest.JSON.createObjectNode();
            b.set("scenario", RoomsTest.carScenario());
            b.putObject("deadline").put("rounds", 20);
            b.put("pairs", 2).put("opponent", "conceder").put("swap", true).put("title", "Week 3");
            Http.Response created = http.json("POST", "/api/v1/exercises", t.adminToken(), b.toString());
            assertEquals(201, created.status(), created.body());
            JsonNode x = created.json();
            String id = x.get("id").asText();
            assertEquals(4, x.get("rooms").size(), "two students, two rounds");
            Scenario car = RoomsTest.car();
            String someStudent = null;
            for (JsonNode r : x.get("rooms")) {
                String room = r.get("id").asText();
                JsonNode tokens = r.get("tokens");
                int seat = tokens.has("0") ? 0 : 1;
                String token = tokens.get(Integer.toString(seat)).asText();
                someStudent = token;
                JsonNode v = RoomsTest.waitFor(http, room, token, y -> y.path("turn").asInt(-1) == seat);
                if (seat == 0) {
                    Profile mine = car.profiles().get(0);
                    int[] best = car.domain().outcomeSpace().outcome(0);
                    for (long k = 0; k < car.domain().outcomeSpace().sizeAsLong(); k++) {
                        int[] o = car.domain().outcomeSpace().outcome(k);
                        if (mine.utility(o) > mine.utility(best)) {
                            best = o;
                        }
                    }
                    Http.Response offer = http.json("POST", "/api/v1/rooms/" + room + "/actions", token,
                            "{\"type\": \"offer\", \"outcome\": " + OutcomeJson.toJson(car.domain(), best) + "}");
                    assertEquals(200, offer.status(), offer.body());
                    v = RoomsTest.waitFor(http, room, token, y -> y.path("turn").asInt(-1) == 0
                            || y.get("status").asText().equals("ended"));
                }
                if (!v.get("status").asText().equals("ended")) {
                    Http.Response accept = http.json("POST", "/api/v1/rooms/" + room + "/actions", token,
                            "{\"type\": \"accept\"}");
                    assertEquals(200, accept.status(), accept.body());
                }
                RoomsTest.waitFor(http, room, token, y -> y.get("status").asText().equals("ended"));
            }
            assertEquals(403, http.get("/api/v1/exercises/" + id, someStudent).status(), "students see no results");
            JsonNode results = http.get("/api/v1/exercises/" + id, t.adminToken()).json();
            JsonNode s = results.get("summary");
            assertEquals(4, s.get("ended").intValue());
            assertEquals(4, s.get("agreements").intValue());
            assertEquals(1.0, s.get("agreementRate").doubleValue());
            double people = 0;
            int n = 0;
            for (JsonNode r : results.get("rooms")) {
                int seat = r.get("seats").get(0).get("person").asBoolean() ? 0 : 1;
                people += r.get("result").get("utilities").get(seat).doubleValue();
                n++;
                assertTrue(r.get("distPareto").doubleValue() >= 0);
            }
            JsonNode peopleRow = null;
            for (JsonNode a : s.get("agents")) {
                if (a.get("agent").asText().equals("people")) {
                    peopleRow = a;
                }
            }
            assertEquals(people / n, peopleRow.get("utility").get("mean").doubleValue(), 1e-9,
                    "the summary's mean is the people's mean utility");
            String csv = http.get("/api/v1/exercises/" + id + "/results.csv", t.adminToken()).body();
            assertEquals(5, csv.split("\n").length, csv);
            String genius = http.get("/api/v1/exercises/" + id + "/genius.csv", t.adminToken()).body();
            List<String> lines = List.of(genius.split("\n"));
            assertEquals("sep=;", lines.get(0));
            assertEquals(6, lines.size(), genius);
            String summary = http.get("/api/v1/exercises/" + id + "/summary.csv", t.adminToken()).body();
            assertTrue(summary.startsWith("agent,n,") && summary.contains("\nconceder,4,")
                    && summary.contains("\npeople,4,"), summary);
            String invitations = http.get("/api/v1/exercises/" + id + "/invitations.csv", t.adminToken()).body();
            assertEquals(5, invitations.split("\n").length, invitations);
            assertTrue(invitations.contains(",joined\n"), invitations);
        }
    }
}
