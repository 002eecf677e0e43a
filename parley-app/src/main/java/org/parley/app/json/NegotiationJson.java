package org.parley.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.parley.formats.tournament.MeasuresJson;
import org.parley.measures.SessionMeasures;
import org.parley.app.NegotiateJob;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.SessionResult;

/**
 * The negotiation document ({@code negotiate --json}; schema {@code docs/schema/negotiation.schema.json}, described
 * in {@code docs/json.md}). Every key is a public interface: keep them as they are.
 */
public final class NegotiationJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private NegotiationJson() {
    }

    /** The document as a tree. */
    public static ObjectNode tree(NegotiateJob.Result result) {
        Scenario scenario = result.scenario();
        SessionResult r = result.session();
        ObjectNode root = Json.object();
        if (r.hasAgreement()) {
            ObjectNode a = root.putObject("agreement");
            a.set("outcome", OutcomeJson.toJson(scenario.domain(), r.agreement()));
            a.set("utilities", Json.numbers(r.utilities()));
            a.set("discountedUtilities", Json.numbers(r.discountedUtilities()));
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
        root.put("endedBy", r.endedBy().name().toLowerCase(Locale.ROOT));
        root.put("protocol", result.protocol());
        ArrayNode agents = root.putArray("agents");
        r.agentNames().forEach(agents::add);
        ArrayNode parties = root.putArray("parties");
        for (Profile p : scenario.profiles()) {
            parties.add(p.name());
        }
        root.set("utilities", Json.numbers(r.utilities()));
        root.set("discountedUtilities", Json.numbers(r.discountedUtilities()));
        root.set("measures", measures(result.measures()));
        return root;
    }

    /** The {@code measures} value (docs/json.md), or JSON null. */
    static JsonNode measures(SessionMeasures m) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            MeasuresJson.write(g, m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return MAPPER.readTree(w.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as one line of JSON (no newline). */
    public static String toJson(NegotiateJob.Result result) {
        return Json.write(tree(result));
    }
}
