package org.parley.protocol;

/**
 * One negotiation under some {@link Protocol}, built from a {@link SessionSpec}. It runs once.
 *
 * <p>Faults: whatever an agent does wrong (throws, acts illegally, overruns its call budget, cannot be created) ends
 * the session with {@link SessionResult.End#ERROR} naming it. An exception thrown by {@link #run()} is parley's own
 * fault, never an agent's.
 *
 * <p>Watchdog hooks: {@link #overrunningCall()}, {@link #partyInCall()} and {@link #abandoned} are safe to call
 * from another thread while {@link #run()} is in progress; {@link Watchdog} uses them to give up on an agent that
 * never returns (nothing is ever stopped by force).
 */
public interface Session {

    /** What this session was built from. */
    SessionSpec spec();

    /** The protocol's name, as agents learn it ({@link AgentSettings#protocol()}). */
    String protocol();

    /**
     * Runs the session in the calling thread.
     *
     * @throws IllegalStateException if it has already run
     */
    SessionResult run();

    /** If an agent has been inside one call for longer than its budget, the error to record, else null. */
    String overrunningCall();

    /** The party currently inside a call, or -1. */
    int partyInCall();

    /** The result recorded for this session when it is given up because {@code party} never returned. */
    SessionResult abandoned(String error, int party);
}
