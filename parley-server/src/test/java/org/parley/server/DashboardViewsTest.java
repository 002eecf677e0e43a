package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard is computed once per version of a case and reused (web.DashboardCache): every kind of change
 * shows at once on the page and in its parts, and what differs between viewers (the mediator's notes, the export
 * permission, the CSRF token) never crosses from one to the other, whoever asked first.
 */
class DashboardViewsTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static final String CASE = PagesAndStreamsTest.CASE;
    private static final String PAGE = "/cases/peace-talks-2025";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertTrue(m.find(), "no CSRF token in the page");
        return m.group(1);
    }

    private static void created(Http.Response r) {
        assertEquals(201, r.status(), r.body());
    }

    private static String get(Http http, String path, String cookie) {
        Http.Response r = PagesAndStreamsTest.page(http, path, cookie);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.body();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyChangeShowsAtOnceOnThePageAndItsParts(String db) {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String m = PagesAndStreamsTest.session(http, s.mediator());
            String first = get(http, PAGE, m);
            assertEquals(first.replace(csrf(first), ""), get(http, PAGE, m).replace(csrf(first), ""),
                    "the same version gives the same page");
            assertFalse(first.contains("zz-clause-1"));

            created(http.json("POST", CASE + "/text", s.mediator(), "{\"clauses\": [{\"path\": \"1\", "
                    + "\"text\": \"zz-clause-1\", \"settles\": {\"territory\": null}}]}"));
            assertTrue(get(http, PAGE, m).contains("zz-clause-1"), "the new text on the page");
            assertTrue(get(http, PAGE + "/parts/text", m).contains("zz-clause-1"), "and in its part");

            assertFalse(get(http, PAGE + "/parts/ledger", m).contains("zz-source-2"));
            created(http.json("POST", CASE + "/tranches", s.mediator(), "{\"commitment\": \"C3\", \"date\": "
                    + "\"2025-07-01\", \"delivered\": {\"russia\": 5}, \"source\": \"zz-source-2\", \"by\": \"y\"}"));
            assertTrue(get(http, PAGE, m).contains("zz-source-2"), "the new tranche on the page");
            assertTrue(get(http, PAGE + "/parts/ledger", m).contains("zz-source-2"), "and in its part");

            created(http.json("POST", CASE + "/shared", s.mediator(), "{\"title\": \"zz-shared-3\", "
                    + "\"text\": \"x\"}"));
            assertTrue(get(http, PAGE, m).contains("zz-shared-3"), "what was shared");

            // a party's changed preferences change the packages (computed from them) and the charts
            String packages = get(http, PAGE + "/parts/packages", m);
            String charts = get(http, PAGE + "/parts/charts", m);
            ObjectNode prefs = (ObjectNode) http.get(CASE + "/parties/ukraine/preferences", s.ukraine()).json();
            ((ObjectNode) prefs.get("ratings").get("children")).put("case-by-case", 41.37);
            ((ObjectNode) prefs.get("ratings").get("sanctions")).put("partly-lifted", 23.71);
            Http.Response put = http.json("PUT", CASE + "/parties/ukraine/preferences", s.ukraine(), prefs.toString());
            assertEquals(200, put.status(), put.body());
            String packages2 = get(http, PAGE + "/parts/packages", m);
            assertNotEquals(packages.replace(csrf(first), ""), packages2.replace(csrf(first), ""),
                    "the packages follow the preferences");
            assertNotEquals(charts, get(http, PAGE + "/parts/charts", m), "the charts follow the preferences");
            assertTrue(get(http, PAGE, m).contains(packages2.strip()), "the page and its part agree");

            // invitations change without a new analysis: issued and revoked ones show at once
            Http.Response issued = http.json("POST", CASE + "/tokens", s.mediator(), "{\"role\": \"observer\", "
                    + "\"label\": \"zz-observer-4\"}");
            assertEquals(201, issued.status(), issued.body());
            String withLink = get(http, PAGE, m);
            String row = withLink.substring(withLink.indexOf("zz-observer-4"));
            assertFalse(row.substring(0, row.indexOf("</tr>")).contains("no longer valid"));
            assertEquals(200, http.send("DELETE", CASE + "/tokens/" + issued.json().get("id").asText(), null,
                    "Authorization", "Bearer " + s.mediator()).status());
            String revoked = get(http, PAGE, m);
            row = revoked.substring(revoked.indexOf("zz-observer-4"));
            assertTrue(row.substring(0, row.indexOf("</tr>")).contains("no longer valid"), "the revoked link");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void whatDiffersBetweenViewersNeverCrosses(String db) {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String m = PagesAndStreamsTest.session(http, s.mediator());
            String a = PagesAndStreamsTest.session(http, t.adminToken());
            String mPage = get(http, PAGE, m);
            String note = "zz-mediator-only-note";
            Http.Response saved = http.send("POST", PAGE + "/note", "text=" + URLEncoder.encode(note,
                    StandardCharsets.UTF_8) + "&_csrf=" + csrf(mPage), "Cookie", m, "Origin", t.url(), "Content-Type",
                    "application/x-www-form-urlencoded");
            assertEquals(303, saved.status(), saved.body());
            for (boolean mediatorFirst : new boolean[] {true, false}) {
                if (!mediatorFirst) {
                    // a new version, so that the administrator is the first to ask for it
                    created(http.json("POST", CASE + "/shared", s.mediator(), "{\"title\": \"again\"}"));
                }
                String mine = mediatorFirst ? get(http, PAGE, m) : null;
                String admins = get(http, PAGE, a);
                if (mine == null) {
                    mine = get(http, PAGE, m);
                }
                assertTrue(mine.contains(note), "the mediator's own notes");
                assertFalse(admins.contains(note), "the mediator's notes are not the administrator's");
                assertTrue(admins.contains(PAGE + "/export"), "the administrator may export");
                assertFalse(mine.contains(PAGE + "/export"), "the mediator may not, while the parties keep their "
                        + "preferences private");
                assertTrue(mine.contains(">Mediator"));
                assertTrue(admins.contains(">Administrator"));
                assertNotEquals(csrf(mine), csrf(admins));
                assertFalse(admins.contains(csrf(mine)), "the mediator's CSRF token in the administrator's page");
                assertFalse(mine.contains(csrf(admins)), "the administrator's CSRF token in the mediator's page");
                for (String part : new String[] {"packages", "text", "ledger"}) {
                    String pm = get(http, PAGE + "/parts/" + part, m);
                    String pa = get(http, PAGE + "/parts/" + part, a);
                    assertTrue(pm.contains(csrf(mine)) && !pm.contains(csrf(admins)), part);
                    assertTrue(pa.contains(csrf(admins)) && !pa.contains(csrf(mine)), part);
                }
            }
        }
    }
}
