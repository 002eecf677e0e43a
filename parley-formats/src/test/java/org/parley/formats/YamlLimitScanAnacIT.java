package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.formats.genius.AnacCorpus;
import org.parley.formats.genius.GeniusCorpus;
import org.parley.formats.yaml.ParleyYaml;
import org.parley.preference.Scenario;
import org.parley.util.SizeLimit;

/**
 * {@link YamlLimitScan} against the YAML reader on every ANAC scenario written as parley YAML (as {@code convert}
 * writes it), with the limits lowered to 6 values and 3 issues so that most are over them: whenever the scan refuses
 * a file, the reader refuses it with the same message, and the scan refuses most of them.
 */
class YamlLimitScanAnacIT {

    @Test
    void theScanRefusesAsTheReaderDoesOnTheAnacScenariosInYaml() {
        List<byte[]> texts = new ArrayList<>();
        for (GeniusCorpus.Loaded l : AnacCorpus.get().scenarios()) {
            if (!l.profiles().isEmpty()) {
                Scenario s = new Scenario(l.domain().domain().name(), l.profiles().get(0).domain(), l.profiles());
                texts.add(ParleyYaml.toString(s).getBytes(StandardCharsets.UTF_8));
            }
        }
        String values = System.getProperty(SizeLimit.VALUES.property());
        String issues = System.getProperty(SizeLimit.ISSUES.property());
        System.setProperty(SizeLimit.VALUES.property(), "6");
        System.setProperty(SizeLimit.ISSUES.property(), "3");
        int refused = 0;
        try {
            for (int i = 0; i < texts.size(); i++) {
                refused += YamlLimitScanTest.compare("ANAC scenario " + i, texts.get(i));
            }
        } finally {
            restore(SizeLimit.VALUES.property(), values);
            restore(SizeLimit.ISSUES.property(), issues);
        }
        assertTrue(texts.size() > 50 && refused > texts.size() / 2, refused + " of " + texts.size());
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
