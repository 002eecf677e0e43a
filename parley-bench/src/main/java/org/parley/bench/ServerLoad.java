package org.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parley.server.ParleyServer;

/**
 * A load generator for {@code parley serve} (a benchmark, not a test): starts a server in this JVM on H2 in a temporary
 * folder or on {@code --db URL}, imports examples/peace-talks-2025, then
 * <ul>
 * <li>50 concurrent clients (keep-alive, loopback) each requesting, for a fixed time, the compare API, the ledger API
 * and the mediator's dashboard page in turn, then each of them alone: requests/s and p50/p99 latency per endpoint, and
 * the CPU time this JVM spent per request (the machine may be shared: CPU per request says what two idle cores
 * would sustain);</li>
 * <li>100 connected SSE listeners and a series of changes: the time from a change being stored to each listener
 * receiving it (p50/p99 over every listener and change), and the write latency itself.</li>
 * </ul>
 * Usage: {@code java -cp parley-bench/target/benchmarks.jar org.parley.bench.ServerLoad [--db URL] [--seconds S]}
 * from the repository root. Requests are bounded in count and time, and go to 127.0.0.1 only.
 */
public final class ServerLoad {

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        int seconds = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                db = args[++i];
            } else if (args[i].equals("--seconds")) {
                seconds = Integer.parseInt(args[++i]);
            }
        }
        Path data = Files.createTempDirectory("parley-load");
        try (ParleyServer server = ParleyServer.start(new ParleyServer.Options("127.0.0.1", 0, data, db))) {
            String base = server.url();
            HttpClient setup = HttpClient.newHttpClient();
            String admin = server.firstStart().token();
            HttpResponse<String> created = setup.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of(
                            "examples/peace-talks-2025/case.yaml")))).build(), HttpResponse.BodyHandlers.ofString());
            String body = created.body();
            String mediator = field(body, "mediator");
            String ukraine = field(body, "ukraine");
            HttpResponse<String> join = setup.send(HttpRequest.newBuilder(URI.create(base + "/join/" + mediator))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String cookie = join.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            System.out.println("database: " + server.database().kind().key());
            String[] paths = {"/api/v1/cases/peace-talks-2025/compare", "/api/v1/cases/peace-talks-2025/ledger",
                "/cases/peace-talks-2025"};
            load(base, mediator, cookie, paths, 1, 5);
            load(base, mediator, cookie, paths, 50, seconds);
            for (String p : paths) {
                load(base, mediator, cookie, new String[] {p}, 50, Math.max(5, seconds / 2));
            }
            sse(server, base, mediator, ukraine, 100, 50);
        }
    }

    private static String field(String json, String key) {
        int i = json.indexOf("\"" + key + "\":\"");
        int from = i + key.length() + 4;
        return json.substring(from, json.indexOf('"', from));
    }

    private static void load(String base, String token, String cookie, String[] paths, int clients, int seconds)
            throws Exception {
        // warm-up
        run(base, token, cookie, paths, clients, 5);
        double load0 = OS.getSystemLoadAverage();
        long cpu0 = OS.getProcessCpuTime();
        Map<String, long[]> result = run(base, token, cookie, paths, clients, seconds);
        long cpu = OS.getProcessCpuTime() - cpu0;
        long total = 0;
        System.out.printf(Locale.ROOT, "%-42s %9s %9s %9s %9s%n", "endpoint (" + clients + " clients, " + seconds
                + " s)", "requests", "req/s", "p50 ms", "p99 ms");
        for (String p : paths) {
            long[] lat = result.get(p);
            Arrays.sort(lat);
            total += lat.length;
            System.out.printf(Locale.ROOT, "%-42s %9d %9.0f %9.1f %9.1f%n", p, lat.length,
                    lat.length / (double) seconds, pct(lat, 0.50), pct(lat, 0.99));
        }
        System.out.printf(Locale.ROOT, "%-42s %9d %9.0f%n", "all", total, total / (double) seconds);
        // the machine is shared: the CPU this JVM spent per request (server and load generator together) says what
        // the server would sustain with both cores to itself, whatever else ran meanwhile
        double cpuMs = cpu / 1e6 / total;
        System.out.printf(Locale.ROOT, "CPU per request (server + load generator in this JVM): %.2f ms, i.e. at most "
                + "%.0f req/s on %d cores; system load average %.1f before, %.1f after%n", cpuMs,
                Runtime.getRuntime().availableProcessors() * 1000 / cpuMs, Runtime.getRuntime().availableProcessors(),
                load0, OS.getSystemLoadAverage());
    }

    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static Map<String, long[]> run(String base, String token, String cookie, String[] paths, int clients,
            int seconds) throws Exception {
        Map<String, List<Long>> lat = new ConcurrentHashMap<>();
        for (String p : paths) {
            lat.put(p, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> ts = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    String p = paths[i++ % paths.length];
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + p));
                    b = p.startsWith("/api") ? b.header("Authorization", "Bearer " + token) : b.header("Cookie", cookie);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat.get(p).add(System.nanoTime() - t0);
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) {
            t.join();
        }
        if (errors.get() > 0) {
            System.out.println("errors: " + errors.get());
        }
        Map<String, long[]> out = new ConcurrentHashMap<>();
        lat.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length)
                - 1)] / 1e6;
    }

    private static void sse(ParleyServer server, String base, String token, String writer, int listeners,
            int changes) throws Exception {
        Map<Long, Long> stored = new ConcurrentHashMap<>();
        server.cases().listen(e -> stored.put(e.seq(), System.nanoTime()));
        // (sequence number, arrival time) of every message; matched with the store time afterwards, because a
        // listener may hear of an event before this benchmark's own store listener has noted its time
        List<long[]> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch connected = new CountDownLatch(listeners);
        HttpClient http = HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<?>> open = new ArrayList<>();
        AtomicLong received = new AtomicLong();
        for (int i = 0; i < listeners; i++) {
            open.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/peace-talks-2025/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> {
                        connected.countDown();
                        try (Stream<String> lines = r.body()) {
                            lines.forEach(l -> {
                                if (l.startsWith("id:")) {
                                    long now = System.nanoTime();
                                    arrivals.add(new long[] {Long.parseLong(l.substring(3).strip()), now});
                                    received.incrementAndGet();
                                }
                            });
                        }
                    }));
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("listeners did not connect");
        }
        while (server.hub().listeners() < listeners) {
            Thread.sleep(10);
        }
        HttpClient w = HttpClient.newHttpClient();
        long[] writes = new long[changes];
        for (int i = 0; i < changes; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = w.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/cases/peace-talks-2025/parties/ukraine/notes")).header("Authorization", "Bearer "
                    + writer).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"text\": \"note " + i + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            writes[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.body());
            }
            Thread.sleep(50);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < (long) listeners * changes && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long[] d;
        synchronized (arrivals) {
            d = arrivals.stream().filter(a -> stored.containsKey(a[0]))
                    .mapToLong(a -> Math.max(0, a[1] - stored.get(a[0]))).toArray();
        }
        Arrays.sort(d);
        Arrays.sort(writes);
        System.out.printf(Locale.ROOT, "SSE fan-out: %d listeners, %d changes, %d of %d deliveries; stored -> received "
                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; the write itself p50 %.1f ms, p99 %.1f ms%n", listeners,
                changes, d.length, (long) listeners * changes, pct(d, 0.5), pct(d, 0.99), d[d.length - 1] / 1e6,
                pct(writes, 0.5), pct(writes, 0.99));
        open.forEach(f -> f.cancel(true));
    }
}
