package org.parley.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.app.AnalyzeJob;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

/**
 * The analysis document ({@code analyze --json}; schema {@code docs/schema/analysis.schema.json}, described in
 * {@code docs/json.md}). Every key is a public interface: keep them as they are.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The document as a tree. */
    public static ObjectNode tree(AnalyzeJob.Result result) {
        OutcomeSpaceAnalysis.Result r = result.analysis();
        Domain domain = r.domain();
        ObjectNode root = Json.object();
        root.put("domain", domain.name());
        ArrayNode parties = root.putArray("parties");
        ArrayNode reservation = root.putArray("reservation");
        for (Profile p : result.scenario().profiles()) {
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
        root.set("geniusKalai", point(domain, r.geniusKalai()));
        root.put("opposition", r.opposition());
        ObjectNode zone = root.putObject("agreementZone");
        zone.put("outcomes", r.agreementZone().outcomes());
        zone.put("empty", r.agreementZone().empty());
        zone.put("exact", r.agreementZone().exact());
        root.put("analysisSeconds", result.seconds());
        return root;
    }

    /** The document as one line of JSON (no newline). */
    public static String toJson(AnalyzeJob.Result result) {
        return Json.write(tree(result));
    }

    private static ObjectNode point(Domain domain, ParetoFrontier.Point p) {
        if (p == null) {
            return null;
        }
        ObjectNode node = Json.object();
        node.set("utilities", Json.numbers(p.utilities()));
        node.set("outcome", OutcomeJson.toJson(domain, p.outcome()));
        return node;
    }
}
