package org.parley.tournament;

import java.util.function.LongPredicate;
import org.parley.protocol.Protocol;
import org.parley.protocol.Session;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.saop.SaopProtocol;

/**
 * SAOP with faults injected into parley's own machinery: sessions whose seed matches {@code crash} throw from
 * {@link Session#run()} (a failure of the session machinery), sessions whose seed matches {@code badResult} return a
 * result with one utility too many (building the tournament record from it fails). The agents are not involved.
 */
final class FaultyProtocol implements Protocol {

    private final LongPredicate crash;
    private final LongPredicate badResult;

    FaultyProtocol(LongPredicate crash, LongPredicate badResult) {
        this.crash = crash;
        this.badResult = badResult;
    }

    @Override
    public String name() {
        return SaopProtocol.NAME;
    }

    @Override
    public Session session(SessionSpec spec) {
        Session real = SaopProtocol.INSTANCE.session(spec);
        return new Session() {
            @Override
            public SessionSpec spec() {
                return spec;
            }

            @Override
            public String protocol() {
                return real.protocol();
            }

            @Override
            public SessionResult run() {
                if (crash.test(spec.seed())) {
                    throw new IllegalStateException("injected fault in session " + spec.seed());
                }
                SessionResult r = real.run();
                if (!badResult.test(spec.seed())) {
                    return r;
                }
                double[] u = new double[r.parties() + 1];
                return new SessionResult(r.agreement(), r.endedBy(), r.round(), r.time(), r.actions(), u, u, null,
                        -1, r.trace(), r.agentNames(), r.nanos());
            }

            @Override
            public String overrunningCall() {
                return real.overrunningCall();
            }

            @Override
            public int partyInCall() {
                return real.partyInCall();
            }

            @Override
            public SessionResult abandoned(String error, int party) {
                return real.abandoned(error, party);
            }
        };
    }
}
