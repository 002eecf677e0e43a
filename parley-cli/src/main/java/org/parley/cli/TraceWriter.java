package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Accept;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

/**
 * Writes a session's trace: one row (CSV) or one JSON object (JSONL) per action with round, t, party (1-based),
 * agent, kind, the offered or accepted outcome, and every party's undiscounted utility for it.
 */
final class TraceWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceWriter() {
    }

    static void write(Scenario scenario, SessionResult r, Path file) throws IOException {
        boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<Profile> profiles = scenario.profiles();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            if (!jsonl) {
                StringBuilder h = new StringBuilder("round,time,party,agent,kind,outcome");
                for (Profile p : profiles) {
                    h.append(",").append(csv("utility " + p.name()));
                }
                w.write(h.append('\n').toString());
            }
            for (ActionRecord a : r.trace()) {
                int[] outcome = a.action() instanceof Offer o ? o.outcome()
                        : a.action() instanceof Accept acc ? acc.outcome() : null;
                int party = a.action().party();
                if (jsonl) {
                    ObjectNode n = MAPPER.createObjectNode();
                    n.put("round", a.round());
                    n.put("time", a.time());
                    n.put("party", party + 1);
                    n.put("agent", r.agentNames().get(party));
                    n.put("kind", a.action().kind());
                    if (outcome == null) {
                        n.putNull("outcome");
                        n.putNull("utilities");
                    } else {
                        n.set("outcome", NegotiationJson.outcome(scenario.domain(), outcome));
                        double[] u = new double[profiles.size()];
                        for (int j = 0; j < u.length; j++) {
                            u[j] = profiles.get(j).utility(outcome);
                        }
                        n.set("utilities", NegotiationJson.numbers(u));
                    }
                    w.write(MAPPER.writeValueAsString(n));
                } else {
                    StringBuilder row = new StringBuilder();
                    row.append(a.round()).append(',').append(a.time()).append(',').append(party + 1).append(',')
                            .append(csv(r.agentNames().get(party))).append(',').append(a.action().kind()).append(',')
                            .append(outcome == null ? "" : csv(scenario.domain().format(outcome)));
                    for (Profile p : profiles) {
                        row.append(',').append(outcome == null ? "" : Double.toString(p.utility(outcome)));
                    }
                    w.write(row.toString());
                }
                w.write('\n');
            }
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
