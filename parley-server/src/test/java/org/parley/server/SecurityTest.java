package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.server.auth.Credentials;
import org.parley.server.auth.Role;
import org.parley.server.auth.Secrets;
import org.parley.server.web.Access;
import org.parley.server.web.Route;

/** Every private thing, tried with another party's credentials, none, revoked and expired ones, and cross-site. */
class SecurityTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final String CASE = "/api/v1/cases/peace-talks-2025";

    /** The private things of party ukraine: method, path, body. */
    static final List<String[]> PRIVATE = List.of(
            new String[] {"GET", CASE + "/parties/ukraine/preferences", null},
            new String[] {"PUT", CASE + "/parties/ukraine/preferences", "{\"reservation\": 0.1}"},
            new String[] {"GET", CASE + "/parties/ukraine/notes", null},
            new String[] {"PUT", CASE + "/parties/ukraine/notes", "{\"text\": \"x\"}"},
            new String[] {"GET", CASE + "/parties/ukraine/memorandum", null},
            new String[] {"PUT", CASE + "/parties/ukraine/memorandum", "{\"provisions\": []}"},
            new String[] {"POST", CASE + "/parties/ukraine/memorandum/submit", "{}"},
            new String[] {"PUT", CASE + "/parties/ukraine/sharing", "{\"share\": true}"},
            new String[] {"GET", CASE + "/export", null});

    record Setup(TestServer t, Http http, String mediator, String ukraine, String russia, String observer) {
    }

    static Setup setup(TestServer t) {
        Http http = t.http();
        JsonNode tokens = ApiTest.create(http, t.adminToken(), TestServer.example("peace-talks-2025")).get("tokens");
        String mediator = tokens.get("mediator").asText();
        Http.Response obs = http.json("POST", CASE + "/tokens", mediator, "{\"role\": \"observer\"}");
        assertEquals(201, obs.status(), obs.body());
        return new Setup(t, http, mediator, tokens.get("ukraine").asText(), tokens.get("russia").asText(),
                obs.json().get("token").asText());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tokensAreLongRandomAndStoredOnlyAsHashes(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            List<String> secrets = List.of(s.mediator(), s.ukraine(), s.russia(), s.observer(), t.adminToken());
            Set<String> hashes = new HashSet<>(t.server().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT secret_hash FROM credentials").mapTo(String.class).list()));
            for (String secret : secrets) {
                assertTrue(secret.matches("pk_[A-Za-z0-9_-]{43}"), secret); // 43 base64url characters: 256 bits
                assertTrue(hashes.contains(Secrets.hash(secret)));
                assertFalse(hashes.contains(secret));
            }
            assertEquals(secrets.size(), new HashSet<>(secrets).size());
            String dump = t.server().database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM credentials")
                    .mapToMap().list().toString() + h.createQuery("SELECT payload FROM events").mapTo(String.class)
                    .list());
            for (String secret : secrets) {
                assertFalse(dump.contains(secret.substring(3)), "a secret is stored in clear");
            }
            var file = t.data().resolve("admin-token");
            assertEquals(t.adminToken(), Files.readString(file).strip());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void privateThingsRefuseOtherPartiesObserversAnonymousRevokedAndExpired(String db) {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            Credentials.Issued expired = t.server().credentials().issue(Role.PARTY, "peace-talks-2025", "ukraine",
                    "Ukraine", false, Instant.now().minusSeconds(1));
            Http.Response revokedIssue = s.http().json("POST", CASE + "/tokens", s.mediator(),
                    "{\"role\": \"party\", \"party\": \"ukraine\", \"expiresInDays\": 30}");
            assertEquals(201, revokedIssue.status(), revokedIssue.body());
            String revoked = revokedIssue.json().get("token").asText();
            assertEquals(200, s.http().get(CASE + "/parties/ukraine/preferences", revoked).status());
            assertEquals(200, s.http().send("DELETE", CASE + "/tokens/" + revokedIssue.json().get("id").asText(),
                    null, "Authorization", "Bearer " + s.mediator()).status());
            for (String[] thing : PRIVATE) {
                String what = thing[0] + " " + thing[1];
                assertEquals(403, s.http().json(thing[0], thing[1], s.russia(), thing[2]).status(), what);
                assertEquals(403, s.http().json(thing[0], thing[1], s.observer(), thing[2]).status(), what);
                assertEquals(401, s.http().json(thing[0], thing[1], null, thing[2]).status(), what);
                assertEquals(401, s.http().json(thing[0], thing[1], revoked, thing[2]).status(), what);
                assertEquals(401, s.http().json(thing[0], thing[1], expired.secret(), thing[2]).status(), what);
                assertEquals(401, s.http().json(thing[0], thing[1], "pk_" + "A".repeat(43), thing[2]).status(), what);
                if (!thing[1].endsWith("/export")) {
                    assertEquals(403, s.http().json(thing[0], thing[1], s.mediator(), thing[2]).status(), what);
                }
            }
            // the mediator and an observer of another case are no members of this one
            JsonNode other = ApiTest.create(s.http(), t.adminToken(), TestServer.example("labour-2026"));
            String otherMediator = other.get("tokens").get("mediator").asText();
            assertEquals(403, s.http().get(CASE + "/compare", otherMediator).status());
            assertEquals(403, s.http().get(CASE + "/compare", s.ukraine()).status());
            assertEquals(403, s.http().get(CASE + "/propose", s.observer()).status());
            assertEquals(200, s.http().get(CASE + "/ledger", s.observer()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theMediatorSeesPreferencesOnlyWhenThePartyShares(String db) {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            String prefs = CASE + "/parties/ukraine/preferences";
            assertEquals(403, s.http().get(prefs, s.mediator()).status());
            assertEquals(403, s.http().get(CASE + "/export", s.mediator()).status());
            assertEquals(200, s.http().json("PUT", CASE + "/parties/ukraine/sharing", s.ukraine(),
                    "{\"share\": true}").status());
            assertEquals(200, s.http().get(prefs, s.mediator()).status());
            assertEquals(403, s.http().get(CASE + "/parties/russia/preferences", s.mediator()).status());
            assertEquals(403, s.http().get(CASE + "/export", s.mediator()).status());
            assertEquals(200, s.http().json("PUT", CASE + "/parties/russia/sharing", s.russia(),
                    "{\"share\": true}").status());
            assertEquals(200, s.http().get(CASE + "/export", s.mediator()).status());
            // the mediator may read shared numbers but never change them
            assertEquals(403, s.http().json("PUT", prefs, s.mediator(), s.http().get(prefs, s.ukraine()).body())
                    .status());
            assertEquals(200, s.http().json("PUT", CASE + "/parties/ukraine/sharing", s.ukraine(),
                    "{\"share\": false}").status());
            assertEquals(403, s.http().get(prefs, s.mediator()).status());
            // the audit trail tells the mediator who changed what, never the numbers
            String audit = s.http().get(CASE + "/audit", s.mediator()).body();
            assertTrue(audit.contains("shares its preferences"), audit);
            assertFalse(Leaks.shows(audit, "0.45"), audit);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyRouteDeclaresAccessAndRefusesAnonymousCallers(String db) {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            List<Route> routes = t.server().routes();
            assertTrue(routes.size() > 25, "routes: " + routes.size());
            for (Route r : routes) {
                assertNotNull(r.access(), r.path());
                if (r.access() == Access.ANYONE) {
                    continue;
                }
                String path = r.path().replace("{id}", "peace-talks-2025").replace("{party}", "ukraine")
                        .replace("{tranche}", "T1").replace("{issue}", "territory").replace("{token}", "x")
                        .replace("{secret}", "x").replace("{part}", "matrix");
                Http.Response anonymous = s.http().send(r.method().name(), path, "{}", "Content-Type",
                        "application/json");
                assertEquals(401, anonymous.status(), r.method() + " " + path + ": " + anonymous.body());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sessionsNeedTheCsrfTokenAndThisOriginAndTheirCookieIsHttpOnly(String db) {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            Http.Response join = s.http().send("GET", "/join/" + s.ukraine(), null);
            assertEquals(303, join.status(), join.body());
            String setCookie = join.header("Set-Cookie");
            assertTrue(setCookie.startsWith("parley=ps_"), setCookie);
            assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax")
                    && setCookie.contains("Path=/"), setCookie);
            assertFalse(setCookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back");
            assertEquals("no-referrer", join.header("Referrer-Policy"));
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            JsonNode session = s.http().send("GET", "/api/v1/session", null, "Cookie", cookie).json();
            assertEquals("party", session.get("role").asText());
            String csrf = session.get("csrf").asText();
            assertTrue(csrf.length() >= 43);
            String path = CASE + "/parties/ukraine/notes";
            String body = "{\"text\": \"our fallback on sanctions\"}";
            String origin = t.url();
            assertEquals(403, s.http().send("PUT", path, body, "Cookie", cookie, "Origin", origin).status());
            assertEquals(403, s.http().send("PUT", path, body, "Cookie", cookie, "Origin", origin,
                    "X-CSRF-Token", "wrong").status());
            assertEquals(403, s.http().send("PUT", path, body, "Cookie", cookie, "Origin", "https://evil.example",
                    "X-CSRF-Token", csrf).status());
            assertEquals(403, s.http().send("PUT", path, body, "Cookie", cookie, "X-CSRF-Token", csrf).status());
            assertEquals(403, s.http().send("PUT", path, body, "Cookie", cookie, "Sec-Fetch-Site", "cross-site",
                    "X-CSRF-Token", csrf).status());
            assertEquals("", s.http().get(path, s.ukraine()).json().get("text").asText());
            assertEquals(200, s.http().send("PUT", path, body, "Cookie", cookie, "Origin", origin,
                    "X-CSRF-Token", csrf, "Content-Type", "application/json").status());
            assertEquals("our fallback on sanctions", s.http().get(path, s.ukraine()).json().get("text").asText());
            // the session is ukraine's: russia's things stay closed to it
            assertEquals(403, s.http().send("GET", CASE + "/parties/russia/notes", null, "Cookie", cookie).status());
            // revoking the credential ends its sessions
            for (JsonNode c : s.http().get(CASE + "/tokens", s.mediator()).json().get("tokens")) {
                if ("ukraine".equals(c.path("party").asText())) {
                    s.http().send("DELETE", CASE + "/tokens/" + c.get("id").asText(), null, "Authorization",
                            "Bearer " + s.mediator());
                }
            }
            assertEquals(401, s.http().send("GET", path, null, "Cookie", cookie).status());
            assertEquals(401, s.http().get(path, s.ukraine()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyTheAdministratorAndMediatorsReachTheExerciseFormOrCreateExercises(String db) {
        try (TestServer t = TestServer.start(db)) {
            Setup s = setup(t);
            Http http = s.http();
            JsonNode room = http.json("POST", "/api/v1/rooms", t.adminToken(), RoomsTest.room(RoomsTest.carScenario(),
                    "[{\"person\": \"Ann\"}, {\"agent\": \"boulware\"}]", "{\"rounds\": 10}", 0)).json();
            String student = room.get("tokens").get("0").asText();
            String body = "{\"scenario\": {\"shipped\": \"coffee\"}, \"deadline\": {\"rounds\": 10}, \"pairs\": 1}";
            for (String token : List.of(s.ukraine(), s.observer(), student)) {
                // through the API
                assertEquals(403, http.json("POST", "/api/v1/exercises", token, body).status());
                assertEquals(403, http.get("/api/v1/scenarios", token).status());
                // through the browser, with the session's own CSRF token
                String cookie = PagesAndStreamsTest.session(http, token);
                for (String page : List.of("/exercises", "/exercises/parts/roles?scenario=shipped:coffee")) {
                    Http.Response r = http.send("GET", page, null, "Cookie", cookie, "Accept", "text/html");
                    assertEquals(403, r.status(), page);
                    assertFalse(r.body().contains("exercise-form"), page);
                }
                String csrf = http.send("GET", "/api/v1/session", null, "Cookie", cookie).json().get("csrf").asText();
                Http.Response posted = http.send("POST", "/exercises", "scenario=shipped%3Acoffee&deadline=10&"
                        + "deadlineKind=rounds&pairs=1&_csrf=" + csrf, "Cookie", cookie, "Origin", t.url(),
                        "Content-Type", "application/x-www-form-urlencoded");
                assertEquals(403, posted.status(), posted.body());
            }
            // the administrator's session needs its CSRF token and this site's origin
            String admin = PagesAndStreamsTest.session(http, t.adminToken());
            String form = "scenario=shipped%3Acoffee&deadline=10&deadlineKind=rounds&pairs=1";
            assertEquals(403, http.send("POST", "/exercises", form, "Cookie", admin, "Origin", t.url(),
                    "Content-Type", "application/x-www-form-urlencoded").status());
            String csrf = http.send("GET", "/api/v1/session", null, "Cookie", admin).json().get("csrf").asText();
            assertEquals(403, http.send("POST", "/exercises", form + "&_csrf=" + csrf, "Cookie", admin, "Origin",
                    "https://evil.example", "Content-Type", "application/x-www-form-urlencoded").status());
            assertEquals(0, t.server().rooms().exercises().size(), "nothing was created");
            // the mediator may, as through the API
            String mediator = PagesAndStreamsTest.session(http, s.mediator());
            String mediatorCsrf = http.send("GET", "/api/v1/session", null, "Cookie", mediator).json().get("csrf")
                    .asText();
            assertEquals(201, http.send("POST", "/exercises", form + "&_csrf=" + mediatorCsrf, "Cookie", mediator,
                    "Origin", t.url(), "Content-Type", "application/x-www-form-urlencoded").status());
            assertEquals(1, t.server().rooms().exercises().size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theFirstAdministratorLinkWorksOnce(String db) {
        try (TestServer t = TestServer.start(db)) {
            String link = t.server().firstStart().link();
            String path = link.substring(t.url().length());
            assertTrue(path.matches("/join/pl_[A-Za-z0-9_-]{43}"), path);
            Http.Response first = t.http().send("GET", path, null);
            assertEquals(303, first.status());
            assertEquals("/admin", first.header("Location"));
            assertEquals(401, t.http().send("GET", path, null).status());
            // a link is for the browser: it is no API token
            assertEquals(401, t.http().get("/api/v1/cases", path.substring(6)).status());
        }
    }
}
