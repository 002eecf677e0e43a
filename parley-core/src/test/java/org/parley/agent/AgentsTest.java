package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;

class AgentsTest {

    private static final List<String> BUILT_INS = List.of("boulware", "boulware-party", "conceder",
            "conceder-party", "hardliner", "linear", "micro", "random", "tit-for-tat");

    @Test
    void knowsEveryBuiltInByNameCaseInsensitively() {
        assertTrue(Agents.names().containsAll(BUILT_INS));
        for (String name : BUILT_INS) {
            Agent a = Agents.factory(name).create();
            assertEquals(name, a.name());
            assertEquals(name, Agents.factory(" " + name.toUpperCase() + " ").create().name());
        }
        assertEquals(0.2, assertInstanceOf(TimeDependentAgent.class, Agents.factory("boulware").create()).e());
        assertEquals(2, assertInstanceOf(TimeDependentAgent.class, Agents.factory("conceder").create()).e());
        assertEquals(1, assertInstanceOf(TimeDependentAgent.class, Agents.factory("linear").create()).e());
        assertEquals(0, assertInstanceOf(TimeDependentAgent.class, Agents.factory("hardliner").create()).e());
        assertEquals(0.2, assertInstanceOf(TimeDependentParty.class, Agents.factory("boulware-party").create()).e());
        assertEquals(2, assertInstanceOf(TimeDependentParty.class, Agents.factory("conceder-party").create()).e());
        assertInstanceOf(TitForTatAgent.class, Agents.factory("tit-for-tat").create());
        assertInstanceOf(RandomAgent.class, Agents.factory("random").create());
        assertInstanceOf(MicroAgent.class, Agents.factory("micro").create());
    }

    @Test
    void everyCallOfAFactoryMakesAFreshAgent() {
        AgentFactory f = Agents.factory("micro");
        assertNotSame(f.create(), f.create());
    }

    @Test
    void theGeniusOptionSelectsGeniussNearestBidSearch() {
        TimeDependentParty p = assertInstanceOf(TimeDependentParty.class,
                Agents.factory("Boulware-Party?GENIUS").create());
        assertTrue(p.geniusNearest());
        assertEquals("boulware-party?genius", p.name());
        assertTrue(((TitForTatAgent) Agents.factory("tit-for-tat?genius").create()).geniusNearest());
        assertEquals(false, ((TimeDependentAgent) Agents.factory("boulware").create()).geniusNearest());
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("agent 'micro' takes no options, got 'micro?genius'",
                assertThrows(IllegalArgumentException.class, () -> Agents.factory("micro?genius")).getMessage());
        assertEquals("agent 'boulware' takes only the option ?genius, got 'boulware?fast'",
                assertThrows(IllegalArgumentException.class, () -> Agents.factory("boulware?fast")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Agents.factory("boulware(e=0.1)"));
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndSuggestsTheClosest() {
        String m = assertThrows(IllegalArgumentException.class, () -> Agents.factory("bulware")).getMessage();
        assertTrue(m.startsWith("unknown agent 'bulware'; known: boa, boa-boulware, "), m);
        assertTrue(m.contains(", boulware, boulware-party, conceder, "), m);
        assertTrue(m.endsWith(" (did you mean boulware?)"), m);
        String far = assertThrows(IllegalArgumentException.class, () -> Agents.factory("xyzzy-agent")).getMessage();
        assertTrue(!far.contains("did you mean"), far);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Agents.factory("titfortat")).getMessage()
                .endsWith("(did you mean tit-for-tat?)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Agents.factory(""))
                .getMessage().startsWith("unknown agent ''; known: "));
        assertEquals("boa-mac", Agents.factory("BOA-Mac").create().name());
        assertTrue(Agents.factory("boa(offer=td(e=0.1))").create().name().startsWith("boa(offer=td(e=0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Agents.factory("boa(accept=combo)"))
                .getMessage().contains("unknown acceptance 'combo'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Agents.factory("boa-mac?genius"))
                .getMessage().contains("takes no options"));
    }

    @Test
    void otherPackagesRegisterNamesThatReceiveTheWholeSpec() {
        String[] seen = new String[1];
        Agents.register("Test-Boa", spec -> {
            seen[0] = spec;
            return Agents.factory("hardliner");
        });
        Agent a = Agents.factory(" TEST-BOA(offer=td(e=0.1),accept=Combi(t=0.98)) ").create();
        assertEquals("test-boa(offer=td(e=0.1),accept=Combi(t=0.98))", seen[0]);
        assertEquals("hardliner", a.name());
        assertTrue(Agents.names().contains("test-boa"));
        assertThrows(IllegalArgumentException.class, () -> Agents.register("boulware", s -> null));
        assertThrows(IllegalArgumentException.class, () -> Agents.register("bad name", s -> null));
        Agents.register("test-null", s -> null);
        assertThrows(IllegalArgumentException.class, () -> Agents.factory("test-null"));
    }
}
