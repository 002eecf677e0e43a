package org.parley.protocol;

import java.util.function.LongSupplier;
import org.parley.protocol.saop.SaopProtocol;

/**
 * Builds sessions: the one place where a {@link Protocol}, a clock and the seated agents and profiles of a
 * {@link SessionSpec} become a {@link Session}. {@code negotiate}, {@code case simulate}, tournaments and the
 * benchmarks all go through it, so none of them names a protocol's classes; a second protocol is a different
 * factory, not different callers.
 *
 * <p>Immutable and thread-safe: a tournament builds all its sessions from one factory.
 */
public final class SessionFactory {

    private final Protocol protocol;
    private final LongSupplier clock;

    public SessionFactory(Protocol protocol, LongSupplier clock) {
        if (protocol == null || clock == null) {
            throw new IllegalArgumentException("a session factory needs a protocol and a clock");
        }
        this.protocol = protocol;
        this.clock = clock;
    }

    /** The Stacked Alternating Offers Protocol on the system clock. */
    public static SessionFactory standard() {
        return new SessionFactory(SaopProtocol.INSTANCE, System::nanoTime);
    }

    /** The same factory on another clock (tests script it). */
    public SessionFactory withClock(LongSupplier nanoTime) {
        return new SessionFactory(protocol, nanoTime);
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The clock every session of this factory runs on. */
    public LongSupplier clock() {
        return clock;
    }

    /** A spec builder on this factory's clock. */
    public SessionSpec.Builder spec() {
        return SessionSpec.builder().clock(clock);
    }

    /**
     * A session of this factory's protocol.
     *
     * @throws IllegalArgumentException when the spec does not suit the protocol
     */
    public Session create(SessionSpec spec) {
        return protocol.session(spec);
    }

    /** True when this factory's protocol can run sessions step by step ({@link #createStepped}). */
    public boolean steps() {
        return protocol.steps();
    }

    /**
     * A session of this factory's protocol that runs step by step, its batched agents' calls waiting in
     * {@code batch} (a tournament worker's, shared by the sessions it steps).
     *
     * @throws IllegalArgumentException when the spec does not suit the protocol
     * @throws UnsupportedOperationException when the protocol cannot step ({@link #steps()})
     */
    public SteppedSession createStepped(SessionSpec spec, AgentBatch batch) {
        return protocol.stepped(spec, batch);
    }

    /**
     * Creates the session and runs it in the calling thread, without a watchdog (an agent that never returns hangs
     * the caller): for benchmarks, tests and callers that watch for hung agents themselves.
     */
    public SessionResult run(SessionSpec spec) {
        return create(spec).run();
    }

    /**
     * Creates the session and runs it on its own thread under a {@link Watchdog}: an agent that never returns is
     * given up, with an error naming it.
     *
     * @throws InternalFault when the session failed through parley's own fault
     */
    public SessionResult runIsolated(SessionSpec spec) {
        return Watchdog.isolate(create(spec));
    }
}
