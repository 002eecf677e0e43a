package org.parley.protocol.snt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentRegistry;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.saop.SaopProtocol;

class SingleTextSessionTest {

    private static final double EPS = 1e-9;

    /**
     * The issue's check: truthful parties, the veto rule and a mediator that tries every change end on a Pareto
     * optimal text, checked against the exact frontier, on seeded random spaces with two and three parties.
     */
    @Test
    void truthfulPartiesUnderVetoEndOnTheParetoFrontier() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int parties = 2 + (int) (seed % 2);
            int issues = 2 + r.nextInt(3);
            int values = 2 + r.nextInt(3);
            List<Profile> profiles = generic(issues, values, parties, seed);
            SessionResult result = run(SingleTextProtocol.DEFAULT, profiles, agents("truthful", parties), 100_000,
                    seed);
            String where = "seed " + seed + " (" + issues + " issues of " + values + " values, " + parties
                    + " parties)";
            assertNull(result.error(), where);
            assertEquals(SessionResult.End.AGREEMENT, result.endedBy(), where);
            assertTrue(result.round() < 100_000, where + ": the mediator ran out of changes before the deadline");
            ParetoFrontier frontier = OutcomeSpaceAnalysis.frontier(profiles, 1_000_000);
            double[] u = result.utilities();
            boolean onFrontier = false;
            for (ParetoFrontier.Point p : frontier.points()) {
                boolean same = true;
                for (int j = 0; j < parties; j++) {
                    same &= Math.abs(p.utility(j) - u[j]) <= EPS;
                }
                onFrontier |= same;
            }
            assertTrue(onFrontier, where + ": final text " + java.util.Arrays.toString(u) + " is not on the frontier");
        }
    }

    /** The random mediator only walks: no guarantee, but every proposal changes exactly one issue. */
    @Test
    void theRandomMediatorChangesOneIssueAtATime() {
        Domain d = generic(4, 3, 2, 7).get(0).domain();
        RandomNeighbourMediator m = new RandomNeighbourMediator(d, 5);
        int[] text = {0, 1, 2, 0};
        for (int k = 0; k < 1000; k++) {
            int[] p = m.propose(text);
            int changed = 0;
            for (int i = 0; i < text.length; i++) {
                changed += p[i] != text[i] ? 1 : 0;
            }
            assertEquals(1, changed);
            text = p;
        }
    }

    /** On 2 × 3 outcomes every ring is listed: 3 single changes, then 2 double changes, then nothing. */
    @Test
    void theSearchTriesEveryOtherOutcomeOnceAndThenStops() {
        Domain d = new Domain("small", List.of(issue("a", 2), issue("b", 3)));
        VoteSearchMediator m = new VoteSearchMediator(d, 3);
        int[] text = {0, 0};
        Set<String> seen = new HashSet<>();
        List<Integer> distances = new ArrayList<>();
        for (int[] p = m.propose(text); p != null; p = m.propose(text)) {
            assertTrue(seen.add(java.util.Arrays.toString(p)), "proposed twice: " + java.util.Arrays.toString(p));
            distances.add((p[0] != 0 ? 1 : 0) + (p[1] != 0 ? 1 : 0));
            m.voted(p, new boolean[] {false, false}, false);
        }
        assertEquals(5, seen.size());
        assertEquals(List.of(1, 1, 1, 2, 2), distances);
        assertEquals(3.0, VoteSearchMediator.ringSize(new int[] {2, 3}, 1));
        assertEquals(2.0, VoteSearchMediator.ringSize(new int[] {2, 3}, 2));
        assertEquals(3 * 4 + 3 * 5 + 4 * 5, VoteSearchMediator.ringSize(new int[] {4, 5, 6}, 2));
    }

    /** By hand: one issue, values worth (0, 0.5, 1) to A and (1, 0.5, 0) to B: no change pleases both. */
    @Test
    void aZeroSumIssueNeverMovesUnderVeto() {
        Domain d = new Domain("split", List.of(issue("x", 3)));
        Profile a = profile(d, "A", Map.of("v0", 0.0, "v1", 50.0, "v2", 100.0), 0);
        Profile b = profile(d, "B", Map.of("v0", 100.0, "v1", 50.0, "v2", 0.0), 0);
        SessionResult r = run(SingleTextProtocol.DEFAULT, List.of(a, b), agents("truthful", 2), 50, 11);
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(3, r.round(), "two proposals voted down, then the search has nothing left");
        assertEquals(4, r.actions());
        assertEquals(1.0, r.utility(0) + r.utility(1), EPS);
    }

    /** Reservation values: a final text below a party's reservation is not signed. */
    @Test
    void aTextBelowAReservationValueIsNotSigned() {
        Domain d = new Domain("split", List.of(issue("x", 3)));
        Profile a = profile(d, "A", Map.of("v0", 0.0, "v1", 50.0, "v2", 100.0), 0.6);
        Profile b = profile(d, "B", Map.of("v0", 100.0, "v1", 50.0, "v2", 0.0), 0.6);
        SessionResult r = run(SingleTextProtocol.DEFAULT, List.of(a, b), agents("truthful", 2), 50, 11);
        assertFalse(r.hasAgreement());
        assertEquals(SessionResult.End.END_NEGOTIATION, r.endedBy());
        assertEquals(0.6, r.utility(0), EPS);
    }

    @Test
    void votingRules() {
        assertTrue(VotingRule.VETO.moves(3, 3));
        assertFalse(VotingRule.VETO.moves(2, 3));
        assertTrue(VotingRule.MAJORITY.moves(2, 3));
        assertFalse(VotingRule.MAJORITY.moves(1, 3));
        assertFalse(VotingRule.MAJORITY.moves(1, 2), "with two parties a majority is both");
    }

    /** Under majority rule a two-against-one change passes; under veto it does not. */
    @Test
    void majorityMovesWhereVetoBlocks() {
        Domain d = new Domain("three", List.of(issue("x", 2)));
        Profile a = profile(d, "A", Map.of("v0", 0.0, "v1", 100.0), 0);
        Profile b = profile(d, "B", Map.of("v0", 0.0, "v1", 100.0), 0);
        Profile c = profile(d, "C", Map.of("v0", 100.0, "v1", 0.0), 0);
        for (long seed = 0; seed < 4; seed++) {
            SessionResult majority = run(new SingleTextProtocol(VotingRule.MAJORITY, "search"), List.of(a, b, c),
                    agents("truthful", 3), 20, seed);
            assertEquals(1.0, majority.utility(0), EPS, "seed " + seed);
        }
        int stuck = 0;
        for (long seed = 0; seed < 8; seed++) {
            SessionResult veto = run(SingleTextProtocol.DEFAULT, List.of(a, b, c), agents("truthful", 3), 20, seed);
            stuck += veto.utility(0) == 0.0 ? 1 : 0;
        }
        assertTrue(stuck > 0, "some seeds start on v0 and the veto keeps it there");
    }

    /** The strategic voter's threshold falls from 1 to its reservation value. */
    @Test
    void strategicVotersConcedeOverTime() {
        Domain d = new Domain("split", List.of(issue("x", 3)));
        Profile a = profile(d, "A", Map.of("v0", 0.0, "v1", 50.0, "v2", 100.0), 0.2);
        org.parley.agent.StrategicVoter v = new org.parley.agent.StrategicVoter();
        v.init(new org.parley.protocol.AgentSettings(0, 2, a, Deadline.rounds(10), "SNT", 1));
        assertEquals(1.0, v.threshold(0), EPS);
        assertEquals(0.6, v.threshold(0.5), EPS);
        assertEquals(0.2, v.threshold(1), EPS);
        SessionResult r = run(SingleTextProtocol.DEFAULT, List.of(a, profile(d, "B", Map.of("v0", 100.0, "v1", 50.0,
                "v2", 0.0), 0.2)), agents("strategic", 2), 40, 3);
        assertNull(r.error());
    }

    /** Any agent can vote: a SAOP agent votes yes by accepting the proposal offered to it. */
    @Test
    void alternatingOffersAgentsVoteByAccepting() {
        List<Profile> profiles = generic(3, 3, 2, 4);
        AgentRegistry registry = AgentRegistry.builtIns();
        SessionResult r = run(SingleTextProtocol.DEFAULT, profiles,
                List.of(registry.factory("conceder"), registry.factory("truthful")), 200, 9);
        assertNull(r.error());
        assertNotNull(r.endedBy());
        SessionResult saop = SessionFactory.standard().run(SessionFactory.standard().spec().profiles(profiles)
                .agents(List.of(registry.factory("truthful"), registry.factory("boulware"))).seed(1).build());
        assertEquals(SessionResult.End.ERROR, saop.endedBy());
        assertTrue(saop.error().contains("only votes in the single negotiating text"), saop.error());
    }

    /** Same seed, same session. */
    @Test
    void deterministicPerSeed() {
        List<Profile> profiles = generic(4, 4, 3, 21);
        for (String spec : List.of("snt", "snt(rule=majority,mediator=random)", "snt(mediator=random)")) {
            SingleTextProtocol p = (SingleTextProtocol) Protocols.parse(spec);
            SessionResult x = run(p, profiles, agents("truthful", 3), 300, 5);
            SessionResult y = run(p, profiles, agents("truthful", 3), 300, 5);
            assertArrayEquals(x.agreement(), y.agreement(), spec);
            assertEquals(x.round(), y.round(), spec);
        }
    }

    @Test
    void protocolSpecs() {
        assertEquals(SaopProtocol.INSTANCE, Protocols.parse("saop"));
        assertEquals(SingleTextProtocol.DEFAULT, Protocols.parse("snt"));
        assertEquals(new SingleTextProtocol(VotingRule.MAJORITY, "random"),
                Protocols.parse("SNT(rule=majority, mediator=random)"));
        assertEquals("snt(rule=majority,mediator=random)",
                Protocols.spec(Protocols.parse("snt(mediator=random,rule=majority)")));
        assertEquals("saop", Protocols.spec(SaopProtocol.INSTANCE));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Protocols.parse("saopp")).getMessage()
                .contains("did you mean saop"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Protocols.parse("snt(rule=unanimity)"))
                .getMessage().contains("use veto or majority"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Protocols.parse("snt(speed=3)"))
                .getMessage().contains("unknown option 'speed'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Protocols.parse("snt(mediator=x"))
                .getMessage().contains("without closing"));
    }

    private static SessionResult run(SingleTextProtocol protocol, List<Profile> profiles, List<AgentFactory> agents,
            int rounds, long seed) {
        SessionFactory f = new SessionFactory(protocol, System::nanoTime);
        return f.run(f.spec().profiles(profiles).agents(agents).deadline(Deadline.rounds(rounds)).seed(seed).build());
    }

    private static List<AgentFactory> agents(String name, int n) {
        AgentRegistry registry = AgentRegistry.builtIns();
        List<AgentFactory> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(registry.factory(name));
        }
        return out;
    }

    private static Issue issue(String name, int values) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            v.add("v" + i);
        }
        return new DiscreteIssue(name, v);
    }

    private static Profile profile(Domain d, String name, Map<String, Double> evaluation, double reservation) {
        return new Profile(name, new AdditiveUtility(d, new double[] {1.0}, List.of(new DiscreteEvaluator(
                new LinkedHashMap<>(evaluation), true))), reservation, 1.0);
    }

    /** Random additive profiles with real-valued weights and evaluations: no two outcomes tie. */
    private static List<Profile> generic(int issues, int values, int parties, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            list.add(issue("i" + i, values));
        }
        Domain d = new Domain("generic", list);
        List<Profile> out = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            double[] w = new double[issues];
            double total = 0;
            for (int i = 0; i < issues; i++) {
                w[i] = 0.1 + r.nextDouble();
                total += w[i];
            }
            List<Evaluator> evs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                w[i] /= total;
                Map<String, Double> ev = new LinkedHashMap<>();
                for (int v = 0; v < values; v++) {
                    ev.put("v" + v, r.nextDouble() * 100);
                }
                evs.add(new DiscreteEvaluator(ev, true));
            }
            out.add(new Profile("p" + p, new AdditiveUtility(d, w, evs), 0, 1.0));
        }
        return out;
    }
}
