package org.parley.app.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Accept;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

/**
 * One line of a JSON-lines negotiation trace ({@code negotiate --trace FILE.jsonl}; schema
 * {@code docs/schema/negotiation-trace.schema.json}): one action with round, time, party (1-based), agent, kind, the
 * offered or accepted outcome and every party's undiscounted utility for it.
 */
public final class TraceJson {

    private TraceJson() {
    }

    /** The outcome an action offers or accepts, or null (e.g. ending the negotiation). */
    public static int[] outcomeOf(ActionRecord a) {
        return a.action() instanceof Offer o ? o.outcome() : a.action() instanceof Accept acc ? acc.outcome() : null;
    }

    /** The line of action {@code a} of session {@code r} on {@code scenario}, as a tree. */
    public static ObjectNode tree(Scenario scenario, SessionResult r, ActionRecord a) {
        List<Profile> profiles = scenario.profiles();
        int[] outcome = outcomeOf(a);
        int party = a.action().party();
        ObjectNode n = Json.object();
        n.put("round", a.round());
        n.put("time", a.time());
        n.put("party", party + 1);
        n.put("agent", r.agentNames().get(party));
        n.put("kind", a.action().kind());
        if (outcome == null) {
            n.putNull("outcome");
            n.putNull("utilities");
        } else {
            n.set("outcome", OutcomeJson.toJson(scenario.domain(), outcome));
            double[] u = new double[profiles.size()];
            for (int j = 0; j < u.length; j++) {
                u[j] = profiles.get(j).utility(outcome);
            }
            n.set("utilities", Json.numbers(u));
        }
        return n;
    }

    /** The line as JSON (no newline). */
    public static String toJson(Scenario scenario, SessionResult r, ActionRecord a) {
        return Json.write(tree(scenario, r, a));
    }
}
