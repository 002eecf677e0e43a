package org.parley.formats.negmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/**
 * NegMAS → parley → NegMAS on the shipped examples: the folder parley writes holds, for every outcome and party, the
 * same utility (1e-12) as the folder it read, the same reserved values (a missing one becomes 0, as noted) and the
 * same discount; examples already in parley's form come back byte for byte.
 */
class NegmasRoundTripTest {

    private static final double EPS = 1e-12;

    @Test
    void everyExampleKeepsEveryUtility(@TempDir Path tmp) {
        long outcomes = 0;
        for (String name : NegmasExamples.ALL) {
            NegmasFolder.Read first = NegmasFolder.read(NegmasExamples.dir(name));
            Path out = tmp.resolve(name);
            NegmasFolder.Written w = NegmasFolder.write(first.scenario(), out);
            assertEquals(first.scenario().profiles().size() + 1, w.files().size());
            NegmasFolder.Read second = NegmasFolder.read(out);
            Domain d1 = first.scenario().domain();
            Domain d2 = second.scenario().domain();
            assertEquals(d1.issueCount(), d2.issueCount());
            for (int i = 0; i < d1.issueCount(); i++) {
                assertEquals(d1.issue(i).name(), d2.issue(i).name());
                assertEquals(d1.issue(i).size(), d2.issue(i).size());
            }
            int parties = first.negmas().ufuns().size();
            assertEquals(parties, second.negmas().ufuns().size());
            long[] n = {0};
            d1.outcomeSpace().forEach(o -> {
                List<Object> x1 = NegmasFolder.outcome(first.negmas(), d1, o);
                List<Object> x2 = NegmasFolder.outcome(second.negmas(), d2, o);
                for (int p = 0; p < parties; p++) {
                    double original = first.negmas().ufuns().get(p).utility(x1);
                    assertEquals(original, second.negmas().ufuns().get(p).utility(x2), EPS, name + " " + d1.format(o));
                    assertEquals(original, second.scenario().profiles().get(p).utility(o), EPS);
                }
                n[0]++;
            });
            outcomes += n[0];
            for (int p = 0; p < parties; p++) {
                NegmasUfun a = first.negmas().ufuns().get(p);
                NegmasUfun b = second.negmas().ufuns().get(p);
                assertEquals(a.name(), b.name());
                double expected = a.reservedValue() == Double.NEGATIVE_INFINITY ? 0.0 : a.reservedValue();
                assertEquals(expected, b.reservedValue(), 0.0, name + " " + a.name());
                assertEquals(a.discount() == null ? null : a.discount().discount(),
                        b.discount() == null ? null : b.discount().discount());
            }
        }
        assertEquals(272, outcomes);
    }

    @Test
    void examplesInParleysFormComeBackByteForByte() throws IOException {
        for (String name : List.of("Catering", "Pie7")) {
            Path dir = NegmasExamples.dir(name);
            NegmasFolder.Read r = NegmasFolder.read(dir);
            List<String> warnings = new ArrayList<>();
            Map<String, String> files = NegmasFolder.toFiles(NegmasFolder.fromParley(r.scenario(), warnings), warnings);
            assertEquals(List.of(), warnings);
            for (Map.Entry<String, String> e : files.entrySet()) {
                assertEquals(Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8), e.getValue(),
                        name + "/" + e.getKey());
            }
            try (var list = Files.list(dir)) {
                assertEquals(files.size(), list.count(), name);
            }
        }
    }

    @Test
    void partyOrderSurvivesNamesThatWouldSortOtherwise(@TempDir Path tmp) {
        Scenario s = NegmasFolder.read(NegmasExamples.dir("Catering")).scenario();
        List<Profile> swapped = List.of(rename(s.profiles().get(1), "zeta"), rename(s.profiles().get(0), "alpha"));
        Scenario reordered = new Scenario("Catering", s.domain(), swapped);
        NegmasFolder.Written w = NegmasFolder.write(reordered, tmp.resolve("c"));
        assertEquals(List.of("Catering.yml", "1-zeta.yml", "2-alpha.yml"),
                w.files().stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(w.warnings().get(0).contains("orders parties by file name"), w.warnings().toString());
        Scenario back = NegmasFolder.read(tmp.resolve("c")).scenario();
        assertEquals(List.of("zeta", "alpha"), back.profiles().stream().map(Profile::name).toList());
    }

    private static Profile rename(Profile p, String name) {
        return new Profile(name, p.utility(), p.reservationValue(), p.discountFactor());
    }
}
