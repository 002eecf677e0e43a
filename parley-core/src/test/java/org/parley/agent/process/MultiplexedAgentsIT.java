package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agent.AgentRegistry;
import org.parley.preference.Scenario;
import org.parley.preference.SyntheticScenarios;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.tournament.Entrant;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.TournamentRunner;
import org.parley.tournament.TournamentSettings;

/**
 * Agent processes that serve several sessions at once (protocol 2) in tournaments, with the repository's Python kit
 * and its faulty test agent: the kit's agents play every session exactly as through protocol 1 and as the Java agents
 * they reproduce, while one process really holds several sessions at once; a fault of the process (it exits, hangs,
 * writes garbage) costs every session it holds, each recorded against the agent with the cause; a fault of one
 * session's answer (the agent raised, or answered with something that is not an action) costs that session only;
 * every session without a bad agent is the same as in a run without them; nothing is left running.
 */
@Tag("slow")
class MultiplexedAgentsIT {

    private static final List<Scenario> SCENARIOS = List.of(scenario("a", 1), scenario("b", 2));

    private static Scenario scenario(String name, long seed) {
        Scenario s = SyntheticScenarios.randomAdditive(3, 5, 2, 0.1, seed);
        return new Scenario(name, s.domain(), s.profiles());
    }

    private static TournamentRunner runner(double budget, int repetitions, String... entrants) {
        List<Entrant> es = new ArrayList<>();
        for (String e : entrants) {
            int eq = e.indexOf('=');
            es.add(eq < 0 ? Entrant.of(e) : new Entrant(e.substring(0, eq), e.substring(eq + 1)));
        }
        TournamentSettings s = new TournamentSettings(3, Deadline.rounds(180), repetitions,
                TournamentSettings.Roles.ALL, 2, false, budget, es);
        return new TournamentRunner(s, SCENARIOS, AgentRegistry.builtIns(), SessionFactory.standard());
    }

    private static Map<Integer, SessionRecord> run(TournamentRunner runner, int threads) throws InterruptedException {
        Map<Integer, SessionRecord> out = new ConcurrentHashMap<>();
        runner.run(threads, new BitSet(), r -> assertNull(out.put(r.id(), r), "session " + r.id()
                + " recorded twice"));
        assertEquals(runner.plan().size(), out.size());
        return new TreeMap<>(out);
    }

    /** Every field of a record but its id and run time. */
    private static String fields(SessionRecord r) {
        return r.scenario() + r.repetition() + "|" + r.seed() + r.agents() + r.profiles() + r.deadline() + r.endedBy()
                + r.agreement() + r.round() + "|" + r.time() + "|" + r.actions() + Arrays.toString(r.utilities())
                + Arrays.toString(r.discountedUtilities()) + r.welfare() + "|" + r.distPareto() + "|" + r.distNash()
                + r.genius() + r.error() + r.errorAgent();
    }

    private static String key(SessionRecord r) {
        return r.scenario() + " " + r.agents() + " " + r.profiles() + " " + r.repetition();
    }

    private static String kit(String preset, String tag, int sessions) {
        return Scripts.kit(preset, tag) + " --sessions " + sessions;
    }

    private static String process(String name, String cmd) {
        return name + "=process(cmd='" + cmd.replace("\\", "\\\\").replace("'", "\\'") + "', name=" + name + ")";
    }

