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

    /**
     * Appends arriving together share a commit ({@link EventStore}): a racer that loses its version must not take the
     * others of its group down with it, and every append that returned is stored once, with its own sequence number,
     * in version order within its stream.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void groupedAppendsEachGetTheirOwnOutcome(String db) throws Exception {
        try (Database d = Database.open(TestDatabases.fresh(db))) {
            EventStore store = new EventStore(d);
            int rounds = 15;
            int racers = 6;
            int loners = 10;
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            Set<Long> seqs = ConcurrentHashMap.newKeySet();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int v = 1; v <= rounds; v++) {
                int version = v;
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> ts = new ArrayList<>();
                for (int w = 0; w < racers + loners; w++) {
                    int writer = w;
                    Thread t = new Thread(() -> {
                        try {
                            go.await();
                            String stream = writer < racers ? "shared" : "own-" + writer;
                            seqs.add(store.append(stream, version, "t", "w" + writer, "{\"w\": " + writer + "}")
                                    .seq());
                            if (writer < racers) {
                                wins.incrementAndGet();
                            }
                        } catch (ConcurrencyConflict e) {
                            conflicts.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            failures.add(e);
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
            assertEquals(List.of(), failures, "no append of another stream fails with a racer's conflict");
            assertEquals(rounds, wins.get(), "one racer wins each version");
            assertEquals(rounds * (racers - 1), conflicts.get());
            assertEquals(rounds * (1 + loners), seqs.size(), "every stored append has its own sequence number");
            assertEquals(rounds * (1 + loners), store.count());
            for (int w = racers; w < racers + loners; w++) {
                List<org.parley.server.store.StoredEvent> own = store.read("own-" + w, 0);
                assertEquals(rounds, own.size());
                for (int v = 1; v <= rounds; v++) {
                    assertEquals(v, own.get(v - 1).version());
                    assertEquals("{\"w\": " + w + "}", own.get(v - 1).payload());
                    if (v > 1) {
                        assertTrue(own.get(v - 1).seq() > own.get(v - 2).seq(), "versions in sequence order");
                    }
                }
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
