package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandIT {

    private static final String PEACE = "../examples/peace-talks-2025/case.yaml";
    private static final String LABOUR = "../examples/labour-2026/case.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws IOException {
        CliRunner.Run r = CliRunner.run(args);
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void compareJsonKeysAsNamedInTheIssue() throws IOException {
        JsonNode j = json("case", "compare", PEACE, "--json");
        assertEquals("no agreement zone: completely contradictory on ceasefire and territory",
                j.get("verdict").asText());
        JsonNode first = j.get("issues").get(0);
        assertEquals("ceasefire", first.get("issue").asText());
        assertEquals("conflicting", first.get("status").asText());
        assertEquals(1.0 / 3, first.get("distance").asDouble(), 1e-12);
        assertTrue(j.get("issues").get(6).get("distance").isNull());
        assertEquals("one-side-only", j.get("issues").get(6).get("status").asText());
        assertTrue(j.get("agreementZone").get("empty").asBoolean());
        assertEquals(0, j.get("agreementZone").get("outcomes").asInt());
        assertEquals(0.124, j.get("utilityOfOther").get("ukraine").asDouble(), 1e-9);
        assertEquals(0.115, j.get("utilityOfOther").get("russia").asDouble(), 1e-9);
    }

    @Test
    void compareMarkdownAndHtml() throws IOException {
        Path html = dir.resolve("compare.html");
        CliRunner.Run r = CliRunner.run("case", "compare", LABOUR, "--html", html.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("**Verdict:** agreement zone of 152 packages (of 234 within the red lines)"));
        assertTrue(r.out().contains("| wage | conflicting | 0.333 | 5 | 3 |"), r.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertEquals(2, page.split("data:image/png;base64,").length - 1);
    }

    @Test
    void proposeJson() throws IOException {
        JsonNode j = json("case", "propose", LABOUR, "--json");
        JsonNode nash = j.get("packages").get(0);
        assertEquals("nash", nash.get("method").asText());
        assertEquals("3.5", nash.get("content").get("wage").asText());
        assertEquals(0.5725, nash.get("utilities").get("union").asDouble(), 1e-9);
        assertEquals(List.of("pension", "wage", "hours", "term"),
                JSON.convertValue(j.get("logrolling").get("order"), List.class));
        assertEquals("wage", j.get("adjustedWinner").get("split").asText());
        assertEquals(3, j.get("improvements").size());
        assertEquals(2, j.get("whatItTakes").size());
    }

    /**
     * crossesRedLines was always empty: in the peace case every package holds territory=line-of-contact (the status
     * quo of the issue the red lines deadlock), which is on Russia's red line.
     */
    @Test
    void proposeFlagsTheRedLineEveryPeacePackageCrosses() throws IOException {
        JsonNode j = json("case", "propose", PEACE, "--json");
        List<JsonNode> all = new java.util.ArrayList<>();
        j.get("packages").forEach(all::add);
        j.get("logrolling").get("steps").forEach(all::add);
        all.add(j.get("adjustedWinner").get("package"));
        all.add(j.get("baseline"));
        j.get("improvements").forEach(all::add);
        assertEquals(13, all.size());
        for (JsonNode p : all) {
            assertEquals("line-of-contact", p.get("content").get("territory").asText());
            assertTrue(JSON.convertValue(p.get("crossesRedLines"), List.class).contains(
                    "russia: territory=line-of-contact"), p.toString());
            assertFalse(p.get("inZone").asBoolean());
        }
        CliRunner.Run md = CliRunner.run("case", "propose", PEACE);
        assertTrue(md.out().contains("(below reservation: russia; crosses red lines: russia: "
                + "territory=line-of-contact) |"), md.out());
    }

    /**
     * As a new user ran it: the Kalai–Smorodinsky package was (0.560, 0.597), dominated by the Nash package (0.5725,
     * 0.597), because 0.5966666666666668 beat 0.5966666666666667. Scores within 1e-9 tie and go to the larger
     * welfare, so KS and egalitarian are the Nash package, and no bargaining package is dominated by another.
     */
    @Test
    void proposeLabourKalaiSmorodinskyIsNotDominatedByNash() throws IOException {
        JsonNode packages = json("case", "propose", LABOUR, "--json").get("packages");
        JsonNode ks = null;
        for (JsonNode p : packages) {
            if (p.get("method").asText().equals("kalaiSmorodinsky")) {
                ks = p;
            }
        }
        assertEquals(0.5725, ks.get("utilities").get("union").asDouble(), 1e-9);
        assertEquals(0.4 * 2.5 / 6 + 0.43, ks.get("utilities").get("employer").asDouble(), 1e-9);
        assertEquals("3.5", ks.get("content").get("wage").asText());
        assertEquals("40h", ks.get("content").get("hours").asText());
        for (JsonNode p : packages) {
            for (JsonNode q : packages) {
                double pu = p.get("utilities").get("union").asDouble();
                double pe = p.get("utilities").get("employer").asDouble();
                double qu = q.get("utilities").get("union").asDouble();
                double qe = q.get("utilities").get("employer").asDouble();
                boolean dominated = qu >= pu - 1e-9 && qe >= pe - 1e-9 && (qu > pu + 1e-9 || qe > pe + 1e-9);
                assertFalse(dominated, p.get("method").asText() + " is dominated by " + q.get("method").asText());
            }
        }
    }

    @Test
    void ledgerOfTheSixThousandForSixThousandExchange() throws IOException {
        JsonNode c3 = json("case", "ledger", PEACE, "--json").get("commitments").get(2);
        assertEquals("6,000 for 6,000", c3.get("text").asText());
        assertEquals(2412, c3.get("delivered").get("russia").asInt());
        assertEquals(27, c3.get("delivered").get("ukraine").asInt());
        assertEquals(2385, c3.get("balance").asInt());
        assertTrue(c3.get("flags").get(0).asText().endsWith("russia delivered 1,212 against 27 from ukraine"));
        // T3 reported no count for ukraine: listed, never added as 0
        assertEquals("[]", c3.get("unreported").get("russia").toString());
        assertEquals("[\"T3 (2025-06-13)\"]", c3.get("unreported").get("ukraine").toString());
        assertTrue(c3.get("compliance").isNull());
        // C1's only tranche reported no count for either side: no figure, not 0
        JsonNode c1 = json("case", "ledger", PEACE, "--json").get("commitments").get(0);
        assertTrue(c1.get("delivered").get("russia").isNull(), c1.toString());
        assertTrue(c1.get("delivered").get("ukraine").isNull(), c1.toString());
        assertTrue(c1.get("balance").isNull(), c1.toString());
        CliRunner.Run peace = CliRunner.run("case", "ledger", PEACE);
        assertTrue(peace.out().contains("| C1 | all for all (seriously wounded and seriously ill) | all-for-all | "
                + "russia open / ukraine open | russia not reported / ukraine not reported | – | – |"), peace.out());
        assertTrue(peace.out().contains("| russia 2,412 / ukraine 27 + not reported in T3 | 2,385 |"), peace.out());
        CliRunner.Run md = CliRunner.run("case", "ledger", LABOUR);
        assertTrue(md.out().contains("overdue: planned by 2026-03-31: 600; delivered by then employer 450"),
                md.out());
    }

    @Test
    void recordAppendsAndTheLedgerSeesIt() throws IOException {
        Path copy = dir.resolve("case.yaml");
        Files.copy(Path.of(PEACE), copy);
        String before = Files.readString(copy);
        CliRunner.Run r = CliRunner.run("case", "record", copy.toString(), "--commitment", "C3", "--date",
                "2025-06-16", "--delivered", "russia=1200", "--delivered", "ukraine=51", "--source", "test",
                "--by", "tester", "--recorded-at", "2025-06-17T10:00:00Z");
        assertEquals(0, r.exit(), r.err());
        assertEquals("recorded tranche T4 for C3 on 2025-06-16 in " + copy + "\n", r.out());
        String after = Files.readString(copy);
        assertTrue(after.startsWith(before));
        assertTrue(after.endsWith("    recordedBy: \"tester\"\n    recordedAt: \"2025-06-17T10:00:00Z\"\n"));
        JsonNode c3 = json("case", "ledger", copy.toString(), "--json").get("commitments").get(2);
        assertEquals(3612, c3.get("delivered").get("russia").asInt());
        assertEquals(78, c3.get("delivered").get("ukraine").asInt());
    }

    @Test
    void simulateRuns() throws IOException {
        JsonNode j = json("case", "simulate", LABOUR, "--agents", "conceder", "conceder", "--rounds", "50", "--json");
        assertFalse(j.get("agreement").isNull());
        assertEquals(2, j.get("discountFactors").size());
        assertEquals(Math.exp(-6 * 2.1e6 / 6e7), j.get("discountFactors").get(0).asDouble(), 1e-12);
        CliRunner.Run md = CliRunner.run("case", "simulate", PEACE, "--agents", "boulware", "conceder");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("red lines leave no option on territory: left unresolved at the status quo"));
    }

    /**
     * The JSON said {@code belowReservation} while the text hid it. GENIUS's party agents ignore reservation values
     * and agree below them; the text says so, and by default every party gets an agent that respects them.
     */
    @Test
    void simulateShowsAnAgreementBelowAReservationLevelAndDefaultsToAgentsThatRespectThem() throws IOException {
        String[] party = {"case", "simulate", PEACE, "--agents", "boulware-party", "conceder-party"};
        JsonNode j = json(concat(party, "--json"));
        JsonNode below = j.get("agreement").get("belowReservation");
        assertTrue(below.size() > 0, j.toString());
        CliRunner.Run md = CliRunner.run(party);
        assertEquals(0, md.exit(), md.err());
        for (JsonNode p : below) {
            assertTrue(md.out().contains("- " + p.asText() + ": "), md.out());
        }
        assertTrue(md.out().contains("**below its reservation level "), md.out());
        assertTrue(md.out().contains("**Below reservation:** the agreement leaves "), md.out());
        assertTrue(md.out().contains("- ukraine's agent boulware-party ignores reservation values (as in GENIUS)"),
                md.out());
        assertTrue(md.out().contains("- russia's agent conceder-party ignores reservation values (as in GENIUS)"),
                md.out());

        JsonNode byDefault = json("case", "simulate", PEACE, "--json");
        assertEquals("[\"boulware\",\"boulware\"]", byDefault.get("agents").toString());
        assertTrue(byDefault.get("agreement").isNull() || byDefault.get("agreement").get("belowReservation")
                .isEmpty(), byDefault.toString());
        JsonNode labour = json("case", "simulate", LABOUR, "--json");
        assertFalse(labour.get("agreement").isNull(), labour.toString());
        assertEquals("[]", labour.get("agreement").get("belowReservation").toString());
        CliRunner.Run three = CliRunner.run("case", "simulate", PEACE, "--agents", "boulware");
        assertEquals(2, three.exit());
        assertEquals("parley: --agents names 1 agent (boulware) for 2 parties; give one agent per party, in party "
                + "order\n",
                three.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(PEACE)).replace("{ceasefire: full-unconditional}",
                "{ceasefire: full-ceasefire}"));
        byte[] bytes = Files.readAllBytes(bad);
        CliRunner.Run r = CliRunner.run("case", "compare", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("parley: " + bad + ":"), r.err());
        assertTrue(r.err().contains(": issue 'ceasefire' has no option 'full-ceasefire'"), r.err());
        assertEquals(1, r.err().strip().split("\n").length);
        CliRunner.Run rec = CliRunner.run("case", "record", bad.toString(), "--commitment", "C3", "--date",
                "2025-06-16", "--delivered", "russia=1", "--source", "s", "--by", "b");
        assertEquals(2, rec.exit());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(bad)));
    }

    /** {@code case record FILE --commitment C3} with {@code more}, and a date and source unless given there. */
    private CliRunner.Run record(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("case", "record", file.toString(), "--commitment", "C3",
                "--by", "tester", "--recorded-at", "2025-06-17T10:00:00Z"));
        args.addAll(List.of(more));
        if (!args.contains("--date")) {
            args.addAll(List.of("--date", "2025-06-16"));
        }
        if (!args.contains("--source")) {
            args.addAll(List.of("--source", "test"));
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    private Path peaceCopy() throws IOException {
        Path copy = dir.resolve("case.yaml");
        Files.copy(Path.of(PEACE), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /**
     * README's {@code --delivered ukraine=~} reached parley as {@code ukraine=/root} once bash had expanded it. The
     * spelling that survives a shell is {@code unreported}; a quoted {@code ~} still works; an expanded one says what
     * happened.
     */
    @Test
    void recordSpellsANotReportedCountAsUnreported() throws IOException {
        Path copy = peaceCopy();
        CliRunner.Run r = record(copy, "--delivered", "russia=1200", "--delivered", "ukraine=unreported");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(copy).contains("delivered: {\"russia\": 1200, \"ukraine\": ~}"));
        assertEquals(0, record(copy, "--date", "2025-06-17", "--delivered", "russia=5", "--delivered", "ukraine=~")
                .exit());
        CliRunner.Run home = record(copy, "--delivered", "russia=1", "--delivered", "ukraine=/root");
        assertEquals(2, home.exit());
        assertEquals("parley: --delivered ukraine=/root: the count must be a whole number from 0 to "
                + "1,000,000,000,000, or unreported (an unquoted ~ was turned into a folder by the shell: write "
                + "unreported)\n", home.err());
        CliRunner.Run help = CliRunner.run("case", "record", "--help");
        assertTrue(help.out().contains("--delivered russia=1200 'ukraine=unreported'"), help.out());
        assertFalse(help.out().contains("=~ "), help.out());
    }

    /** {@code --delivered russia=1 --delivered russia=2} kept the last; {@code --source ''} was accepted. */
    @Test
    void recordRefusesASideTwiceAnEmptySourceAndCountsOutOfRange() throws IOException {
        Path copy = peaceCopy();
        byte[] before = Files.readAllBytes(copy);
        CliRunner.Run twice = record(copy, "--delivered", "russia=1", "--delivered", "russia=2");
        assertEquals(2, twice.exit());
        assertEquals("parley: --delivered names russia twice; give each side once\n", twice.err());
        CliRunner.Run empty = record(copy, "--delivered", "russia=1", "--source", "");
        assertEquals(2, empty.exit());
        assertEquals("parley: --source is empty; say where the figures come from\n", empty.err());
        CliRunner.Run big = record(copy, "--delivered", "russia=99999999999999999999999");
        assertEquals(2, big.exit());
        assertEquals("parley: --delivered russia=99999999999999999999999: 99999999999999999999999 is more than the "
                + "largest count, 1,000,000,000,000\n", big.err());
        CliRunner.Run minus = record(copy, "--delivered", "russia=-1");
        assertEquals(2, minus.exit());
        assertTrue(Arrays.equals(before, Files.readAllBytes(copy)));
    }

    /** A bad date printed "cannot convert ... (java.time.format.DateTimeParseException: Text ... could not ...)". */
    @Test
    void aBadDateIsOneClearLine() {
        for (String[] args : List.of(new String[] {"case", "record", PEACE, "--commitment", "C3", "--date",
            "2025-13-01", "--delivered", "russia=1", "--source", "s", "--by", "b"},
            new String[] {"case", "ledger", PEACE, "--at", "2025-06-31"},
            new String[] {"case", "compare", PEACE, "--at", "June"})) {
            CliRunner.Run r = CliRunner.run(args);
            assertEquals(2, r.exit());
            String value = args[java.util.Arrays.asList(args).indexOf(args[0].equals("case") && args[1].equals("record")
                    ? "--date" : "--at") + 1];
            assertTrue(r.err().startsWith("parley: Invalid value for option '" + (args[1].equals("record") ? "--date"
                    : "--at") + "': '" + value + "' is not a date; write YYYY-MM-DD, e.g. 2025-06-16\n"), r.err());
            assertFalse(r.err().contains("java."), r.err());
        }
    }

    /** The same tranche recorded twice was accepted silently; now it is refused unless --force, and it says so. */
    @Test
    void aRepeatedTrancheNeedsForce() throws IOException {
        Path copy = peaceCopy();
        assertEquals(0, record(copy, "--delivered", "russia=1200", "--delivered", "ukraine=unreported").exit());
        byte[] once = Files.readAllBytes(copy);
        CliRunner.Run again = record(copy, "--delivered", "russia=1200", "--delivered", "ukraine=unreported");
        assertEquals(2, again.exit());
        assertEquals("parley: " + copy + ": tranche T4 already records C3 on 2025-06-16: russia 1,200, ukraine not "
                + "reported; nothing was written; give --force to record it again\n", again.err());
        assertTrue(Arrays.equals(once, Files.readAllBytes(copy)));
        CliRunner.Run forced = record(copy, "--delivered", "russia=1200", "--delivered", "ukraine=unreported",
                "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals("recorded tranche T5 for C3 on 2025-06-16 in " + copy + "\n", forced.out());
    }

    /** An unknown side cited line 289 of the text not yet written; the error names the file as it is. */
    @Test
    void recordErrorsCiteTheFileAsItIs() throws IOException {
        Path copy = peaceCopy();
        CliRunner.Run r = record(copy, "--delivered", "russsia=1");
        assertEquals(2, r.exit());
        assertEquals("parley: " + copy + ": 'russsia' is not a side of commitment C3 (russia, ukraine); did you mean "
                + "'russia'?\n", r.err());
    }

    /**
     * Two records on the same file at once, from separate processes through the real command: each answered "recorded
     * tranche T4" and one was lost. Now every one lands under its own number.
     */
    @Test
    @Tag("slow")
    void recordsFromConcurrentProcessesAllLand() throws Exception {
        Path copy = peaceCopy();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int n = 5;
        List<Process> ps = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            ps.add(new ProcessBuilder(javaBin, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "case", "record", copy.toString(),
                    "--commitment", "C3", "--date", "2025-06-2" + k, "--delivered", "russia=" + (100 + k),
                    "--source", "process " + k, "--by", "p" + k).redirectErrorStream(true).start());
        }
        java.util.Set<String> answers = new java.util.TreeSet<>();
        for (Process p : ps) {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.startsWith("recorded tranche T"), out);
            answers.add(out.substring("recorded tranche ".length(), out.indexOf(" for ")));
        }
        assertEquals(java.util.Set.of("T4", "T5", "T6", "T7", "T8"), answers);
        JsonNode c3 = json("case", "ledger", copy.toString(), "--json").get("commitments").get(2);
        assertEquals(2 + n, c3.get("tranches").size());
    }
}
