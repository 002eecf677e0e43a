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
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.preference.Profile;

/**
 * Full {@code analyze} work (frontier, solutions, opposition, agreement zone) on the large ANAC scenarios GENIUS
 * needs tens of seconds and gigabytes for, and on a synthetic 5^40 additive scenario. Runs in a 256 MB heap.
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar AnalysisBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class AnalysisBenchmark {

    @Param({"AgentHp2", "7issues", "fortyIssues"})
    public String scenario;

    private List<Profile> profiles;

    @Setup
    public void load() {
        profiles = switch (scenario) {
            case "AgentHp2" -> BenchScenarios.load("ANAC2016__AgentHp2", "energy_grid_domain.xml", "consumer.xml",
                    "producer.xml");
            case "7issues" -> BenchScenarios.load("7issues", "7issues.xml", "7issues_util1.xml", "7issues_util2.xml");
            case "fortyIssues" -> BenchScenarios.fortyIssues(40);
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    @Benchmark
    public OutcomeSpaceAnalysis.Result analyze() {
        return new OutcomeSpaceAnalysis(profiles).analyze();
    }
}
