package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.server.ParleyServer;

/**
 * A load generator for the live rooms of {@code parley serve} (issue 10; a benchmark, not a test): starts a server in
 * this JVM on H2 in a temporary folder (or {@code --db URL}), creates {@code --rooms} rooms (default 100) of one
 * scripted person against an agent (boulware, conceder, linear, in turn) on ANAC 2010 Itex vs Cypress with a
 * {@code --rounds} deadline, then runs every person at once: each listens to its room's event stream and, on its
 * turn, waits its think time ({@code --think-ms MIN-MAX}: uniform, seeded by the room; default 0, an instant answer)
 * and offers a random outcome (never accepting, so the rooms run until an agent accepts or the deadline). Reports
 * the acknowledgement latency of every action ({@code POST /api/v1/rooms/{id}/actions} answered 200 once the action
 * is stored; the think time is not part of it): count, p50, p99, max, and the CPU time this JVM spent per action
 * (server, agents and the scripted persons together), split into the server's, the persons' (their threads' own CPU
 * time) and the JIT compiler's, and, on Linux, by kind of thread.
 *
 * <p>A server that has run for a while has its code compiled; a fresh JVM spends much of its CPU compiling. So the
 * measured rooms run after {@code --warmup} rooms (default twice as many as measured, instant answers, other seeds)
 * on the same server; {@code --warmup 0} measures a cold start.
 *
 * <p>Usage: {@code java -cp parley-bench/target/benchmarks.jar org.parley.bench.RoomLoad [--rooms N] [--rounds R]
 * [--think-ms MIN-MAX] [--warmup N] [--db URL]} from the repository root.
 */
