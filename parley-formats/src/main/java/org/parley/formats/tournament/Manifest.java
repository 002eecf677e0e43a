package org.parley.formats.tournament;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.tournament.Entrant;
import org.parley.tournament.Shard;
import org.parley.tournament.TournamentSettings;

/**
 * {@code tournament.json}: what a results folder holds, so that resuming refuses to mix two tournaments.
 * Keys: {@code format} ({@code parley-tournament-results}), {@code version} (1), {@code name}, {@code file},
 * {@code sessions} (the whole plan's), {@code shard} ({@code "K/N"}, only in a folder that holds one shard of the
 * tournament), {@code settings}, {@code agents} ({@code name}, {@code spec}), {@code scenarios} ({@code name},
 * {@code files}, {@code sha256} of the files' bytes). Two manifests describe the same tournament when everything but
 * {@code name}, {@code file}, {@code shard} and the scenarios' {@code files} is equal; a folder is resumed only by
 * the same tournament and shard.
 */
public final class Manifest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> COMPARED = List.of("format", "version", "settings", "agents", "scenarios",
            "sessions", "shard");

    private Manifest() {
    }

    /** The manifest of {@code def} with {@code sessions} sessions, as one line of JSON. */
    public static String of(TournamentDefinition def, int sessions) {
        return of(def, sessions, Shard.WHOLE);
    }

    /**
     * The manifest of shard {@code shard} of {@code def}, whose whole plan has {@code sessions} sessions, as one line
     * of JSON (for {@link Shard#WHOLE} the same as {@link #of(TournamentDefinition, int)}).
     */
    public static String of(TournamentDefinition def, int sessions, Shard shard) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "parley-tournament-results");
        root.put("version", 1);
        root.put("name", def.name());
        root.put("file", def.source());
        root.put("sessions", sessions);
        if (!shard.isWhole()) {
            root.put("shard", shard.toString());
        }
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
        Optional<String> key = difference(read(recorded, dir), read(current, dir), true);
        if (key.isPresent()) {
            throw new ResultFolderException(ResultFolderException.Problem.OTHER_TOURNAMENT, dir, dir
                    + " holds results of " + (key.get().equals("shard") ? "another shard of the tournament"
                    : "another tournament") + differ(key.get()));
        }
    }

    /**
     * The first key in which two manifests differ as tournaments: {@code shard} counts when {@code sameShard} (a
     * folder to resume), not when parts of one tournament are compared (shards to merge). Empty when they agree.
     *
     * @throws IllegalArgumentException naming {@code where} when a manifest is not valid JSON
     */
    public static Optional<String> difference(String a, String b, boolean sameShard, String where) {
        return difference(read(a, where), read(b, where), sameShard);
    }

    /** The shard a manifest names, {@link Shard#WHOLE} when it names none. */
    public static Shard shard(String manifest, String where) {
        JsonNode s = read(manifest, where).path("shard");
        return s.isTextual() ? Shard.parse(s.asText()) : Shard.WHOLE;
    }

    /** {@code " (its KEY differ...)"}: the end of a message about two manifests that differ in {@code key}. */
    public static String differ(String key) {
        return " (its " + key + " differ" + (key.equals("scenarios") ? ": a scenario file changed, or the list did"
                : "") + ")";
    }

    private static Optional<String> difference(JsonNode a, JsonNode b, boolean sameShard) {
        for (String key : COMPARED) {
            if (key.equals("shard") && !sameShard) {
                continue;
            }
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
                return Optional.of(key);
            }
        }
        return Optional.empty();
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
        return read(json, dir.resolve(ResultStore.MANIFEST).toString());
    }

    private static JsonNode read(String json, String where) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
