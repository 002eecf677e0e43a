package org.parley.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent-events client for the tests: collects {@code id:} and {@code data:} pairs. */
final class Sse implements AutoCloseable {

    /** One message. */
    record Message(String id, String event, String data) {
    }

    final int status;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> future;
    private final Thread reader;

    Sse(String url, String token, String cookie, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        future = HttpClient.newHttpClient().sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> r = future.get(30, TimeUnit.SECONDS);
        status = r.statusCode();
        reader = new Thread(() -> {
            String id = null;
            String event = null;
            List<String> data = new ArrayList<>();
            try {
                for (String line : (Iterable<String>) r.body()::iterator) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            messages.add(new Message(id, event, String.join("\n", data)));
                        }
                        id = null;
                        event = null;
                        data.clear();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.add(line.substring(5).strip());
                    }
                }
            } catch (RuntimeException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** The next message, or null after {@code timeout}. */
    Message next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        future.cancel(true);
        reader.interrupt();
    }
}
