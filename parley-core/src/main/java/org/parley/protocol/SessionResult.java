package org.parley.protocol;

import java.util.List;

/**
 * How a session ended. An immutable value: the arrays are copied in and handed out as fresh copies (use
 * {@link #utility(int)} and {@link #discountedUtility(int)} to read one party's value without a copy).
 *
 * @param agreement           the agreed outcome, or null
 * @param endedBy             why it ended
 * @param round               the 1-based round the session ended in
 * @param time                normalised time at the end (the t used for discounting)
 * @param actions             number of actions taken
 * @param utilities           each party's undiscounted utility: of the agreement, else its reservation value
 * @param discountedUtilities utilities discounted at {@code time} ({@code r·d^t} without agreement; on an error the
 *                            undiscounted reservation values, as GENIUS logs them)
 * @param error               null, or what went wrong, naming the agent
 * @param errorParty          the party at fault, or -1
 * @param trace               every action, when the session was asked to keep a trace (else empty)
 * @param agentNames          the agents' names in party order
 * @param nanos               wall time of the protocol, excluding the agents' init
 */
public record SessionResult(int[] agreement, End endedBy, int round, double time, int actions, double[] utilities,
        double[] discountedUtilities, String error, int errorParty, List<ActionRecord> trace, List<String> agentNames,
        long nanos) {

    /** Why a session ended. */
    public enum End { AGREEMENT, END_NEGOTIATION, DEADLINE, ERROR }

    public SessionResult {
        if (endedBy == null || utilities == null || discountedUtilities == null) {
            throw new IllegalArgumentException("a session result needs how it ended and every party's utilities");
        }
        if (utilities.length != discountedUtilities.length) {
            throw new IllegalArgumentException("a session result has " + utilities.length + " utilities and "
                    + discountedUtilities.length + " discounted utilities; they must match");
        }
        agreement = agreement == null ? null : agreement.clone();
        utilities = utilities.clone();
        discountedUtilities = discountedUtilities.clone();
        trace = trace == null ? List.of() : List.copyOf(trace);
        agentNames = agentNames == null ? List.of() : List.copyOf(agentNames);
    }

    /** The agreed outcome as a fresh copy, or null. */
    @Override
    public int[] agreement() {
        return agreement == null ? null : agreement.clone();
    }

    /** Every party's undiscounted utility, as a fresh copy. */
    @Override
    public double[] utilities() {
        return utilities.clone();
    }

    /** Every party's discounted utility, as a fresh copy. */
    @Override
    public double[] discountedUtilities() {
        return discountedUtilities.clone();
    }

    /** Party {@code party}'s undiscounted utility. */
    public double utility(int party) {
        return utilities[party];
    }

    /** Party {@code party}'s discounted utility. */
    public double discountedUtility(int party) {
        return discountedUtilities[party];
    }

    /** Number of parties. */
    public int parties() {
        return utilities.length;
    }

    public boolean hasAgreement() {
        return agreement != null;
    }
}
