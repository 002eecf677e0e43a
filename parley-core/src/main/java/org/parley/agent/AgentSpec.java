package org.parley.agent;

import java.util.Locale;

/**
 * An agent spec as a user writes it, split into the agent's name and its options: {@code boulware} has none,
 * {@code Conceder-Party?genius} is {@code conceder-party} with {@code ?genius}, {@code boa(offer=td(e=0.1))} is
 * {@code boa} with {@code (offer=td(e=0.1))}. The name ends at the first {@code (} or {@code ?}; it is lower-cased,
 * the options are kept as given.
 *
 * @param name    the agent's name, lower-case
 * @param options what follows the name, e.g. {@code (e=0.1)} or {@code ?genius}; empty when there is none
 */
public record AgentSpec(String name, String options) {

    public AgentSpec {
        name = name == null ? "" : name;
        options = options == null ? "" : options;
    }

    /** Splits {@code spec} (surrounding blanks ignored) into its name and options. */
    public static AgentSpec parse(String spec) {
        String s = spec == null ? "" : spec.trim();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '?') {
                end = i;
                break;
            }
        }
        return new AgentSpec(s.substring(0, end).trim().toLowerCase(Locale.ROOT), s.substring(end));
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /**
     * For agents that take no options.
     *
     * @throws IllegalArgumentException naming the spec when it has options
     */
    public void requireNoOptions() {
        if (hasOptions()) {
            throw new IllegalArgumentException("agent '" + name + "' takes no options, got '" + this + "'");
        }
    }

    /** The spec as written: name and options, e.g. {@code boa(offer=td(e=0.1))}. */
    @Override
    public String toString() {
        return name + options;
    }
}
