package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page's stream misses nothing: the page names the last event it shows ({@code ?after=}), so a change stored between
 * rendering the page and opening the stream is replayed; a reconnect with {@code Last-Event-ID} (which wins over the
 * URL) replays only what came after that id.
 */
class StreamReplayTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static final Pattern STREAM = Pattern.compile("sse-connect=\"(/cases/peace-talks-2025/events\\?after="
            + "(\\d+))\"");

    private int count;

    private String tranche(Http http, String mediator, String source) {
        // distinct counts: the case refuses a repeat of a recorded tranche
        Http.Response r = http.json("POST", PagesAndStreamsTest.CASE + "/tranches", mediator, "{\"commitment\": "
                + "\"C3\", \"date\": \"2025-07-01\", \"delivered\": {\"russia\": " + ++count + "}, \"source\": \""
                + source + "\", \"by\": \"y\"}");
        assertEquals(201, r.status(), r.body());
        return r.body();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangeBetweenPageAndStreamAndAcrossAReconnectIsNotLost(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            SecurityTest.Setup s = SecurityTest.setup(t);
            Http http = s.http();
            for (String[] who : new String[][] {{s.mediator(), "/cases/peace-talks-2025"},
                {s.russia(), "/cases/peace-talks-2025/rooms/russia"}}) {
                String cookie = PagesAndStreamsTest.session(http, who[0]);
                String page = PagesAndStreamsTest.page(http, who[1], cookie).body();
                Matcher m = STREAM.matcher(page);
                assertTrue(m.find(), "the page names its stream with the last event it shows: " + page);
                long shown = Long.parseLong(m.group(2));
                // stored after the page was rendered, before its stream is open
                tranche(http, s.mediator(), "between-" + who[1].length());
                Sse.Message missed;
                try (Sse stream = new Sse(t.url() + m.group(1), null, cookie, null)) {
                    assertEquals(200, stream.status);
                    missed = stream.next(Duration.ofSeconds(20));
                    assertNotNull(missed, "the change made before the stream opened");
                    assertTrue(Long.parseLong(missed.id()) > shown);
                    assertTrue(missed.data().contains("tranche.recorded"), missed.data());
                }
                // the browser reconnects to the same URL with the last id it got: nothing twice, the next one live
                tranche(http, s.mediator(), "while-away-" + who[1].length());
                try (Sse again = new Sse(t.url() + m.group(1), null, cookie, missed.id())) {
                    Sse.Message next = again.next(Duration.ofSeconds(20));
                    assertNotNull(next, "the change made while disconnected");
                    assertTrue(Long.parseLong(next.id()) > Long.parseLong(missed.id()), next.id());
                    tranche(http, s.mediator(), "live-" + who[1].length());
                    Sse.Message live = again.next(Duration.ofSeconds(20));
                    assertNotNull(live);
                    assertTrue(Long.parseLong(live.id()) > Long.parseLong(next.id()));
                    assertNull(again.next(Duration.ofMillis(300)), "nothing else, nothing twice");
                    // a repeat of a recorded tranche is refused (409), nothing stored, nothing sent
                    Http.Response repeat = http.json("POST", PagesAndStreamsTest.CASE + "/tranches", s.mediator(),
                            "{\"commitment\": \"C3\", \"date\": \"2025-07-01\", \"delivered\": {\"russia\": "
                            + count + "}, \"source\": \"again\", \"by\": \"y\"}");
                    assertEquals(409, repeat.status(), repeat.body());
                    assertTrue(repeat.body().contains("already records"), repeat.body());
                    assertNull(again.next(Duration.ofMillis(300)), "a refused change is not an event");
                }
            }
        }
    }
}
