package org.parley.agent.process;

import java.util.List;
import java.util.Map;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * The agent protocol's messages as parley writes them ({@code docs/agent-protocol.md}), and the actions it reads. Each
 * writer appends a message's body, from its {@code "type"} key to its newline, to a buffer that already holds the
 * opening brace (protocol 1) or the brace and the session's id (protocol 2).
 */
final class Messages {

    /** What an answer to act that is not an action is called in errors. */
    static final String NOT_AN_OUTCOME = "answered act with an offer or accept whose outcome is not a list of "
            + "value indices:";

    private Messages() {
    }

    /** The start of a session: the agent's settings, with its profile's JSON. */
    static void start(StringBuilder m, AgentSettings settings, String profile) {
        m.append("\"type\":\"start\",\"protocol\":");
        Json.quote(m, settings.protocol()).append(",\"party\":").append(settings.party()).append(",\"parties\":")
                .append(settings.partyCount()).append(",\"deadline\":");
        Deadline d = settings.deadline();
        if (d.isRounds()) {
            m.append("{\"rounds\":").append(d.rounds()).append('}');
        } else {
            Json.number(m.append("{\"seconds\":"), d.seconds()).append('}');
        }
        m.append(",\"seed\":").append(settings.seed()).append(",\"profile\":").append(profile).append("}\n");
    }

    /** Another party's action. */
    static void action(StringBuilder m, Action action, Timeline timeline) {
        if (action instanceof Offer o) {
            m.append("\"type\":\"offer\",\"party\":").append(o.party()).append(",\"outcome\":");
            outcome(m, o.outcome());
        } else if (action instanceof Accept a) {
            m.append("\"type\":\"accept\",\"party\":").append(a.party()).append(",\"outcome\":");
            outcome(m, a.outcome());
        } else {
            m.append("\"type\":\"end_negotiation\",\"party\":").append(action.party());
        }
        Json.number(m.append(",\"t\":"), timeline.time()).append(",\"round\":").append(timeline.round())
                .append("}\n");
    }

    /** Another party's action, at a time given as its text. */
    static void action(StringBuilder m, Action action, String t, int round) {
        if (action instanceof Offer o) {
            m.append("\"type\":\"offer\",\"party\":").append(o.party()).append(",\"outcome\":");
            outcome(m, o.outcome());
        } else if (action instanceof Accept a) {
            m.append("\"type\":\"accept\",\"party\":").append(a.party()).append(",\"outcome\":");
            outcome(m, a.outcome());
        } else {
            m.append("\"type\":\"end_negotiation\",\"party\":").append(action.party());
        }
        m.append(",\"t\":").append(t).append(",\"round\":").append(round).append("}\n");
    }

    /** The request for the agent's action, at a time given as its text. */
    static void act(StringBuilder m, String t, int round) {
        m.append("\"type\":\"act\",\"t\":").append(t).append(",\"round\":").append(round).append("}\n");
    }

    /** The request for the agent's action. */
    static void act(StringBuilder m, Timeline timeline) {
        Json.number(m.append("\"type\":\"act\",\"t\":"), timeline.time()).append(",\"round\":")
                .append(timeline.round()).append("}\n");
    }

    /** The end of the session ({@code agreement} null without one). */
    static void end(StringBuilder m, int[] agreement) {
        m.append("\"type\":\"end\",\"agreement\":");
        (agreement == null ? m.append("null") : outcome(m, agreement)).append("}\n");
    }

    private static StringBuilder outcome(StringBuilder m, int[] o) {
        m.append('[');
        for (int i = 0; i < o.length; i++) {
            m.append(i > 0 ? "," : "").append(o[i]);
        }
        return m.append(']');
    }

    /**
     * The action of an answer written exactly as the Python kit writes offers and accepts,
     * {@code {"id":N,"type":"offer","outcome":[i,j,...]}}, read without parsing JSON; null for any other line (which
     * {@link #action(Map, int)} reads after parsing).
     */
    static Action fastAction(String line, int party) {
        if (MultiplexedProcess.idOf(line) < 0) {
            return null;
        }
        int i = line.indexOf(',');
        boolean offer = line.startsWith("\"type\":\"offer\",\"outcome\":[", i + 1);
        if (!offer && !line.startsWith("\"type\":\"accept\",\"outcome\":[", i + 1)) {
            return null;
        }
        i += offer ? 27 : 28;
        int end = line.length() - 2;
        if (end <= i || line.charAt(end) != ']' || line.charAt(end + 1) != '}') {
            return null;
        }
        int n = 1;
        for (int k = i; k < end; k++) {
            n += line.charAt(k) == ',' ? 1 : 0;
        }
        int[] o = new int[n];
        int v = 0;
        int digits = 0;
        int slot = 0;
        for (int k = i; k <= end; k++) {
            char c = line.charAt(k);
            if (c >= '0' && c <= '9' && digits < 9 && !(digits == 1 && v == 0)) {
                v = v * 10 + (c - '0');
                digits++;
            } else if ((c == ',' || k == end) && digits > 0) {
                o[slot++] = v;
                v = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        return offer ? new Offer(party, o) : new Accept(party, o);
    }

    /**
     * The action an answer to act stands for.
     *
     * @throws IllegalArgumentException saying what is wrong (completed by the answer's line in the error)
     */
    static Action action(Map<String, Object> reply, int party) {
        Object type = reply.get("type");
        if ("offer".equals(type)) {
            return new Offer(party, outcome(reply));
        }
        if ("accept".equals(type)) {
            return new Accept(party, outcome(reply));
        }
        if ("end_negotiation".equals(type)) {
            return new EndNegotiation(party);
        }
        throw new IllegalArgumentException("answered act with");
    }

    private static int[] outcome(Map<String, Object> reply) {
        if (reply.get("outcome") instanceof List<?> l) {
            int[] o = new int[l.size()];
            for (int i = 0; i < o.length; i++) {
                if (!(l.get(i) instanceof Long v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(NOT_AN_OUTCOME);
                }
                o[i] = v.intValue();
            }
            return o;
        }
        throw new IllegalArgumentException(NOT_AN_OUTCOME);
    }
}
