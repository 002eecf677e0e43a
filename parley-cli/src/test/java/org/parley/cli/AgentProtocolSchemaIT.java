package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.agent.AgentRegistry;
import org.parley.agent.process.ProfileJson;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;

/**
 * The JSON Schemas of docs/agent-protocol-schema against real traffic: a session of the Python kit's boulware is
 * recorded on both pipes (with tee) and every line parley wrote and the agent answered is checked against the schema
 * of its message; the schemas reject the same lines with a key removed or mistyped (they are not vacuous).
 */
class AgentProtocolSchemaIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path repository() {
        return Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath().normalize()
                .getParent();
    }

    private static Schema schema(String name) throws Exception {
        Path f = repository().resolve("docs/agent-protocol-schema/" + name + ".schema.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(
                Files.readString(f)));
    }

    private static String schemaOf(JsonNode m, boolean fromParley) {
        String type = m.get("type").asText();
        if (type.equals("hello")) {
            return "hello";
        }
        if (!fromParley) {
            return "reply";
        }
        return switch (type) {
            case "start", "act", "end" -> type;
            default -> "action";
        };
    }

    private static Scenario anac(String folder, String domain, String p1, String p2) {
        Path dir = repository().resolve("scenarios/anac").resolve(folder);
        return Scenarios.load(List.of(dir.resolve(domain), dir.resolve(p1), dir.resolve(p2)));
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws Exception {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> names = List.of("act", "action", "end", "hello", "reply", "start");
        try (var files = Files.list(repository().resolve("docs/agent-protocol-schema"))) {
            assertEquals(names.stream().map(n -> n + ".schema.json").toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String n : names) {
            JsonNode schema = JSON.readTree(Files.readString(repository().resolve("docs/agent-protocol-schema/" + n
                    + ".schema.json")));
            assertEquals(List.of(), meta.validate(schema), n);
        }
    }

    /** The non-linear ANAC 2014 profiles (too large for the kit to enumerate in a test) as parley sends them. */
    @Test
    void theHyperRectangleProfileMatchesTheStartSchema() throws Exception {
        Scenario s = anac("anac__y2014__10issues", "10issues-domain.xml", "profile-1.xml", "profile-2.xml");
        Schema start = schema("start");
        for (var p : s.profiles()) {
            ObjectNode m = (ObjectNode) JSON.readTree("{\"type\":\"start\",\"protocol\":\"SAOP\",\"party\":0,"
                    + "\"parties\":2,\"deadline\":{\"rounds\":180},\"seed\":1,\"profile\":" + ProfileJson.of(p) + "}");
            assertEquals("hyperrectangles", m.get("profile").get("utility").get("type").asText());
            assertEquals(List.of(), start.validate(m));
            ((ObjectNode) m.get("profile").get("utility").get("rectangles").get(0)).remove("bounds");
            assertFalse(start.validate(m).isEmpty(), "a rectangle without bounds is refused");
        }
    }

    @Test
    void anErrorReplyOfProtocol2MatchesTheReplySchema() throws Exception {
        Schema reply = schema("reply");
        assertEquals(List.of(), reply.validate(JSON.readTree(
                "{\"id\":3,\"type\":\"error\",\"message\":\"ValueError: x\"}")));
        assertFalse(reply.validate(JSON.readTree("{\"id\":3,\"type\":\"error\"}")).isEmpty(),
                "an error needs a message");
        assertFalse(reply.validate(JSON.readTree("{\"type\":\"error\",\"message\":\"x\"}")).isEmpty(),
                "an error needs the session's id");
        assertFalse(reply.validate(JSON.readTree("{\"id\":-1,\"type\":\"ready\"}")).isEmpty(), "ids are not negative");
    }

    /** Protocol 1 ({@code --sessions 1}) and protocol 2 (the kit's default). */
    @ParameterizedTest
    @ValueSource(ints = {1, 64})
    void everyLineOfARealSessionMatchesItsSchema(int atOnce, @TempDir Path tmp) throws Exception {
        Scenario s = anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml", "ItexvsCypress-A-prof1.xml",
                "ItexvsCypress-A-prof2.xml");
        Path in = tmp.resolve("in.jsonl");
        Path out = tmp.resolve("out.jsonl");
        String cmd = "tee " + in + " | PYTHONPATH=" + repository().resolve("python")
                + " python3 -m parley_agent.examples.time_dependent boulware --sessions " + atOnce + " | tee " + out;
        AgentRegistry agents = AgentRegistry.builtIns();
        SessionFactory sessions = SessionFactory.standard();
        SessionResult r;
        try (RunContext ctx = new RunContext()) {
            r = sessions.runIsolated(sessions.spec().profiles(s.profiles())
                    .agents(List.of(agents.factory("process(cmd=\"" + cmd + "\", name=recorded)"),
                            agents.factory("conceder")))
                    .labels(List.of("recorded", "conceder")).deadline(Deadline.rounds(60)).seed(11).context(ctx)
                    .build());
        }
        assertNull(r.error(), r.error());
        Map<String, Schema> schemas = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (Path f : List.of(in, out)) {
            boolean fromParley = f.equals(in);
            List<String> lines = Files.readAllLines(f);
            assertFalse(lines.isEmpty(), f + " recorded nothing");
            for (String line : lines) {
                JsonNode m = JSON.readTree(line);
                String name = schemaOf(m, fromParley);
                Schema sc = schemas.computeIfAbsent(name, n -> {
                    try {
                        return schema(n);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                assertEquals(List.of(), sc.validate(m), name + ": " + line);
                // protocol 2: every message but the hellos names its session; protocol 1: none does
                assertEquals(atOnce > 1 && !name.equals("hello"), m.has("id"), line);
                if (name.equals("hello") && !fromParley) {
                    assertEquals(atOnce > 1 ? 2 : 1, m.get("version").asInt(), line);
                }
                seen.merge((fromParley ? "parley " : "agent ") + m.get("type").asText(), 1, Integer::sum);
                if (m.has("outcome")) {
                    ObjectNode bad = m.deepCopy();
                    bad.put("outcome", "the best one");
                    assertFalse(sc.validate(bad).isEmpty(), name + " accepts a string outcome");
                }
                ObjectNode untyped = m.deepCopy();
                untyped.remove("type");
                assertFalse(sc.validate(untyped).isEmpty(), name + " accepts a message without type");
                if (name.equals("start")) {
                    ObjectNode noProfile = m.deepCopy();
                    ((ObjectNode) noProfile.get("profile")).remove("utility");
                    assertFalse(sc.validate(noProfile).isEmpty(), "start accepts a profile without utility");
                }
            }
        }
        for (String k : List.of("parley hello", "parley start", "parley act", "parley offer", "parley end",
                "agent hello", "agent ready", "agent offer")) {
            assertTrue(seen.containsKey(k), "the session had a '" + k + "' line: " + seen);
        }
    }
}
