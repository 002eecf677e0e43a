package org.parley.protocol;

/**
 * An agent that runs outside parley's JVM, e.g. in a process of its own ({@code org.parley.agent.process}), and can
 * therefore be stopped for real. Two things set it apart from an in-process {@link Agent}:
 *
 * <ul>
 *   <li>It enforces the per-call time budget itself: a call that overruns is stopped (the process is killed) and
 *       throws, so the session ends with an error naming the agent and the calling thread comes back. The session
 *       does not check its calls against the budget afterwards, and the {@link Watchdog} gives it
 *       {@link #WATCHDOG_GRACE_NANOS} beyond twice the budget before giving up on it (a backstop only).</li>
 *   <li>It holds resources: the session calls {@link #close()} once it has ended, whatever the end (agreement,
 *       deadline, any agent's error), after {@link #negotiationEnded} when that was called.</li>
 * </ul>
 */
public interface ExternalAgent extends Agent, AutoCloseable {

    /** What the watchdog adds to twice the budget before giving up on a call into an external agent: 30 s. */
    long WATCHDOG_GRACE_NANOS = 30_000_000_000L;

    /** Called once, right after the agent is made, with the session's per-call budget in nanoseconds. */
    void callBudget(long nanos);

    /** Releases what the agent holds for its session; called once on the session's thread. Does not throw. */
    @Override
    void close();

    /**
     * What an external agent throws when it broke its session (did not answer in time, exited, wrote something that
     * is not the protocol, ...). The session records {@code agent NAME (party N) WHAT in CALL; DETAIL}.
     */
    final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String detail;

        /**
         * @param what   what the agent did, as a predicate: {@code exited with code 1}
         * @param detail more to say after the call's name (e.g. the end of its log), or null
         */
        public Failure(String what, String detail) {
            super(what, null, false, false);
            this.detail = detail;
        }

        /** More to say after the call's name, or null. */
        public String detail() {
            return detail;
        }
    }
}
