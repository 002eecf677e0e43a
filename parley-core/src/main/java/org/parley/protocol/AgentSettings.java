package org.parley.protocol;

import java.util.SplittableRandom;
import org.parley.preference.Profile;

/**
 * What an agent learns when a session starts: its own profile (never another party's), its position, the number of
 * parties, the deadline and protocol, and a seed for all its randomness (same seed, same behaviour).
 */
public record AgentSettings(int party, int partyCount, Profile profile, Deadline deadline, String protocol,
        long seed) {

    /** A fresh random generator seeded for this agent in this session. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }
}
