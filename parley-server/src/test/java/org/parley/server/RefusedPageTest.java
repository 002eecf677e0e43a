package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A refused page says what was asked for and who is signed in, and points to the caller's own page. */
class RefusedPageTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static String text(Http.Response r) {
        return r.body().replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRefusalNamesThePageAndTheSignedInPerson(String db) {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            String russia = PagesAndStreamsTest.session(http, s.russia());
            Http.Response r = PagesAndStreamsTest.page(http, "/cases/peace-talks-2025/rooms/ukraine", russia);
            assertEquals(403, r.status());
            String page = text(r);
            assertTrue(page.contains("You asked for the room of party 'ukraine' in case 'peace-talks-2025' "
                    + "(/cases/peace-talks-2025/rooms/ukraine)."), page);
            assertTrue(page.contains("You are signed in as party Russia ('russia') of case 'peace-talks-2025'."),
                    page);
            assertTrue(page.contains("href=\"/cases/peace-talks-2025/rooms/russia\""), "a link to its own room");

            String mediator = PagesAndStreamsTest.session(http, s.mediator());
            page = text(PagesAndStreamsTest.page(http, "/cases/peace-talks-2025/rooms/russia/parts/checks",
                    mediator));
            assertTrue(page.contains("the room of party 'russia' in case 'peace-talks-2025'"), page);
            assertTrue(page.contains("You are signed in as the mediator of case 'peace-talks-2025'."), page);

            String observer = PagesAndStreamsTest.session(http, s.observer());
            page = text(PagesAndStreamsTest.page(http, "/cases/peace-talks-2025", observer));
            assertTrue(page.contains("You asked for the mediator's dashboard of case 'peace-talks-2025'"), page);
            assertTrue(page.contains("You are signed in as an observer ("), page);

            Http.Response none = http.send("GET", "/cases/peace-talks-2025/audit", null, "Accept", "text/html");
            assertEquals(401, none.status());
            assertTrue(text(none).contains("You asked for the audit trail of case 'peace-talks-2025'"), none.body());
            assertTrue(text(none).contains("You are not signed in."), none.body());

            // a used or unknown invitation link is refused without repeating its secret
            String secret = "pk_" + "x".repeat(43);
            Http.Response join = http.send("GET", "/join/" + secret, null, "Accept", "text/html");
            assertEquals(401, join.status());
            assertFalse(join.body().contains(secret));
            assertTrue(text(join).contains("You asked for an invitation link."), join.body());

            // the names in the page are the caller's own input, escaped
            Http.Response odd = PagesAndStreamsTest.page(http, "/cases/%3Cb%3Ex/rooms/y", russia);
            assertFalse(odd.body().contains("<b>x"), odd.body());
        }
    }
}
