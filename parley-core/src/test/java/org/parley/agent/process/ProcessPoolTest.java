package org.parley.agent.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.protocol.SessionSpec;

/** The reaper's check interval: a twentieth of the shortest budget, between its floor and its ceiling. */
class ProcessPoolTest {

    @Test
    void theReaperChecksEveryTwentiethOfTheShortestBudget() {
        assertEquals(10, ProcessPool.reapMillis(200_000_000L));
        assertEquals(25, ProcessPool.reapMillis(500_000_000L));
        // the default budget, a long one, and none armed yet: the ceiling
        assertEquals(ProcessPool.REAP_MAX_MILLIS, ProcessPool.reapMillis(SessionSpec.DEFAULT_ROUND_CALL_BUDGET_NANOS));
        assertEquals(ProcessPool.REAP_MAX_MILLIS, ProcessPool.reapMillis(60_000_000_000L));
        assertEquals(ProcessPool.REAP_MAX_MILLIS, ProcessPool.reapMillis(Long.MAX_VALUE));
        // very short budgets: the floor
        assertEquals(ProcessPool.REAP_MILLIS, ProcessPool.reapMillis(1_000_000L));
        assertEquals(ProcessPool.REAP_MILLIS, ProcessPool.reapMillis(0));
    }
}
