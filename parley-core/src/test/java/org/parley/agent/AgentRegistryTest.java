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

class AgentRegistryTest {

    private static final AgentRegistry AGENTS = AgentRegistry.builtIns();

    private static final List<String> BUILT_INS = List.of("boulware", "boulware-party", "conceder",
            "conceder-party", "hardliner", "linear", "micro", "random", "tit-for-tat");

    @Test
    void knowsEveryBuiltInByNameCaseInsensitively() {
        assertTrue(AGENTS.names().containsAll(BUILT_INS));
        for (String name : BUILT_INS) {
            Agent a = AGENTS.factory(name).create();
            assertEquals(name, a.name());
            assertEquals(name, AGENTS.factory(" " + name.toUpperCase() + " ").create().name());
        }
        assertEquals(0.2, assertInstanceOf(TimeDependentAgent.class, AGENTS.factory("boulware").create()).e());
        assertEquals(2, assertInstanceOf(TimeDependentAgent.class, AGENTS.factory("conceder").create()).e());
        assertEquals(1, assertInstanceOf(TimeDependentAgent.class, AGENTS.factory("linear").create()).e());
        assertEquals(0, assertInstanceOf(TimeDependentAgent.class, AGENTS.factory("hardliner").create()).e());
        assertEquals(0.2, assertInstanceOf(TimeDependentParty.class, AGENTS.factory("boulware-party").create()).e());
        assertEquals(2, assertInstanceOf(TimeDependentParty.class, AGENTS.factory("conceder-party").create()).e());
        assertInstanceOf(TitForTatAgent.class, AGENTS.factory("tit-for-tat").create());
        assertInstanceOf(RandomAgent.class, AGENTS.factory("random").create());
        assertInstanceOf(MicroAgent.class, AGENTS.factory("micro").create());
    }

    @Test
    void everyCallOfAFactoryMakesAFreshAgent() {
        AgentFactory f = AGENTS.factory("micro");
        assertNotSame(f.create(), f.create());
    }

