package org.parley.tournament;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.preference.Scenario;
import org.parley.preference.SyntheticScenarios;
import org.parley.protocol.Deadline;

class TournamentPlanTest {

    static Scenario scenario(String name, int parties, long seed) {
        Scenario s = SyntheticScenarios.randomAdditive(3, 4, parties, 0.2, seed);
        return new Scenario(name, s.domain(), s.profiles());
    }

    static TournamentSettings settings(List<String> agents, int reps, TournamentSettings.Roles roles, int parties,
            boolean selfPlay) {
        List<Entrant> es = new ArrayList<>();
        for (String a : agents) {
            es.add(Entrant.of(a));
        }
        return new TournamentSettings(42, Deadline.rounds(30), reps, roles, parties, selfPlay, 1, es);
    }

    private static final List<Scenario> TWO = List.of(scenario("s1", 2, 1), scenario("s2", 2, 2));

    @Test
    void bilateralCountsFollowAgentsPairsOrderingsAndRepetitions() {
        List<String> three = List.of("boulware", "conceder", "linear");
        assertEquals(3 * 2 * 2 * 3 * 2, TournamentPlan.of(settings(three, 3, TournamentSettings.Roles.ALL, 2, false),
                TWO).size());
        assertEquals(3 * 3 * 2 * 3 * 2, TournamentPlan.of(settings(three, 3, TournamentSettings.Roles.ALL, 2, true),
                TWO).size());
        assertEquals(3 * 2 * 1 * 3 * 2, TournamentPlan.of(settings(three, 3, TournamentSettings.Roles.FIXED, 2,
                false), TWO).size());
    }

    @Test
    void multilateralUsesOrderedDrawsOfProfiles() {
        List<String> three = List.of("boulware", "conceder", "linear");
        TournamentSettings s = settings(three, 1, TournamentSettings.Roles.ALL, 3, false);
        assertEquals(6 * 6, TournamentPlan.of(s, List.of(scenario("three", 3, 3))).size());
        assertEquals(6 * 24, TournamentPlan.of(s, List.of(scenario("four", 4, 4))).size(), "4·3·2 orderings");
        TournamentSettings fixed = settings(three, 1, TournamentSettings.Roles.FIXED, 3, true);
        TournamentPlan p = TournamentPlan.of(fixed, List.of(scenario("four", 4, 4)));
        assertEquals(27, p.size());
        assertArrayEquals(new int[] {0, 1, 2}, p.session(5).profiles());
    }

    @Test
    void everySessionOnceEveryPairInEverySeatWithEveryOrdering() {
        TournamentPlan p = TournamentPlan.of(settings(List.of("boulware", "conceder", "linear"), 2,
                TournamentSettings.Roles.ALL, 2, false), TWO);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perPairAndOrdering = new HashMap<>();
        for (int id = 0; id < p.size(); id++) {
            PlannedSession s = p.session(id);
            assertEquals(id, s.id());
            assertNotEquals(s.agent(0), s.agent(1), "no self-play");
            assertTrue(seen.add(s.scenario() + Arrays.toString(s.agents()) + Arrays.toString(s.profiles())
                    + s.repetition()), "duplicate session " + id);
            perPairAndOrdering.merge(s.scenario() + Arrays.toString(s.agents()) + Arrays.toString(s.profiles()), 1,
                    Integer::sum);
        }
        assertEquals(2 * 6 * 2, perPairAndOrdering.size());
        assertTrue(perPairAndOrdering.values().stream().allMatch(n -> n == 2), "each twice (2 repetitions)");
        PlannedSession first = p.session(0);
        assertArrayEquals(new int[] {0, 1}, first.agents());
        assertArrayEquals(new int[] {0, 1}, first.profiles());
        PlannedSession second = p.session(2);
        assertArrayEquals(new int[] {1, 0}, second.profiles(), "repetitions are innermost, then orderings");
        assertEquals(1, p.session(p.size() / 2).scenario());
    }

    @Test
    void seedsAreStableDistinctAndIndependentOfTheOtherEntrants() {
        TournamentPlan p = TournamentPlan.of(settings(List.of("boulware", "conceder"), 2,
                TournamentSettings.Roles.ALL, 2, false), TWO);
        assertEquals(-7_779_464_706_911_629_052L, p.session(0).seed(),
                "FNV-1a of s1, boulware, conceder, 0, 1, 0 mixed with seed 42 (checked in Python)");
        Set<Long> seeds = new HashSet<>();
        for (int id = 0; id < p.size(); id++) {
            assertTrue(seeds.add(p.session(id).seed()));
            assertEquals(p.session(id).seed(), TournamentPlan.of(p.settings(), TWO).session(id).seed());
        }
        TournamentPlan bigger = TournamentPlan.of(settings(List.of("boulware", "micro", "conceder"), 2,
                TournamentSettings.Roles.ALL, 2, false), List.of(scenario("s0", 2, 9), TWO.get(0), TWO.get(1)));
        PlannedSession s = p.session(0);
        int[] boulwareConceder = {0, 2};
        assertEquals(s.seed(), bigger.seedOf(1, boulwareConceder, s.profiles(), s.repetition()));
        TournamentSettings otherSeed = new TournamentSettings(43, Deadline.rounds(30), 2,
                TournamentSettings.Roles.ALL, 2, false, 1, p.settings().agents());
        assertNotEquals(s.seed(), TournamentPlan.of(otherSeed, TWO).session(0).seed());
    }

    @Test
    void badPlansAreRefusedWithClearMessages() {
        TournamentSettings s = settings(List.of("boulware", "conceder"), 1, TournamentSettings.Roles.ALL, 3, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TournamentPlan.of(s, TWO));
        assertEquals("scenario 's1' has 2 profile(s); sessions of 3 parties need at least 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TournamentPlan.of(settings(List.of("boulware",
                "conceder"), 1, TournamentSettings.Roles.ALL, 2, false), List.of(TWO.get(0), TWO.get(0))));
        assertTrue(e.getMessage().contains("two scenarios are named 's1'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> settings(List.of("boulware"), 1,
                TournamentSettings.Roles.ALL, 2, false));
        assertTrue(e.getMessage().contains("set self-play: true"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> settings(List.of("boulware", "boulware"), 1,
                TournamentSettings.Roles.ALL, 2, false));
        assertTrue(e.getMessage().contains("two agents are named 'boulware'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Entrant("a;b", "boulware"));
        assertThrows(IndexOutOfBoundsException.class, () -> TournamentPlan.of(settings(List.of("boulware",
                "conceder"), 1, TournamentSettings.Roles.ALL, 2, false), TWO).session(8));
    }
}
