package org.parley.tournament;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.measures.SessionMeasures;
import org.parley.protocol.GeniusCsv;

/**
 * Everything recorded about one finished tournament session: one JSON line in {@code results.jsonl}, one row of
 * the GENIUS CSV. Lists and arrays are in seat order (seat 0 opened). Field by field in {@code docs/tournament.md}.
 * Immutable: lists and the agreement are unmodifiable copies, the arrays are copied in and out
 * ({@link #utility(int)} and {@link #discountedUtility(int)} read one value without a copy).
 *
 * @param id                  the session's id in the plan
 * @param scenario            the scenario's name
 * @param repetition          0-based repetition
 * @param seed                the session seed
 * @param agents              entrant names per seat
 * @param profiles            profile names per seat
 * @param deadline            as GENIUS logs it, e.g. {@code 180rounds}
 * @param endedBy             {@code agreement}, {@code end_negotiation}, {@code deadline}, {@code error} (an agent's
 *                            fault) or {@code internal_error} (parley's own fault)
 * @param agreement           issue name → value label of the agreement, or null
 * @param round               1-based round the session ended in
 * @param time                normalised time at the end
 * @param actions             actions taken
 * @param utilities           undiscounted utilities of the agreement, else the reservation values
 * @param discountedUtilities utilities discounted at {@code time} (see {@link org.parley.protocol.SessionResult})
 * @param welfare             sum of {@code utilities}
 * @param distPareto          Euclidean distance from {@code utilities} to the nearest point of the exact undiscounted
 *                            Pareto frontier of the seated profiles
 * @param distNash            distance from {@code utilities} to the undiscounted Nash point (NaN when there is none)
 * @param genius              GENIUS's columns: distances in the space discounted at {@code time}, no agreement at the
 *                            origin, welfare of discounted utilities (see {@link GeniusCsv})
 * @param error               what went wrong, or null
 * @param errorAgent          the entrant at fault, or null (always for an internal error)
 * @param runSeconds          wall time of the protocol (the only field that differs between identical runs)
 * @param measures            behaviour and opponent-model measures, or null (a session parley failed, or a record
 *                            read from a file written before they existed)
 */
public record SessionRecord(int id, String scenario, int repetition, long seed, List<String> agents,
        List<String> profiles, String deadline, String endedBy, Map<String, String> agreement, int round,
        double time, int actions, double[] utilities, double[] discountedUtilities, double welfare, double distPareto,
        double distNash, GeniusCsv.Analysis genius, String error, String errorAgent, double runSeconds,
        SessionMeasures measures) {

    /** {@link #endedBy()} of a session that parley itself failed. */
    public static final String INTERNAL_ERROR = "internal_error";

    public SessionRecord {
        agents = List.copyOf(agents);
        profiles = List.copyOf(profiles);
        agreement = agreement == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(agreement));
        utilities = utilities.clone();
        discountedUtilities = discountedUtilities.clone();
        if (agents.size() != profiles.size() || agents.size() != utilities.length
                || agents.size() != discountedUtilities.length) {
            throw new IllegalArgumentException("session " + id + ": " + agents.size() + " agents, " + profiles.size()
                    + " profiles, " + utilities.length + " utilities and " + discountedUtilities.length
                    + " discounted utilities; they must match");
        }
    }

    /** A record without measures. */
    public SessionRecord(int id, String scenario, int repetition, long seed, List<String> agents,
            List<String> profiles, String deadline, String endedBy, Map<String, String> agreement, int round,
            double time, int actions, double[] utilities, double[] discountedUtilities, double welfare,
            double distPareto, double distNash, GeniusCsv.Analysis genius, String error, String errorAgent,
            double runSeconds) {
        this(id, scenario, repetition, seed, agents, profiles, deadline, endedBy, agreement, round, time, actions,
                utilities, discountedUtilities, welfare, distPareto, distNash, genius, error, errorAgent, runSeconds,
                null);
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }

    @Override
    public double[] discountedUtilities() {
        return discountedUtilities.clone();
    }

    public double utility(int seat) {
        return utilities[seat];
    }

    public double discountedUtility(int seat) {
        return discountedUtilities[seat];
    }

    /** True when parley itself failed in this session, not an agent. */
    public boolean isInternalError() {
        return INTERNAL_ERROR.equals(endedBy);
    }

    public boolean hasAgreement() {
        return agreement != null;
    }

    /** Number of seats. */
    public int parties() {
        return agents.size();
    }

    /** Equal when every field is: arrays by content, numbers as {@link Double#compare} does (NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SessionRecord r && r.id == id && r.scenario.equals(scenario) && r.repetition == repetition
                && r.seed == seed && r.agents.equals(agents) && r.profiles.equals(profiles)
                && r.deadline.equals(deadline) && r.endedBy.equals(endedBy) && Objects.equals(r.agreement, agreement)
                && r.round == round && Double.compare(r.time, time) == 0 && r.actions == actions
                && Arrays.equals(r.utilities, utilities) && Arrays.equals(r.discountedUtilities, discountedUtilities)
                && Double.compare(r.welfare, welfare) == 0 && Double.compare(r.distPareto, distPareto) == 0
                && Double.compare(r.distNash, distNash) == 0 && Objects.equals(r.genius, genius)
                && Objects.equals(r.error, error) && Objects.equals(r.errorAgent, errorAgent)
                && Double.compare(r.runSeconds, runSeconds) == 0 && Objects.equals(r.measures, measures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, scenario, repetition, seed, agents, endedBy, round, Arrays.hashCode(utilities));
    }

    @Override
    public String toString() {
        return "SessionRecord[id=" + id + ", scenario=" + scenario + ", repetition=" + repetition + ", agents="
                + agents + ", profiles=" + profiles + ", endedBy=" + endedBy + ", agreement=" + agreement
                + ", round=" + round + ", utilities=" + Arrays.toString(utilities) + ", discountedUtilities="
                + Arrays.toString(discountedUtilities) + ", error=" + error + "]";
    }

    /** This session as one row of GENIUS's tournament CSV ({@link GeniusCsv#header(int)}). */
    public String geniusRow() {
        return GeniusCsv.row(runSeconds, round, error, deadline, hasAgreement(), genius, agents, utilities,
                discountedUtilities, profiles);
    }
}
