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
import org.parley.preference.Profile;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * Each ANAC champion (party A, opens) against {@code boulware}: whole 180-round SAOP sessions per second, single
 * thread, agents created fresh for every session (their per-session setup included). Scenario loading and the
 * per-profile structures that every session shares (sorted outcome spaces, rankings, bins) are built before
 * measuring, as in a tournament.
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar ChampionBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ChampionBenchmark {

    @Param({"agentk", "hardheaded", "nice-tit-for-tat", "gahboninho", "cuhkagent", "the-fawkes", "atlas3", "ponpoko",
        "agentgg"})
    public String champion;

    @Param({"ItexvsCypress", "Energy"})
    public String scenario;

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
        AgentRegistry registry = AgentRegistry.builtIns();
        List<AgentFactory> factories = List.of(registry.factory(champion), registry.factory("boulware"));
        spec = sessions.spec().profiles(profiles).agents(factories).deadline(Deadline.rounds(180))
                .context(new RunContext());
        negotiate(); // part of loading the scenario: the run's shared per-profile structures
    }

    @Benchmark
    public SessionResult negotiate() {
        return sessions.create(spec.seed(seed++).build()).run();
    }
}
