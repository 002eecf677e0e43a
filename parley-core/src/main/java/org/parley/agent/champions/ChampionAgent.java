package org.parley.agent.champions;

import java.util.Random;
import org.parley.domain.Domain;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Offer;

/**
 * What the champions share: their settings and profile, the {@code ?genius} choice, and their random generators.
 *
 * <p>The originals draw from {@link java.util.Random} (its algorithm is fixed by the Java specification), so the
 * champions do too: generator number {@code k} of an agent is seeded from the session's agent seed and {@code k},
 * so the same session seed gives the same negotiation. {@link #seeded(long...)} replaces these seeds by fixed ones,
 * e.g. the seeds the original authors used for their tests, to replay such a run exactly.
 */
abstract class ChampionAgent implements Agent {

    private final String name;
    /** Reproduce the original's documented bugs (see the agent's javadoc) instead of the clean behaviour. */
    final boolean genius;
    private long[] fixedSeeds;

    AgentSettings settings;
    int party;
    Profile profile;
    Domain domain;

    ChampionAgent(String name, boolean genius) {
        this.name = genius ? name + "?genius" : name;
        this.genius = genius;
    }

    @Override
    public final void init(AgentSettings settings) {
        this.settings = settings;
        this.party = settings.party();
        this.profile = settings.profile();
        this.domain = profile.domain();
        started();
    }

    /** Called at the end of {@link #init}, once the fields are set. */
    abstract void started();

    /**
     * Seeds the agent's generators with {@code seeds} (generator k gets {@code seeds[k]}) instead of deriving them
     * from the session seed; call before the session starts. Returns this agent.
     */
    public ChampionAgent seeded(long... seeds) {
        this.fixedSeeds = seeds.clone();
        return this;
    }

    /** Generator number {@code k} of this agent in this session. */
    final Random random(int k) {
        if (fixedSeeds != null) {
            if (k >= fixedSeeds.length) {
                throw new IllegalStateException("agent " + name + " needs a seed for its generator " + k + " but "
                        + fixedSeeds.length + " were given");
            }
            return new FastRandom(fixedSeeds[k]);
        }
        return new FastRandom(streamSeed(settings.seed(), k));
    }

    /** A well-mixed seed for generator {@code k} of an agent seeded with {@code seed} (SplitMix64 finaliser). */
    static long streamSeed(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    final Offer offer(int[] outcome) {
        return new Offer(party, outcome);
    }

    final Accept accept(int[] outcome) {
        return new Accept(party, outcome);
    }

    /** True when this agent reproduces the original's documented bugs ({@code ?genius}). */
    public final boolean genius() {
        return genius;
    }

    @Override
    public final String name() {
        return name;
    }
}
