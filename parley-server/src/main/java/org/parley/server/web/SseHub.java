package org.parley.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import org.parley.server.auth.Principal;
import org.parley.server.cases.CaseService;
import org.parley.server.cases.CaseState;
import org.parley.server.cases.CaseStateAccess;
import org.parley.server.cases.Visibility;

/**
 * Server-sent events: every member connected to a case gets one {@code update} message per stored event, with the
 * event's sequence number as its id and {@code {"seq", "version", "type"}} as data ({@code type} is
 * {@value Visibility#REDACTED} for what the member may not see). A client that reconnects with
 * {@code Last-Event-ID} (or, without that header, {@code ?after=SEQ}: the pages name the version they show, so the
 * events between rendering a page and opening its stream are not lost) first gets every event it missed from the log,
 * then the live ones, with none twice ({@link SseFanout}).
 */
public final class SseHub implements AutoCloseable {

    /**
     * How often a listener that got nothing else hears a comment line: the server's idle timeout (and proxies')
     * would otherwise close a quiet stream, and the browser would reconnect for nothing.
     */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final CaseService cases;
    private final SseFanout<JsonNode> fanout;

    /** A hub fed by {@code cases}. */
    public SseHub(CaseService cases) {
        this(cases, HEARTBEAT);
    }

    /** A hub fed by {@code cases} that sends a comment to every idle listener every {@code heartbeat}. */
    public SseHub(CaseService cases, Duration heartbeat) {
        this.cases = cases;
        this.fanout = new SseFanout<>("parley-sse", "update", cases.store(), CaseStateAccess::payload, heartbeat);
        cases.listen(fanout::publish);
    }

    /** Number of connected listeners (for tests and the benchmark). */
    public int listeners() {
        return fanout.listeners();
    }

    /** Serves {@code client} for case {@code caseId} as seen by {@code who}, replaying after {@code lastSeq}. */
    public void connect(SseClient client, Principal who, String caseId, long lastSeq) {
        fanout.connect(client, CaseService.stream(caseId), lastSeq, (e, payload) -> {
            CaseState s = cases.find(caseId).orElse(null);
            if (s == null) {
                return null;
            }
            String type = Visibility.visible(e, payload, who, s) ? e.type() : Visibility.REDACTED;
            return "{\"seq\":" + e.seq() + ",\"version\":" + e.version() + ",\"type\":\"" + type + "\"}";
        });
    }

    @Override
    public void close() {
        fanout.close();
    }
}
