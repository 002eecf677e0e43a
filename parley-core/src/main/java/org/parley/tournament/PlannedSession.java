package org.parley.tournament;

import java.util.Arrays;

/**
 * One session of a {@link TournamentPlan}. Immutable: the arrays are copied in and out.
 *
 * @param id         position in the plan, 0-based; the same tournament always gives the same id to the same session
 * @param scenario   index of the scenario
 * @param agents     entrant index per party (party 0 opens)
 * @param profiles   the scenario's profile index per party
 * @param ordering   index of {@code profiles} among the scenario's orderings
 * @param repetition 0-based repetition
 * @param seed       the session seed
 */
public record PlannedSession(int id, int scenario, int[] agents, int[] profiles, int ordering, int repetition,
        long seed) {

    public PlannedSession {
        agents = agents.clone();
        profiles = profiles.clone();
    }

    @Override
    public int[] agents() {
        return agents.clone();
    }

    @Override
    public int[] profiles() {
        return profiles.clone();
    }

    /** The entrant seated at {@code party}. */
    public int agent(int party) {
        return agents[party];
    }

    /** The profile index used by {@code party}. */
    public int profile(int party) {
        return profiles[party];
    }

    /** Number of parties. */
    public int parties() {
        return agents.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannedSession p && p.id == id && p.scenario == scenario && Arrays.equals(p.agents, agents)
                && Arrays.equals(p.profiles, profiles) && p.ordering == ordering && p.repetition == repetition
                && p.seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + id;
    }

    @Override
    public String toString() {
        return "PlannedSession[id=" + id + ", scenario=" + scenario + ", agents=" + Arrays.toString(agents)
                + ", profiles=" + Arrays.toString(profiles) + ", ordering=" + ordering + ", repetition=" + repetition
                + ", seed=" + seed + "]";
    }
}
