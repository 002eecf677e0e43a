package org.parley.formats.tournament;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.SessionRecord;

/**
 * One {@link SessionRecord} per line of JSON ({@code results.jsonl}); the keys are listed in
 * {@code docs/tournament.md}. Numbers are written so that they read back exactly; NaN (no Nash point) is written
 * {@code null}.
 */
public final class ResultsJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Longest line accepted when reading, in bytes. */
    public static final int MAX_LINE = 1 << 20;

    private ResultsJson() {
    }

    /** How much of a results file holds complete, valid lines. */
    public record Scan(int records, long validBytes, long fileBytes, List<String> badLines) {

        /** At most this many bad lines are described one by one; the rest are counted. */
        public static final int MAX_DESCRIBED = 20;

        /**
         * @param badLines each complete line that is not a record, as {@code "line N: problem"} (at most
         *                 {@value #MAX_DESCRIBED}, then one line saying how many more)
         */
        public Scan {
            badLines = List.copyOf(badLines);
        }

        /** A scan without bad lines. */
        public Scan(int records, long validBytes, long fileBytes) {
            this(records, validBytes, fileBytes, List.of());
        }

        /** True when the file ends in an incomplete line, without its newline (e.g. the process was killed mid-write). */
        public boolean damagedTail() {
            return validBytes < fileBytes;
        }
    }

    /** The record as one line of JSON, without the newline. */
    public static String line(SessionRecord r) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            g.writeStringField("scenario", r.scenario());
            g.writeNumberField("repetition", r.repetition());
            g.writeNumberField("seed", r.seed());
            strings(g, "agents", r.agents());
            strings(g, "profiles", r.profiles());
            g.writeStringField("deadline", r.deadline());
            g.writeStringField("endedBy", r.endedBy());
            if (r.agreement() == null) {
                g.writeNullField("agreement");
            } else {
                g.writeObjectFieldStart("agreement");
                for (Map.Entry<String, String> e : r.agreement().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeNumberField("round", r.round());
            g.writeNumberField("time", r.time());
            g.writeNumberField("actions", r.actions());
            numbers(g, "utilities", r.utilities());
            numbers(g, "discountedUtilities", r.discountedUtilities());
            number(g, "welfare", r.welfare());
            number(g, "distPareto", r.distPareto());
            number(g, "distNash", r.distNash());
            g.writeObjectFieldStart("genius");
            number(g, "distPareto", r.genius().distPareto());
            number(g, "distNash", r.genius().distNash());
            number(g, "welfare", r.genius().welfare());
            g.writeBooleanField("discounted", r.genius().discounted());
            g.writeEndObject();
            g.writeStringField("error", r.error());
            g.writeStringField("errorAgent", r.errorAgent());
            g.writeNumberField("runSeconds", r.runSeconds());
            g.writeFieldName("measures");
            MeasuresJson.write(g, r.measures());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException when the line is not a complete record
     */
    public static SessionRecord parse(String line) {
        try {
            return parseRecord(line);
        } catch (ClassCastException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("not a session record: a field has the wrong type ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static SessionRecord parseRecord(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> agreement = null;
        JsonNode a = req(n, "agreement");
        if (!a.isNull()) {
            agreement = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                agreement.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode g = req(n, "genius");
        return new SessionRecord(req(n, "id").intValue(), req(n, "scenario").asText(),
                req(n, "repetition").intValue(), req(n, "seed").longValue(), strings(req(n, "agents")),
                strings(req(n, "profiles")), req(n, "deadline").asText(), req(n, "endedBy").asText(), agreement,
                req(n, "round").intValue(), number(req(n, "time")), req(n, "actions").intValue(),
                numbers(req(n, "utilities")), numbers(req(n, "discountedUtilities")), number(req(n, "welfare")),
                number(req(n, "distPareto")), number(req(n, "distNash")),
                new GeniusCsv.Analysis(number(req(g, "distPareto")), number(req(g, "distNash")),
                        number(req(g, "welfare")), req(g, "discounted").booleanValue()),
                text(req(n, "error")), text(req(n, "errorAgent")), number(req(n, "runSeconds")),
                MeasuresJson.parse(n.get("measures")));
    }

    /**
     * Reads {@code jsonl} line by line, handing each record to {@code each}; a damaged line is skipped and described
     * ({@link Lines}); nothing is kept in memory.
     */
    public static Scan read(Path jsonl, Consumer<SessionRecord> each) {
        try (Lines lines = new Lines(jsonl)) {
            while (lines.hasNext()) {
                each.accept(lines.next());
            }
            return lines.scan();
        }
    }

    /**
     * The records of a results file, read lazily line by line. A complete line (ending in a newline) that is not a
     * record (damaged, longer than {@link #MAX_LINE} bytes) is skipped and described, with its line number, in
     * {@link Scan#badLines()}; every valid line before and after it is read. Only the bytes after the last newline (a
     * line cut short) are left out of {@link Scan#validBytes()}. {@link #scan} tells what was found once the reading
     * has stopped. Not thread-safe; close it to release the file.
     */
    public static final class Lines implements Iterator<SessionRecord>, AutoCloseable {
        private final Path file;
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        private int pos;
        private int len;
        private long offset;
        private long valid;
        private int records;
        private boolean stopped;
        private SessionRecord next;
        private long lineNumber;
        private long badCount;
        private boolean tooLong;
        private final List<String> bad = new ArrayList<>();

        /** Opens {@code file} for reading. */
        public Lines(Path file) {
            this.file = file;
            try {
                this.in = Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !stopped) {
                next = advance();
                stopped = next == null;
            }
            return next != null;
        }

        @Override
        public SessionRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SessionRecord r = next;
            next = null;
            return r;
        }

        /** How many records were read and up to which byte the file holds complete, valid lines. */
        public Scan scan() {
            try {
                List<String> described = new ArrayList<>(bad);
                if (badCount > Scan.MAX_DESCRIBED) {
                    described.add("and " + (badCount - Scan.MAX_DESCRIBED) + " more damaged lines");
                }
                return new Scan(records, valid, Files.size(file), described);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** The next complete, valid record (skipping and describing damaged lines), or null at the end. */
        private SessionRecord advance() {
            try {
                while (true) {
                    if (pos == len) {
                        offset += len;
                        len = in.read(chunk);
                        pos = 0;
                        if (len <= 0) {
                            len = 0;
                            return null;
                        }
                    }
                    int from = pos;
                    while (pos < len && chunk[pos] != '\n') {
                        pos++;
                    }
                    if (!tooLong) {
                        line.write(chunk, from, pos - from);
                        if (line.size() > MAX_LINE) {
                            tooLong = true;
                            line.reset();
                        }
                    }
                    if (pos < len) {
                        pos++;
                        lineNumber++;
                        valid = offset + pos;
                        String problem;
                        SessionRecord r = null;
                        if (tooLong) {
                            problem = "longer than " + MAX_LINE + " bytes";
                        } else {
                            try {
                                r = parse(line.toString(StandardCharsets.UTF_8));
                                problem = null;
                            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                                problem = e.getMessage() == null ? "not a record" : e.getMessage();
                                if (problem.length() > 200) {
                                    problem = problem.substring(0, 200) + "...";
                                }
                            }
                        }
                        line.reset();
                        tooLong = false;
                        if (r == null) {
                            if (++badCount <= Scan.MAX_DESCRIBED) {
                                bad.add("line " + lineNumber + ": " + problem.replace('\n', ' '));
                            }
                            continue;
                        }
                        records++;
                        return r;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static JsonNode req(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }

    private static String text(JsonNode n) {
        return n.isNull() ? null : n.asText();
    }

    private static double number(JsonNode n) {
        if (n.isNull()) {
            return Double.NaN;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + n);
        }
        return n.doubleValue();
    }

    private static double[] numbers(JsonNode n) {
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(n.get(i));
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) {
            out.add(s.asText());
        }
        return out;
    }

    private static void number(JsonGenerator g, String key, double x) throws IOException {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, x);
        }
    }

    private static void numbers(JsonGenerator g, String key, double[] xs) throws IOException {
        g.writeArrayFieldStart(key);
        for (double x : xs) {
            g.writeNumber(x);
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String key, List<String> xs) throws IOException {
        g.writeArrayFieldStart(key);
        for (String x : xs) {
            g.writeString(x);
        }
        g.writeEndArray();
    }
}
