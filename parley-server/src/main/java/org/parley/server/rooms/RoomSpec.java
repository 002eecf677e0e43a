package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.formats.FileKind;
import org.parley.formats.FormatException;
import org.parley.formats.NamedBytes;
import org.parley.formats.SafeYaml;
import org.parley.formats.Scenarios;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseSimulation;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.server.web.ApiError;
import org.parley.util.Names;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * What a room is made of, as {@code POST /api/v1/rooms} gives it and the {@code room.created} event stores it: the
 * scenario (as given, so that a restarted server reads it again), the seats in party order, the deadline, the seed of
 * the agents, each person's per-turn limit and whether the preferences are revealed at the debrief.
 *
 * @param scenario    the scenario as stored ({@link RoomScenarios#resolve}): {@code {"yaml": TEXT}} (a parley YAML
 *                    scenario or a case file) or {@code {"files": [{"name", "text"}, ...]}} (a domain then one
 *                    profile per party, ANAC XML or GeniusWeb JSON, the format from each name's extension), with the
 *                    reference it came from ({@code "shipped"}, or {@code "case"} and {@code "version"}) if any
 * @param seats       one seat per party, in party order
 * @param deadline    rounds or seconds
 * @param seed        the session seed (every agent's seed is derived from it, as in {@code parley negotiate})
 * @param turnSeconds longest a person may take for one turn
 * @param reveal      whether each person may see the other parties' preferences once the room has ended
 * @param title       a title for the pages
 * @param exercise    the exercise the room belongs to, or null
 */
public record RoomSpec(ObjectNode scenario, List<Seat> seats, Deadline deadline, long seed, int turnSeconds,
        boolean reveal, String title, String exercise) {

    /** The default per-turn limit of a person: 2 minutes. */
    public static final int DEFAULT_TURN_SECONDS = 120;
    /** The name a case file given inline goes by in error messages. */
    static final String CASE_SOURCE = "case.yaml";
    /** Most seats a room may have. */
    public static final int MAX_SEATS = 8;
    /** Most rounds a room may have. */
    public static final int MAX_ROUNDS = 100_000;
    /** Longest a room may last under a time deadline: one day. */
    public static final int MAX_SECONDS = 86_400;

    /**
     * One seat: a person (joining by invitation) or an agent of the registry.
     *
     * @param agent  the agent spec (a registry name or a BOA spec), or null for a person
     * @param person the person's name, or null for an agent
     */
    public record Seat(String agent, String person) {

        /** Checks that exactly one is given. */
        public Seat {
            if ((agent == null) == (person == null)) {
                throw new IllegalArgumentException("a seat is an agent or a person");
            }
        }

        /** True for a person's seat. */
        public boolean isPerson() {
            return person != null;
        }

        /** The agent spec or the person's name. */
        public String label() {
            return isPerson() ? person : agent;
        }
    }

    /** Checks the fields. */
    public RoomSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(deadline, "deadline");
        seats = List.copyOf(seats);
        scenario = scenario.deepCopy();
        if (seats.size() < 2) {
            throw new IllegalArgumentException("a room needs at least two seats");
        }
    }

    /** The scenario reference (a copy). */
    @Override
    public ObjectNode scenario() {
        return scenario.deepCopy();
    }

    /** True when at least one seat is a person's. */
    public boolean hasPersons() {
        return seats.stream().anyMatch(Seat::isPerson);
    }

    /**
     * Reads a room request; refusals are 400s naming the JSON pointer.
     *
     * @param body     the request body
     * @param exercise the exercise creating it, or null
     */
    public static RoomSpec parse(JsonNode body, String exercise) {
        JsonNode sc = body.get("scenario");
        if (sc == null || !sc.isObject()) {
            throw ApiError.badRequest("/scenario", "'scenario' is required: {\"yaml\": TEXT} (a parley YAML scenario "
                    + "or a case file), {\"files\": [{\"name\": \"domain.xml\", \"text\": ...}, {\"name\": "
                    + "\"profile1.xml\", ...}, ...]}, {\"shipped\": ID} or {\"case\": ID}");
        }
        JsonNode seatsNode = body.get("seats");
        if (seatsNode == null || !seatsNode.isArray()) {
            throw ApiError.badRequest("/seats", "'seats' is required: a list such as [{\"person\": \"Ann\"}, "
                    + "{\"agent\": \"boulware\"}]");
        }
        if (seatsNode.size() < 2 || seatsNode.size() > MAX_SEATS) {
            throw ApiError.badRequest("/seats", "a room has 2 to " + MAX_SEATS + " seats, got " + seatsNode.size());
        }
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < seatsNode.size(); i++) {
            JsonNode s = seatsNode.get(i);
            String at = "/seats/" + i;
            if (!s.isObject() || s.size() != 1 || !(s.has("agent") || s.has("person"))) {
                throw ApiError.badRequest(at, "a seat is {\"agent\": \"NAME\"} or {\"person\": \"NAME\"}");
            }
            String key = s.has("agent") ? "agent" : "person";
            JsonNode v = s.get(key);
            if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > 200) {
                throw ApiError.badRequest(at + "/" + key, "'" + key + "' must be a non-empty name of at most 200 "
                        + "characters");
            }
            try {
                Names.requireNoControl(v.asText(), key);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(at + "/" + key, e.getMessage());
            }
            seats.add(key.equals("agent") ? new Seat(v.asText().trim(), null) : new Seat(null, v.asText().trim()));
        }
        Deadline deadline = deadline(body.get("deadline"));
        long seed = 0;
        JsonNode seedNode = body.get("seed");
        if (seedNode != null && !seedNode.isNull()) {
            if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
                throw ApiError.badRequest("/seed", "'seed' must be a whole number");
            }
            seed = seedNode.longValue();
        }
        int turn = wholeNumber(body, "turnSeconds", DEFAULT_TURN_SECONDS, 1, MAX_SECONDS);
        JsonNode reveal = body.get("revealPreferences");
        if (reveal != null && !reveal.isNull() && !reveal.isBoolean()) {
            throw ApiError.badRequest("/revealPreferences", "'revealPreferences' must be true or false");
        }
        JsonNode title = body.get("title");
        if (title != null && !title.isNull() && (!title.isTextual() || title.asText().length() > 200)) {
            throw ApiError.badRequest("/title", "'title' must be text of at most 200 characters");
        }
        RoomSpec spec = new RoomSpec((ObjectNode) sc, seats, deadline, seed, turn,
                reveal != null && reveal.asBoolean(), title == null || title.isNull() ? null : title.asText(),
                exercise);
        Scenario scenario = spec.loadScenario();
        if (scenario.profiles().size() != seats.size()) {
            throw ApiError.badRequest("/seats", seats.size() + " seats for a scenario of "
                    + scenario.profiles().size() + " parties; give one seat per party, in party order");
        }
        return spec;
    }

    private static int wholeNumber(JsonNode body, String key, int dflt, int min, int max) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw ApiError.badRequest("/" + key, "'" + key + "' must be a whole number from " + min + " to " + max);
        }
        return v.intValue();
    }

    private static Deadline deadline(JsonNode d) {
        if (d == null || !d.isObject() || d.size() != 1 || !(d.has("rounds") || d.has("seconds"))) {
            throw ApiError.badRequest("/deadline", "'deadline' is required: {\"rounds\": R} or {\"seconds\": S}");
        }
        if (d.has("rounds")) {
            JsonNode r = d.get("rounds");
            if (!r.isIntegralNumber() || !r.canConvertToInt() || r.intValue() < 1 || r.intValue() > MAX_ROUNDS) {
                throw ApiError.badRequest("/deadline/rounds", "'rounds' must be a whole number from 1 to "
                        + MAX_ROUNDS);
            }
            return Deadline.rounds(r.intValue());
        }
        JsonNode s = d.get("seconds");
        if (!s.isNumber() || !(s.doubleValue() > 0) || s.doubleValue() > MAX_SECONDS) {
            throw ApiError.badRequest("/deadline/seconds", "'seconds' must be a number above 0 and at most "
                    + MAX_SECONDS);
        }
        return Deadline.seconds(s.doubleValue());
    }

    /**
     * Reads the scenario the reference names.
     *
     * @throws ApiError 400 naming the pointer and the reader's message
     */
    public Scenario loadScenario() {
        return readScenario(scenario);
    }

    /**
     * What the translation of a case into a scenario noted (as {@code parley case simulate} reports it: each party's
     * discount factor, issues red lines leave unresolved); empty for a scenario that is no case.
     */
    public List<String> notes() {
        JsonNode y = scenario.get("yaml");
        if (y == null || !y.isTextual() || !isCase(y.asText())) {
            return List.of();
        }
        return simulation(y.asText()).notes();
    }

    /**
     * Reads the scenario {@code scenario} names: {@code {"yaml": TEXT}}, a parley YAML scenario or a case file (told
     * apart by their first key, {@code parley} or {@code parley-case}; a case becomes the scenario {@code parley case
     * simulate} negotiates on), or {@code {"files": [...]}}. Other keys (a reference's id) are not read.
     *
     * @throws ApiError 400 naming the pointer and the reader's message
     */
    public static Scenario readScenario(ObjectNode scenario) {
        List<NamedBytes> inputs = new ArrayList<>();
        if (scenario.has("yaml")) {
            JsonNode y = scenario.get("yaml");
            if (!y.isTextual()) {
                throw ApiError.badRequest("/scenario/yaml", "'yaml' must be the text of a parley YAML scenario or of "
                        + "a case file");
            }
            if (isCase(y.asText())) {
                return twoOrMore(simulation(y.asText()).scenario());
            }
            inputs.add(new NamedBytes("scenario.yaml", y.asText().getBytes(StandardCharsets.UTF_8)));
        } else if (scenario.has("files")) {
            JsonNode fs = scenario.get("files");
            if (!fs.isArray() || fs.size() < 2) {
                throw ApiError.badRequest("/scenario/files", "'files' must list the domain file and then one "
                        + "profile file per party, each {\"name\": ..., \"text\": ...}");
            }
            for (int i = 0; i < fs.size(); i++) {
                JsonNode f = fs.get(i);
                if (!f.path("name").isTextual() || !f.path("text").isTextual()) {
                    throw ApiError.badRequest("/scenario/files/" + i, "each file is {\"name\": \"NAME.xml\", "
                            + "\"text\": CONTENT}");
                }
                String name = f.get("name").asText();
                if (name.contains("/") || name.contains("\\")) {
                    throw ApiError.badRequest("/scenario/files/" + i + "/name", "a file name, not a path: " + name);
                }
                inputs.add(new NamedBytes(name, f.get("text").asText().getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            throw ApiError.badRequest("/scenario", "the scenario is {\"yaml\": TEXT}, {\"files\": [...]}, "
                    + "{\"shipped\": ID} or {\"case\": ID}");
        }
        Scenario s;
        try {
            s = Scenarios.read(inputs);
        } catch (IllegalArgumentException | FormatException e) {
            throw ApiError.badRequest("/scenario", e.getMessage());
        }
        return twoOrMore(s);
    }

    private static Scenario twoOrMore(Scenario s) {
        if (s.profiles().size() < 2) {
            throw ApiError.badRequest("/scenario", "a room needs a scenario with at least two parties");
        }
        return s;
    }

    /** True when {@code text} is YAML whose top level is a mapping with the key {@code parley-case}. */
    static boolean isCase(String text) {
        Node root;
        try {
            root = SafeYaml.load(CASE_SOURCE, text, CaseYaml.MAX_BYTES);
        } catch (RuntimeException e) {
            return false; // not YAML at all: the scenario reader says what is wrong with it
        }
        if (!(root instanceof MappingNode m)) {
            return false;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && FileKind.CASE.key().equals(k.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The case file {@code text} as a scenario, as {@code parley case simulate} makes it. */
    private static CaseSimulation simulation(String text) {
        try {
            Case c = CaseYaml.read(CASE_SOURCE, text.getBytes(StandardCharsets.UTF_8));
            return CaseSimulation.of(c);
        } catch (FormatException | IllegalArgumentException e) {
            throw ApiError.badRequest("/scenario", e.getMessage());
        }
    }

    /** The spec as stored in the {@code room.created} event. */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.set("scenario", scenario.deepCopy());
        ArrayNode s = o.putArray("seats");
        for (Seat seat : seats) {
            s.addObject().put(seat.isPerson() ? "person" : "agent", seat.label());
        }
        ObjectNode d = o.putObject("deadline");
        if (deadline.isRounds()) {
            d.put("rounds", deadline.rounds());
        } else {
            d.put("seconds", deadline.seconds());
        }
        o.put("seed", seed).put("turnSeconds", turnSeconds).put("revealPreferences", reveal).put("title", title)
                .put("exercise", exercise);
        return o;
    }

    /** Reads what {@link #toJson} wrote. */
    public static RoomSpec fromJson(JsonNode o) {
        List<Seat> seats = new ArrayList<>();
        for (JsonNode s : o.get("seats")) {
            seats.add(s.has("agent") ? new Seat(s.get("agent").asText(), null) : new Seat(null, s.get("person")
                    .asText()));
        }
        JsonNode d = o.get("deadline");
        Deadline deadline = d.has("rounds") ? Deadline.rounds(d.get("rounds").intValue())
                : Deadline.seconds(d.get("seconds").doubleValue());
        return new RoomSpec((ObjectNode) o.get("scenario"), seats, deadline, o.get("seed").longValue(),
                o.get("turnSeconds").intValue(), o.get("revealPreferences").asBoolean(),
                o.path("title").isTextual() ? o.get("title").asText() : null,
                o.path("exercise").isTextual() ? o.get("exercise").asText() : null);
    }
}
