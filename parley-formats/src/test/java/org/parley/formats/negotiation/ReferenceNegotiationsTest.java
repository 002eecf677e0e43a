package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The GENIUS 9.1.10 negotiation references of {@code reference-values.md}: ItexvsCypress-A (prof1 = party A, who
 * opens; both profiles discount 0.5, reservation 0.5), SAOP, 180 rounds. Each runs with the clean nearest-bid
 * search and with GENIUS's ({@code SortedOutcomes.nearestGenius}); both reproduce both references.
 */
class ReferenceNegotiationsTest {

    static Scenario itexVsCypress() {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                .resolve("anac/anac__y2012__ItexvsCypress");
        return Scenarios.load(List.of(dir.resolve("ItexvsCypress-A-domain.xml"),
                dir.resolve("ItexvsCypress-A-prof1.xml"), dir.resolve("ItexvsCypress-A-prof2.xml")));
    }

    private static SessionResult run(Agent a, Agent b) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(itexVsCypress().profiles())
                .instances(List.of(a, b)).deadline(Deadline.rounds(180)).build());
    }

    @ParameterizedTest(name = "geniusNearest={0}")
    @ValueSource(booleans = {false, true})
    void boulwarePartyVsConcederPartyAgreeInRound103(boolean geniusNearest) {
        SessionResult r = run(new TimeDependentParty("boulware-party", 0.2, geniusNearest),
                new TimeDependentParty("conceder-party", 2, geniusNearest));
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(103, r.round());
        assertEquals(0.904, r.utilities()[0], 5e-4);
        assertEquals(0.256, r.utilities()[1], 5e-4);
        assertEquals(0.610, r.discountedUtilities()[0], 5e-4);
        assertEquals(0.173, r.discountedUtilities()[1], 5e-4);
    }

    @ParameterizedTest(name = "geniusNearest={0}")
    @ValueSource(booleans = {false, true})
    void boulwareVsConcederAgreeInRound161AtTheNashPoint(boolean geniusNearest) {
        SessionResult r = run(new TimeDependentAgent("boulware", 0.2, geniusNearest),
                new TimeDependentAgent("conceder", 2, geniusNearest));
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(161, r.round());
        assertEquals(0.721, r.utilities()[0], 5e-4);
        assertEquals(0.670, r.utilities()[1], 5e-4);
    }
}
