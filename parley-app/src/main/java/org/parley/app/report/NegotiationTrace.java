package org.parley.app.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.parley.app.NegotiateJob;
import org.parley.app.json.TraceJson;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.SessionResult;

/**
 * A session's trace: one row (CSV, with a header) or one JSON object ({@link TraceJson}, JSON lines) per action with
 * round, t, party (1-based), agent, kind, the offered or accepted outcome, and every party's undiscounted utility for
 * it. Needs a session run with its trace kept.
 */
public final class NegotiationTrace {

    /** The two trace formats. */
    public enum Format {
        CSV, JSONL;

        /** JSONL for a name ending in {@code .jsonl} (any case), else CSV. */
        public static Format of(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".jsonl") ? JSONL : CSV;
        }
    }

    private NegotiationTrace() {
    }

    /** Writes the trace of {@code result} to {@code w} (which the caller closes). */
    public static void write(NegotiateJob.Result result, Format format, Writer w) throws IOException {
        Scenario scenario = result.scenario();
        SessionResult r = result.session();
        List<Profile> profiles = scenario.profiles();
        if (format == Format.CSV) {
            StringBuilder h = new StringBuilder("round,time,party,agent,kind,outcome");
            for (Profile p : profiles) {
                h.append(",").append(csv("utility " + p.name()));
            }
            w.write(h.append('\n').toString());
        }
        for (ActionRecord a : r.trace()) {
            if (format == Format.JSONL) {
                w.write(TraceJson.toJson(scenario, r, a));
            } else {
                int[] outcome = TraceJson.outcomeOf(a);
                int party = a.action().party();
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

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
