package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.agent.AgentRegistry;
import org.parley.app.NegotiateJob;
import org.parley.app.json.NegotiationJson;
import org.parley.app.json.OutcomeJson;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;

/**
 * Live rooms through the API (issue 10): an all-agent room gives what {@code parley negotiate} gives; a scripted person
 * accepting the agent's first offer gets the first offer of {@code negotiate}'s trace; turns, bad actions, privacy of
 * the other seat's utilities through the API and the SSE stream; a restart resumes a round-deadline room.
 */
@Timeout(300)
class RoomsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CAR = TestServer.ROOT.resolve("scenarios/anac/anac__y2010__ItexvsCypress");
    static final List<String> CAR_FILES = List.of("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml",
            "ItexvsCypress_Cypress.xml");

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    /** The request's scenario: the shipped ANAC files, inline. */
    static ObjectNode carScenario() {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode files = s.putArray("files");
        for (String f : CAR_FILES) {
            try {
                files.addObject().put("name", f).put("text", Files.readString(CAR.resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    static Scenario car() {
        return Scenarios.load(CAR_FILES.stream().map(CAR::resolve).toList());
    }

    static String room(ObjectNode scenario, String seats, String deadline, long seed) {
        ObjectNode b = JSON.createObjectNode();
        b.set("scenario", scenario);
        try {
            b.set("seats", JSON.readTree(seats));
            b.set("deadline", JSON.readTree(deadline));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.put("seed", seed);
        return b.toString();
    }

    static JsonNode waitFor(Http http, String id, String token, Predicate<JsonNode> ok) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            JsonNode v = http.get("/api/v1/rooms/" + id, token).json();
            if (ok.test(v)) {
                return v;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the room never reached the state awaited");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAllAgentRoomGivesWhatNegotiateGives(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            Http.Response created = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"agent\": \"conceder\"}]", "{\"rounds\": 60}", 11));
            assertEquals(201, created.status(), created.body());
            assertEquals(0, created.json().get("tokens").size(), "no person, no token");
            String id = created.json().get("id").asText();
            JsonNode v = waitFor(http, id, t.adminToken(), x -> x.get("status").asText().equals("ended"));
            try (AgentRegistry agents = AgentRegistry.builtIns()) {
                NegotiateJob.Result expected = new NegotiateJob(agents::factory).run(new NegotiateJob.Request(car(),
                        List.of("boulware", "conceder"), Deadline.rounds(60), 11, null, false));
                assertEquals(NegotiationJson.tree(expected), v.get("result"));
                assertTrue(expected.session().actions() > 2, "a real session: " + expected.session().actions());
                assertEquals(expected.session().actions(), v.get("offers").size(), "every action is stored");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonAcceptingTheAgentsFirstOfferGetsTheFirstOfferOfNegotiatesTrace(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            Http.Response created = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"conceder\"}, {\"person\": \"Ann\"}]", "{\"rounds\": 30}", 5));
            assertEquals(201, created.status(), created.body());
            String id = created.json().get("id").asText();
            String ann = created.json().get("tokens").get("1").asText();
            assertEquals("waiting", http.get("/api/v1/rooms/" + id, t.adminToken()).json().get("status").asText());
            JsonNode v = waitFor(http, id, ann, x -> x.path("turn").asInt(-1) == 1);
            assertEquals(1, v.get("offers").size());
            JsonNode first = v.get("offers").get(0);
            assertEquals("offer", first.get("type").asText());
            Scenario car = car();
            NegotiateJob.Result traced;
            try (AgentRegistry agents = AgentRegistry.builtIns()) {
                traced = new NegotiateJob(agents::factory).run(new NegotiateJob.Request(car,
                        List.of("conceder", "conceder"), Deadline.rounds(30), 5, null, true));
            }
            int[] expected = ((Offer) traced.session().trace().get(0).action()).outcome();
            assertEquals(OutcomeJson.toJson(car.domain(), expected), first.get("outcome"));
            assertEquals(car.profiles().get(1).utility(expected), first.get("utility").doubleValue(), 1e-9);
            Http.Response ok = http.json("POST", "/api/v1/rooms/" + id + "/actions", ann, "{\"type\": \"accept\"}");
            assertEquals(200, ok.status(), ok.body());
            JsonNode end = waitFor(http, id, ann, x -> x.get("status").asText().equals("ended"));
            JsonNode result = end.get("result");
            assertEquals("agreement", result.get("endedBy").asText());
            assertEquals(OutcomeJson.toJson(car.domain(), expected), result.get("agreement").get("outcome"));
            assertEquals(2, result.get("actions").intValue());
            assertEquals(List.of("conceder", "Ann"), List.of(result.get("agents").get(0).asText(),
                    result.get("agents").get(1).asText()));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void turnsAndBadActionsAreRefused(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode created = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"person\": \"Ann\"}, {\"person\": \"Bob\"}]", "{\"rounds\": 10}", 0)).json();
            String id = created.get("id").asText();
            String ann = created.get("tokens").get("0").asText();
            String bob = created.get("tokens").get("1").asText();
            String actions = "/api/v1/rooms/" + id + "/actions";
            http.get("/api/v1/rooms/" + id, ann);
            assertEquals(409, http.json("POST", actions, ann, "{\"type\": \"end\"}").status(), "Bob has not joined");
            waitFor(http, id, bob, x -> x.get("status").asText().equals("running"));
            Scenario car = car();
            String offer = "{\"type\": \"offer\", \"outcome\": " + OutcomeJson.toJson(car.domain(),
                    new int[car.domain().issueCount()]) + "}";
            assertEquals(409, http.json("POST", actions, bob, offer).status(), "not Bob's turn");
            assertEquals(409, http.json("POST", actions, ann, "{\"type\": \"accept\"}").status(), "nothing to accept");
            Http.Response unknown = http.json("POST", actions, ann, "{\"type\": \"offer\", \"outcome\": {\"x\": 1}}");
            assertEquals(400, unknown.status(), unknown.body());
            assertEquals("/outcome/x", unknown.json().get("path").asText());
            ObjectNode bad = OutcomeJson.toJson(car.domain(), new int[car.domain().issueCount()]);
            String issue = car.domain().issue(0).name();
            bad.put(issue, "no such value");
            Http.Response badValue = http.json("POST", actions, ann, "{\"type\": \"offer\", \"outcome\": " + bad
                    + "}");
            assertEquals(400, badValue.status(), badValue.body());
            assertEquals("/outcome/" + issue, badValue.json().get("path").asText());
            assertEquals(400, http.json("POST", actions, ann, "{\"type\": \"dance\"}").status());
            assertEquals(200, http.json("POST", actions, ann, offer).status());
            assertEquals(409, http.json("POST", actions, ann, offer).status(), "now Bob's turn");
            assertEquals(403, http.json("POST", actions, t.adminToken(), offer).status(), "the owner has no seat");
            Http.Response accepted = http.json("POST", actions, bob, "{\"type\": \"accept\"}");
            assertEquals(200, accepted.status(), accepted.body());
            JsonNode end = waitFor(http, id, bob, x -> x.get("status").asText().equals("ended"));
            assertEquals("agreement", end.get("result").get("endedBy").asText());
            assertEquals(409, http.json("POST", actions, ann, offer).status(), "ended");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSeatCannotReadTheOtherSeatsUtilitiesThroughTheApiOrTheStream(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode created = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"person\": \"Ann\"}]", "{\"rounds\": 20}", 3)).json();
            String id = created.get("id").asText();
            String ann = created.get("tokens").get("1").asText();
            JsonNode other = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"person\": \"Bob\"}]", "{\"rounds\": 20}", 3)).json();
            String bob = other.get("tokens").get("1").asText();
            assertEquals(403, http.get("/api/v1/rooms/" + id, bob).status(), "another room's seat");
            assertEquals(401, http.get("/api/v1/rooms/" + id, null).status());
            assertEquals(0, http.get("/api/v1/cases", ann).json().get("cases").size(), "a seat is in no case");
            assertEquals(403, http.json("POST", "/api/v1/rooms", ann, "{}").status(), "a seat creates no room");
            try (Sse sse = new Sse(t.url() + "/api/v1/rooms/" + id + "/events", ann, null, "0")) {
                assertEquals(200, sse.status);
                JsonNode v = waitFor(http, id, ann, x -> x.path("turn").asInt(-1) == 1);
                Scenario car = car();
                Profile dealer = car.profiles().get(0);
                Profile buyer = car.profiles().get(1);
                List<JsonNode> acks = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    int[] x = car.domain().outcomeSpace().outcome(k * 7 + 1);
                    Http.Response r = http.json("POST", "/api/v1/rooms/" + id + "/actions", ann,
                            "{\"type\": \"offer\", \"outcome\": " + OutcomeJson.toJson(car.domain(), x) + "}");
                    assertEquals(200, r.status(), r.body());
                    // the answer acknowledges the stored action as Ann sees it, not the whole view
                    JsonNode ack = r.json();
                    assertFalse(ack.has("offers"), r.body());
                    assertEquals("offer", ack.get("act").get("type").asText());
                    assertEquals(1, ack.get("act").get("seat").intValue());
                    assertEquals(OutcomeJson.toJson(car.domain(), x), ack.get("act").get("outcome"));
                    assertEquals(buyer.utility(x), ack.get("act").get("utility").doubleValue(), 1e-12);
                    assertFalse(ack.get("act").has("utilities"));
                    acks.add(ack);
                    v = waitFor(http, id, ann, y -> y.path("turn").asInt(-1) == 1);
                }
                assertEquals(7, v.get("offers").size());
                for (int k = 0; k < 3; k++) {
                    JsonNode stored = v.get("offers").get(2 * k + 1);
                    assertEquals(acks.get(k).get("seq").longValue(), stored.get("seq").longValue(),
                            "the acknowledgement names the stored event");
                    assertEquals(acks.get(k).get("act"), stored);
                }
                // the owner sees every party's utility of every offer
                JsonNode owner = http.get("/api/v1/rooms/" + id, t.adminToken()).json();
                for (JsonNode a : owner.get("offers")) {
                    int[] o = outcome(car, a.get("outcome"));
                    assertEquals(dealer.utility(o), a.get("utilities").get(0).doubleValue(), 1e-12);
                    assertEquals(buyer.utility(o), a.get("utilities").get(1).doubleValue(), 1e-12);
                    assertFalse(a.has("utility"));
                }
                assertEquals(409, http.get("/api/v1/rooms/" + id + "/debrief", ann).status(), "not before the end");
                List<Double> secret = new ArrayList<>();
                for (JsonNode a : v.get("offers")) {
                    double mine = buyer.utility(outcome(car, a.get("outcome")));
                    assertEquals(mine, a.get("utility").doubleValue(), 1e-12);
                    assertFalse(a.has("utilities"));
                    double theirs = dealer.utility(outcome(car, a.get("outcome")));
                    // 0 and 1 also appear as times, discount factors and the like: only telling values count
                    if (Math.abs(theirs - mine) > 1e-9 && theirs > 1e-9 && theirs < 1 - 1e-9) {
                        secret.add(theirs);
                    }
                }
                assertFalse(secret.isEmpty(), "the test needs offers the parties value differently");
                assertNoneOf(v, secret, "the API view");
                for (JsonNode ack : acks) {
                    assertNoneOf(ack, secret, "an acknowledgement");
                }
                assertEquals(buyer.name(), v.get("you").get("preferences").get("party").asText());
                List<JsonNode> seen = new ArrayList<>();
                for (Sse.Message m; (m = sse.next(Duration.ofSeconds(2))) != null;) {
                    seen.add(JSON.readTree(m.data()));
                }
                assertTrue(seen.size() >= 7, "the stream replays and follows every action: " + seen.size());
                for (JsonNode m : seen) {
                    assertNoneOf(m, secret, "the stream");
                }
            }
        }
    }

    static int[] outcome(Scenario s, JsonNode o) {
        int[] out = new int[s.domain().issueCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.domain().issue(i).indexOf(o.get(s.domain().issue(i).name()).asText());
        }
        return out;
    }

    static void assertNoneOf(JsonNode n, List<Double> secret, String where) {
        if (n.isNumber()) {
            for (double s : secret) {
                assertFalse(Math.abs(n.doubleValue() - s) < 1e-12, where + " leaks the other seat's utility " + s);
            }
        }
        for (JsonNode c : n) {
            assertNoneOf(c, secret, where);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRestartResumesARoundRoomAndEndsATimedOneWithAReason(String db) throws Exception {
        TestServer t = TestServer.start(db);
        String id;
        String timed;
        String ann;
        JsonNode before;
        try {
            Http http = t.http();
            JsonNode created = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"person\": \"Ann\"}]", "{\"rounds\": 20}", 9)).json();
            id = created.get("id").asText();
            ann = created.get("tokens").get("1").asText();
            JsonNode c2 = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"person\": \"Bo\"}]", "{\"seconds\": 600}", 9)).json();
            timed = c2.get("id").asText();
            waitFor(http, timed, c2.get("tokens").get("1").asText(), x -> x.path("turn").asInt(-1) == 1);
            waitFor(http, id, ann, x -> x.path("turn").asInt(-1) == 1);
            Scenario car = car();
            for (int k = 0; k < 2; k++) {
                Http.Response r = http.json("POST", "/api/v1/rooms/" + id + "/actions", ann, "{\"type\": \"offer\", "
                        + "\"outcome\": " + OutcomeJson.toJson(car.domain(), car.domain().outcomeSpace()
                                .outcome(k + 3)) + "}");
                assertEquals(200, r.status(), r.body());
                waitFor(http, id, ann, y -> y.path("turn").asInt(-1) == 1);
            }
            before = http.get("/api/v1/rooms/" + id, ann).json();
        } finally {
            t.close();
        }
        try (TestServer again = t.restart()) {
            Http http = again.http();
            JsonNode after = waitFor(http, id, ann, y -> y.path("turn").asInt(-1) == 1);
            assertEquals(before.get("offers"), after.get("offers"), "nothing acknowledged is lost, nothing added");
            Http.Response accept = http.json("POST", "/api/v1/rooms/" + id + "/actions", ann, "{\"type\": \"accept\"}");
            assertEquals(200, accept.status(), accept.body());
            JsonNode end = waitFor(http, id, ann, y -> y.get("status").asText().equals("ended"));
            assertEquals("agreement", end.get("result").get("endedBy").asText());
            assertEquals(before.get("offers").size() + 1, end.get("result").get("actions").intValue());
            JsonNode timedEnd = waitFor(http, timed, again.adminToken(), y -> y.get("status").asText()
                    .equals("ended"));
            assertEquals("error", timedEnd.get("result").get("endedBy").asText());
            assertEquals("server restarted", timedEnd.get("reason").asText());
            assertNotNull(timedEnd.get("result").get("error").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonsTurnLimitAndATimeDeadlineEndTheRoomWithTheirReason(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            ObjectNode b = (ObjectNode) JSON.readTree(room(carScenario(), "[{\"person\": \"Ann\"}, "
                    + "{\"agent\": \"boulware\"}]", "{\"rounds\": 10}", 0));
            b.put("turnSeconds", 1);
            JsonNode limited = http.json("POST", "/api/v1/rooms", t.adminToken(), b.toString()).json();
            String ann = limited.get("tokens").get("0").asText();
            JsonNode end = waitFor(http, limited.get("id").asText(), ann, x -> x.get("status").asText()
                    .equals("ended"));
            assertEquals("error", end.get("result").get("endedBy").asText());
            assertEquals("person Ann (party 1) did not act within the turn limit of 1 s",
                    end.get("result").get("error").asText());
            assertEquals("turn limit", end.get("reason").asText());
            assertEquals(0, end.get("result").get("actions").intValue());

            JsonNode timed = http.json("POST", "/api/v1/rooms", t.adminToken(), room(carScenario(),
                    "[{\"agent\": \"boulware\"}, {\"person\": \"Bo\"}]", "{\"seconds\": 1}", 0)).json();
            String bo = timed.get("tokens").get("1").asText();
            JsonNode over = waitFor(http, timed.get("id").asText(), bo, x -> x.get("status").asText()
                    .equals("ended"));
            JsonNode r = over.get("result");
            assertEquals("deadline", r.get("endedBy").asText());
            assertEquals(1.0, r.get("time").doubleValue());
            assertTrue(r.get("agreement").isNull());
            assertEquals(1, r.get("actions").intValue(), "boulware's opening offer, then Bo's turn ran out");
            Scenario car = car();
            assertEquals(car.profiles().get(1).reservationValue(), r.get("utilities").get(1).doubleValue(), 1e-12);
        }
    }
}
