package org.parley.agent.boa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.parley.agent.boa.PartCatalog.Kind;
import org.parley.agent.boa.SpecParser.Part;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;

/**
 * A BOA agent described in one line, as users type it on the command line and in YAML, e.g.
 * {@code boa(offer=td(e=0.1), model=hardheaded, accept=combi(t=0.98))}. Parsed specs are {@link AgentFactory}s:
 * every {@link #create()} builds a {@link BoaAgent} with fresh parts.
 *
 * <h2>Grammar</h2>
 * <pre>
 * spec   := preset | 'boa' '(' [ slot ( ',' slot )* ] ')'
 * slot   := ( 'offer' | 'model' | 'oms' | 'accept' ) '=' part
 * part   := name [ '(' [ name '=' number ( ',' name '=' number )* ] ')' ]
 * number := [+-] digits [ '.' digits ] [ ('e'|'E') [+-] digits ]
 * </pre>
 * Whitespace is allowed between tokens; names are case-insensitive. Each slot at most once, in any order; each
 * parameter at most once. Errors are one line naming the problem, its 1-based position and a hint
 * ({@link BoaSpecException}).
 *
 * <h2>Parts and defaults</h2>
 * <table>
 *   <caption>What each slot accepts (parameters with defaults)</caption>
 *   <tr><th>slot</th><th>part</th><th>meaning</th></tr>
 *   <tr><td>offer (default td)</td><td>{@code td(e=1,k=0,min=,max=)}</td><td>{@link TimeDependentOffering};
 *       min/max default to my profile's minimum/maximum utility</td></tr>
 *   <tr><td>model (default none)</td><td>{@code hardheaded(l=0.2)}</td><td>{@link HardHeadedFrequencyModel}</td></tr>
 *   <tr><td></td><td>{@code recency(decay=0.9)}</td><td>{@link RecencyFrequencyModel}</td></tr>
 *   <tr><td></td><td>{@code none}</td><td>no model: bid nearest the target</td></tr>
 *   <tr><td>oms (default best with a model; not allowed without one)</td><td>{@code best}</td>
 *       <td>{@link BestBid}</td></tr>
 *   <tr><td></td><td>{@code bestn(n=3)}</td><td>{@link OfferBestN}</td></tr>
 *   <tr><td></td><td>{@code null}</td><td>{@link NullStrategy}</td></tr>
 *   <tr><td>accept (default next)</td><td>{@code next(a=1,b=0)}</td><td>{@link AcNext}</td></tr>
 *   <tr><td></td><td>{@code const(c=0.9)}</td><td>{@link AcConst} (strict)</td></tr>
 *   <tr><td></td><td>{@code time(t=0.99)}</td><td>{@link AcTime} (strict)</td></tr>
 *   <tr><td></td><td>{@code combi(a=1,b=0,t=0.98)}</td><td>{@link AcCombi}</td></tr>
 *   <tr><td></td><td>{@code mac(t=0.98)}</td><td>{@link AcCombiMaxInWindow}</td></tr>
 *   <tr><td></td><td>{@code previous(a=1,b=0)}</td><td>{@link AcPrevious}</td></tr>
 *   <tr><td></td><td>{@code gap(c=0.01)}</td><td>{@link AcGap}</td></tr>
 *   <tr><td></td><td>{@code combimax(t=0.98)}</td><td>{@link AcCombiMax}</td></tr>
 *   <tr><td></td><td>{@code combiavg(t=0.98)}</td><td>{@link AcCombiAvg}</td></tr>
 * </table>
 *
 * <h2>Presets</h2>
 * <table>
 *   <caption>Named presets ({@link #presets()})</caption>
 *   <tr><th>name</th><th>spec</th></tr>
 *   <tr><td>boa-boulware</td><td>{@code boa(offer=td(e=0.2),model=hardheaded,oms=best,accept=next)}</td></tr>
 *   <tr><td>boa-linear</td><td>{@code boa(offer=td(e=1),model=hardheaded,oms=best,accept=next)}</td></tr>
 *   <tr><td>boa-conceder</td><td>{@code boa(offer=td(e=2),model=hardheaded,oms=best,accept=next)}</td></tr>
 *   <tr><td>boa-mac</td><td>{@code boa(offer=td(e=0.1),model=hardheaded,oms=best,accept=mac(t=0.98))}</td></tr>
 *   <tr><td>boa-hardheaded</td><td>{@code boa(offer=td(e=0.05),model=hardheaded,oms=best,accept=mac(t=0.98))}</td></tr>
 *   <tr><td>boa-recency</td><td>{@code boa(offer=td(e=0.2),model=recency,oms=bestn(n=3),accept=combi(t=0.98))}</td></tr>
 * </table>
 *
 * <p>{@link #toString()} is canonical: every slot (oms only with a model), every parameter with its value, in
 * the order above, no spaces; parsing it gives an equal spec. Agents are named after the preset they came from,
 * else after the canonical spec.
 */
