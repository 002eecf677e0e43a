package org.parley.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.agent.boa.BoaSpec;
import org.parley.agent.champions.Champions;
import org.parley.protocol.AgentFactory;

/**
 * The agents that ship with parley, offered to every {@link AgentRegistry} like any other provider's. Adding a
 * built-in agent is one line in the constructor: {@link #plain} for an agent that takes no options,
 * {@link #genius} for one that also takes {@code ?genius} (GENIUS's order of equal-utility outcomes,
 * {@link SortedOutcomes#geniusOrder}). The ANAC champions come from {@link Champions}, where {@code ?genius} means
 * the original's bugs.
 *
 * <table>
 *   <caption>Built-in agents</caption>
 *   <tr><th>name</th><th>agent</th><th>?genius</th></tr>
 *   <tr><td>{@code boulware}</td><td>{@link TimeDependentAgent}, e = 0.2</td><td>yes</td></tr>
 *   <tr><td>{@code conceder}</td><td>{@link TimeDependentAgent}, e = 2</td><td>yes</td></tr>
 *   <tr><td>{@code linear}</td><td>{@link TimeDependentAgent}, e = 1</td><td>yes</td></tr>
 *   <tr><td>{@code hardliner}</td><td>{@link TimeDependentAgent}, e = 0</td><td>yes</td></tr>
 *   <tr><td>{@code boulware-party}</td><td>{@link TimeDependentParty}, e = 0.2</td><td>yes</td></tr>
 *   <tr><td>{@code conceder-party}</td><td>{@link TimeDependentParty}, e = 2</td><td>yes</td></tr>
 *   <tr><td>{@code tit-for-tat}</td><td>{@link TitForTatAgent}</td><td>yes</td></tr>
 *   <tr><td>{@code random}</td><td>{@link RandomAgent}</td><td>no</td></tr>
 *   <tr><td>{@code micro}</td><td>{@link MicroAgent}</td><td>no</td></tr>
 *   <tr><td>{@code truthful}, {@code strategic}</td><td>{@link TruthfulVoter}, {@link StrategicVoter}: parties of
 *       the single negotiating text</td><td>no</td></tr>
 *   <tr><td>{@code agentk}, {@code hardheaded}, {@code nice-tit-for-tat}, {@code gahboninho}, {@code cuhkagent},
 *       {@code the-fawkes}, {@code atlas3}, {@code ponpoko}, {@code agentgg}</td><td>the ANAC champions
 *       ({@link Champions})</td><td>all but {@code ponpoko}: reproduce the original's bugs</td></tr>
 *   <tr><td>{@code boa(...)} and the presets {@code boa-boulware}, {@code boa-linear}, {@code boa-conceder},
 *       {@code boa-mac}, {@code boa-hardheaded}, {@code boa-recency}</td><td>{@link BoaSpec}</td><td>no</td></tr>
 * </table>
 */
final class BuiltInAgents implements AgentProvider {

    /** Makes the agent as GENIUS's ({@code ?genius}) or parley's. */
    @FunctionalInterface
    interface GeniusChoice {
        AgentFactory with(boolean genius);
    }

    private record Kind(String description, GeniusChoice genius, AgentFactory plain) {
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    BuiltInAgents() {
        genius("boulware", "time-dependent, e = 0.2: concedes late", g -> () -> new TimeDependentAgent("boulware",
                0.2, g));
        genius("conceder", "time-dependent, e = 2: concedes early", g -> () -> new TimeDependentAgent("conceder", 2,
                g));
        genius("linear", "time-dependent, e = 1: concedes linearly", g -> () -> new TimeDependentAgent("linear", 1,
                g));
        genius("hardliner", "time-dependent, e = 0: never concedes", g -> () -> new TimeDependentAgent("hardliner",
                0, g));
        genius("boulware-party", "GENIUS's BoulwareNegotiationParty (e = 0.2)",
                g -> () -> new TimeDependentParty("boulware-party", 0.2, g));
        genius("conceder-party", "GENIUS's ConcederNegotiationParty (e = 2)",
                g -> () -> new TimeDependentParty("conceder-party", 2, g));
        genius("tit-for-tat", "relative tit-for-tat: concedes as much as the opponent's last move conceded",
                g -> () -> new TitForTatAgent(g));
        plain("random", "bids uniformly among the outcomes worth at least its reservation value", RandomAgent::new);
        plain("micro", "MiCRO (ANAC 2022): concedes one outcome at a time, only while the opponent keeps up",
                MicroAgent::new);
        plain("truthful", "single-text voter: accepts a change iff it is better for it than the current text",
                TruthfulVoter::new);
        plain("strategic", "single-text voter: accepts iff the proposal reaches a threshold falling from 1 to its "
                + "reservation value", StrategicVoter::new);
        // the ANAC champions (org.parley.agent.champions): ?genius reproduces the original's bugs
        for (Champions.Champion c : Champions.all()) {
            kinds.put(c.name(), c.hasGeniusVariant() ? new Kind(c.description(), g -> () -> c.maker().make(g), null)
                    : new Kind(c.description(), null, () -> c.maker().make(false)));
        }
        kinds.put("boa", new Kind("an agent assembled from BOA parts: boa(offer=...,model=...,oms=...,accept=...)",
                null, null));
        for (Map.Entry<String, String> preset : BoaSpec.presets().entrySet()) {
            kinds.put(preset.getKey(), new Kind("BOA preset " + preset.getValue(), null, null));
        }
    }

    /** A built-in agent that takes no options. */
    private void plain(String name, String description, AgentFactory factory) {
        kinds.put(name, new Kind(description, null, factory));
    }

    /** A built-in agent that also takes {@code ?genius}. */
    private void genius(String name, String description, GeniusChoice choice) {
        kinds.put(name, new Kind(description, choice, null));
    }

    @Override
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(kinds.keySet()));
    }

    @Override
    public String description(String name) {
        Kind k = kinds.get(name);
        return k == null ? "" : k.description();
    }

    @Override
    public AgentFactory factory(AgentSpec spec) {
        String name = spec.name();
        Kind k = kinds.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no built-in agent '" + name + "'");
        }
        if (name.equals("boa")) {
            return BoaSpec.parse(spec.toString());
        }
        if (k.plain() == null && k.genius() == null) {
            if (spec.hasOptions()) {
                throw new IllegalArgumentException("BOA preset '" + name + "' takes no options, got '" + spec
                        + "'; write the full boa(...) spec to change its parts");
            }
            return BoaSpec.parse(name);
        }
        if (!spec.hasOptions()) {
            return k.genius() != null ? k.genius().with(false) : k.plain();
        }
        if (k.genius() != null && spec.options().equalsIgnoreCase("?genius")) {
            return k.genius().with(true);
        }
        throw new IllegalArgumentException("agent '" + name + "' " + (k.genius() == null ? "takes no options"
                : "takes only the option ?genius") + ", got '" + spec + "'");
    }
}
