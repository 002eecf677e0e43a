package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.AgentRegistry;
import org.parley.agent.SortedOutcomes;
import org.parley.agent.champions.Champions;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SessionResult;
import org.parley.protocol.snt.TextVoter;

/**
 * Every ANAC champion against every other built-in agent (the time-dependent family, tit-for-tat, random, MiCRO, the
 * BOA presets, a BOA spec, {@code boulware?genius} and the champions themselves) in both seats, and every
 * champion's {@code ?genius} variant against
 * Boulware and itself, on ten two-party ANAC 2012 scenarios from 3 to 390,625 outcomes, 180 rounds: no session ends
 * in an error and every session is deterministic (run twice with the same seed, same result). Slow (minutes on two
 * cores): an integration test.
 */
@Tag("slow")
class ChampionsRoundRobinIT {

    private static final AgentRegistry AGENTS = AgentRegistry.builtIns();

    /**
     * Every other built-in alternating-offers agent, read from the registry (so a new one is played too): the
     * time-dependent family, tit-for-tat, random, MiCRO, the BOA presets, plus a BOA spec of its own and
     * {@code boulware?genius}; not the single-text voters, which only vote.
     */
    private static final List<String> OTHERS = others();

    private static List<String> others() {
        List<String> out = new ArrayList<>();
        for (String n : AGENTS.names()) {
            if (!n.equals("boa") && !n.equals("process") && !Champions.names().contains(n)
                    && !(AGENTS.factory(n).create() instanceof TextVoter)) {
                out.add(n);
            }
        }
        out.add("boa(offer=td(e=0.5),model=none,accept=gap(c=0.02))");
        out.add("boulware?genius");
        return List.copyOf(out);
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({
        "NiceOrDie, A, 3",
        "FiftyFifty, B, 11",
        "Laptop, C, 27",
        "RentalHouse, A, 60",
        "ItexvsCypress, B, 180",
        "EnglandvsZimbabwe, C, 576",
        "Grocery, A, 1600",
        "Camera, B, 3600",
        "Car, C, 15625",
        "Energy, A, 390625",
    })
    void everyChampionAgainstEveryAgentIsErrorFreeAndDeterministic(String name, String variant, int outcomes) {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                .resolve("anac/anac__y2012__" + name);
        String base = name + "-" + variant;
        Scenario s = Scenarios.load(List.of(dir.resolve(base + "-domain.xml"), dir.resolve(base + "-prof1.xml"),
                dir.resolve(base + "-prof2.xml")));
        List<Profile> profiles = s.profiles();
        assertEquals(outcomes, SortedOutcomes.sort(profiles.get(0)).size());
        assertTrue(OTHERS.containsAll(List.of("boulware", "conceder-party", "tit-for-tat", "random", "micro",
                "boa-mac")), OTHERS::toString);
        RunContext run = new RunContext();
        RunContext rerun = new RunContext();
        List<String> champions = new ArrayList<>();
        Champions.names().forEach(champions::add);
        List<String[]> pairs = new ArrayList<>();
        for (String c : champions) {
            for (String o : OTHERS) {
                pairs.add(new String[] {c, o});
                pairs.add(new String[] {o, c});
            }
            for (String o : champions) {
                pairs.add(new String[] {c, o});
            }
            if (!c.equals("ponpoko")) {
                pairs.add(new String[] {c + "?genius", "boulware"});
                pairs.add(new String[] {"boulware", c + "?genius"});
                pairs.add(new String[] {c + "?genius", c + "?genius"});
            }
        }
        long seed = 1;
        for (String[] pair : pairs) {
            AgentFactory fa = AGENTS.factory(pair[0]);
            AgentFactory fb = AGENTS.factory(pair[1]);
            String what = base + ": " + pair[0] + " vs " + pair[1] + " (seed " + seed + ")";
            SessionResult first = run(profiles, fa, fb, seed, run);
            SessionResult again = run(profiles, fa, fb, seed, rerun);
            seed++;
            assertNull(first.error(), what);
            assertArrayEquals(first.agreement(), again.agreement(), what);
            assertEquals(first.endedBy(), again.endedBy(), what);
            assertEquals(first.round(), again.round(), what);
            assertEquals(first.actions(), again.actions(), what);
            assertArrayEquals(first.utilities(), again.utilities(), what);
        }
    }

    /**
     * Every kind of scenario parley reads: a non-linear ANAC 2014 space of 10^10 outcomes (sampled), a million
     * integer outcomes, real issues (SON), a small integer domain, a single real issue, and three parties (each
     * champion with two others): no errors, deterministic.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "anac__y2014__10issues, 10issues-domain.xml, profile-1.xml, profile-2.xml, ",
        "6issues, 6issues.xml, 6issues_util1.xml, 6issues_util2.xml, ",
        "SON, son_domain.xml, son_buyer.xml, son_seller.xml, ",
        "linear__IntegerDomain, IntegerDomain.xml, IntegerDomain-prof1.xml, IntegerDomain-prof2.xml, ",
        "fuzzyagent, single_issue_domain.xml, buyer_utility.xml, seller_utility.xml, ",
        "ANAC2015__group2-dinner, Dinner.xml, Dinner_util1.xml, Dinner_util2.xml, Dinner_util3.xml",
    })
    void everyChampionPlaysEveryKindOfScenario(String folder, String domain, String p1, String p2, String p3) {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios")).resolve("anac/" + folder);
        List<Path> files = new ArrayList<>(List.of(dir.resolve(domain), dir.resolve(p1), dir.resolve(p2)));
        if (p3 != null) {
            files.add(dir.resolve(p3));
        }
        List<Profile> profiles = Scenarios.load(files).profiles();
        List<String> champions = new ArrayList<>();
        Champions.names().forEach(champions::add);
        long seed = 1;
        for (int k = 0; k < champions.size(); k++) {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < profiles.size(); p++) {
                names.add(champions.get((k + p) % champions.size()));
            }
            String what = folder + ": " + names + " (seed " + seed + ")";
            SessionResult first = run(profiles, names, seed);
            SessionResult again = run(profiles, names, seed);
            seed++;
            assertNull(first.error(), what);
            assertArrayEquals(first.agreement(), again.agreement(), what);
            assertEquals(first.round(), again.round(), what);
            assertArrayEquals(first.utilities(), again.utilities(), what);
        }
    }

    private static SessionResult run(List<Profile> profiles, List<String> names, long seed) {
        List<AgentFactory> agents = new ArrayList<>();
        for (String n : names) {
            agents.add(AGENTS.factory(n));
        }
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).agents(agents)
                .deadline(Deadline.rounds(180)).seed(seed).build());
    }

    private static SessionResult run(List<Profile> profiles, AgentFactory a, AgentFactory b, long seed,
            RunContext context) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).agents(List.of(a, b))
                .deadline(Deadline.rounds(180)).seed(seed).context(context).build());
    }
}