public final class BoaSpec implements AgentFactory {

    private static final Map<String, String> PRESETS;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("boa-boulware", "boa(offer=td(e=0.2),model=hardheaded,oms=best,accept=next)");
        p.put("boa-linear", "boa(offer=td(e=1),model=hardheaded,oms=best,accept=next)");
        p.put("boa-conceder", "boa(offer=td(e=2),model=hardheaded,oms=best,accept=next)");
        p.put("boa-mac", "boa(offer=td(e=0.1),model=hardheaded,oms=best,accept=mac(t=0.98))");
        p.put("boa-hardheaded", "boa(offer=td(e=0.05),model=hardheaded,oms=best,accept=mac(t=0.98))");
        p.put("boa-recency", "boa(offer=td(e=0.2),model=recency,oms=bestn(n=3),accept=combi(t=0.98))");
        PRESETS = Collections.unmodifiableMap(p);
    }

    private static final Pattern SPEC_START = Pattern.compile("(?i)\\s*boa\\s*\\(.*", Pattern.DOTALL);

    private final Map<Kind, Part> parts;
    private final String canonical;
    private final String name;

    private BoaSpec(Map<Kind, Part> parts, String name) {
        this.parts = parts;
        StringBuilder sb = new StringBuilder("boa(");
        for (Kind k : Kind.values()) {
            Part part = parts.get(k);
            if (part != null) {
                sb.append(sb.length() > 4 ? "," : "").append(k.key).append('=').append(part.canonical());
            }
        }
        this.canonical = sb.append(')').toString();
        this.name = name == null ? canonical : name;
    }

    /**
     * Parses a spec or a preset name.
     *
     * @throws BoaSpecException with a one-line message naming the bad part, its position and a hint
     */
    public static BoaSpec parse(String text) {
        if (text == null) {
            throw new BoaSpecException("no BOA spec given", 0);
        }
        String preset = PRESETS.get(text.strip().toLowerCase(Locale.ROOT));
        if (preset != null) {
            return new BoaSpec(SpecParser.parse(preset), text.strip().toLowerCase(Locale.ROOT));
        }
        return new BoaSpec(SpecParser.parse(text), null);
    }

    /** True when {@code text} is a preset name or starts like a spec ({@code boa(}); it may still fail to parse. */
    public static boolean isBoaSpec(String text) {
        return text != null && (PRESETS.containsKey(text.strip().toLowerCase(Locale.ROOT))
                || SPEC_START.matcher(text).matches());
    }

    /** The named presets, name → spec, in a stable order. */
    public static Map<String, String> presets() {
        return PRESETS;
    }

    /** The agents' name: the preset name, or the canonical spec. */
    public String name() {
        return name;
    }

    /** True when the spec has an opponent model. */
    public boolean hasModel() {
        return parts.containsKey(Kind.OMS);
    }

    /** A fresh {@link BoaAgent} with fresh parts (and, per opponent, a fresh model), named {@link #name()}. */
    @Override
    public Agent create() {
        Part model = parts.get(Kind.MODEL);
        Supplier<OpponentModel> models = hasModel() ? () -> (OpponentModel) model.make() : null;
        return new BoaAgent(name, (OfferingStrategy) parts.get(Kind.OFFER).make(), models,
                hasModel() ? (OmStrategy) parts.get(Kind.OMS).make() : null,
                (AcceptanceStrategy) parts.get(Kind.ACCEPT).make());
    }

    /** The canonical spec (see the class comment). */
    @Override
    public String toString() {
        return canonical;
    }

    /** Specs are equal when their canonical forms are (the name does not count). */
    @Override
    public boolean equals(Object o) {
        return o instanceof BoaSpec s && s.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }
}
