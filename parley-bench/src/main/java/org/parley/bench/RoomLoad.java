package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.parley.server.ParleyServer;

/**
 * A load generator for the live rooms of {@code parley serve} (issue 10; a benchmark, not a test): starts a server in
 * this JVM on H2 in a temporary folder (or {@code --db URL}), creates {@code --rooms} rooms (default 100) of one
 * scripted person against an agent (boulware, conceder, linear, in turn) on ANAC 2010 Itex vs Cypress with a
 * {@code --rounds} deadline, then runs every person at once: each listens to its room's event stream and, on its
 * turn, offers a random outcome (never accepting, so the rooms run until an agent accepts or the deadline). Reports
 * the acknowledgement latency of every action ({@code POST /api/v1/rooms/{id}/actions} answered 200 once the action
 * is stored): count, p50, p99, max, and the CPU time this JVM spent per action.
 * Usage: {@code java -cp parley-bench/target/benchmarks.jar org.parley.bench.RoomLoad [--rooms N] [--rounds R]
 * [--db URL]} from the repository root.
 */
public final class RoomLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private RoomLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rooms = 100;
        int rounds = 40;
        String db = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rooms" -> rooms = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--db" -> db = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --rooms N, --rounds R, --db URL");
            }
        }
        Path dir = Path.of("scenarios/anac/anac__y2010__ItexvsCypress");
        ObjectNode scenario = JSON.createObjectNode();
        ArrayNode files = scenario.putArray("files");
        for (String f : List.of("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml")) {
            files.addObject().put("name", f).put("text", Files.readString(dir.resolve(f)));
        }
        Path data = Files.createTempDirectory("parley-room-load");
        String[] agents = {"boulware", "conceder", "linear"};
        try (ParleyServer server = ParleyServer.start(new ParleyServer.Options("127.0.0.1", 0, data, db))) {
            String base = server.url();
            String admin = server.firstStart().token();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String[]> made = new ArrayList<>();
            for (int k = 0; k < rooms; k++) {
                ObjectNode b = JSON.createObjectNode();
                b.set("scenario", scenario);
                b.set("seats", JSON.createArrayNode().add(JSON.createObjectNode().put("agent", agents[k % 3]))
                        .add(JSON.createObjectNode().put("person", "script " + k)));
                b.putObject("deadline").put("rounds", rounds);
                b.put("seed", k);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rooms"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("room " + k + ": " + r.body());
                }
                JsonNode c = JSON.readTree(r.body());
                made.add(new String[] {c.get("id").asText(), c.get("tokens").get("1").asText()});
            }
            JsonNode issues = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rooms/"
                    + made.get(0)[0])).header("Authorization", "Bearer " + made.get(0)[1]).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("issues");
            ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
            AtomicInteger refused = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(rooms);
            double load0 = OS.getSystemLoadAverage();
            long cpu0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < rooms; k++) {
                String[] room = made.get(k);
                SplittableRandom random = new SplittableRandom(k);
                Thread t = new Thread(() -> {
                    try {
                        person(http, base, room[0], room[1], issues, random, acks, refused);
                    } catch (Exception e) {
                        System.err.println("room " + room[0] + ": " + e);
                    } finally {
                        done.countDown();
                    }
                }, "person-" + k);
                t.setDaemon(true);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            if (!done.await(30, TimeUnit.MINUTES)) {
                System.err.println("not every room ended within 30 minutes");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = OS.getProcessCpuTime() - cpu0;
            long[] ms = acks.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "database: %s; %d rooms (person script vs boulware/conceder/linear), %d "
                    + "rounds, %d cores%n", server.database().kind().key(), rooms, rounds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%d actions acknowledged in %.1f s (%.0f/s), %d refused; ack latency p50 "
                    + "%.1f ms, p99 %.1f ms, max %.1f ms%n", ms.length, seconds, ms.length / seconds, refused.get(),
                    pct(ms, 0.50), pct(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e3);
            System.out.printf(Locale.ROOT, "CPU of this JVM (server and clients): %.2f ms per action; system load "
                    + "average %.1f before, %.1f after%n", cpu / 1e6 / Math.max(1, ms.length), load0,
                    OS.getSystemLoadAverage());
        }
    }

    /** Latency percentile in ms from sorted microseconds. */
    private static double pct(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, i))] / 1e3;
    }

    /** One scripted person: follows the room's stream; on each turn offers a random outcome, timing the ack. */
    private static void person(HttpClient http, String base, String id, String token, JsonNode issues,
            SplittableRandom random, ConcurrentLinkedQueue<Long> acks, AtomicInteger refused) throws Exception {
        HttpResponse<Stream<String>> sse = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rooms/" + id
                + "/events")).header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "0").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = sse.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                JsonNode m = JSON.readTree(line.substring(5));
                String type = m.get("type").asText();
                if (type.equals("room.ended")) {
                    return;
                }
                if (!type.equals("room.action") || m.get("act").get("seat").intValue() != 0
                        || !m.get("act").get("type").asText().equals("offer")) {
                    continue;
                }
                ObjectNode outcome = JSON.createObjectNode();
                for (JsonNode issue : issues) {
                    JsonNode values = issue.get("values");
                    outcome.put(issue.get("name").asText(), values.get(random.nextInt(values.size())).asText());
                }
                ObjectNode body = JSON.createObjectNode().put("type", "offer");
                body.set("outcome", outcome);
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rooms/" + id
                        + "/actions")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - s) / 1000;
                if (r.statusCode() == 200) {
                    acks.add(micros);
                } else {
                    refused.incrementAndGet();
                }
            }
        }
    }
}
