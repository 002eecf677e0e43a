package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agent.AgentRegistry;
import org.parley.app.json.JsonDocument;
import org.parley.formats.Scenarios;
import org.parley.formats.tournament.ResultsJson;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.saop.SaopProtocol;
import org.parley.tournament.Entrant;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentRunner;
import org.parley.tournament.TournamentSettings;

/**
 * The JSON documents the commands print and write validate against their schemas (docs/schema/, draft 2020-12) on
 * the README examples and more scenarios (3 parties, non-linear, no agreement zone, errors, a time deadline); and
 * each schema is strict enough to refuse the same documents mutated: a key removed, a value of the wrong type, an
 * unknown key in any object that is not a map keyed by names from the input.
 */
class JsonSchemaOutputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEACE = "../examples/peace-talks-2025/case.yaml";
    private static final String LABOUR = "../examples/labour-2026/case.yaml";
    private static final String COFFEE = "../examples/coffee.yaml";
    private static final String RES = "src/test/resources/json/";

    /** Objects keyed by names from the input (issues, parties): open by design. */
    private static final Pattern MAPS = Pattern.compile(".*/(outcome|content|utilities|positions|concession|documents"
            + "|utilityOfOwn|utilityOfOther|reservation|discountPerPeriod|pledged|delivered|agreement)$");

    @TempDir
    Path tmp;

    private static Schema schema(JsonDocument d) throws IOException {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config))
                .getSchema(JSON.readTree(d.schema()));
    }

    private static List<Error> errors(JsonDocument d, JsonNode doc) throws IOException {
        return schema(d).validate(doc);
    }

    /** Validates {@code text} (one JSON document) against {@code d}'s schema; returns it parsed. */
    private static JsonNode valid(JsonDocument d, String text, String what) throws IOException {
        JsonNode doc = JSON.readTree(text);
        List<Error> e = errors(d, doc);
        if (!e.isEmpty()) {
            fail(what + " does not match " + d.schemaFile() + ": " + e + "\n" + text);
        }
        return doc;
    }

    private static JsonNode command(JsonDocument d, String... args) throws IOException {
        CliRunner.Run r = CliRunner.run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.out().endsWith("}\n") && r.out().indexOf('\n') == r.out().length() - 1, "one line of JSON");
        return valid(d, r.out(), String.join(" ", args));
    }

    private static List<JsonNode> lines(JsonDocument d, Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(valid(d, line, file + " line " + (out.size() + 1)));
        }
        assertFalse(out.isEmpty(), file + " is empty");
        return out;
    }

    /**
     * The schema refuses {@code doc} with any top-level key removed, any top-level value replaced by one of another
     * type, and an unknown key added to any object that is not a map.
     */
    private static void strict(JsonDocument d, JsonNode doc) throws IOException {
        Schema s = schema(d);
        assertTrue(s.validate(doc).isEmpty(), "the unmutated document is valid");
        for (Iterator<String> it = doc.fieldNames(); it.hasNext();) {
            String key = it.next();
            ObjectNode without = doc.deepCopy();
            without.remove(key);
            assertFalse(s.validate(without).isEmpty(), d + ": accepted without '" + key + "'");
            ObjectNode retyped = doc.deepCopy();
            retyped.set(key, otherType(doc.get(key)));
            assertFalse(s.validate(retyped).isEmpty(), d + ": accepted '" + key + "' = " + retyped.get(key));
        }
        int closed = 0;
        for (String pointer : objectPointers(doc, "")) {
            if (MAPS.matcher(pointer).matches()) {
                continue;
            }
            JsonNode mutated = doc.deepCopy();
            ((ObjectNode) mutated.at(pointer)).put("unexpectedKey", 1);
            assertFalse(s.validate(mutated).isEmpty(), d + ": accepted an unknown key at '" + pointer + "'");
            closed++;
        }
        assertTrue(closed >= 1, "at least the root is closed");
    }

    /** A value of another JSON type than {@code v}. */
    private static JsonNode otherType(JsonNode v) {
        if (v.isTextual() || v.isNull()) {
            return JsonNodeFactory.instance.objectNode().put("unexpectedKey", true);
        }
        if (v.isNumber() || v.isArray()) {
            return TextNode.valueOf("not a " + v.getNodeType());
        }
        if (v.isBoolean()) {
            return IntNode.valueOf(1);
        }
        return BooleanNode.TRUE;
    }

    private static List<String> objectPointers(JsonNode n, String at) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            out.add(at);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.addAll(objectPointers(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1")));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.addAll(objectPointers(n.get(i), at + "/" + i));
            }
        }
        return out;
    }

    private static String[] files(String... parts) {
        return parts;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String[] anac(String folder, String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = CliRunner.anac(folder, names[i]).toString();
        }
        return out;
    }

    private static final String[] ITEX2012 = anac("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml",
            "ItexvsCypress-A-prof1.xml", "ItexvsCypress-A-prof2.xml");
    private static final String[] DINNER = anac("ANAC2015__group2-dinner", "Dinner.xml", "Dinner_util1.xml",
            "Dinner_util2.xml", "Dinner_util3.xml");
    private static final String[] PARTY = files("../scenarios/geniusweb/Party/party.json",
            "../scenarios/geniusweb/Party/party1.json", "../scenarios/geniusweb/Party/party2.json");

    @Test
    void analysisDocuments() throws IOException {
        JsonNode readme = command(JsonDocument.ANALYSIS, concat(new String[] {"analyze"},
                concat(CliRunner.itex2010(), "--json")));
        assertEquals(180, readme.get("outcomes").asInt(), "the README example");
        strict(JsonDocument.ANALYSIS, readme);
        command(JsonDocument.ANALYSIS, "analyze", COFFEE, "--json");
        command(JsonDocument.ANALYSIS, concat(concat(new String[] {"analyze"}, PARTY), "--json"));
        JsonNode three = command(JsonDocument.ANALYSIS, concat(concat(new String[] {"analyze"}, DINNER), "--json"));
        assertEquals(3, three.get("parties").size());
        JsonNode nonLinear = command(JsonDocument.ANALYSIS, "analyze", RES + "rectangles.yaml", "--json");
        assertTrue(nonLinear.at("/pareto/0/outcome/Price").isNumber(), "a real issue's value is a number");
        JsonNode noZone = command(JsonDocument.ANALYSIS, "analyze", RES + "no-zone.yaml", "--json");
        assertTrue(noZone.get("nash").isNull() && noZone.get("agreementZone").get("empty").asBoolean());
        strict(JsonDocument.ANALYSIS, noZone);
    }

    @Test
    void negotiationDocumentsAndTraces() throws IOException {
        Path trace = tmp.resolve("readme.jsonl");
        JsonNode readme = command(JsonDocument.NEGOTIATION, concat(concat(new String[] {"negotiate"}, ITEX2012),
                "--agents", "boulware-party", "conceder-party", "--rounds", "180", "--json", "--trace",
                trace.toString()));
        assertEquals(103, readme.get("round").asInt(), "the README example");
        assertEquals(2, readme.at("/measures/parties").size(), "measures per party");
        strict(JsonDocument.NEGOTIATION, readme);
        JsonNode modelled = command(JsonDocument.NEGOTIATION, concat(concat(new String[] {"negotiate"}, ITEX2012),
                "--agents", "boa(offer=td(e=0.2),model=hardheaded,accept=next)", "conceder-party", "--rounds", "180",
                "--json"));
        assertTrue(modelled.at("/measures/parties/0/opponentModels/0/curve").size() >= 2, "a model's curve");
        strict(JsonDocument.NEGOTIATION, modelled);
        List<JsonNode> actions = lines(JsonDocument.NEGOTIATION_TRACE, trace);
        assertEquals(206, actions.size());
        strict(JsonDocument.NEGOTIATION_TRACE, actions.get(0));
        strict(JsonDocument.NEGOTIATION_TRACE, actions.get(actions.size() - 1));

        Path endTrace = tmp.resolve("deadline.jsonl");
        JsonNode noDeal = command(JsonDocument.NEGOTIATION, concat(concat(new String[] {"negotiate"}, ITEX2012),
                "--agents", "hardliner", "hardliner", "--rounds", "20", "--json", "--trace", endTrace.toString()));
        assertEquals("deadline", noDeal.get("endedBy").asText());
        strict(JsonDocument.NEGOTIATION, noDeal);
        lines(JsonDocument.NEGOTIATION_TRACE, endTrace);

        Path threeTrace = tmp.resolve("three.jsonl");
        JsonNode three = command(JsonDocument.NEGOTIATION, concat(concat(new String[] {"negotiate"}, DINNER),
                "--agents", "conceder", "linear", "tit-for-tat", "--rounds", "60", "--seed", "5", "--json",
                "--trace", threeTrace.toString()));
        assertEquals(3, three.get("utilities").size());
        lines(JsonDocument.NEGOTIATION_TRACE, threeTrace);

        JsonNode error = command(JsonDocument.NEGOTIATION, "negotiate", COFFEE, "--agents", "boulware", "conceder",
                "--rounds", "50", "--call-budget", "0.000000001", "--json");
        assertEquals("error", error.get("endedBy").asText());
        strict(JsonDocument.NEGOTIATION, error);
        command(JsonDocument.NEGOTIATION, "negotiate", RES + "rectangles.yaml", "--agents", "random", "micro",
                "--seconds", "0.2", "--json");

        Path textTrace = tmp.resolve("snt.jsonl");
        JsonNode snt = command(JsonDocument.NEGOTIATION, "negotiate", COFFEE, "--protocol",
                "snt(rule=majority,mediator=random)", "--agents", "strategic", "conceder", "--rounds", "100", "--json",
                "--trace", textTrace.toString());
        assertEquals("snt(rule=majority,mediator=random)", snt.get("protocol").asText());
        assertEquals("saop", readme.get("protocol").asText());
        strict(JsonDocument.NEGOTIATION, snt);
        strict(JsonDocument.NEGOTIATION_TRACE, lines(JsonDocument.NEGOTIATION_TRACE, textTrace).get(0));
    }

    @Test
    void caseDocuments() throws IOException {
        JsonNode compare = command(JsonDocument.CASE_COMPARE, "case", "compare", PEACE, "--json");
        strict(JsonDocument.CASE_COMPARE, compare);
        command(JsonDocument.CASE_COMPARE, "case", "compare", PEACE, "--at", "2025-12-20", "--json");
        JsonNode labour = command(JsonDocument.CASE_COMPARE, "case", "compare", LABOUR, "--parties", "employer",
                "union", "--json");
        assertFalse(labour.get("agreementZone").get("empty").asBoolean());
        strict(JsonDocument.CASE_COMPARE, labour);

        JsonNode propose = command(JsonDocument.CASE_PROPOSE, "case", "propose", PEACE, "--json");
        strict(JsonDocument.CASE_PROPOSE, propose);
        JsonNode labourPackages = command(JsonDocument.CASE_PROPOSE, "case", "propose", LABOUR, "--json");
        strict(JsonDocument.CASE_PROPOSE, labourPackages);

        JsonNode ledger = command(JsonDocument.CASE_LEDGER, "case", "ledger", PEACE, "--json");
        strict(JsonDocument.CASE_LEDGER, ledger);
        command(JsonDocument.CASE_LEDGER, "case", "ledger", PEACE, "--at", "2025-06-10", "--json");
        command(JsonDocument.CASE_LEDGER, "case", "ledger", LABOUR, "--json");

        JsonNode deal = command(JsonDocument.CASE_SIMULATE, "case", "simulate", LABOUR, "--agents", "boulware",
                "conceder", "--json");
        assertTrue(deal.get("agreement").isObject(), "the README example reaches an agreement");
        strict(JsonDocument.CASE_SIMULATE, deal);
        JsonNode noDeal = command(JsonDocument.CASE_SIMULATE, "case", "simulate", PEACE, "--agents", "hardliner",
                "hardliner", "--rounds", "30", "--json");
        assertTrue(noDeal.get("agreement").isNull());
        strict(JsonDocument.CASE_SIMULATE, noDeal);
    }

    private Path tournament(String name, String body) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Path root = Path.of("..").toAbsolutePath().normalize();
        Files.writeString(file, "parley-tournament: 1\nname: " + name + "\n" + body.replace("ROOT", root.toString()));
        Path out = tmp.resolve(name);
        CliRunner.Run r = CliRunner.run("tournament", file.toString(), "--out", out.toString(), "--threads", "2",
                "--no-report");
        assertEquals(0, r.exit(), r.err());
        valid(JsonDocument.TOURNAMENT_MANIFEST, Files.readString(out.resolve("tournament.json")), name
                + "/tournament.json");
        return out;
    }

    @Test
    void tournamentDocuments() throws IOException {
        String dinner = "ROOT/scenarios/anac/ANAC2015__group2-dinner/";
        Path mixed = tournament("mixed", """
                seed: 7
                deadline: {rounds: 40}
                repetitions: 2
                agents:
                  - boulware
                  - conceder
                  - tit-for-tat
                  - {name: mac, spec: "boa(offer=td(e=0.1),model=hardheaded,accept=mac(t=0.98))"}
                scenarios:
                  - ROOT/examples/coffee.yaml
                  - {domain: DINNERDinner.xml, profiles: [DINNERDinner_util1.xml, DINNERDinner_util2.xml, \
                DINNERDinner_util3.xml]}
                  - ROOT/parley-cli/src/test/resources/json/rectangles.yaml
                """.replace("DINNER", dinner));
        List<JsonNode> records = lines(JsonDocument.TOURNAMENT_RESULT, mixed.resolve("results.jsonl"));
        assertEquals(4 * 3 * (2 + 6 + 2) * 2, records.size());
        strict(JsonDocument.TOURNAMENT_RESULT, records.get(0));
        strict(JsonDocument.TOURNAMENT_MANIFEST, JSON.readTree(Files.readString(mixed.resolve("tournament.json"))));
        JsonNode withModel = records.stream().filter(r -> r.at("/measures/parties/0/opponentModels").size() > 0)
                .findFirst().orElseThrow(() -> new AssertionError("the BOA entrant exposes its model"));
        strict(JsonDocument.TOURNAMENT_RESULT, withModel);
        CliRunner.Run report = CliRunner.run("report", mixed.toString());
        assertEquals(0, report.exit(), report.err());
        JsonNode stats = valid(JsonDocument.TOURNAMENT_STATISTICS, Files.readString(mixed.resolve("statistics.json")),
                "mixed/statistics.json");
        assertEquals(4, stats.get("ranking").size());
        assertEquals(6, stats.get("comparisons").size());
        strict(JsonDocument.TOURNAMENT_STATISTICS, stats);
        assertTrue(Files.size(mixed.resolve("ranking.png")) > 0);

        Path errors = tournament("errors", """
                deadline: {rounds: 20}
                call-budget: 0.000000001
                agents: [boulware, conceder]
                scenarios: [ROOT/examples/coffee.yaml]
                """);
        List<JsonNode> failed = lines(JsonDocument.TOURNAMENT_RESULT, errors.resolve("results.jsonl"));
        JsonNode firstError = failed.stream().filter(r -> r.get("endedBy").asText().equals("error")).findFirst()
                .orElseThrow(() -> new AssertionError("a 1 ns call budget fails the sessions"));
        strict(JsonDocument.TOURNAMENT_RESULT, firstError);

        Path seconds = tournament("seconds", """
                deadline: {seconds: 0.05}
                roles: fixed
                agents: [linear, random]
                scenarios: [ROOT/examples/coffee.yaml]
                """);
        List<JsonNode> timed = lines(JsonDocument.TOURNAMENT_RESULT, seconds.resolve("results.jsonl"));
        assertTrue(timed.stream().allMatch(r -> r.get("deadline").asText().equals("0.05s")));
    }

    @Test
    void aNullWhereTheSchemaWantsAValueFails() throws IOException {
        JsonNode readme = command(JsonDocument.ANALYSIS, "analyze", COFFEE, "--json");
        ObjectNode mutated = readme.deepCopy();
        ((ArrayNode) mutated.get("reservation")).set(0, NullNode.instance);
        assertFalse(errors(JsonDocument.ANALYSIS, mutated).isEmpty(), "a null reservation value");
        mutated = readme.deepCopy();
        ((ObjectNode) mutated.get("agreementZone")).put("outcomes", -1);
        assertFalse(errors(JsonDocument.ANALYSIS, mutated).isEmpty(), "a negative count");
    }

    @Test
    void anInternalErrorRecordMatchesTheSchemaAndBlamesNoAgent() throws IOException {
        // parley's own machinery fails: the sessions' clock breaks on its third reading
        AtomicInteger readings = new AtomicInteger();
        SessionFactory broken = new SessionFactory(SaopProtocol.INSTANCE, () -> {
            if (readings.incrementAndGet() >= 3) {
                throw new IllegalStateException("clock broke");
            }
            return 1;
        });
        TournamentRunner runner = new TournamentRunner(new TournamentSettings(1, Deadline.rounds(20), 1,
                TournamentSettings.Roles.ALL, 2, false, 5, List.of(Entrant.of("boulware"), Entrant.of("conceder"))),
                List.of(Scenarios.load(List.of(Path.of(COFFEE)))), AgentRegistry.builtIns(), broken);
        SessionRecord rec = runner.runOne(0);
        assertEquals("internal_error", rec.endedBy());
        JsonNode doc = valid(JsonDocument.TOURNAMENT_RESULT, ResultsJson.line(rec), "an internal error's record");
        assertEquals("internal error: IllegalStateException: clock broke", doc.get("error").asText());
        assertTrue(doc.get("errorAgent").isNull());
        strict(JsonDocument.TOURNAMENT_RESULT, doc);
        ObjectNode blamed = doc.deepCopy();
        blamed.put("errorAgent", "boulware");
        assertFalse(errors(JsonDocument.TOURNAMENT_RESULT, blamed).isEmpty(), "an internal error blames no agent");
    }
}
