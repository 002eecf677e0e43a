package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages and the SSE stream: escaping, who may open which page, and what each listener learns. */
class PagesAndStreamsTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final String CASE = "/api/v1/cases/peace-talks-2025";

    static String session(Http http, String token) {
        Http.Response join = http.send("GET", "/join/" + token, null);
        assertEquals(303, join.status());
        String c = join.header("Set-Cookie");
        return c.substring(0, c.indexOf(';'));
    }

    static Http.Response page(Http http, String path, String cookie) {
        return http.send("GET", path, null, "Cookie", cookie, "Accept", "text/html");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void userTextIsEscapedAndRoomsAreClosedToOthers(String db) {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
            assertEquals(201, http.json("POST", CASE + "/text", s.mediator(), "{\"clauses\": [{\"path\": \"1\", "
                    + "\"text\": \"" + evil.replace("'", "\\u0027") + "\", \"settles\": {\"territory\": null}, "
                    + "\"status\": \"bracketed\"}]}").status());
            assertEquals(200, http.json("PUT", CASE + "/parties/ukraine/memorandum", s.ukraine(), "{\"title\": \""
                    + "<b>bold</b>\", \"provisions\": [{\"path\": \"1\", \"text\": \"</textarea><script>x()</script>\","
                    + " \"settles\": {\"ceasefire\": \"full-unconditional\"}}]}").status());
            String mediator = session(http, s.mediator());
            String ukraine = session(http, s.ukraine());
            String russia = session(http, s.russia());
            String observer = session(http, s.observer());
            Http.Response dash = page(http, "/cases/peace-talks-2025", mediator);
            assertEquals(200, dash.status());
            assertTrue(dash.body().contains("&lt;script&gt;alert("), "escaped in the dashboard");
            assertFalse(dash.body().contains("<script>alert"), "raw script in the dashboard");
            assertFalse(dash.body().contains("<img src=x"), "raw tag in the dashboard");
            assertTrue(dash.header("Content-Security-Policy").contains("script-src 'self'"));
            Http.Response room = page(http, "/cases/peace-talks-2025/rooms/ukraine", ukraine);
            assertEquals(200, room.status());
            assertTrue(room.body().contains("&lt;script&gt;alert("), "the shared text, escaped, in the room");
            assertTrue(room.body().contains("&lt;/textarea&gt;&lt;script&gt;x()"), "the draft, escaped");
            assertFalse(room.body().contains("<script>x()"));
            assertTrue(room.body().contains("private"));
            // rooms, dashboard, parts and audit are closed to the wrong people
            assertEquals(403, page(http, "/cases/peace-talks-2025/rooms/ukraine", russia).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/rooms/ukraine/parts/checks", russia).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/rooms/ukraine", observer).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/rooms/ukraine", mediator).status());
            assertEquals(401, http.send("GET", "/cases/peace-talks-2025/rooms/ukraine", null, "Accept", "text/html")
                    .status());
            assertEquals(403, page(http, "/cases/peace-talks-2025", ukraine).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/parts/matrix", russia).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/audit", ukraine).status());
            assertEquals(403, page(http, "/cases/peace-talks-2025/export", mediator).status());
            assertEquals(200, page(http, "/cases/peace-talks-2025/observe", observer).status());
            // russia's room shows none of ukraine's private text
            Http.Response own = page(http, "/cases/peace-talks-2025/rooms/russia", russia);
            assertEquals(200, own.status());
            assertFalse(own.body().contains("</textarea>&lt;script") || own.body().contains("&lt;/textarea&gt;"));
            // a room form without the CSRF token is refused
            assertEquals(403, http.send("POST", "/cases/peace-talks-2025/rooms/russia/note", "text=x", "Cookie",
                    russia, "Origin", t.url(), "Content-Type", "application/x-www-form-urlencoded").status());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theStreamTellsEachMemberOnlyWhatItMaySeeAndReplaysWhatItMissed(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String events = t.url() + CASE + "/events";
            try (Sse none = new Sse(events, null, null, null)) {
                assertEquals(401, none.status);
            }
            JsonNode other = ApiTest.create(http, t.adminToken(), TestServer.example("labour-2026"));
            try (Sse stranger = new Sse(events, other.get("tokens").get("union").asText(), null, null)) {
                assertEquals(403, stranger.status);
            }
            try (Sse ukraine = new Sse(events, s.ukraine(), null, null);
                    Sse russia = new Sse(events, s.russia(), null, null);
                    Sse mediator = new Sse(events, s.mediator(), null, null);
                    Sse observer = new Sse(events, s.observer(), null, null)) {
                assertEquals(200, russia.status);
                JsonNode prefs = http.get(CASE + "/parties/ukraine/preferences", s.ukraine()).json();
                ((com.fasterxml.jackson.databind.node.ObjectNode) prefs).put("reservation", 0.41);
                assertEquals(200, http.json("PUT", CASE + "/parties/ukraine/preferences", s.ukraine(),
                        prefs.toString()).status());
                assertEquals(200, http.json("PUT", CASE + "/parties/ukraine/notes", s.ukraine(),
                        "{\"text\": \"secret fallback\"}").status());
                Sse.Message own = ukraine.next(Duration.ofSeconds(20));
                assertNotNull(own);
                assertTrue(own.data().contains("\"type\":\"preferences.updated\""), own.data());
                assertEquals("update", own.event());
                for (Sse other2 : List.of(russia, mediator, observer)) {
                    List<Sse.Message> got = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        Sse.Message m = other2.next(Duration.ofSeconds(20));
                        assertNotNull(m);
                        got.add(m);
                    }
                    for (Sse.Message m : got) {
                        boolean told = other2 == mediator && m == got.get(0);
                        assertTrue(m.data().contains(told ? "\"type\":\"preferences.updated\""
                                : "\"type\":\"case.changed\""), m.data());
                        assertFalse(Leaks.shows(m.data(), "0.41") || m.data().contains("secret"), m.data());
                    }
                    assertEquals(own.id(), got.get(0).id(), "the event id is the sequence number for all");
                }
                // reconnecting with Last-Event-ID replays what was missed, then goes on live
                long seq = Long.parseLong(own.id());
                try (Sse again = new Sse(events, s.russia(), null, String.valueOf(seq - 1))) {
                    Sse.Message m1 = again.next(Duration.ofSeconds(20));
                    Sse.Message m2 = again.next(Duration.ofSeconds(20));
                    assertEquals(String.valueOf(seq), m1.id());
                    assertTrue(Long.parseLong(m2.id()) > seq);
                    assertEquals(201, http.json("POST", CASE + "/tranches", s.mediator(), "{\"commitment\": \"C3\", "
                            + "\"date\": \"2025-07-01\", \"delivered\": {\"russia\": 5}, \"source\": \"x\", \"by\": "
                            + "\"y\"}").status());
                    Sse.Message live = again.next(Duration.ofSeconds(20));
                    assertTrue(live.data().contains("tranche.recorded"), live.data());
                    assertTrue(Long.parseLong(live.id()) > Long.parseLong(m2.id()));
                }
            }
        }
    }


    /**
     * Neutral-site mode: a party's entered numbers and red-line wording (distinctive values here) reach no page, API
     * document, stream message or audit line that the mediator, an observer or the other party can read, although
     * the packages are computed from them; once the party shares, the mediator can read them.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void theMediatorSeesResultsNeverAPartysNumbersUnlessItShares(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String before = http.get(CASE + "/propose", s.mediator()).body();
            String[] secrets = {"41.37", "4137", "23.71", "2371", "walk-away-secret-wording"};
            com.fasterxml.jackson.databind.node.ObjectNode prefs =
                    (com.fasterxml.jackson.databind.node.ObjectNode) http.get(CASE + "/parties/ukraine/preferences",
                            s.ukraine()).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) prefs.get("ratings").get("children"))
                    .put("case-by-case", 41.37);
            ((com.fasterxml.jackson.databind.node.ObjectNode) prefs.get("ratings").get("sanctions"))
                    .put("partly-lifted", 23.71);
            ((com.fasterxml.jackson.databind.node.ObjectNode) prefs.get("redLines").get(0))
                    .put("text", "walk-away-secret-wording");
            try (Sse mediatorStream = new Sse(t.url() + CASE + "/events", s.mediator(), null, null);
                    Sse russiaStream = new Sse(t.url() + CASE + "/events", s.russia(), null, null)) {
                Http.Response put = http.json("PUT", CASE + "/parties/ukraine/preferences", s.ukraine(),
                        prefs.toString());
                assertEquals(200, put.status(), put.body());
                assertTrue(put.body().contains("41.37"), "the party reads back its own numbers");
                for (Sse stream : List.of(mediatorStream, russiaStream)) {
                    Sse.Message m = stream.next(Duration.ofSeconds(20));
                    assertNotNull(m);
                    for (String secret : secrets) {
                        assertFalse(Leaks.shows(m.data(), secret), m.data());
                    }
                }
            }
            String after = http.get(CASE + "/propose", s.mediator()).body();
            assertFalse(before.equals(after), "the packages are computed from the changed preferences");
            String mediator = session(http, s.mediator());
            String observer = session(http, s.observer());
            String russia = session(http, s.russia());
            List<String> seen = new ArrayList<>();
            for (String path : List.of("", "/parts/matrix", "/parts/packages", "/parts/text", "/parts/ledger",
                    "/parts/charts", "/audit", "/audit.csv")) {
                Http.Response r = page(http, "/cases/peace-talks-2025" + path, mediator);
                assertEquals(200, r.status(), path);
                seen.add("mediator page " + path + ": " + r.body());
            }
            for (String path : List.of("", "/compare", "/propose", "/ledger", "/text", "/shared", "/audit")) {
                Http.Response r = http.get(CASE + path, s.mediator());
                assertEquals(200, r.status(), path);
                seen.add("mediator API " + path + ": " + r.body());
            }
            seen.add("observer page: " + page(http, "/cases/peace-talks-2025/observe", observer).body());
            seen.add("russia's room: " + page(http, "/cases/peace-talks-2025/rooms/russia", russia).body());
            seen.add("russia's checks: " + page(http, "/cases/peace-talks-2025/rooms/russia/parts/checks", russia)
                    .body());
            for (String text : seen) {
                for (String secret : secrets) {
                    assertFalse(Leaks.shows(text, secret), "'" + secret + "' leaked into the " + text.substring(0,
                            Math.min(200, text.length())));
                }
            }
            // the party's own room shows them; once it shares, the mediator can read them too
            assertTrue(page(http, "/cases/peace-talks-2025/rooms/ukraine", session(http, s.ukraine())).body()
                    .contains("41.37"));
            assertEquals(403, http.get(CASE + "/parties/ukraine/preferences", s.mediator()).status());
            assertEquals(200, http.json("PUT", CASE + "/parties/ukraine/sharing", s.ukraine(), "{\"share\": true}")
                    .status());
            assertTrue(http.get(CASE + "/parties/ukraine/preferences", s.mediator()).body().contains("41.37"));
        }
    }

    /** A quiet stream hears a comment every {@code SseHub.HEARTBEAT}, so no idle timeout closes it between changes. */
    @org.junit.jupiter.api.Test
    void aQuietStreamHearsAHeartbeat() throws Exception {
        try (TestServer t = TestServer.start("h2", java.time.Duration.ofMillis(300))) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<java.io.InputStream> r = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(t.url() + CASE + "/events")).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + s.russia())
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                List<String> lines = new ArrayList<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith(":") && line.contains("ping")) {
                        break;
                    }
                }
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("ping")), lines.toString());
                assertTrue(lines.stream().noneMatch(l -> l.startsWith("data:")), "nothing changed: " + lines);
            }
        }
    }
}
