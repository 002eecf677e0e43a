package org.parley.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.agent.AgentRegistry;
import org.parley.agent.SortedOutcomes;
import org.parley.preference.Profile;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * Whole 180-round SAOP negotiations per second, single thread, built by the {@link SessionFactory} as every caller
 * builds them: scenario loading excluded, each agent's per-session setup included (agents are created fresh for
 * every session; the profile's sorted outcome space is built once per profile and shared through the run's
 * {@link RunContext}, as in a tournament).
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar NegotiationBenchmark -prof gc} from the repository root:
 * {@code gc.alloc.rate.norm} (bytes per session) shows that per-session memory does not grow with the outcome count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class NegotiationBenchmark {

    @Param({"ItexvsCypress", "Energy"})
    public String scenario;

    @Param({"boulware conceder"})
    public String agents;

    private final SessionFactory sessions = SessionFactory.standard();
    private SessionSpec.Builder spec;
    private long seed;

    @Setup
    public void load() {
        List<Profile> profiles = switch (scenario) {
            case "ItexvsCypress" -> BenchScenarios.load("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml",
                    "ItexvsCypress-A-prof1.xml", "ItexvsCypress-A-prof2.xml");
            case "Energy" -> BenchScenarios.load("anac__y2012__Energy", "Energy-A-domain.xml", "Energy-A-prof1.xml",
                    "Energy-A-prof2.xml");
            default -> throw new IllegalArgumentException(scenario);
        };
        String[] names = agents.split(" ");
        AgentRegistry registry = AgentRegistry.builtIns();
        List<AgentFactory> factories = List.of(registry.factory(names[0]), registry.factory(names[1]));
        RunContext run = new RunContext();
        Deadline deadline = Deadline.rounds(180);
        for (int p = 0; p < profiles.size(); p++) {
            // part of loading the scenario: the run's sorted outcome spaces, shared by every session
            SortedOutcomes.of(new AgentSettings(p, profiles.size(), profiles.get(p), deadline, "SAOP", 0, run));
        }
        spec = sessions.spec().profiles(profiles).agents(factories).deadline(deadline).context(run);
    }

    @Benchmark
    public SessionResult negotiate() {
        return sessions.create(spec.seed(seed++).build()).run();
    }
}