    @Test
    void theGeniusOptionSelectsGeniussOrderOfEqualUtilities() {
        TimeDependentParty p = assertInstanceOf(TimeDependentParty.class,
                AGENTS.factory("Boulware-Party?GENIUS").create());
        assertTrue(p.geniusOrder());
        assertEquals("boulware-party?genius", p.name());
        assertTrue(((TitForTatAgent) AGENTS.factory("tit-for-tat?genius").create()).geniusOrder());
        assertEquals(false, ((TimeDependentAgent) AGENTS.factory("boulware").create()).geniusOrder());
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("agent 'micro' takes no options, got 'micro?genius'",
                assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("micro?genius")).getMessage());
        assertEquals("agent 'boulware' takes only the option ?genius, got 'boulware?fast'",
                assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("boulware?fast")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("boulware(e=0.1)"));
    }

    @Test
    void theChampionsAreBuiltInWithTheirGeniusVariants() {
        List<String> champions = List.of("agentk", "hardheaded", "nice-tit-for-tat", "gahboninho", "cuhkagent",
                "the-fawkes", "atlas3", "ponpoko", "agentgg");
        assertEquals(champions, org.parley.agent.champions.Champions.names());
        assertTrue(AGENTS.names().containsAll(champions));
        for (String name : champions) {
            assertEquals(name, AGENTS.factory(name.toUpperCase()).create().name());
            assertEquals("built-in", AGENTS.origin(name));
            assertTrue(AGENTS.description(name).startsWith("ANAC 20"), AGENTS.description(name));
            if (!name.equals("ponpoko")) {
                assertEquals(name + "?genius", AGENTS.factory(name + "?GENIUS").create().name());
            }
        }
        assertEquals("agent 'ponpoko' takes no options, got 'ponpoko?genius'",
                assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("ponpoko?genius")).getMessage());
        assertEquals("agent 'atlas3' takes only the option ?genius, got 'atlas3(x=1)'",
                assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("atlas3(x=1)")).getMessage());
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndSuggestsTheClosest() {
        String m = assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("bulware")).getMessage();
        assertTrue(m.startsWith("unknown agent 'bulware'; known: agentgg, agentk, atlas3, boa, boa-boulware, "), m);
        assertTrue(m.contains(", boulware, boulware-party, conceder, "), m);
        assertTrue(m.contains(" (did you mean boulware?); an agent of your own comes in through an "
                + "org.parley.agent.AgentProvider in a jar on the agent path (docs/agent-api.md)"), m);
        assertTrue(!m.contains("--"), "no command-line flag below the CLI: " + m);
        assertInstanceOf(UnknownAgentException.class, assertThrows(IllegalArgumentException.class,
                () -> AGENTS.factory("bulware")));
        String far = assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("xyzzy-agent")).getMessage();
        assertTrue(!far.contains("did you mean"), far);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("titfortat")).getMessage()
                .contains("(did you mean tit-for-tat?)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AGENTS.factory(""))
                .getMessage().startsWith("unknown agent ''; known: "));
        assertEquals("boa-mac", AGENTS.factory("BOA-Mac").create().name());
        assertTrue(AGENTS.factory("boa(offer=td(e=0.1))").create().name().startsWith("boa(offer=td(e=0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("boa(accept=combo)"))
                .getMessage().contains("unknown acceptance 'combo'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AGENTS.factory("boa-mac?genius"))
                .getMessage().contains("takes no options"));
    }

    /** A provider of test agents: {@code test-boa} takes any options and hands back a hardliner. */
    static final class TestProvider implements AgentProvider {
        final List<AgentSpec> seen = new java.util.ArrayList<>();
        final List<String> names;

        TestProvider(String... names) {
            this.names = List.of(names);
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public String description(String name) {
            return "a test agent called " + name;
        }

        @Override
        public AgentFactory factory(AgentSpec spec) {
            seen.add(spec);
            return spec.name().equals("test-null") ? null : AGENTS.factory("hardliner");
        }
    }

    @Test
    void providersAddNamesThatReceiveTheParsedSpec() {
        TestProvider p = new TestProvider("test-boa", "test-null");
        AgentRegistry r = AGENTS.with(List.of(p));
        Agent a = r.factory(" TEST-BOA(offer=td(e=0.1),accept=Combi(t=0.98)) ").create();
        assertEquals(new AgentSpec("test-boa", "(offer=td(e=0.1),accept=Combi(t=0.98))"), p.seen.get(0));
        assertEquals("test-boa(offer=td(e=0.1),accept=Combi(t=0.98))", p.seen.get(0).toString());
        assertEquals("hardliner", a.name());
        assertTrue(r.names().contains("test-boa"));
        assertEquals("a test agent called test-boa", r.description("test-boa"));
        assertTrue(r.origin("test-boa").contains("TestProvider"), r.origin("test-boa"));
        assertEquals("built-in", r.origin("boulware"));
        assertTrue(!AGENTS.names().contains("test-boa"), "the registry it was built from is unchanged");
        assertThrows(IllegalArgumentException.class, () -> r.factory("test-null"));
    }

    @Test
    void aProviderMayNotTakeABuiltInsOrAnotherProvidersName() {
        String clash = assertThrows(IllegalArgumentException.class,
                () -> AGENTS.with(List.of(new TestProvider("my-agent", "boulware")))).getMessage();
        assertTrue(clash.contains("offers 'boulware', the name of a built-in agent; rename one of them"), clash);
        String twice = assertThrows(IllegalArgumentException.class,
                () -> AGENTS.with(List.of(new TestProvider("x1"), new TestProvider("x2", "x1")))).getMessage();
        assertTrue(twice.contains("offers 'x1', a name already offered by"), twice);
        String bad = assertThrows(IllegalArgumentException.class,
                () -> AGENTS.with(List.of(new TestProvider("Bad Name")))).getMessage();
        assertTrue(bad.contains("offers the name 'Bad Name'; names need lower-case letters"), bad);
    }

    @Test
    void builtInsHaveDescriptions() {
        for (String name : AGENTS.names()) {
            assertTrue(!AGENTS.description(name).isBlank(), name);
            assertEquals("built-in", AGENTS.origin(name));
        }
        assertEquals("time-dependent, e = 0.2: concedes late", AGENTS.description("boulware"));
    }
}
