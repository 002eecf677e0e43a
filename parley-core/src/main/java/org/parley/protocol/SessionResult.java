package org.parley.protocol;

import java.util.List;

/**
 * How a session ended.
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

    public boolean hasAgreement() {
        return agreement != null;
    }
}
