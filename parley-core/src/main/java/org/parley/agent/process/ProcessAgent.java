package org.parley.agent.process;

import java.util.List;
import java.util.Map;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.ExternalAgent;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

/**
 * A Java {@link org.parley.protocol.Agent} that is an agent process speaking the agent protocol
 * ({@code docs/agent-protocol.md}). Each session takes a process from the run's {@link ProcessPool} (the thread's
 * idle one, or a new one) and gives it back at the end; a process that broke its session (did not answer in time,
 * exited, wrote something that is not the protocol) is killed instead, and the next session gets a fresh one.
 *
 * <p>Messages to the agent are collected and written in one go when a reply is wanted (the start of a session, the
 * request for an action) or when the session ends.
 */
final class ProcessAgent implements ExternalAgent {

    /** Shortest time a new process gets to start and answer hello. */
    static final long MIN_STARTUP_NANOS = 20_000_000_000L;

    private static final String NOT_AN_OUTCOME = "answered act with an offer or accept whose outcome is not a list of "
            + "value indices:";

    /** A profile's JSON, shared by the sessions of a run. */
    private record ProfileText(String json) {
    }

    private final Launch launch;
    private final long startupNanos;
    private long budget = SessionSpec.DEFAULT_ROUND_CALL_BUDGET_NANOS;
    private ProcessPool pool;
    private AgentProcess process;
    private int party;
    private boolean ended;
    private boolean broken;

    ProcessAgent(Launch launch, long startupNanos) {
        this.launch = launch;
        this.startupNanos = startupNanos;
    }

    @Override
    public void callBudget(long nanos) {
        this.budget = nanos;
    }

    @Override
    public void init(AgentSettings settings) {
        party = settings.party();
        pool = settings.context().resource(ProcessPool.class, ProcessPool::new);
        String profile = settings.context().shared(settings.profile(), ProfileText.class,
                p -> new ProfileText(ProfileJson.of(p)), t -> 2L * t.json().length() + 64).json();
        try {
            process = pool.acquire(launch, Math.max(startupNanos, budget));
        } catch (Failure f) {
            broken = true;
            throw f;
        }
        process.beginSession(settings.seed(), party);
        StringBuilder m = process.message().append("{\"type\":\"start\",\"protocol\":");
        Json.quote(m, settings.protocol()).append(",\"party\":").append(party).append(",\"parties\":")
                .append(settings.partyCount()).append(",\"deadline\":");
        Deadline d = settings.deadline();
        if (d.isRounds()) {
            m.append("{\"rounds\":").append(d.rounds()).append('}');
        } else {
            Json.number(m.append("{\"seconds\":"), d.seconds()).append('}');
        }
        m.append(",\"seed\":").append(settings.seed()).append(",\"profile\":").append(profile).append("}\n");
        String line = request();
        Map<String, Object> reply = process.object(line, "start");
        if (!"ready".equals(reply.get("type"))) {
            throw fail(process.malformed("answered start with", line));
        }
    }

    private String request() {
        try {
            return process.request(budget);
        } catch (Failure f) {
            broken = true;
            throw f;
        }
    }

    private Failure fail(Failure f) {
        broken = true;
        return f;
    }

    @Override
    public void receive(Action action, Timeline timeline) {
        StringBuilder m = process.message();
        appendAction(m, action);
        Json.number(m.append(",\"t\":"), timeline.time()).append(",\"round\":").append(timeline.round())
                .append("}\n");
    }

    private static void appendAction(StringBuilder m, Action action) {
        if (action instanceof Offer o) {
            m.append("{\"type\":\"offer\",\"party\":").append(o.party()).append(",\"outcome\":");
            outcome(m, o.outcome());
        } else if (action instanceof Accept a) {
            m.append("{\"type\":\"accept\",\"party\":").append(a.party()).append(",\"outcome\":");
            outcome(m, a.outcome());
        } else {
            m.append("{\"type\":\"end_negotiation\",\"party\":").append(action.party());
        }
    }

    private static StringBuilder outcome(StringBuilder m, int[] o) {
        m.append('[');
        for (int i = 0; i < o.length; i++) {
            m.append(i > 0 ? "," : "").append(o[i]);
        }
        return m.append(']');
    }

    @Override
    public Action chooseAction(Timeline timeline) {
        StringBuilder m = process.message().append("{\"type\":\"act\",\"t\":");
        Json.number(m, timeline.time()).append(",\"round\":").append(timeline.round()).append("}\n");
        String line = request();
        Map<String, Object> reply = process.object(line, "act");
        Object type = reply.get("type");
        if ("offer".equals(type)) {
            return new Offer(party, outcome(reply, line));
        }
        if ("accept".equals(type)) {
            return new Accept(party, outcome(reply, line));
        }
        if ("end_negotiation".equals(type)) {
            return new EndNegotiation(party);
        }
        throw fail(process.malformed("answered act with", line));
    }

    private int[] outcome(Map<String, Object> reply, String line) {
        if (reply.get("outcome") instanceof List<?> l) {
            int[] o = new int[l.size()];
            for (int i = 0; i < o.length; i++) {
                if (!(l.get(i) instanceof Long v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw fail(process.malformed(NOT_AN_OUTCOME, line));
                }
                o[i] = v.intValue();
            }
            return o;
        }
        throw fail(process.malformed(NOT_AN_OUTCOME, line));
    }

    @Override
    public void negotiationEnded(int[] agreement) {
        end(agreement);
    }

    private void end(int[] agreement) {
        if (process == null || ended || broken) {
            return;
        }
        ended = true;
        StringBuilder m = process.message().append("{\"type\":\"end\",\"agreement\":");
        (agreement == null ? m.append("null") : outcome(m, agreement)).append("}\n");
        try {
            process.send(budget);
        } catch (Failure f) {
            broken = true;
            throw f;
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            end(null);
        } catch (Failure f) {
            // broken now: killed below
        }
        process.endSession();
        if (broken) {
            pool.discard(process);
        } else {
            pool.release(process);
        }
        process = null;
    }

    @Override
    public String name() {
        return launch.name();
    }
}
