package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for tests that read tournament results folders. */
final class TournamentFiles {

    static final Path EXAMPLES = Paths.get(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
            .getParent().resolve("examples");

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    /** The run time, wherever it stands in the line (keys written after it, e.g. measures, stay). */
    private static final Pattern RUN_TIME = Pattern.compile(",\"runSeconds\":[^,}]+");

    private TournamentFiles() {
    }

    /** Every line of results.jsonl by id, without its run time (the one field that may differ between runs). */
    static Map<Integer, String> results(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("results.jsonl"), StandardCharsets.UTF_8);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "the last line is complete");
        Map<Integer, String> byId = new TreeMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = ID.matcher(line);
            assertTrue(m.find(), line);
            Matcher t = RUN_TIME.matcher(line);
            assertTrue(t.find(), line);
            String previous = byId.put(Integer.parseInt(m.group(1)), t.replaceFirst(""));
            assertTrue(previous == null, "session " + m.group(1) + " is recorded twice");
        }
        return byId;
    }

    /** The GENIUS CSV rows without their first column (run time), sorted. */
    static List<String> csvRows(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        return lines.subList(2, lines.size()).stream().map(l -> l.substring(l.indexOf(';'))).sorted().toList();
    }

    static long lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(file);
        long n = 0;
        for (byte x : b) {
            n += x == '\n' ? 1 : 0;
        }
        return n;
    }
}
