package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/** Parsing BOA specs: valid forms, canonical round trips, presets, and every error message. */
class BoaSpecTest {

    @Test
    void parsesAndFillsDefaults() {
        assertEquals("boa(offer=td(e=0.1,k=0),model=hardheaded(l=0.2),oms=best,accept=combi(a=1,b=0,t=0.98))",
                BoaSpec.parse("boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))").toString());
        assertEquals("boa(offer=td(e=1,k=0),model=none,accept=next(a=1,b=0))", BoaSpec.parse("boa()").toString());
        assertEquals("boa(offer=td(e=1,k=0.1,min=0.5,max=0.9),model=recency(decay=0.5),oms=bestn(n=5),"
                + "accept=gap(c=0.02))",
                BoaSpec.parse("boa(accept=gap(c=2e-2),oms=bestn(n=5),model=recency(decay=.5),"
                        + "offer=td(max=0.9,min=+0.5,k=0.1))").toString());
        assertEquals("boa(offer=td(e=0.1,k=0),model=none,accept=mac(t=0.98))",
                BoaSpec.parse("  BOA ( offer = TD ( e = 0.1 ) ,\n accept = Mac() ) ").toString());
        assertEquals("boa(offer=td(e=1,k=0),model=hardheaded(l=0.3),oms=null,accept=time(t=0.95))",
                BoaSpec.parse("boa(model=hardheaded(l=0.3),oms=null,accept=time(t=0.95))").toString());
    }

    @Test
    void everyAcceptanceAndModelRoundTrips() {
        String[] accepts = {"next", "next(a=1.02,b=-0.01)", "const", "const(c=0.8)", "time", "combi(t=0.9)",
            "mac", "previous(a=1,b=0.05)", "gap", "combimax(t=0.95)", "combiavg"};
        String[] models = {"none", "hardheaded", "hardheaded(l=0.1)", "recency", "recency(decay=1)"};
        for (String a : accepts) {
            for (String m : models) {
                String text = "boa(offer=td(e=0.3),model=" + m + ",accept=" + a + ")";
                BoaSpec s = BoaSpec.parse(text);
                BoaSpec again = BoaSpec.parse(s.toString());
                assertEquals(s, again, text);
                assertEquals(s.toString(), again.toString());
                assertEquals(s.toString(), s.name());
            }
        }
    }

    @Test
    void partsPrintTheirCanonicalSpec() {
        BoaAgent a = (BoaAgent) BoaSpec.parse("boa(offer=td(e=0.3,min=0.2),model=hardheaded,oms=bestn(n=2),"
                + "accept=combimax(t=0.9))").create();
        assertEquals("boa(offer=td(e=0.3,k=0,min=0.2),model=hardheaded(l=0.2),oms=bestn(n=2),"
                + "accept=combimax(t=0.9))", a.name());
    }

    @Test
    void presetsParseAndAreNamedAfterThemselves() {
        Map<String, String> presets = BoaSpec.presets();
        assertTrue(presets.size() >= 4);
        for (Map.Entry<String, String> e : presets.entrySet()) {
            BoaSpec s = BoaSpec.parse(e.getKey());
            assertEquals(e.getKey(), s.name());
            assertEquals(e.getKey(), s.create().name());
            assertEquals(BoaSpec.parse(e.getValue()), s);
            assertTrue(BoaSpec.isBoaSpec(e.getKey()));
        }
        assertEquals("boa(offer=td(e=0.1,k=0),model=hardheaded(l=0.2),oms=best,accept=mac(t=0.98))",
                BoaSpec.parse(" BOA-MAC ").toString());
        assertTrue(BoaSpec.isBoaSpec(" Boa (offer=x"));
        assertFalse(BoaSpec.isBoaSpec("boulware"));
        assertFalse(BoaSpec.isBoaSpec("boatman"));
        assertFalse(BoaSpec.isBoaSpec(null));
    }

    @Test
    void aSpecBuildsTheSameAgentAsItsParts() {
        Profile[] p = BoaFixtures.opposed(3, 4);
        BoaSpec spec = BoaSpec.parse("boa(offer=td(e=0.5),model=recency,oms=null,accept=combi(t=0.9))");
        SessionResult fromSpec = session(p, spec.create(), BoaSpec.parse("boa-conceder").create());
        SessionResult fromParts = session(p,
                new BoaAgent("x", new TimeDependentOffering(0.5), RecencyFrequencyModel::new, new NullStrategy(),
                        new AcCombi(1, 0, 0.9)),
                new BoaAgent("y", new TimeDependentOffering(2), HardHeadedFrequencyModel::new, new BestBid(),
                        new AcNext()));
        assertNull(fromSpec.error());
        assertEquals(fromParts.trace(), fromSpec.trace());
    }

