package org.parley.tournament;

/**
 * One agent entered in a tournament.
 *
 * @param name the entrant's name in results and reports, unique within the tournament (no {@code ;}, no control
 *             characters, so that it fits GENIUS's CSV)
 * @param spec the agent spec given to {@link org.parley.agent.AgentRegistry#factory(String)}, e.g. {@code boulware} or
 *             {@code boa(offer=td(e=0.1),model=hardheaded,accept=mac(t=0.98))}
 */
public record Entrant(String name, String spec) {

    public Entrant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agent needs a non-blank name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("agent name '" + name.replaceAll("\\p{Cntrl}", "?")
                        + "' contains ';' or a control character; choose a name without them");
            }
        }
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("agent '" + name + "' needs a spec");
        }
    }

    /** An entrant named after its spec. */
    public static Entrant of(String spec) {
        return new Entrant(spec == null ? null : spec.trim(), spec);
    }
}
