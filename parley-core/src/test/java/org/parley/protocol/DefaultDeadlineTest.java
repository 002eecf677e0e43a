package org.parley.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.tournament.TournamentSettings;

/** One default deadline and call budget for every way of running a session (README, "Command-line conventions"). */
class DefaultDeadlineTest {

    @Test
    void sessionsAndTournamentsShareOneDefaultDeadlineAndCallBudget() {
        assertEquals(Deadline.rounds(180), Deadline.defaultDeadline());
        assertEquals(10.0, Deadline.defaultDeadline().defaultCallBudgetSeconds());
        assertEquals(2.5, Deadline.seconds(2.5).defaultCallBudgetSeconds(), "a time deadline: the deadline itself");
        for (Deadline d : new Deadline[] {Deadline.defaultDeadline(), Deadline.rounds(7), Deadline.seconds(3)}) {
            assertEquals(TournamentSettings.defaultCallBudget(d) * 1e9, SessionSpec.defaultCallBudgetNanos(d), 1e-3,
                    d.toString());
        }
        assertEquals(TournamentSettings.DEFAULT_ROUND_CALL_BUDGET * 1e9, SessionSpec.DEFAULT_ROUND_CALL_BUDGET_NANOS,
                1e-3);
    }
}
