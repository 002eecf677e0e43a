package org.parley.formats.negotiation;

import java.util.List;
import java.util.Locale;
import org.parley.agent.AgentRegistry;
import org.parley.preference.Profile;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * Not a test: a quick single-threaded throughput check of whole sessions (agent creation and init included) on
 * ItexvsCypress-A, 180 rounds. Run from the repository root after {@code mvn -q -pl parley-formats -am
 * test-compile}:
 *
 * <pre>java -cp parley-core/target/classes:parley-formats/target/classes:parley-formats/target/test-classes:$DEPS \
 *     -Dparley.scenarios=scenarios org.parley.formats.negotiation.NegotiationThroughput [a b [seconds]]</pre>
 *
 * where {@code $DEPS} is the formats module's classpath ({@code mvn dependency:build-classpath}). JMH numbers
 * belong in parley-bench; this only gives the order of magnitude.
 */
public final class NegotiationThroughput {

    private NegotiationThroughput() {
    }

    public static void main(String[] args) {
        String a = args.length > 1 ? args[0] : "boulware";
        String b = args.length > 1 ? args[1] : "conceder";
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        List<Profile> profiles = ReferenceNegotiationsTest.itexVsCypress().profiles();
        AgentFactory fa = AgentRegistry.builtIns().factory(a);
        AgentFactory fb = AgentRegistry.builtIns().factory(b);
        run(profiles, fa, fb, 2);
        long start = System.nanoTime();
        long n = run(profiles, fa, fb, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s vs %s on ItexvsCypress-A, 180 rounds: %.0f negotiations/s (%d in %.1f s)%n",
                a, b, n / elapsed, n, elapsed);
    }

    private static long run(List<Profile> profiles, AgentFactory fa, AgentFactory fb, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        RunContext run = new RunContext();
        long n = 0;
        long rounds = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                SessionResult r = SessionFactory.standard().run(SessionSpec.builder().profiles(profiles)
                        .agents(List.of(fa, fb)).deadline(Deadline.rounds(180)).seed(n).context(run).build());
                rounds += r.round();
                n++;
            }
        }
        if (rounds == 42) {
            System.out.println();
        }
        return n;
    }
}
