package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.ResultsJson;
import org.parley.tournament.SessionRecord;

/**
 * Issue 13: an agent that called {@code System.exit} or {@code Runtime.halt} ended the tournament with nothing
 * recorded, and {@code --resume} replayed the same session and died again, for ever. With the start journal, the
 * resumed tournament finishes: every session is recorded once, and those of the agent that ended the process are
 * errors naming it. Each run is a child JVM; the timeout only guards against a hang.
 */
@Tag("slow")
class AgentEndsTheProcessIT {

    @TempDir
    Path tmp;

    /** Runs the tournament until a run ends normally; returns every run's exit code. */
    private List<Integer> runUntilFinished(String agents, Path out) throws IOException, InterruptedException {
        Path file = tmp.resolve("t.yaml");
        Files.writeString(file, "parley-tournament: 1\nname: ending\ndeadline: {rounds: 20}\nagents: [" + agents
                + "]\nscenarios: [" + Inputs.EXAMPLES.resolve("coffee.yaml").toAbsolutePath() + "]\n");
        List<Integer> codes = new ArrayList<>();
        for (int run = 0; run < 12; run++) {
            Path log = tmp.resolve("run" + run + ".log");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ProcessEndingTournament.class.getName(),
                    file.toString(), out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES), "run " + run + " hung");
            codes.add(child.exitValue());
            if (child.exitValue() == 0) {
                return codes;
            }
            assertTrue(child.exitValue() == 42 || child.exitValue() == 43, "run " + run + " ended with "
                    + child.exitValue() + ": " + Files.readString(log));
        }
        throw new AssertionError("the tournament never finished: " + codes);
    }

    private static TreeMap<Integer, SessionRecord> records(Path out) {
        TreeMap<Integer, SessionRecord> byId = new TreeMap<>();
        ResultsJson.Scan scan = ResultsJson.read(out.resolve(ResultStore.RESULTS), r -> {
            if (byId.put(r.id(), r) != null) {
                throw new AssertionError("session " + r.id() + " recorded twice");
            }
        });
        assertTrue(scan.badLines().isEmpty() && !scan.damagedTail(), scan.toString());
        return byId;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void anAgentCallingSystemExitIsNamedAndTheTournamentFinishes() throws Exception {
        Path out = tmp.resolve("exit");
        List<Integer> codes = runUntilFinished("boulware, conceder, test-exit", out);
        assertEquals(42, codes.get(0));
        assertEquals(2, codes.size(), "one restart: the journal names the agent, whose sessions are then skipped");
        TreeMap<Integer, SessionRecord> byId = records(out);
        assertEquals(12, byId.size(), "every session of 3 agents × 2 profiles × 2 orderings, once");
        int blamed = 0;
        for (SessionRecord r : byId.values()) {
            if (r.agents().contains("test-exit")) {
                assertEquals("test-exit", r.errorAgent(), r.toString());
                assertTrue(r.error().contains("System.exit"), r.error());
                blamed++;
            } else {
                assertEquals(null, r.error(), r.toString());
            }
        }
        assertEquals(8, blamed);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aSessionEndedByRuntimeHaltIsRunAloneThenRecordedAsAnError() throws Exception {
        Path out = tmp.resolve("halt");
        List<Integer> codes = runUntilFinished("boulware, test-halt", out);
        assertEquals(0, (int) codes.get(codes.size() - 1));
        TreeMap<Integer, SessionRecord> byId = records(out);
        assertEquals(4, byId.size());
        for (SessionRecord r : byId.values()) {
            assertTrue(r.error() != null && r.error().contains("Runtime.halt"), r.toString());
            assertTrue(r.error().contains("test-halt (party"), r.error());
        }
    }
}
