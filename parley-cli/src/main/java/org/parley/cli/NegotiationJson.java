package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.SessionResult;

/**
 * The {@code negotiate --json} object. Keys {@code agreement} ({@code outcome, utilities, discountedUtilities} or
 * null), {@code round}, {@code time}, {@code actions}, {@code error} are a public interface.
 */
final class NegotiationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private NegotiationJson() {
    }

    static String toJson(Scenario scenario, SessionResult r) throws JsonProcessingException {
        ObjectNode root = F.objectNode();
        if (r.hasAgreement()) {
            ObjectNode a = root.putObject("agreement");
            a.set("outcome", outcome(scenario.domain(), r.agreement()));
            a.set("utilities", numbers(r.utilities()));
            a.set("discountedUtilities", numbers(r.discountedUtilities()));
        } else {
            root.putNull("agreement");
        }
        root.put("round", r.round());
        root.put("time", r.time());
        root.put("actions", r.actions());
        if (r.error() == null) {
            root.putNull("error");
        } else {
            root.put("error", r.error());
        }
        root.put("endedBy", r.endedBy().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode agents = root.putArray("agents");
        r.agentNames().forEach(agents::add);
        ArrayNode parties = root.putArray("parties");
        for (Profile p : scenario.profiles()) {
            parties.add(p.name());
        }
        root.set("utilities", numbers(r.utilities()));
        root.set("discountedUtilities", numbers(r.discountedUtilities()));
        return MAPPER.writeValueAsString(root);
    }

    static ArrayNode numbers(double[] xs) {
        ArrayNode a = F.arrayNode();
        for (double x : xs) {
            a.add(x);
        }
        return a;
    }

    static ObjectNode outcome(Domain domain, int[] outcome) {
        return Outcomes.toJson(domain, outcome);
    }
}
