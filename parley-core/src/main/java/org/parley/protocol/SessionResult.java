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
 * @param error               null, or what went wrong, naming the agent (or starting {@code internal error:})
 * @param errorParty          the party at fault, or -1 (always for an internal error)
 * @param trace               every action, when the session was asked to keep a trace (else empty)
 * @param agentNames          the agents' names in party order
 * @param nanos               wall time of the protocol, excluding the agents' init
 */
public record SessionResult(int[] agreement, End endedBy, int round, double time, int actions, double[] utilities,
        double[] discountedUtilities, String error, int errorParty, List<ActionRecord> trace, List<String> agentNames,
        long nanos) {

    /**
     * Why a session ended: an agreement, a party walking away, the deadline, an agent's fault ({@code ERROR}, the
     * agent named in {@link #errorParty()}), or parley's own fault ({@code INTERNAL_ERROR}, no agent to blame).
     */
    public enum End { AGREEMENT, END_NEGOTIATION, DEADLINE, ERROR, INTERNAL_ERROR }

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

    /**
     * The result recorded when parley itself failed in a session (see {@link InternalFault}): no agreement, every
     * party's reservation value, no agent at fault.
     */
    public static SessionResult internalError(String error, double[] reservationValues, List<String> agentNames) {
        return new SessionResult(null, End.INTERNAL_ERROR, 1, 0.0, 0, reservationValues, reservationValues, error, -1,
                List.of(), agentNames, 0);
    }

    /** True when parley itself failed in this session (not an agent). */
    public boolean isInternalError() {
        return endedBy == End.INTERNAL_ERROR;
    }

    public boolean hasAgreement() {
        return agreement != null;
    }
}
