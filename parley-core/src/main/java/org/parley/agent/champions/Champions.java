package org.parley.agent.champions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.parley.agent.AgentFactory;
import org.parley.protocol.Agent;

/**
 * The ANAC champions by name: {@code agentk}, {@code hardheaded}, {@code nice-tit-for-tat}, {@code gahboninho},
 * {@code cuhkagent}, {@code the-fawkes}, {@code atlas3}, {@code ponpoko} and {@code agentgg}. A spec is the name,
 * or for agents whose original has bugs that change results the name followed by {@code ?genius} to reproduce them.
 */
public final class Champions {

    private interface Maker {
        Agent make(boolean genius);
    }

    private record Entry(Maker maker, boolean hasGeniusVariant) {
    }

    private static final Map<String, Entry> AGENTS = new LinkedHashMap<>();

    static {
        AGENTS.put("agentk", new Entry(AgentK::new, true));
        AGENTS.put("hardheaded", new Entry(HardHeaded::new, true));
        AGENTS.put("nice-tit-for-tat", new Entry(NiceTitForTat::new, true));
        AGENTS.put("gahboninho", new Entry(Gahboninho::new, true));
        AGENTS.put("cuhkagent", new Entry(CuhkAgent::new, true));
        AGENTS.put("the-fawkes", new Entry(TheFawkes::new, true));
        AGENTS.put("atlas3", new Entry(Atlas3::new, true));
        AGENTS.put("ponpoko", new Entry(genius -> new PonPoko(), false));
        AGENTS.put("agentgg", new Entry(AgentGG::new, true));
    }

    private Champions() {
    }

    /** The champions' names, in the order of the competitions. */
    public static Iterable<String> names() {
        return AGENTS.keySet();
    }

    /**
     * Hands every champion to {@code registry} as a name and a spec parser (the spec is the lower-cased name plus
     * any option as given; a bad option throws {@link IllegalArgumentException}).
     */
    public static void registerInto(BiConsumer<String, Function<String, AgentFactory>> registry) {
        for (Map.Entry<String, Entry> e : AGENTS.entrySet()) {
            String name = e.getKey();
            Entry entry = e.getValue();
            registry.accept(name, spec -> factory(name, entry, spec));
        }
    }

    private static AgentFactory factory(String name, Entry entry, String spec) {
        String option = spec.length() > name.length() ? spec.substring(name.length()) : "";
        if (option.isEmpty()) {
            return () -> entry.maker().make(false);
        }
        if (entry.hasGeniusVariant() && option.equalsIgnoreCase("?genius")) {
            return () -> entry.maker().make(true);
        }
        throw new IllegalArgumentException("agent '" + name + "' " + (entry.hasGeniusVariant()
                ? "takes only the option ?genius" : "takes no options") + ", got '" + spec + "'");
    }
}
