package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.analysis.ParetoFrontier;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * The {@code analyze --json} object. Keys {@code outcomes, pareto, nash, kalaiSmorodinsky, egalitarian, maxWelfare,
 * opposition, agreementZone} are a public interface: keep them as they are.
 */
final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AnalysisJson() {
    }

    static String toJson(Scenario scenario, OutcomeSpaceAnalysis.Result r, double seconds)
            throws JsonProcessingException {
        Domain domain = r.domain();
        ObjectNode root = F.objectNode();
        root.put("domain", domain.name());
        ArrayNode parties = root.putArray("parties");
        ArrayNode reservation = root.putArray("reservation");
        for (Profile p : scenario.profiles()) {
            parties.add(p.name());
            reservation.add(p.reservationValue());
        }
        root.put("outcomes", r.outcomes());
        ArrayNode pareto = root.putArray("pareto");
        for (ParetoFrontier.Point p : r.frontier().points()) {
            pareto.add(point(domain, p));
        }
        root.put("paretoOutcomes", r.frontier().paretoOutcomes());
        root.set("nash", point(domain, r.nash()));
        root.set("kalaiSmorodinsky", point(domain, r.kalaiSmorodinsky()));
        root.set("egalitarian", point(domain, r.egalitarian()));
        root.set("maxWelfare", point(domain, r.maxWelfare()));
        root.put("opposition", r.opposition());
        ObjectNode zone = root.putObject("agreementZone");
        zone.put("outcomes", r.agreementZone().outcomes());
        zone.put("empty", r.agreementZone().empty());
        zone.put("exact", r.agreementZone().exact());
        root.put("analysisSeconds", seconds);
        return MAPPER.writeValueAsString(root);
    }

    private static ObjectNode point(Domain domain, ParetoFrontier.Point p) {
        if (p == null) {
            return null;
        }
        ObjectNode node = F.objectNode();
        ArrayNode u = node.putArray("utilities");
        for (double x : p.utilities()) {
            u.add(x);
        }
        node.set("outcome", Outcomes.toJson(domain, p.outcome()));
        return node;
    }
}
