package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;

/**
 * {@code parley serve}: the other commands load none of the server's classes; a case imported into the server and
 * exported again gives the CLI the same compare, propose and ledger documents as the file and as the API; bad
 * options are one line with exit code 2.
 */
class ServeCommandIT {

    static final Path EXAMPLES = Path.of(System.getProperty("parley.scenarios", "../scenarios")).getParent()
            .resolve("examples");

    @Test
    void otherCommandsStartWithoutLoadingTheServer() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.parley.cli.Main", "case",
                "ledger", EXAMPLES.resolve("peace-talks-2025/case.yaml").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        // the class-loading log works (the command that ran is in it), and serve's own class is not loaded either
        assertTrue(out.contains("org.parley.cli.CaseCommand"), "no class-loading log: " + out);
        assertFalse(out.contains("org.parley.cli.ServeCommand"), "ServeCommand was loaded by 'case ledger'");
        assertTrue(out.contains("6,000 for 6,000"), "the ledger ran");
        for (String pkg : List.of("org.parley.server.", "io.javalin.", "org.eclipse.jetty.", "org.h2.",
                "org.postgresql.", "org.flywaydb.", "org.jdbi.", "com.zaxxer.", "gg.jte.")) {
            assertFalse(out.contains("Loaded " + pkg) || out.contains(" " + pkg), pkg + " was loaded by 'case ledger'");
        }
    }

    @Test
    void badServeOptionsAreOneLineWithExitTwo(@TempDir Path tmp) {
        CliRunner.Run r = CliRunner.run("serve", "--port", "0", "--data", tmp.toString(), "--db", "jdbc:mysql://x/y");
        assertEquals(2, r.exit(), r.err());
        assertEquals("parley: database URL jdbc:mysql://x/y: expected jdbc:h2:... or "
                + "jdbc:postgresql://HOST:PORT/DATABASE\n", r.err());
        CliRunner.Run port = CliRunner.run("serve", "--port", "70000", "--data", tmp.toString());
        assertEquals(2, port.exit());
        assertTrue(port.err().startsWith("parley: --port 70000"), port.err());
    }

    @Test
    void anExportedCaseGivesTheCliTheSameDocumentsAsTheFileAndTheApi(@TempDir Path tmp) throws Exception {
        String db = "jdbc:h2:mem:cli" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (ParleyServer server = ParleyServer.start(new ParleyServer.Options("127.0.0.1", 0, tmp, db))) {
            HttpClient http = HttpClient.newHttpClient();
            String admin = server.firstStart().token();
            for (String example : List.of("peace-talks-2025", "labour-2026")) {
                Path file = EXAMPLES.resolve(example).resolve("case.yaml");
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/v1/cases")).header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, created.statusCode(), created.body());
                JsonNode c = new ObjectMapper().readTree(created.body());
                String id = c.get("id").asText();
                String mediator = c.get("tokens").get("mediator").asText();
                Path exported = tmp.resolve(example + "-exported.yaml");
                Files.writeString(exported, get(http, server.url() + "/api/v1/cases/" + id + "/export", admin));
                for (String command : List.of("compare", "propose", "ledger")) {
                    CliRunner.Run fromFile = CliRunner.run("case", command, file.toString(), "--json");
                    CliRunner.Run fromExport = CliRunner.run("case", command, exported.toString(), "--json");
                    assertEquals(0, fromFile.exit(), fromFile.err());
                    assertEquals(fromFile.out(), fromExport.out(), example + " " + command);
                    assertEquals(fromFile.out().strip(), get(http, server.url() + "/api/v1/cases/" + id + "/"
                            + command, mediator), example + " " + command + " through the API");
                }
                // and a second import of the export is the same case again
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/v1/cases")).header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(exported))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, again.statusCode());
                String id2 = new ObjectMapper().readTree(again.body()).get("id").asText();
                assertEquals(Files.readString(exported), get(http, server.url() + "/api/v1/cases/" + id2
                        + "/export", admin));
            }
        }
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }
}
