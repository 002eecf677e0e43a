package org.parley.app.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * parley's JSON documents and their JSON Schemas (draft 2020-12, {@code docs/schema/<name>.schema.json}, shipped in
 * this module's jar). {@code docs/json.md} describes each key.
 */
public enum JsonDocument {

    /** {@code analyze --json}: {@link AnalysisJson}. */
    ANALYSIS("analysis"),
    /** {@code negotiate --json}: {@link NegotiationJson}. */
    NEGOTIATION("negotiation"),
    /** One line of {@code negotiate --trace FILE.jsonl}: {@link TraceJson}. */
    NEGOTIATION_TRACE("negotiation-trace"),
    /** {@code case compare --json}: {@link CaseJson#compare}. */
    CASE_COMPARE("case-compare"),
    /** {@code case propose --json}: {@link CaseJson#propose}. */
    CASE_PROPOSE("case-propose"),
    /** {@code case ledger --json}: {@link CaseJson#ledger}. */
    CASE_LEDGER("case-ledger"),
    /** {@code case simulate --json}: {@link CaseJson#simulate}. */
    CASE_SIMULATE("case-simulate"),
    /** One line of a tournament's {@code results.jsonl}: {@link org.parley.formats.tournament.ResultsJson}. */
    TOURNAMENT_RESULT("tournament-result"),
    /** A tournament's {@code tournament.json}: {@link org.parley.formats.tournament.Manifest}. */
    TOURNAMENT_MANIFEST("tournament-manifest"),
    /** A tournament's {@code statistics.json}, written by {@code report}: {@link StatisticsJson}. */
    TOURNAMENT_STATISTICS("tournament-statistics");

    private final String name;

    JsonDocument(String name) {
        this.name = name;
    }

    /** The schema's file name, e.g. {@code analysis.schema.json}. */
    public String schemaFile() {
        return name + ".schema.json";
    }

    /** The schema's text. */
    public String schema() {
        String resource = "schema/" + schemaFile();
        try (InputStream in = JsonDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the jar (a build error)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource + ": " + e.getMessage(), e);
        }
    }
}
