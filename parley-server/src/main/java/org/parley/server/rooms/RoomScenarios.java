package org.parley.server.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.preference.Scenario;
import org.parley.server.auth.Principal;
import org.parley.server.auth.Role;
import org.parley.server.cases.CaseService;
import org.parley.server.cases.CaseState;
import org.parley.server.web.ApiError;

/**
 * Where a room's scenario comes from. A request names it inline ({@code {"yaml": TEXT}}, a parley YAML scenario or a
 * case file; {@code {"files": [...]}}) or by reference: {@code {"shipped": ID}}, one of the scenarios that ship with
 * the server ({@code shipped.json}), or {@code {"case": ID}}, a case of this site. {@link #resolve} turns a reference
 * into what the {@code room.created} event stores: the reference together with the text it named at that moment
 * ({@code {"case": ID, "version": V, "yaml": CASE TEXT}}, {@code {"shipped": ID, "files": [...]}}), so that a restarted
 * server reads the room exactly as it was made, whatever the case or the catalogue became since.
 *
 * <p>A case's scenario holds every party's preferences (it is what {@code parley case simulate} negotiates on), and a
 * room's creator sees every seat's utilities and holds every seat's link: only those who may export the case may
 * make a room of it, the administrator, or the case's mediator once every party shares its preferences.
 */
public final class RoomScenarios {

    /** The resource folder of the shipped scenarios. */
    static final String FOLDER = "/org/parley/server/scenarios/";

    /**
     * A scenario that ships with the server.
     *
     * @param id     its id in requests ({@code {"shipped": ID}})
     * @param title  a title for the form
     * @param origin where it is in the repository
     * @param files  its resources under {@link #FOLDER}: one YAML file (a scenario or a case), or a domain and then
     *               one profile per party
     */
    public record Shipped(String id, String title, String origin, List<String> files) {

        /** Checks the fields. */
        public Shipped {
            Objects.requireNonNull(id, "id");
            files = List.copyOf(files);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseService cases;
    private final List<Shipped> shipped;
    private final Map<String, ObjectNode> shippedText = new ConcurrentHashMap<>();
    private final Map<String, Scenario> shippedScenario = new ConcurrentHashMap<>();

    /** The scenarios of {@code cases} and the shipped catalogue. */
    public RoomScenarios(CaseService cases) {
        this.cases = cases;
        List<Shipped> list = new ArrayList<>();
        JsonNode catalogue;
        try {
            catalogue = JSON.readTree(resource("shipped.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode s : catalogue) {
            List<String> files = new ArrayList<>();
            s.get("files").forEach(f -> files.add(f.asText()));
            list.add(new Shipped(s.get("id").asText(), s.get("title").asText(), s.get("origin").asText(), files));
        }
        this.shipped = List.copyOf(list);
    }

    /** The shipped scenarios, in the catalogue's order. */
    public List<Shipped> shipped() {
        return shipped;
    }

    /** The shipped scenario {@code id}, if there is one. */
    public Optional<Shipped> findShipped(String id) {
        return shipped.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenario of shipped scenario {@code id} (read once). */
    public Scenario scenario(Shipped s) {
        return shippedScenario.computeIfAbsent(s.id(), k -> RoomSpec.readScenario(reference(s)));
    }

    /** True when {@code p} may make rooms of case {@code s} (see the class comment). */
    public static boolean mayUse(Principal p, CaseState s) {
        return p.role() == Role.ADMINISTRATOR || p.mediates(s.id()) && s.allShare();
    }

    /** The cases {@code p} may make rooms of, by id. */
    public List<CaseState> usableCases(Principal p) {
        return cases.all().stream().filter(s -> mayUse(p, s)).toList();
    }

    /**
     * The request's {@code scenario} as the room stores it: an inline scenario as given, a reference with the text
     * it names now.
     *
     * @throws ApiError 400 naming the pointer for a malformed or unknown reference; 403 for a case the caller may not
     *         use (and for a case it cannot know of); 404 for an unknown case, to the administrator
     */
    public ObjectNode resolve(JsonNode scenario, Principal caller) {
        if (scenario == null || !scenario.isObject()) {
            return null; // RoomSpec.parse names what is missing
        }
        boolean byCase = scenario.has("case");
        boolean byShipped = scenario.has("shipped");
        if (!byCase && !byShipped) {
            return (ObjectNode) scenario;
        }
        if (scenario.size() != 1) {
            throw ApiError.badRequest("/scenario", "the scenario is one of {\"yaml\": TEXT}, {\"files\": [...]}, "
                    + "{\"shipped\": ID} or {\"case\": ID}, not a mix");
        }
        String key = byCase ? "case" : "shipped";
        JsonNode id = scenario.get(key);
        if (!id.isTextual() || id.asText().isBlank()) {
            throw ApiError.badRequest("/scenario/" + key, "'" + key + "' must be the id of "
                    + (byCase ? "a case of this site" : "a shipped scenario (GET /api/v1/scenarios lists them)"));
        }
        return byCase ? fromCase(id.asText(), caller) : reference(findShipped(id.asText()).orElseThrow(
                () -> ApiError.badRequest("/scenario/shipped", "no shipped scenario '" + id.asText() + "'; "
                        + "GET /api/v1/scenarios lists them: " + String.join(", ", shipped.stream()
                                .map(Shipped::id).toList()))));
    }

    private ObjectNode fromCase(String id, Principal caller) {
        boolean admin = caller.role() == Role.ADMINISTRATOR;
        CaseState s = cases.find(id).orElse(null);
        if (s == null || !(admin || caller.inCase(id))) {
            // a caller outside the case is not told whether it exists
            throw admin ? new ApiError(404, "/scenario/case", "there is no case '" + id + "'")
                    : new ApiError(403, "/scenario/case", "you are not a member of case '" + id + "'");
        }
        if (!mayUse(caller, s)) {
            throw new ApiError(403, "/scenario/case", "a room made from case '" + id + "' holds every party's "
                    + "preferences: the administrator may make one, or the case's mediator once every party shares "
                    + "its preferences" + (caller.mediates(id) ? " (not all do yet)" : ""));
        }
        ObjectNode o = JSON.createObjectNode().put("case", s.id()).put("version", s.version());
        o.put("yaml", s.text());
        return o;
    }

    private ObjectNode reference(Shipped s) {
        return shippedText.computeIfAbsent(s.id(), k -> {
            ObjectNode o = JSON.createObjectNode().put("shipped", s.id());
            if (s.files().size() == 1) {
                o.put("yaml", resource(s.files().get(0)));
            } else {
                ArrayNode files = o.putArray("files");
                for (String f : s.files()) {
                    files.addObject().put("name", f.substring(f.lastIndexOf('/') + 1)).put("text", resource(f));
                }
            }
            return o;
        }).deepCopy();
    }

    private static String resource(String name) {
        try (InputStream in = RoomScenarios.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the shipped scenario file " + FOLDER + name + " is missing from "
                        + "the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
