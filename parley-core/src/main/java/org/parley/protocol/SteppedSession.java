package org.parley.protocol;

/**
 * A {@link Session} that can be run step by step, so that one thread drives several at once: when the next call is
 * one of a {@link BatchedAgent}'s that waits for an answer, the session queues the request in its
 * {@link AgentBatch} and returns from {@link #step()}; the driver completes the batch (one write and one read for
 * the requests of all its sessions) and steps it again. Calls into other agents are made directly, as in
 * {@link Session#run()}. Same spec, same result as the protocol's plain session (for round deadlines; time deadlines
 * would count the other sessions' time).
 *
 * <p>{@link #run()} steps the session alone, completing its batch between steps.
 */
public interface SteppedSession extends Session {

    /**
     * Runs the session until it ends (true: see {@link #result()}) or until it waits for a batched agent's answer
     * (false: complete the batch, then step again). Its external agents are closed when it ends.
     *
     * @throws IllegalStateException once it has ended
     */
    boolean step();

    /**
     * The result, once {@link #step()} has returned true.
     *
     * @throws IllegalStateException before
     */
    SessionResult result();

    /** Gives the session up unfinished: its external agents are closed. Does nothing once it has ended. */
    void close();
}
