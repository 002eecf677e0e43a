package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.app.CaseCompareJob;
import org.parley.app.CaseLedgerJob;
import org.parley.app.CaseProposeJob;
import org.parley.app.json.CaseJson;
import org.parley.formats.FormatException;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;

/** The API as docs/server.md writes it, on H2 and PostgreSQL. */
class ApiTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    static final String YAML = "application/yaml";

    static JsonNode create(Http http, String token, String text) {
        Http.Response r = http.send("POST", "/api/v1/cases", text, "Authorization", "Bearer " + token,
                "Content-Type", YAML);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void healthNamesTheDatabase(String db) {
        try (TestServer t = TestServer.start(db)) {
            Http.Response r = t.http().get("/api/v1/health", null);
            assertEquals(200, r.status());
            assertEquals("ok", r.json().get("status").asText());
            assertEquals(db, r.json().get("db").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void importGivesOneTokenPerPartyAndTheSameDocumentsAsTheJobs(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode created = create(http, t.adminToken(), TestServer.example("peace-talks-2025"));
            assertEquals("peace-talks-2025", created.get("id").asText());
            JsonNode tokens = created.get("tokens");
            assertEquals(List.of("mediator", "ukraine", "russia"), List.copyOf(iter(tokens.fieldNames())));
            String mediator = tokens.get("mediator").asText();
            Case c = CaseYaml.read(TestServer.ROOT.resolve("examples/peace-talks-2025/case.yaml"));
            assertEquals(CaseJson.compare(CaseCompareJob.run(c, null, null, null)),
                    http.get("/api/v1/cases/peace-talks-2025/compare", mediator).body());
            assertEquals(CaseJson.propose(CaseProposeJob.run(c)),
                    http.get("/api/v1/cases/peace-talks-2025/propose", mediator).body());
            assertEquals(CaseJson.ledger(CaseLedgerJob.run(c, null)),
                    http.get("/api/v1/cases/peace-talks-2025/ledger", mediator).body());
            // the export of an untouched case is the imported text, byte for byte
            assertEquals(Files.readString(TestServer.ROOT.resolve("examples/peace-talks-2025/case.yaml")),
                    http.get("/api/v1/cases/peace-talks-2025/export", t.adminToken()).body());
            // a second import of the same file gets a new id
            assertEquals("peace-talks-2025-2", create(http, mediator, TestServer.example("peace-talks-2025"))
                    .get("id").asText());
        }
    }

    static <T> java.util.List<T> iter(java.util.Iterator<T> it) {
        java.util.List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCaseTheReaderRefusesIsRefusedWithItsMessage(String db) {
        try (TestServer t = TestServer.start(db)) {
            String bad = TestServer.example("labour-2026").replace("points: {wage: 40,", "points: {wage: 35,");
            String expected = null;
            try {
                CaseYaml.parse(bad, Path.of("case.yaml"));
            } catch (FormatException e) {
                expected = e.getMessage();
            }
            assertTrue(expected != null && expected.matches("case\\.yaml:\\d+:\\d+: .*"), expected);
            Http.Response r = t.http().send("POST", "/api/v1/cases", bad, "Authorization",
                    "Bearer " + t.adminToken(), "Content-Type", YAML);
            assertEquals(400, r.status());
            assertEquals(expected, r.json().get("error").asText());
            assertEquals(0, t.server().cases().all().size());
            Http.Response syntax = t.http().send("POST", "/api/v1/cases", "parley-case: 1\nid: [", "Authorization",
                    "Bearer " + t.adminToken(), "Content-Type", YAML);
            assertEquals(400, syntax.status());
            assertTrue(syntax.json().get("error").asText().startsWith("case.yaml:"), syntax.body());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPartyReadsAndChangesItsOwnPreferences(String db) {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode tokens = create(http, t.adminToken(), TestServer.example("labour-2026")).get("tokens");
            String union = tokens.get("union").asText();
            String path = "/api/v1/cases/labour-2026/parties/union/preferences";
            JsonNode prefs = http.get(path, union).json();
            assertEquals(0.45, prefs.get("weights").get("wage").asDouble(), 1e-12);
            assertEquals(0.35, prefs.get("reservation").asDouble(), 1e-12);
            // the same document back changes nothing in the analysis
            String compareBefore = http.get("/api/v1/cases/labour-2026/compare", t.adminToken()).body();
            assertEquals(200, http.json("PUT", path, union, prefs.toString()).status());
            assertEquals(compareBefore, http.get("/api/v1/cases/labour-2026/compare", t.adminToken()).body());
            // a real change: the union now cares only about the wage
            String changed = prefs.toString().replace("\"wage\":0.45", "\"wage\":0.65")
                    .replace("\"pension\":0.2", "\"pension\":0.0");
            Http.Response put = http.json("PUT", path, union, changed);
            assertEquals(200, put.status(), put.body());
            assertEquals(0.65, http.get(path, union).json().get("weights").get("wage").asDouble(), 1e-12);
            Case c = CaseYaml.parse(http.get("/api/v1/cases/labour-2026/export", t.adminToken()).body(),
                    Path.of("case.yaml"));
            assertEquals(0.65, c.preferences().get(0).weight(c.issueIndex("wage")), 1e-12);
            assertEquals(CaseJson.compare(CaseCompareJob.run(c, null, null, null)),
                    http.get("/api/v1/cases/labour-2026/compare", t.adminToken()).body());
            assertFalse(compareBefore.equals(http.get("/api/v1/cases/labour-2026/compare", t.adminToken()).body()));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badInputIsAJsonErrorWithAPathAndNothingIsWritten(String db) {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            JsonNode tokens = create(http, t.adminToken(), TestServer.example("peace-talks-2025")).get("tokens");
            String mediator = tokens.get("mediator").asText();
            String ukraine = tokens.get("ukraine").asText();
            String before = http.get("/api/v1/cases/peace-talks-2025/export", t.adminToken()).body();
            long events = t.server().cases().store().count();
            String prefs = "/api/v1/cases/peace-talks-2025/parties/ukraine/preferences";
            String tranches = "/api/v1/cases/peace-talks-2025/tranches";
            assertError(http.json("PUT", prefs, ukraine, "{\"points\": "), 400, "");
            assertError(http.json("PUT", prefs, ukraine, "[1, 2]"), 400, "");
            JsonNode p = http.get(prefs, ukraine).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("ratings").get("ceasefire")).put("truce", 50);
            assertError(http.json("PUT", prefs, ukraine, p.toString()), 400, "/ratings/ceasefire");
            JsonNode q = http.get(prefs, ukraine).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) q.get("points")).put("territory", 30);
            Http.Response sum = http.json("PUT", prefs, ukraine, q.toString());
            assertError(sum, 400, "/points");
            assertTrue(sum.json().get("error").asText().contains("95"), sum.body());
            String ok = "{\"commitment\": \"C3\", \"date\": \"2025-06-16\", \"delivered\": {\"russia\": 1200, "
                    + "\"ukraine\": null}, \"source\": \"news reports\", \"by\": \"analyst\"}";
            assertError(http.json("POST", tranches, mediator, ok.replace("C3", "C9")), 400, "/commitment");
            assertError(http.json("POST", tranches, mediator, ok.replace("2025-06-16", "2025-02-30")), 400, "/date");
            assertError(http.json("POST", tranches, mediator, ok.replace("1200", "-5")), 400, "/delivered/russia");
            assertError(http.json("POST", tranches, mediator, ok.replace("\"russia\": 1200", "\"belarus\": 3")), 400,
                    "/delivered/belarus");
            assertError(http.json("POST", tranches, mediator, ok.replace("\"by\"", "\"who\"")), 400, "/by");
            assertError(http.get("/api/v1/cases/nope/compare", mediator), 403, "/api/v1/cases/nope/compare");
            assertError(http.get("/api/v1/cases/nope/compare", t.adminToken()), 404, "/api/v1/cases/nope/compare");
            assertError(http.get("/api/v1/cases/peace-talks-2025/parties/belarus/preferences", t.adminToken()), 404,
                    "/api/v1/cases/peace-talks-2025/parties/belarus/preferences");
            assertError(http.get("/api/v1/cases/peace-talks-2025/compare?at=2025-13-01", mediator), 400, "?at");
            assertEquals(before, http.get("/api/v1/cases/peace-talks-2025/export", t.adminToken()).body());
            assertEquals(events, t.server().cases().store().count());
            // and a good tranche goes through, with the next id
            Http.Response r = http.json("POST", tranches, mediator, ok);
            assertEquals(201, r.status(), r.body());
            assertEquals("T4", r.json().get("id").asText());
            Case c = CaseYaml.parse(http.get("/api/v1/cases/peace-talks-2025/export", t.adminToken()).body(),
                    Path.of("case.yaml"));
            assertEquals(1200L, c.tranches().get(3).delivered().get("russia"));
            assertFalse(c.tranches().get(3).delivered().containsKey("ukraine"));
            assertEquals("analyst", c.tranches().get(3).recordedBy());
        }
    }

    static void assertError(Http.Response r, int status, String path) {
        assertEquals(status, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(status, j.get("status").asInt(), r.body());
        assertEquals(path, j.get("path").asText(), r.body());
        assertFalse(j.get("error").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void projectionsAreRebuiltFromTheLogOnRestart(String db) {
        TestServer t = TestServer.start(db);
        String export;
        int version;
        try {
            Http http = t.http();
            JsonNode tokens = create(http, t.adminToken(), TestServer.example("labour-2026")).get("tokens");
            String mediator = tokens.get("mediator").asText();
            JsonNode prefs = http.get("/api/v1/cases/labour-2026/parties/employer/preferences",
                    tokens.get("employer").asText()).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) prefs).put("reservation", 0.3);
            assertEquals(200, http.json("PUT", "/api/v1/cases/labour-2026/parties/employer/preferences",
                    tokens.get("employer").asText(), prefs.toString()).status());
            assertEquals(201, http.json("POST", "/api/v1/cases/labour-2026/text", mediator, "{\"clauses\": ["
                    + "{\"path\": \"1\", \"text\": \"Wages rise by 3% a year.\", \"settles\": {\"wage\": 3}, "
                    + "\"status\": \"bracketed\"}]}").status());
            assertEquals(200, http.json("PUT", "/api/v1/cases/labour-2026/talks/hours", mediator,
                    "{\"status\": \"agreed\", \"option\": \"38h\"}").status());
            export = http.get("/api/v1/cases/labour-2026/export", t.adminToken()).body();
            version = t.server().cases().get("labour-2026").version();
        } finally {
            t.close();
        }
        try (TestServer again = t.restart()) {
            assertEquals(export, again.http().get("/api/v1/cases/labour-2026/export", again.adminToken()).body());
            assertEquals(version, again.server().cases().get("labour-2026").version());
            Case c = CaseYaml.parse(export, Path.of("case.yaml"));
            assertEquals(0.3, c.preferences().get(1).reservation(), 1e-12);
            assertEquals("single-negotiating-text", c.documents().get(c.documents().size() - 1).kind());
        }
    }
}
