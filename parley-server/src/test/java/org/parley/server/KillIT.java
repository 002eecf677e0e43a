package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.Tranche;

/**
 * The server in a child process, a burst of tranche posts from four clients, SIGKILL half-way, a restart on the same
 * database: every tranche acknowledged with 201 is in the case, once, with what was posted.
 */
@Tag("slow")
class KillIT {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    /** A started child: the process and its URL. */
    record Child(Process process, String url, Path log) {
    }

    static Child start(Path data, String db) throws Exception {
        Path log = Files.createTempFile("parley-server", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), data.toString()));
        if (db != null) {
            cmd.add(db);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String url = null;
        StringBuilder seen = new StringBuilder();
        while (url == null && System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            if (line.startsWith("parley serve: http://")) {
                url = line.substring("parley serve: ".length(), line.indexOf("/ ", 20));
            }
        }
        assertTrue(url != null, "the child did not start: " + seen);
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Child(p, url, log);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyAcknowledgedTrancheSurvivesSigkill(String db) throws Exception {
        Path data = Files.createTempDirectory("parley-kill");
        String url = db.equals("h2") ? null : TestDatabases.fresh(db);
        Child first = start(data, url);
        String admin = Files.readString(data.resolve("admin-token")).strip();
        Http http = new Http(first.url());
        JsonNode created = ApiTest.create(http, admin, TestServer.example("peace-talks-2025"));
        String mediator = created.get("tokens").get("mediator").asText();

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // source -> tranche id
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger conflicts = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 500 && !stop.get(); i++) {
                    String source = "burst " + client + "/" + i;
                    try {
                        Http.Response r = http.json("POST", "/api/v1/cases/peace-talks-2025/tranches", mediator,
                                "{\"commitment\": \"C3\", \"date\": \"2025-07-01\", \"delivered\": {\"russia\": "
                                        + (client * 1000 + i) + ", \"ukraine\": " + i + "}, \"source\": \"" + source
                                        + "\", \"by\": \"kill test\"}");
                        if (r.status() == 201) {
                            acknowledged.put(source, r.json().get("id").asText());
                        } else if (r.status() == 409) {
                            conflicts.incrementAndGet();
                        } else {
                            throw new AssertionError(r.status() + " " + r.body());
                        }
                    } catch (RuntimeException e) {
                        return; // the server was killed
                    }
                }
            });
            th.start();
            clients.add(th);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        first.process().destroyForcibly(); // SIGKILL
        assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
        stop.set(true);
        for (Thread th : clients) {
            th.join(TimeUnit.SECONDS.toMillis(60));
        }
        int acked = acknowledged.size();
        assertTrue(acked >= 30, "only " + acked + " tranches acknowledged before the kill");

        Child second = start(data, url);
        try {
            Http again = new Http(second.url());
            Http.Response export = again.get("/api/v1/cases/peace-talks-2025/export", admin);
            assertEquals(200, export.status(), export.body());
            Case c = CaseYaml.parse(export.body(), Path.of("case.yaml"));
            Map<String, Tranche> bySource = new HashMap<>();
            for (Tranche t : c.tranches()) {
                assertTrue(bySource.put(t.source(), t) == null || t.source().startsWith("news"), "twice: " + t);
            }
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                Tranche t = bySource.get(a.getKey());
                assertTrue(t != null, "acknowledged tranche lost: " + a);
                assertEquals(a.getValue(), t.id(), a.getKey());
                String[] ci = a.getKey().substring("burst ".length()).split("/");
                assertEquals(Integer.parseInt(ci[0]) * 1000L + Integer.parseInt(ci[1]), t.delivered().get("russia"));
            }
            long ids = c.tranches().stream().map(Tranche::id).distinct().count();
            assertEquals(c.tranches().size(), ids, "tranche ids are unique");
            System.out.println("kill test (" + db + "): " + acked + " acknowledged before SIGKILL, "
                    + (c.tranches().size() - 3) + " in the case after restart, " + conflicts.get() + " answered 409");
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
