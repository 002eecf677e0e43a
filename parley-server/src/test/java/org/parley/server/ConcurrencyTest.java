package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.server.store.ConcurrencyConflict;
import org.parley.server.store.Database;
import org.parley.server.store.EventStore;

/** Optimistic concurrency on the event log, and concurrent tranche posts through the API. */
class ConcurrencyTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eightWritersRacingForEachVersionGiveOneWinnerEach(String db) throws Exception {
        try (Database d = Database.open(TestDatabases.fresh(db))) {
            EventStore store = new EventStore(d);
            int rounds = 20;
            int writers = 8;
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            for (int v = 1; v <= rounds; v++) {
                int version = v;
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> ts = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    Thread t = new Thread(() -> {
                        try {
                            go.await();
                            store.append("s", version, "t", "w" + writer, "{}");
                            wins.incrementAndGet();
                        } catch (ConcurrencyConflict e) {
                            conflicts.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    t.start();
                    ts.add(t);
                }
                go.countDown();
                for (Thread t : ts) {
                    t.join();
                }
            }
            assertEquals(rounds, wins.get());
            assertEquals(rounds * (writers - 1), conflicts.get());
            assertEquals(rounds, store.read("s", 0).size());
            for (int v = 1; v <= rounds; v++) {
                assertEquals(v, store.read("s", 0).get(v - 1).version());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentTranchePostsAreAllKeptOrRefused(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            String mediator = ApiTest.create(http, t.adminToken(), TestServer.example("peace-talks-2025"))
                    .get("tokens").get("mediator").asText();
            Set<String> created = ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            List<Thread> ts = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int c = 0; c < 6; c++) {
                int client = c;
                Thread th = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < 4; i++) {
                        Http.Response r = http.json("POST", "/api/v1/cases/peace-talks-2025/tranches", mediator,
                                "{\"commitment\": \"C3\", \"date\": \"2025-07-01\", \"delivered\": {\"russia\": "
                                        + (1 + 4 * client + i) + "}, " // distinct: a repeat is refused as a duplicate
                                        + "\"source\": \"c" + client + "-" + i + "\", \"by\": \"test\"}");
                        if (r.status() == 201) {
                            created.add("c" + client + "-" + i + "=" + r.json().get("id").asText());
                        } else {
                            assertEquals(409, r.status(), r.body());
                            refused.incrementAndGet();
                        }
                    }
                });
                th.start();
                ts.add(th);
            }
            go.countDown();
            for (Thread th : ts) {
                th.join();
            }
            assertEquals(24, created.size() + refused.get());
            Case c = CaseYaml.parse(http.get("/api/v1/cases/peace-talks-2025/export", t.adminToken()).body(),
                    Path.of("case.yaml"));
            assertEquals(3 + created.size(), c.tranches().size());
            for (String s : created) {
                String source = s.substring(0, s.indexOf('='));
                String id = s.substring(s.indexOf('=') + 1);
                assertTrue(c.tranches().stream().anyMatch(x -> x.id().equals(id) && x.source().equals(source)), s);
            }
        }
    }
}
