package org.parley.formats.tournament;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parley.tournament.Entrant;
import org.parley.tournament.TournamentSettings;

/**
 * {@code tournament.json}: what a results folder holds, so that resuming refuses to mix two tournaments.
 * Keys: {@code format} ({@code parley-tournament-results}), {@code version} (1), {@code name}, {@code file},
 * {@code sessions}, {@code settings}, {@code agents} ({@code name}, {@code spec}), {@code scenarios} ({@code name},
 * {@code files}, {@code sha256} of the files' bytes). Two manifests describe the same tournament when everything but
 * {@code name}, {@code file} and the scenarios' {@code files} is equal.
 */
public final class Manifest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> COMPARED = List.of("format", "version", "settings", "agents", "scenarios",
            "sessions");

    private Manifest() {
    }

    /** The manifest of {@code def} with {@code sessions} sessions, as one line of JSON. */
    public static String of(TournamentDefinition def, int sessions) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "parley-tournament-results");
        root.put("version", 1);
        root.put("name", def.name());
        root.put("file", def.source());
        root.put("sessions", sessions);
        TournamentSettings s = def.settings();
        ObjectNode set = root.putObject("settings");
        set.put("seed", s.seed());
        set.put("deadline", s.deadline().toString());
        set.put("repetitions", s.repetitions());
        set.put("roles", s.roles().name().toLowerCase(Locale.ROOT));
        set.put("parties", s.parties());
        set.put("selfPlay", s.selfPlay());
        set.put("callBudgetSeconds", s.callBudgetSeconds());
        set.put("protocol", def.protocol());
        ArrayNode agents = root.putArray("agents");
        for (Entrant e : s.agents()) {
            agents.addObject().put("name", e.name()).put("spec", e.spec());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioSource src : def.scenarios()) {
            ObjectNode o = scenarios.addObject();
            o.put("name", src.name());
            ArrayNode files = o.putArray("files");
            src.files().forEach(f -> files.add(f.toString()));
            o.put("sha256", TournamentScenarios.sha256(src.files()));
        }
        return root.toString();
    }

    /** Refuses, naming the first difference, when {@code recorded} is not the same tournament as {@code current}. */
    static void checkSame(String recorded, String current, Path dir) {
        JsonNode a = read(recorded, dir);
        JsonNode b = read(current, dir);
        for (String key : COMPARED) {
            JsonNode x = a.path(key);
            JsonNode y = b.path(key);
            if (key.equals("scenarios")) {
                x = withoutFiles(x);
                y = withoutFiles(y);
            }
            if (key.equals("settings")) {
                x = withProtocol(x);
                y = withProtocol(y);
            }
            if (!x.equals(y)) {
                throw new ResultFolderException(ResultFolderException.Problem.OTHER_TOURNAMENT, dir, dir
                        + " holds results of another tournament (its " + key + " differ"
                        + (key.equals("scenarios") ? ": a scenario file changed, or the list did" : "") + ")");
            }
        }
    }

    /** Settings naming their protocol: folders written before the key existed ran SAOP. */
    private static JsonNode withProtocol(JsonNode settings) {
        if (!(settings instanceof ObjectNode o) || o.has("protocol")) {
            return settings;
        }
        ObjectNode copy = o.deepCopy();
        copy.put("protocol", "saop");
        return copy;
    }

    private static JsonNode withoutFiles(JsonNode scenarios) {
        ArrayNode out = MAPPER.createArrayNode();
        for (JsonNode s : scenarios) {
            ObjectNode o = ((ObjectNode) s).deepCopy();
            o.remove("files");
            out.add(o);
        }
        return out;
    }

    private static JsonNode read(String json, Path dir) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(dir.resolve(ResultStore.MANIFEST) + " is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }
}