public final class RoomLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] AGENTS = {"boulware", "conceder", "linear"};

    private RoomLoad() {
    }

    /** What one phase measured. */
    private record Phase(int rooms, long[] sortedMicros, int refused, double seconds, long cpuNanos, long jitNanos,
            long clientNanos, long gcMillis, double loadBefore, double loadAfter, Map<String, Long> byThread) {
    }

    /** A response: status and body. */
    private record Response(int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        int rooms = 100;
        int rounds = 40;
        int warmup = -1;
        int thinkMin = 0;
        int thinkMax = 0;
        String db = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rooms" -> rooms = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--db" -> db = args[++i];
                case "--think-ms" -> {
                    String v = args[++i];
                    int dash = v.indexOf('-');
                    thinkMin = Integer.parseInt(dash < 0 ? v : v.substring(0, dash));
                    thinkMax = dash < 0 ? thinkMin : Integer.parseInt(v.substring(dash + 1));
                    if (thinkMin < 0 || thinkMax < thinkMin) {
                        throw new IllegalArgumentException("--think-ms " + v + ": expected MIN-MAX with 0 <= MIN <= "
                                + "MAX (milliseconds)");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --rooms N, --rounds R, --think-ms MIN-MAX, --warmup N, --db URL");
            }
        }
        if (warmup < 0) {
            warmup = 2 * rooms;
        }
        // every person keeps its connection for its actions (the default keeps 5 idle connections per server)
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, 2 * rooms)));
        Path dir = Path.of("scenarios/anac/anac__y2010__ItexvsCypress");
        ObjectNode scenario = JSON.createObjectNode();
        ArrayNode files = scenario.putArray("files");
        for (String f : List.of("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml")) {
            files.addObject().put("name", f).put("text", Files.readString(dir.resolve(f)));
        }
        Path data = Files.createTempDirectory("parley-room-load");
        try (ParleyServer server = ParleyServer.start(new ParleyServer.Options("127.0.0.1", 0, data, db))) {
            String base = server.url();
            String admin = server.firstStart().token();
            System.out.printf(Locale.ROOT, "%s; database: %s; %d cores; %d rooms (person script vs "
                    + "boulware/conceder/linear), %d rounds, think time %d-%d ms, after %d warm-up rooms%n",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), server.database().kind().key(),
                    Runtime.getRuntime().availableProcessors(), rooms, rounds, thinkMin, thinkMax, warmup);
            if (warmup > 0) {
                print("warm-up", run(base, admin, scenario, warmup, rounds, 0, 0, 1_000_000));
            }
            print("measured", run(base, admin, scenario, rooms, rounds, thinkMin, thinkMax, 0));
        }
    }

    private static void print(String what, Phase p) {
        long[] ms = p.sortedMicros();
        int n = Math.max(1, ms.length);
        System.out.printf(Locale.ROOT, "%s: %d rooms, %d actions acknowledged in %.1f s (%.0f/s), %d refused; ack "
                + "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, p.rooms(), ms.length, p.seconds(),
                ms.length / p.seconds(), p.refused(), pct(ms, 0.50), pct(ms, 0.99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1e3);
        System.out.printf(Locale.ROOT, "%s: CPU of this JVM per action %.2f ms: server %.2f ms (requests, rooms, "
                + "agents, store, streams, GC), the scripted persons %.2f ms, JIT compiler %.2f ms; GC pauses %.1f s; "
                + "system load average %.1f before, %.1f after%n", what, p.cpuNanos() / 1e6 / n,
                (p.cpuNanos() - p.clientNanos() - p.jitNanos()) / 1e6 / n, p.clientNanos() / 1e6 / n,
                p.jitNanos() / 1e6 / n, p.gcMillis() / 1e3, p.loadBefore(), p.loadAfter());
        StringBuilder threads = new StringBuilder();
        long listed = 0;
        for (Map.Entry<String, Long> k : p.byThread().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            if (k.getValue() / 1e6 / n >= 0.01) {
                threads.append(String.format(Locale.ROOT, "%s%s %.2f", threads.length() == 0 ? "" : ", ",
                        k.getKey(), k.getValue() / 1e6 / n));
                listed += k.getValue();
            }
        }
        if (!p.byThread().isEmpty()) {
            System.out.printf(Locale.ROOT, "%s: CPU ms per action by thread: %s, ended threads and the rest %.2f%n",
                    what, threads, (p.cpuNanos() - listed) / 1e6 / n);
        }
    }

    /** Creates {@code rooms} rooms (seeds from {@code seed0}), then runs every person at once until all have ended. */
    private static Phase run(String base, String admin, ObjectNode scenario, int rooms, int rounds, int thinkMin,
            int thinkMax, int seed0) throws Exception {
        List<String[]> made = new ArrayList<>();
        for (int k = 0; k < rooms; k++) {
            ObjectNode b = JSON.createObjectNode();
            b.set("scenario", scenario);
            b.set("seats", JSON.createArrayNode().add(JSON.createObjectNode().put("agent", AGENTS[k % 3]))
                    .add(JSON.createObjectNode().put("person", "script " + k)));
            b.putObject("deadline").put("rounds", rounds);
            b.put("seed", seed0 + k);
            Response r = send("POST", base + "/api/v1/rooms", admin, b.toString());
            if (r.status() != 201) {
                throw new IllegalStateException("room " + k + ": " + r.body());
            }
            JsonNode c = JSON.readTree(r.body());
            made.add(new String[] {c.get("id").asText(), c.get("tokens").get("1").asText()});
        }
        JsonNode issues = JSON.readTree(send("GET", base + "/api/v1/rooms/" + made.get(0)[0], made.get(0)[1], null)
                .body()).get("issues");
        ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong clientNanos = new AtomicLong();
        CountDownLatch done = new CountDownLatch(rooms);
        double load0 = OS.getSystemLoadAverage();
        long gc0 = gcMillis();
        Map<String, Long> threads0 = threadNanos();
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < rooms; k++) {
            String[] room = made.get(k);
            SplittableRandom random = new SplittableRandom(seed0 + k);
            Thread t = new Thread(() -> {
                try {
                    person(base, room[0], room[1], issues, random, thinkMin, thinkMax, acks, refused);
                } catch (Exception e) {
                    System.err.println("room " + room[0] + ": " + e);
                } finally {
                    clientNanos.addAndGet(THREADS.getCurrentThreadCpuTime());
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
        Map<String, Long> kinds = byKind(threads0, threadNanos());
        long jit = kinds.entrySet().stream().filter(k -> k.getKey().contains("CompilerThre"))
                .mapToLong(Map.Entry::getValue).sum();
        long gc = gcMillis() - gc0;
        long[] micros = acks.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Phase(rooms, micros, refused.get(), seconds, cpu, jit, clientNanos.get(), gc, load0,
                OS.getSystemLoadAverage(), kinds);
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, g.getCollectionTime());
        }
        return ms;
    }

    /**
     * CPU time of this JVM's threads so far by kind (the thread's name without its numbers; Linux: their /proc
     * entries; empty elsewhere), with each thread's id so that a thread that started or ended in between is told apart.
     */
    private static Map<String, Long> threadNanos() {
        Map<String, Long> out = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (var list = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) list::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread has ended
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                out.put(t.getFileName() + " " + stat.substring(open + 1, close).replaceAll("[0-9]+", "N"),
                        ticks * 10_000_000L); // USER_HZ is 100 on Linux
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return out;
    }

    /** CPU by kind of thread between two {@link #threadNanos} readings (a thread counts from 0 if it is new). */
    private static Map<String, Long> byKind(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((k, v) -> out.merge(k.substring(k.indexOf(' ') + 1), v - before.getOrDefault(k, 0L),
                Long::sum));
        return out;
    }

    /** Latency percentile in ms from sorted microseconds. */
    private static double pct(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, i))] / 1e3;
    }

    private static HttpURLConnection open(String method, String url, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setRequestProperty("Authorization", "Bearer " + token);
        return c;
    }

    /** One request over a kept-alive connection; the body is read to the end so that the connection is reused. */
    private static Response send(String method, String url, String token, String body) throws IOException {
        HttpURLConnection c = open(method, url, token);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (in != null) {
            in.close();
        }
        return new Response(status, text);
    }

    /**
     * One scripted person: follows the room's stream; on each turn waits its think time, then offers a random
     * outcome, timing the acknowledgement.
     */
    private static void person(String base, String id, String token, JsonNode issues, SplittableRandom random,
            int thinkMin, int thinkMax, ConcurrentLinkedQueue<Long> acks, AtomicInteger refused) throws Exception {
        HttpURLConnection sse = open("GET", base + "/api/v1/rooms/" + id + "/events", token);
        sse.setRequestProperty("Accept", "text/event-stream");
        sse.setRequestProperty("Last-Event-ID", "0");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(sse.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
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
                if (thinkMax > 0) {
                    Thread.sleep(thinkMin + random.nextInt(thinkMax - thinkMin + 1));
                }
                long s = System.nanoTime();
                Response r = send("POST", base + "/api/v1/rooms/" + id + "/actions", token, body.toString());
                long micros = (System.nanoTime() - s) / 1000;
                if (r.status() == 200) {
                    acks.add(micros);
                } else {
                    refused.incrementAndGet();
                    System.err.println("room " + id + ": " + r.status() + " " + r.body());
                }
            }
        } finally {
            sse.disconnect();
        }
    }
}
