package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The teacher's exercise form ({@code /exercises}): created through the page it gives the invitation links (and the
 * same as CSV), each working for its seat; sent twice it creates one exercise; every mistake comes back on the form,
 * next to its field, with what was typed, and creates nothing.
 */
@Timeout(300)
class ExerciseFormTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");
    private static final Pattern CSV = Pattern.compile("href=\"data:text/csv;charset=utf-8,([^\"]+)\"");

    /** A teacher signed in through the browser. */
    record Teacher(TestServer t, Http http, String cookie, String csrf) {

        Http.Response get(String path) {
            return http.send("GET", path, null, "Cookie", cookie, "Accept", "text/html");
        }

        /** Posts the form (multipart, as the browser does); {@code files}: field to {name, text}. */
        Http.Response post(Map<String, String> fields, Map<String, String[]> files) {
            String boundary = "----parley-test-" + System.nanoTime();
            StringBuilder b = new StringBuilder();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.putIfAbsent("_csrf", csrf);
            all.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
            files.forEach((k, f) -> b.append("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(k).append("\"; filename=\"").append(f[0]).append("\"\r\nContent-Type: "
                            + "application/octet-stream\r\n\r\n").append(f[1]).append("\r\n"));
            b.append("--").append(boundary).append("--\r\n");
            return http.send("POST", "/exercises", b.toString(), "Cookie", cookie, "Origin", t.url(), "Accept",
                    "text/html", "Content-Type", "multipart/form-data; boundary=" + boundary);
        }
    }

    static Teacher signIn(TestServer t, String token) {
        Http http = t.http();
        String cookie = PagesAndStreamsTest.session(http, token);
        Http.Response form = http.send("GET", "/exercises", null, "Cookie", cookie, "Accept", "text/html");
        assertEquals(200, form.status(), form.body());
        return new Teacher(t, http, cookie, group(CSRF, form.body()));
    }

    static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), "no " + p + " in " + text);
        return m.group(1);
    }

    /** A valid form: two students against conceder playing the second party, then swapped. */
    static Map<String, String> valid(String nonce) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nonce", nonce);
        f.put("title", "Week 3");
        f.put("scenario", "shipped:itex-cypress");
        f.put("yaml", "");
        f.put("deadline", "20");
        f.put("deadlineKind", "rounds");
        f.put("turnSeconds", "60");
        f.put("pairs", "2");
        f.put("opponent", "conceder");
        f.put("studentRole", "1");
        f.put("swap", "true");
        return f;
    }

    /** The links of the created page's CSV: room, title, seat, name, party, link. */
    static List<String[]> csv(String page) {
        String text = URLDecoder.decode(group(CSV, page).replace("+", "%2B"), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        assertEquals("room,title,seat,name,party,link", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(","));
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTeacherCreatesAnExerciseThroughTheFormAndGetsWorkingLinks(String db) {
        try (TestServer t = TestServer.start(db)) {
            Http http = t.http();
            String admin = PagesAndStreamsTest.session(http, t.adminToken());
            assertTrue(http.send("GET", "/admin", null, "Cookie", admin, "Accept", "text/html").body()
                    .contains("href=\"/exercises\""), "the administrator's page links to the form");
            Teacher teacher = signIn(t, t.adminToken());
            String form = teacher.get("/exercises").body();
            assertTrue(form.contains("value=\"shipped:itex-cypress\"") && form.contains(">conceder</option>")
                    && form.contains("None yet."), form);
            String roles = teacher.get("/exercises/parts/roles?scenario=shipped:itex-cypress&studentRole=1").body();
            assertTrue(roles.contains("ItexvsCypress_Cypress (the second party)") && roles.contains("value=\"1\" "
                    + "selected"), roles);
            Map<String, String> fields = valid(group(NONCE, form));
            Http.Response created = teacher.post(fields, Map.of());
            assertEquals(201, created.status(), created.body());
            String id = group(Pattern.compile("href=\"/exercises/([^\"/]+)\" id=\"exercise-page-link\""),
                    created.body());
            List<String[]> rows = csv(created.body());
            assertEquals(4, rows.size(), "two students, two rounds");
            JsonNode x = http.get("/api/v1/exercises/" + id, t.adminToken()).json();
            assertEquals(4, x.get("rooms").size());
            for (int k = 0; k < rows.size(); k++) {
                String[] r = rows.get(k);
                String link = r[5];
                assertTrue(created.body().contains("value=\"" + link + "\""), "the page shows the link " + link);
                String token = link.substring(link.indexOf("/join/") + 6);
                JsonNode view = http.get("/api/v1/rooms/" + r[0], token).json();
                int seat = Integer.parseInt(r[2]);
                assertEquals(seat, view.get("you").get("seat").intValue(), "the link is its seat's");
                assertEquals(k < 2 ? 1 : 0, seat, "the students play the second party first, then the first");
                assertEquals(r[4], view.get("you").get("party").asText());
                assertEquals(20, view.get("deadline").get("rounds").intValue());
                assertEquals(60, view.get("turnSeconds").intValue());
                assertEquals("conceder", view.get("seats").get(1 - seat).get("agent").asText());
            }
            // the same form again (a double click, a reload): its exercise, not a second one
            Http.Response again = teacher.post(fields, Map.of());
            assertEquals(303, again.status(), again.body());
            assertEquals("/exercises/" + id, again.header("Location"));
            assertEquals(1, t.server().rooms().exercises().size());
            assertTrue(teacher.get("/exercises").body().contains("<a href=\"/exercises/" + id + "\">Week 3</a>"),
                    "the form lists the teacher's exercises");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ownFilesAPastedCaseAndACaseOfThisSiteMakeExercisesToo(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            ApiTest.create(t.http(), t.adminToken(), TestServer.example(RoomsFromCasesTest.LABOUR));
            Teacher teacher = signIn(t, t.adminToken());
            Map<String, String> f = valid("");
            f.put("scenario", "own");
            f.put("opponent", "");
            f.put("swap", "false");
            f.put("pairs", "1");
            Map<String, String[]> files = new LinkedHashMap<>();
            String[] names = {"domain", "profile1", "profile2"};
            for (int i = 0; i < 3; i++) {
                files.put(names[i], new String[] {RoomsTest.CAR_FILES.get(i),
                    Files.readString(RoomsTest.CAR.resolve(RoomsTest.CAR_FILES.get(i)))});
            }
            Http.Response uploaded = teacher.post(f, files);
            assertEquals(201, uploaded.status(), uploaded.body());
            List<String[]> rows = csv(uploaded.body());
            assertEquals(List.of("ItexvsCypress_Itex", "ItexvsCypress_Cypress"), List.of(rows.get(0)[4],
                    rows.get(1)[4]), "pairs of students: both parties");
            f.put("yaml", TestServer.example(RoomsFromCasesTest.LABOUR));
            Http.Response pasted = teacher.post(f, Map.of());
            assertEquals(201, pasted.status(), pasted.body());
            assertTrue(pasted.body().contains("id=\"case-notes\"") && pasted.body().contains("union: δ = "),
                    "the case's translation notes: " + pasted.body());
            String form = teacher.get("/exercises").body();
            assertTrue(form.contains("value=\"case:labour-2026\""), "the administrator may use the site's cases");
            f.put("yaml", "");
            f.put("scenario", "case:labour-2026");
            Http.Response ofCase = teacher.post(f, Map.of());
            assertEquals(201, ofCase.status(), ofCase.body());
            assertEquals(List.of("union", "employer"), List.of(csv(ofCase.body()).get(0)[4],
                    csv(ofCase.body()).get(1)[4]));
        }
    }

    /** Text as the templates escape it between tags. */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachMistakeComesBackOnTheFormNextToItsFieldAndCreatesNothing(String db) throws Exception {
        try (TestServer t = TestServer.start(db)) {
            Teacher teacher = signIn(t, t.adminToken());
            String three = "parley: 1\nname: three\nissues:\n  - name: a\n    values: [x, y]\nparties:\n"
                    + "  - name: p\n    weights: {a: 1}\n    utilities: {a: {x: 1, y: 0}}\n"
                    + "  - name: q\n    weights: {a: 1}\n    utilities: {a: {x: 0, y: 1}}\n"
                    + "  - name: r\n    weights: {a: 1}\n    utilities: {a: {x: 1, y: 1}}\n";
            String domain = Files.readString(RoomsTest.CAR.resolve(RoomsTest.CAR_FILES.get(0)));
            // field changed, its value, the field the refusal names, the message, the HTTP status
            List<Object[]> mistakes = List.of(
                    new Object[] {Map.of("pairs", ""), "pairs", "give the number of pairs"},
                    new Object[] {Map.of("pairs", "0"), "pairs", "'pairs' must be a whole number from 1 to 500"},
                    new Object[] {Map.of("pairs", "ten"), "pairs", "'pairs' must be a whole number from 1 to 500"},
                    new Object[] {Map.of("pairs", "501"), "pairs", "'pairs' must be a whole number from 1 to 500"},
                    new Object[] {Map.of("deadline", " "), "deadline", "give the deadline: a number of rounds"},
                    new Object[] {Map.of("deadline", "2.5"), "deadline",
                        "'rounds' must be a whole number from 1 to 100000"},
                    new Object[] {Map.of("deadlineKind", "seconds", "deadline", "-3"), "deadline",
                        "'seconds' must be a number above 0 and at most 86400"},
                    new Object[] {Map.of("deadlineKind", "minutes"), "deadline", "choose rounds or seconds"},
                    new Object[] {Map.of("turnSeconds", "0"), "turnSeconds",
                        "'turnSeconds' must be a whole number from 1 to 86400"},
                    new Object[] {Map.of("opponent", "no-such-agent"), "opponent", "unknown agent 'no-such-agent'"},
                    new Object[] {Map.of("studentRole", "2"), "studentRole",
                        "'studentRole' must be 0 (the scenario's first party) or 1 (its second)"},
                    new Object[] {Map.of("title", "t".repeat(201)), "title",
                        "'title' must be text of at most 200 characters"},
                    new Object[] {Map.of("scenario", "shipped:nope"), "scenario", "no shipped scenario 'nope'"},
                    new Object[] {Map.of("scenario", ""), "scenario", "choose a scenario"},
                    new Object[] {Map.of("scenario", "own"), "scenario", "your own scenario: upload its domain and "
                        + "two profiles, or a YAML scenario or case file, or paste the YAML"},
                    new Object[] {Map.of("scenario", "own", "yaml", "parley: 1\nname: x\nissues: ["), "scenario",
                        "scenario.yaml:"},
                    new Object[] {Map.of("scenario", "own", "yaml", three), "scenario",
                        "an exercise pairs the two parties of a scenario; this one has 3 parties"},
                    new Object[] {Map.of("scenario", "own", "yaml", three, "file:yamlFile", three), "scenario",
                        "your own scenario: give one of the uploaded profiles, the YAML file or the pasted YAML, not "
                            + "several"},
                    new Object[] {Map.of("scenario", "own", "file:domain", domain), "scenario",
                        "your own scenario: upload the domain and both parties' profiles"});
            for (Object[] m : mistakes) {
                @SuppressWarnings("unchecked")
                Map<String, String> change = (Map<String, String>) m[0];
                Map<String, String> f = valid("");
                Map<String, String[]> files = new LinkedHashMap<>();
                change.forEach((k, v) -> {
                    if (k.startsWith("file:")) {
                        files.put(k.substring(5), new String[] {k.endsWith("yamlFile") ? "s.yaml" : "d.xml", v});
                    } else {
                        f.put(k, v);
                    }
                });
                Http.Response r = teacher.post(f, files);
                String what = change.keySet() + ": " + m[2];
                assertEquals(400, r.status(), what + "\n" + r.body());
                String field = (String) m[1];
                String page = r.body();
                int at = page.indexOf("id=\"error-" + field + "\"");
                assertTrue(at > 0, what + ": no error next to " + field + "\n" + page);
                assertTrue(page.substring(at).startsWith("id=\"error-" + field + "\">" + html((String) m[2])),
                        what + ": " + page.substring(at, Math.min(page.length(), at + 300)));
                assertTrue(page.contains("id=\"form-error\""), what);
                assertEquals(1, page.split("class=\"field-error\"", -1).length - 1, what + ": one field marked");
                if (!field.equals("title")) {
                    assertTrue(page.contains("value=\"Week 3\""), what + ": the form keeps what was typed");
                }
                if (f.get("yaml") != null && !f.get("yaml").isEmpty()) {
                    assertTrue(page.contains(html(f.get("yaml"))), what + ": the pasted YAML stays");
                }
            }
            assertEquals(0, t.server().rooms().exercises().size(), "nothing was created");
            assertEquals(0, t.server().rooms().all().size(), "no room either");
            assertFalse(teacher.get("/exercises").body().contains("id=\"form-error\""));
        }
    }
}
