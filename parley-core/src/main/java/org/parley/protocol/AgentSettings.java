package org.parley.protocol;

import java.util.SplittableRandom;
import org.parley.preference.Profile;

/**
 * What an agent learns when a session starts: its own profile (never another party's), its position, the number of
 * parties, the deadline and protocol, a seed for all its randomness (same seed, same behaviour), and the run's
 * {@link RunContext}, where costly values derived from its profile are shared between sessions.
 */
public record AgentSettings(int party, int partyCount, Profile profile, Deadline deadline, String protocol,
        long seed, RunContext context) {

    public AgentSettings {
        if (context == null) {
            throw new IllegalArgumentException("agent settings need a run context");
        }
    }

    /** Settings with a context of their own (nothing shared with other sessions): for tests and single agents. */
    public AgentSettings(int party, int partyCount, Profile profile, Deadline deadline, String protocol, long seed) {
        this(party, partyCount, profile, deadline, protocol, seed, new RunContext());
    }

    /** A fresh random generator seeded for this agent in this session. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }
}
