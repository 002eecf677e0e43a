package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.util.SizeLimit;

/**
 * {@link XmlLimitScan} against {@link SafeXml}'s parse on every XML file of the ANAC corpus, with the limits lowered to
 * 6 values and 3 issues so that most files are over them: whenever the scan refuses a file, the parse refuses it with
 * the same message, and the scan refuses most of them (the others hold text it leaves to the parse).
 */
class XmlLimitScanAnacIT {

    @Test
    void theScanRefusesAsTheParseDoesOnTheAnacCorpus() throws IOException {
        String values = System.getProperty(SizeLimit.VALUES.property());
        String issues = System.getProperty(SizeLimit.ISSUES.property());
        System.setProperty(SizeLimit.VALUES.property(), "6");
        System.setProperty(SizeLimit.ISSUES.property(), "3");
        int refused = 0;
        int files = 0;
        try (Stream<Path> s = Files.walk(AnacCorpus.anacDir())) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                refused += XmlLimitScanTest.compare(p.toString(), Files.readAllBytes(p));
                files++;
            }
        } finally {
            restore(SizeLimit.VALUES.property(), values);
            restore(SizeLimit.ISSUES.property(), issues);
        }
        assertTrue(files > 300 && refused > files / 2, refused + " of " + files);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