    private static SessionResult session(Profile[] p, org.parley.protocol.Agent a, org.parley.protocol.Agent b) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(List.of(p[0], p[1]))
                .instances(List.of(a, b)).deadline(Deadline.rounds(50)).seed(11).keepTrace(true).build());
    }

    private static void fails(String spec, String message) {
        BoaSpecException e = assertThrows(BoaSpecException.class, () -> BoaSpec.parse(spec), spec);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void errorsNameThePartThePositionAndAHint() {
        fails("boa(offer=td(e=0.1),model=hardheaded,accept=combo(t=0.98))",
                "unknown acceptance 'combo' at 45; known: next, const, time, combi, mac, previous, gap, combimax, "
                        + "combiavg");
        fails("boa(ofer=td)", "unknown part 'ofer' at 5; known: offer, model, oms, accept");
        fails("boa(accept=next, accept=mac)", "part 'accept' given twice at 18; give each part once");
        fails("boa(offer=tdx)", "unknown offering 'tdx' at 11; known: td");
        fails("boa(model=bayes)", "unknown opponent model 'bayes' at 11; known: hardheaded, recency, none");
        fails("boa(model=hardheaded,oms=worst)", "unknown OM strategy 'worst' at 26; known: best, bestn, null");
        fails("boa(accept=next(c=1))", "unknown parameter 'c' of next at 17; known: a, b");
        fails("boa(model=none(x=1))", "none takes no parameters at 16; write none alone");
        fails("boa(offer=td(e=1,e=2))", "parameter 'e' of td given twice at 18; give it once");
        fails("boa(offer=td(e=abc))", "expected a number for td's e, got 'abc' at 16; numbers look like 0.2, 2 or 1e-3");
        fails("boa(offer=td(e=NaN))", "expected a number for td's e, got 'NaN' at 16; numbers look like 0.2, 2 or 1e-3");
        fails("boa(offer=td(e=))", "expected a number for td's e but got ')' at 16; numbers look like 0.2, 2 or 1e-3");
        fails("boa(offer=td(e=-1))", "td's e must be ≥ 0, got -1 at 16; for example td(e=1)");
        fails("boa(offer=td(k=2))", "td's k must lie in [0, 1], got 2 at 16; for example td(k=0)");
        fails("boa(model=hardheaded,oms=bestn(n=2.5))",
                "bestn's n must be a whole number ≥ 1, got 2.5 at 34; for example bestn(n=3)");
        fails("boa(model=recency(decay=0))", "recency's decay must lie in (0, 1], got 0 at 25; for example "
                + "recency(decay=0.9)");
        fails("boa(model=hardheaded(l=0))", "hardheaded's l must be > 0, got 0 at 24; for example hardheaded(l=0.2)");
        fails("boa(offer=td(min=0.9,max=0.5))", "td: min 0.9 is above max 0.5 at 11; check the parameters of td");
        fails("boa(oms=best)", "OM strategy 'best' needs an opponent model at 9; add model=hardheaded or drop oms");
        fails("boa(model=none,oms=null)",
                "OM strategy 'null' needs an opponent model at 20; add model=hardheaded or drop oms");
        fails("boa(offer=td(e=1)", "expected ',' or ')' but the spec ended at 18; parts are separated by ','");
        fails("boa(offer=td(e=1;k=0))",
                "expected ',' or ')' but got ';' at 17; parameters look like name=value, separated by ','");
        fails("boa(offer td)", "expected '=' but got 't' at 11; write part=name or param=value");
        fails("boa offer=td", "expected '(' but got 'o' at 5; check the brackets");
        fails("boa() x", "unexpected 'x' after the end of the spec at 7; remove it");
        fails("boa(,)", "expected a part name but got ',' at 5; known: offer, model, oms, accept");
        fails("boa(accept=)", "expected an acceptance but got ')' at 12; known: next, const, time, combi, mac, "
                + "previous, gap, combimax, combiavg");
        String presets = String.join(", ", BoaSpec.presets().keySet());
        fails("boulware", "expected 'boa(', got 'boulware' at 1; presets: " + presets);
        fails("", "expected 'boa(' but the spec ended at 1; presets: " + presets);
        assertEquals(45, assertThrows(BoaSpecException.class,
                () -> BoaSpec.parse("boa(offer=td(e=0.1),model=hardheaded,accept=combo(t=0.98))")).position());
    }
}
