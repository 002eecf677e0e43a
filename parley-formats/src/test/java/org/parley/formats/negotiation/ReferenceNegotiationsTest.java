package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.agent.AgentRegistry;
import org.parley.agent.TimeDependentAgent;
import org.parley.agent.TimeDependentParty;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * GENIUS 9.1.10 negotiation references for the time-dependent agents, SAOP, 180 rounds, prof1 = party A, who opens.
 *
 * <ul>
 *   <li>ItexvsCypress-A (both profiles discount 0.5, reservation 0.5; {@code reference-values.md}): no ties on the
 *       path, so parley's order of equal utilities and GENIUS's ({@code ?genius}) both reproduce them.</li>
 *   <li>Acquisition-A (ANAC 2012), where many outcomes tie in utility: only {@code ?genius}, which orders them as
 *       GENIUS's sorted outcome space does, reproduces GENIUS on every pair; parley's order by outcome index offers
 *       other outcomes of the same utility and agrees elsewhere on three of the five.</li>
 * </ul>
 */
class ReferenceNegotiationsTest {

    private static final AgentRegistry AGENTS = AgentRegistry.builtIns();

    static Scenario itexVsCypress() {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                .resolve("anac/anac__y2012__ItexvsCypress");
        return Scenarios.load(List.of(dir.resolve("ItexvsCypress-A-domain.xml"),
                dir.resolve("ItexvsCypress-A-prof1.xml"), dir.resolve("ItexvsCypress-A-prof2.xml")));
    }

    static Scenario acquisition() {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                .resolve("anac/anac__y2012__Acquisition");
        return Scenarios.load(List.of(dir.resolve("Acquisition-A-domain.xml"), dir.resolve("Acquisition-A-prof1.xml"),
                dir.resolve("Acquisition-A-prof2.xml")));
    }

    private static SessionResult run(Agent a, Agent b) {
        return run(itexVsCypress(), a, b);
    }

    private static SessionResult run(Scenario s, Agent a, Agent b) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(s.profiles())
                .instances(List.of(a, b)).deadline(Deadline.rounds(180)).build());
    }

    /** GENIUS 9.1.10's results on Acquisition-A (issue 14's table), reproduced by the {@code ?genius} agents. */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "boulware, conceder, 81, 0.992857, 0.804",
        "boulware, linear, 111, 0.970, 0.813333",
        "linear, conceder, 28, 0.932857, 0.890667",
        "conceder, boulware, 41, 0.797857, 1.0",
        "conceder, linear, 22, 0.872857, 0.964",
    })
    void acquisitionWithGeniussOrderOfTiesIsGeniussResult(String a, String b, int round, double ua, double ub) {
        SessionResult r = run(acquisition(), AGENTS.factory(a + "?genius").create(),
                AGENTS.factory(b + "?genius").create());
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(round, r.round());
        assertEquals(ua, r.utilities()[0], 5e-7);
        assertEquals(ub, r.utilities()[1], 5e-7);
    }

    /**
     * The same sessions with parley's order of ties (by outcome index), as issue 14 measured them: same utilities
     * at other rounds, or other outcomes of the utility GENIUS's order would offer.
     */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "boulware, conceder, 73, 0.992857, 0.804",
        "boulware, linear, 110, 0.962857, 0.82",
        "linear, conceder, 36, 0.932857, 0.864",
        "conceder, boulware, 41, 0.797857, 1.0",
        "conceder, linear, 22, 0.872857, 0.964",
    })
    void acquisitionWithParleysOrderOfTies(String a, String b, int round, double ua, double ub) {
        SessionResult r = run(acquisition(), AGENTS.factory(a).create(), AGENTS.factory(b).create());
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(round, r.round());
        assertEquals(ua, r.utilities()[0], 5e-7);
        assertEquals(ub, r.utilities()[1], 5e-7);
    }

    @ParameterizedTest(name = "geniusOrder={0}")
    @ValueSource(booleans = {false, true})
    void boulwarePartyVsConcederPartyAgreeInRound103(boolean geniusOrder) {
        SessionResult r = run(new TimeDependentParty("boulware-party", 0.2, geniusOrder),
                new TimeDependentParty("conceder-party", 2, geniusOrder));
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(103, r.round());
        assertEquals(0.904, r.utilities()[0], 5e-4);
        assertEquals(0.256, r.utilities()[1], 5e-4);
        assertEquals(0.610, r.discountedUtilities()[0], 5e-4);
        assertEquals(0.173, r.discountedUtilities()[1], 5e-4);
    }

    @ParameterizedTest(name = "geniusOrder={0}")
    @ValueSource(booleans = {false, true})
    void boulwareVsConcederAgreeInRound161AtTheNashPoint(boolean geniusOrder) {
        SessionResult r = run(new TimeDependentAgent("boulware", 0.2, geniusOrder),
                new TimeDependentAgent("conceder", 2, geniusOrder));
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(161, r.round());
        assertEquals(0.721, r.utilities()[0], 5e-4);
        assertEquals(0.670, r.utilities()[1], 5e-4);
    }
}
