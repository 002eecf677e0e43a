package org.parley.formats.tournament;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.measures.Behaviour;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.ModelAccuracy;
import org.parley.measures.ModelTrack;
import org.parley.measures.MoveKind;
import org.parley.measures.SessionMeasures;

/**
 * The {@code measures} object of a session, as {@code negotiate --json} and {@code results.jsonl} write it (keys in
 * {@code docs/json.md}): written with a Jackson generator, read back from a tree. Undefined numbers are
 * {@code null}; party numbers are 1-based, as in traces.
 */
public final class MeasuresJson {

    private MeasuresJson() {
    }

    /** Writes {@code m} as the value of the current field ({@code null} when {@code m} is null). */
    public static void write(JsonGenerator g, SessionMeasures m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeArrayFieldStart("parties");
        List<Behaviour> parties = m.behaviour().parties();
        for (int p = 0; p < parties.size(); p++) {
            g.writeStartObject();
            behaviour(g, parties.get(p), true);
            g.writeArrayFieldStart("opponentModels");
            for (ModelTrack t : m.modelsOf(p)) {
                g.writeStartObject();
                g.writeNumberField("opponent", t.opponent() + 1);
                accuracy(g, t.last());
                g.writeArrayFieldStart("curve");
                for (ModelAccuracy a : t.curve()) {
                    g.writeStartObject();
                    number(g, "time", a.time());
                    accuracy(g, a);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("session");
        behaviour(g, m.behaviour().session(), false);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void behaviour(JsonGenerator g, Behaviour b, boolean party) throws IOException {
        g.writeNumberField("offers", b.offers());
        g.writeNumberField("moves", b.moves());
        if (b.shares().isEmpty()) {
            g.writeNullField("moveShares");
        } else {
            g.writeObjectFieldStart("moveShares");
            for (MoveKind k : MoveKind.values()) {
                g.writeNumberField(k.key(), b.share(k));
            }
            g.writeEndObject();
        }
        if (party) {
            number(g, "concessionRate", b.concessionRate());
        }
        number(g, "averageConcession", b.averageConcession());
        number(g, "offerDistance", b.offerDistance());
    }

    private static void accuracy(JsonGenerator g, ModelAccuracy a) throws IOException {
        number(g, "pearson", a.pearson());
        number(g, "kendall", a.kendall());
        number(g, "mae", a.mae());
    }

    private static void number(JsonGenerator g, String key, double x) throws IOException {
        if (Double.isFinite(x)) {
            g.writeNumberField(key, x);
        } else {
            g.writeNullField(key);
        }
    }

    /**
     * Reads the {@code measures} value back; null for JSON null.
     *
     * @throws IllegalArgumentException when a key is missing or of the wrong type
     */
    public static SessionMeasures parse(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        JsonNode parties = req(n, "parties");
        List<Behaviour> behaviours = new ArrayList<>();
        List<ModelTrack> tracks = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            JsonNode party = parties.get(p);
            behaviours.add(behaviour(party, true));
            for (JsonNode t : req(party, "opponentModels")) {
                List<ModelAccuracy> curve = new ArrayList<>();
                for (JsonNode c : req(t, "curve")) {
                    curve.add(accuracy(c, number(req(c, "time"))));
                }
                ModelAccuracy last = curve.isEmpty() ? accuracy(t, Double.NaN)
                        : accuracy(t, curve.get(curve.size() - 1).time());
                tracks.add(new ModelTrack(p, req(t, "opponent").intValue() - 1, last, curve));
            }
        }
        return new SessionMeasures(new BehaviourAnalysis.Result(behaviours, behaviour(req(n, "session"), false)),
                tracks);
    }

    private static Behaviour behaviour(JsonNode n, boolean party) {
        Map<MoveKind, Double> shares = new EnumMap<>(MoveKind.class);
        JsonNode s = req(n, "moveShares");
        if (!s.isNull()) {
            for (MoveKind k : MoveKind.values()) {
                shares.put(k, number(req(s, k.key())));
            }
        }
        return new Behaviour(req(n, "offers").intValue(), req(n, "moves").intValue(), shares,
                party ? number(req(n, "concessionRate")) : Double.NaN, number(req(n, "averageConcession")),
                number(req(n, "offerDistance")));
    }

    private static ModelAccuracy accuracy(JsonNode n, double time) {
        return new ModelAccuracy(time, number(req(n, "pearson")), number(req(n, "kendall")), number(req(n, "mae")));
    }

    private static JsonNode req(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null) {
            throw new IllegalArgumentException("measures: missing '" + key + "'");
        }
        return v;
    }

    private static double number(JsonNode n) {
        if (n.isNull()) {
            return Double.NaN;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("measures: expected a number, got " + n);
        }
        return n.doubleValue();
    }
}
