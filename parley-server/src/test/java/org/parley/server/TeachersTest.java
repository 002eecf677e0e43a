package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A teacher's credential: issued and revoked by the administrator; it creates rooms and exercises and sees its own
 * only, and reaches no case: not the case routes, not a case as a room's scenario, not the case list of the form.
 */
@Timeout(300)
class TeachersTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final String EXERCISE = "{\"title\": \"Week 1\", \"scenario\": {\"shipped\": \"coffee\"}, \"deadline\": "
            + "{\"rounds\": 10}, \"pairs\": 1, \"opponent\": \"conceder\"}";

    static JsonNode teacher(Http http, String admin, String label) {
        Http.Response r = http.json("POST", "/api/v1/teachers", admin, "{\"label\": \"" + label + "\", "
                + "\"expiresInDays\": 30}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTeacherRunsExercisesOfItsOwnAndReachesNoCase(String db) {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            JsonNode issued = teacher(http, t.adminToken(), "Ms Smith");
            assertEquals("teacher", issued.get("role").asText());
            assertEquals("Ms Smith", issued.get("label").asText());
            assertTrue(issued.get("link").asText().endsWith("/join/" + issued.get("token").asText()));
            String smith = issued.get("token").asText();
            String jones = teacher(http, t.adminToken(), "Mr Jones").get("token").asText();
            // only the administrator issues and lists teachers
            for (String token : List.of(s.mediator(), s.ukraine(), smith)) {
                assertEquals(403, http.json("POST", "/api/v1/teachers", token, "{\"label\": \"x\"}").status());
                assertEquals(403, http.get("/api/v1/teachers", token).status());
            }
            RoomsFromCasesTest.assertError(http.json("POST", "/api/v1/teachers", t.adminToken(), "{}"), 400,
                    "/label", null);
            RoomsFromCasesTest.assertError(http.json("POST", "/api/v1/teachers", t.adminToken(),
                    "{\"label\": \"x\", \"expiresInDays\": 0}"), 400, "/expiresInDays", null);
            // a case issues no teacher (nor a seat)
            for (String role : List.of("teacher", "seat", "administrator")) {
                RoomsFromCasesTest.assertError(http.json("POST", SecurityTest.CASE + "/tokens", s.mediator(),
                        "{\"role\": \"" + role + "\"}"), 400, "/role",
                        "a case issues mediator, party and observer credentials");
            }
            // the teacher's exercises are its own
            Http.Response made = http.json("POST", "/api/v1/exercises", smith, EXERCISE);
            assertEquals(201, made.status(), made.body());
            String id = made.json().get("id").asText();
            assertEquals(200, http.get("/api/v1/exercises/" + id, smith).status());
            assertEquals(200, http.get("/api/v1/exercises/" + id, t.adminToken()).status());
            assertEquals(403, http.get("/api/v1/exercises/" + id, jones).status());
            assertEquals(403, http.get("/api/v1/exercises/" + id, s.mediator()).status());
            String admins = http.json("POST", "/api/v1/exercises", t.adminToken(), EXERCISE).json().get("id").asText();
            assertEquals(403, http.get("/api/v1/exercises/" + admins, smith).status());
            String room = made.json().get("rooms").get(0).get("id").asText();
            assertEquals("owner", http.get("/api/v1/rooms/" + room, smith).json().get("you").get("role").asText());
            assertEquals(403, http.get("/api/v1/rooms/" + room, jones).status());
            assertEquals(201, http.json("POST", "/api/v1/rooms", smith, RoomsTest.room(RoomsFromCasesTest.ref(
                    "shipped", "coffee"), "[{\"person\": \"Ann\"}, {\"agent\": \"boulware\"}]", "{\"rounds\": 10}", 0))
                    .status());
            // and no case: not its routes, not as a scenario, not a new one
            assertEquals(0, http.get("/api/v1/cases", smith).json().get("cases").size());
            for (String path : List.of("", "/compare", "/propose", "/ledger", "/export", "/audit", "/text",
                    "/parties/ukraine/preferences", "/tokens", "/events")) {
                assertEquals(403, http.get(SecurityTest.CASE + path, smith).status(), path);
            }
            assertEquals(403, http.send("POST", "/api/v1/cases", TestServer.example("labour-2026"), "Authorization",
                    "Bearer " + smith, "Content-Type", "application/yaml").status());
            RoomsFromCasesTest.assertError(http.json("POST", "/api/v1/rooms", smith, RoomsTest.room(
                    RoomsFromCasesTest.ref("case", "peace-talks-2025"), "[{\"person\": \"A\"}, {\"person\": \"B\"}]",
                    "{\"rounds\": 10}", 0)), 403, "/scenario/case", "you are not a member of case 'peace-talks-2025'");
            // in the browser: the form is the teacher's home; no case is offered there, the administrator's page
            // and the mediator's dashboard stay closed
            Http.Response join = http.send("GET", "/join/" + smith, null);
            assertEquals(303, join.status());
            assertEquals("/exercises", join.header("Location"));
            String cookie = join.header("Set-Cookie").substring(0, join.header("Set-Cookie").indexOf(';'));
            String form = PagesAndStreamsTest.page(http, "/exercises", cookie).body();
            assertTrue(form.contains("Teacher: Ms Smith") && form.contains("<a href=\"/exercises/" + id + "\">Week 1"),
                    form);
            assertFalse(form.contains("case:peace-talks-2025") || form.contains("Cases on this site"), form);
            assertEquals(403, PagesAndStreamsTest.page(http, "/admin", cookie).status());
            assertEquals(403, PagesAndStreamsTest.page(http, "/cases/peace-talks-2025", cookie).status());
            // revoked: the token and the browser session stop working
            JsonNode list = http.get("/api/v1/teachers", t.adminToken()).json().get("teachers");
            assertEquals(List.of("Ms Smith", "Mr Jones"), List.of(list.get(0).get("label").asText(),
                    list.get(1).get("label").asText()));
            Http.Response revoked = http.send("DELETE", "/api/v1/teachers/" + list.get(0).get("id").asText(), null,
                    "Authorization", "Bearer " + t.adminToken());
            assertEquals(200, revoked.status(), revoked.body());
            assertFalse(revoked.json().get("valid").asBoolean());
            assertEquals(401, http.get("/api/v1/exercises/" + id, smith).status());
            assertEquals(401, PagesAndStreamsTest.page(http, "/exercises", cookie).status());
            assertEquals(404, http.send("DELETE", "/api/v1/teachers/nope", null, "Authorization", "Bearer "
                    + t.adminToken()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAdministratorIssuesAndRevokesTeachersOnItsPage(String db) {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            String admin = PagesAndStreamsTest.session(http, t.adminToken());
            String page = PagesAndStreamsTest.page(http, "/admin", admin).body();
            assertTrue(page.contains("No teacher yet."), page);
            String csrf = ExerciseFormTest.group(Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\""), page);
            Http.Response bad = http.send("POST", "/admin/teachers", "label=&days=365&_csrf=" + csrf, "Cookie", admin,
                    "Origin", t.url(), "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
            assertEquals(400, bad.status());
            assertTrue(bad.body().contains("A teacher&#39;s link: &#39;label&#39; is required")
                    || bad.body().contains("A teacher's link: 'label' is required"), bad.body());
            Http.Response ok = http.send("POST", "/admin/teachers", "label=" + URLEncoder.encode("Ms Smith",
                    StandardCharsets.UTF_8) + "&days=365&_csrf=" + csrf, "Cookie", admin, "Origin", t.url(),
                    "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
            assertEquals(200, ok.status(), ok.body());
            String link = ExerciseFormTest.group(Pattern.compile("value=\"(http://[^\"]+/join/pk_[^\"]+)\""),
                    ok.body());
            String token = link.substring(link.indexOf("/join/") + 6);
            assertEquals(201, http.json("POST", "/api/v1/exercises", token, EXERCISE).status());
            String id = http.get("/api/v1/teachers", t.adminToken()).json().get("teachers").get(0).get("id")
                    .asText();
            assertEquals(303, http.send("POST", "/admin/teachers/" + id + "/revoke", "_csrf=" + csrf, "Cookie", admin,
                    "Origin", t.url(), "Content-Type", "application/x-www-form-urlencoded").status());
            assertEquals(401, http.json("POST", "/api/v1/exercises", token, EXERCISE).status());
            assertTrue(PagesAndStreamsTest.page(http, "/admin", admin).body().contains("no longer valid"));
        }
    }
}