    @Test
    @Timeout(600)
    void theKitPlaysThroughProtocol2AsThroughProtocol1AndAsJava(@TempDir Path tmp) throws Exception {
        String tag = Scripts.tag();
        // every process of the protocol-2 run records what parley wrote to it, in a file of its own
        Path recorded = Files.createDirectories(tmp.resolve("in"));
        String teeing = "tee " + recorded + "/$$.jsonl | ";
        TournamentRunner v2 = runner(10, 3, process("boulware-py", teeing + kit("boulware", tag, 64)),
                process("conceder-py", teeing + kit("conceder", tag, 64)), "linear");
        TournamentRunner v1 = runner(10, 3, process("boulware-py", kit("boulware", tag, 1)),
                process("conceder-py", kit("conceder", tag, 1)), "linear");
        TournamentRunner java = runner(10, 3, "boulware-py=boulware", "conceder-py=conceder", "linear");
        assertTrue(v2.stepping() && v1.stepping() && !java.stepping());
        Map<Integer, SessionRecord> expected = run(java, 2);
        for (Map<Integer, SessionRecord> got : List.of(run(v2, 2), run(v1, 2), run(v2, 1))) {
            for (int id : expected.keySet()) {
                assertEquals(fields(expected.get(id)), fields(got.get(id)), "session " + id);
                assertNull(got.get(id).error());
            }
        }
        // protocol 2 it was, with several sessions open at once in one process
        int most = 0;
        try (var files = Files.list(recorded)) {
            for (Path f : files.toList()) {
                Set<Long> open = new HashSet<>();
                for (String line : Files.readAllLines(f)) {
                    Matcher m = Pattern.compile("^\\{\"id\":(\\d+),\"type\":\"(start|end)\"").matcher(line);
                    if (m.find()) {
                        long id = Long.parseLong(m.group(1));
                        if (m.group(2).equals("start")) {
                            open.add(id);
                        } else {
                            open.remove(id);
                        }
                        most = Math.max(most, open.size());
                    }
                }
            }
        }
        assertTrue(most >= 8, "one process held " + most + " sessions at once at most");
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5), "no agent process left");
    }

    @Test
    @Timeout(600)
    void aFaultOfTheProcessCostsTheSessionsItHoldsAndAFaultOfOneAnswerItsSessionOnly() throws Exception {
        String tag = Scripts.tag();
        String good = process("boulware-py", kit("boulware", tag, 64));
        Map<String, String> causes = new HashMap<>();
        List<String> bad = new ArrayList<>();
        String[][] modes = {
            // a fault of the process: the end of its log (shared by its sessions) may follow
            {"quitter", "exit", "exited with code 0 in (chooseAction|init)(; its log ends: .*)?"},
            {"sleeper", "sleep", "did not answer within its time budget of 1\\.000 s \\(killed with its process "
                    + "group\\) in (chooseAction|init)(; its log ends: .*)?"},
            {"garbler", "garbage", "wrote a line that is not JSON \\(1:1: unexpected character 'g'\\): 'garbage, not "
                    + "json' in (chooseAction|init)(; its log ends: .*)?"},
            {"crasher", "crash", "reported an error in chooseAction; its message: RuntimeError: crashed on purpose in "
                    + "session \\d+"},
            {"badreply", "badreply", "answered act with an offer or accept whose outcome is not a list of value "
                    + "indices: '\\{\"id\":\\d+,\"type\":\"offer\",\"outcome\":\"the best one\"\\}' in chooseAction"}};
        for (String[] m : modes) {
            int from = m[1].equals("crash") ? 3 : 1;
            bad.add(process(m[0], Scripts.faulty(m[1], from, tag) + " --sessions 8"));
            causes.put(m[0], m[2]);
        }
        List<String> entrants = new ArrayList<>(List.of(good, "conceder", "linear"));
        Map<String, String> expected = new HashMap<>();
        for (SessionRecord r : run(runner(1, 2, entrants.toArray(String[]::new)), 2).values()) {
            expected.put(key(r), fields(r));
        }
        entrants.addAll(bad);
        TournamentRunner mixed = runner(1, 2, entrants.toArray(String[]::new));
        assertTrue(mixed.stepping());
        Map<String, Integer> errors = new TreeMap<>();
        int crasherAloneClean = 0;
        for (SessionRecord r : run(mixed, 2).values()) {
            List<String> bads = r.agents().stream().filter(causes::containsKey).toList();
            if (bads.isEmpty()) {
                assertEquals(expected.get(key(r)), fields(r), "the same session without the bad agents: " + r);
                continue;
            }
            if (r.error() == null) {
                // only the crasher's first two sessions in a process pass (it raises from its third on)
                assertEquals(List.of("crasher"), bads, r.toString());
                crasherAloneClean++;
                continue;
            }
            String who = r.errorAgent();
            assertTrue(bads.contains(who), r.toString());
            String prefix = "agent " + who + " (party " + (r.agents().indexOf(who) + 1) + ") ";
            assertTrue(r.error().startsWith(prefix), r.error());
            String rest = r.error().substring(prefix.length());
            assertTrue(rest.matches(causes.get(who)), "'" + rest + "' should match '" + causes.get(who) + "'");
            errors.merge(who, 1, Integer::sum);
        }
        assertEquals(causes.keySet(), errors.keySet(), "every bad agent broke sessions: " + errors);
        assertTrue(crasherAloneClean >= 2, "the crasher's first sessions are clean: " + crasherAloneClean);
        assertEquals(List.of(), Scripts.awaitNoneTagged(tag, 5), "no agent process left");
    }
}
