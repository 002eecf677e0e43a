package org.parley.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.agent.boa.BoaSpec;
import org.parley.protocol.AgentFactory;

/**
 * Agents by name. A spec is a name, optionally followed by {@code ?genius} (use GENIUS's nearest-bid search,
 * {@link SortedOutcomes#nearestGenius}, instead of the clean {@link SortedOutcomes#nearest}) or by arguments in
 * parentheses for agents registered by other packages. Names are case-insensitive.
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
 *   <tr><td>{@code boa(...)} and the presets {@code boa-boulware}, {@code boa-linear}, {@code boa-conceder},
 *       {@code boa-mac}, {@code boa-hardheaded}, {@code boa-recency}</td><td>{@link BoaSpec}</td><td>no</td></tr>
 * </table>
 *
 * <p><b>Extension hook.</b> Other packages add agents with {@link #register(String, Function)}: the name is the
 * part of a spec before the first {@code (} or {@code ?} (lower-cased), and the function receives the whole spec
 * (trimmed, with the name lower-cased and the rest as given) and returns the factory, throwing
 * {@link IllegalArgumentException} for a bad spec. For example the BOA framework registers {@code "boa"} to handle
 * {@code boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))}, and a preset such as
 * {@code register("hardheaded", spec -> factory("boa(...)"))}. Registration must happen before the spec is used
 * (e.g. in a static initialiser that the application runs at start-up, or by adding one line to the static block
 * of this class for agents in parley-core). Built-in names cannot be replaced.
 */
public final class Agents {

    private static final Map<String, Function<String, AgentFactory>> REGISTRY = new TreeMap<>();
    private static final List<String> BUILT_IN = new ArrayList<>();

    static {
        builtIn("boulware", genius -> () -> new TimeDependentAgent("boulware", 0.2, genius));
        builtIn("conceder", genius -> () -> new TimeDependentAgent("conceder", 2, genius));
        builtIn("linear", genius -> () -> new TimeDependentAgent("linear", 1, genius));
        builtIn("hardliner", genius -> () -> new TimeDependentAgent("hardliner", 0, genius));
        builtIn("boulware-party", genius -> () -> new TimeDependentParty("boulware-party", 0.2, genius));
        builtIn("conceder-party", genius -> () -> new TimeDependentParty("conceder-party", 2, genius));
        builtIn("tit-for-tat", genius -> () -> new TitForTatAgent(genius));
        builtIn("random", null, RandomAgent::new);
        builtIn("micro", null, MicroAgent::new);
        // BOA agents: full specs boa(offer=...,model=...,oms=...,accept=...) and the named presets
        REGISTRY.put("boa", BoaSpec::parse);
        BUILT_IN.add("boa");
        for (String preset : BoaSpec.presets().keySet()) {
            REGISTRY.put(preset, spec -> {
                if (!spec.equals(preset)) {
                    throw new IllegalArgumentException("BOA preset '" + preset + "' takes no options, got '" + spec
                            + "'; write the full boa(...) spec to change its parts");
                }
                return BoaSpec.parse(preset);
            });
            BUILT_IN.add(preset);
        }
    }

    private Agents() {
    }

    private interface NearestChoice {
        AgentFactory with(boolean geniusNearest);
    }

    private static void builtIn(String name, NearestChoice choice) {
        builtIn(name, choice, null);
    }

    private static void builtIn(String name, NearestChoice choice, AgentFactory plain) {
        BUILT_IN.add(name);
        REGISTRY.put(name, spec -> {
            String option = spec.length() > name.length() ? spec.substring(name.length()) : "";
            if (option.isEmpty()) {
                return choice != null ? choice.with(false) : plain;
            }
            if (choice != null && option.equalsIgnoreCase("?genius")) {
                return choice.with(true);
            }
            throw new IllegalArgumentException("agent '" + name + "' " + (choice == null ? "takes no options"
                    : "takes only the option ?genius") + ", got '" + spec + "'");
        });
    }

    /**
     * Adds an agent kind under {@code name} (lower-cased; letters, digits, {@code -} and {@code _}). Registering a
     * name again replaces the earlier registration; built-in names cannot be replaced.
     */
    public static synchronized void register(String name, Function<String, AgentFactory> factory) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!key.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("an agent name needs letters, digits, '-' or '_', got '" + name + "'");
        }
        if (BUILT_IN.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is a built-in agent and cannot be replaced");
        }
        if (factory == null) {
            throw new IllegalArgumentException("no factory given for agent '" + key + "'");
        }
        REGISTRY.put(key, factory);
    }

    /** Every known name, sorted: the built-ins and those registered. */
    public static synchronized List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /** The factory for {@code spec}, e.g. {@code boulware}, {@code Conceder-Party?genius} or {@code boa(...)}. */
    public static AgentFactory factory(String spec) {
        String s = spec == null ? "" : spec.trim();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '?') {
                end = i;
                break;
            }
        }
        String name = s.substring(0, end).trim().toLowerCase(Locale.ROOT);
        Function<String, AgentFactory> f;
        List<String> known;
        synchronized (Agents.class) {
            f = REGISTRY.get(name);
            known = List.copyOf(REGISTRY.keySet());
        }
        if (f == null) {
            String hint = org.parley.util.Suggestions.best(name, known);
            throw new IllegalArgumentException("unknown agent '" + s + "'; known: " + String.join(", ", known)
                    + (hint == null ? "" : " (did you mean " + hint + "?)"));
        }
        AgentFactory factory = f.apply(name + s.substring(end));
        if (factory == null) {
            throw new IllegalArgumentException("agent '" + name + "' gave no factory for '" + s + "'");
        }
        return factory;
    }
}
