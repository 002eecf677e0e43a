package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages below the command line describe the state, never a command-line flag ("add --resume"): no string
 * literal in the main sources of parley-core, parley-formats and parley-app names one. The command line adds the
 * advice (e.g. TournamentCommand.advice).
 */
class NoFlagsBelowTheCommandLineTest {

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FLAG = Pattern.compile("(^|[^-\\w])--[a-z]");

    static List<String> flagsIn(String line) {
        List<String> out = new ArrayList<>();
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            return out;
        }
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
            if (FLAG.matcher(m.group()).find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    @Test
    void theScanFindsAFlagInALiteralAndNotInAComment() {
        assertEquals(List.of("\"; add --resume to finish\""), flagsIn("    msg + \"; add --resume to finish\";"));
        assertEquals(List.of(), flagsIn("     * resuming (--resume) runs them again"));
        assertEquals(List.of(), flagsIn("    String rule = \"a -- b\" + \"x--y\";"));
    }

    @Test
    void noStringLiteralBelowTheCommandLineNamesAFlag() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : List.of("../parley-core", "../parley-formats", ".")) {
            Path root = Path.of(module, "src", "main", "java");
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        for (String f : flagsIn(lines.get(i))) {
                            found.add(p + ":" + (i + 1) + ": " + f);
                        }
                    }
                }
            }
        }
        assertTrue(files > 100, "the scan read the sources (" + files + " files)");
        assertEquals(List.of(), found);
    }
}
