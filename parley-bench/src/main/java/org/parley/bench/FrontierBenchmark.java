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
import org.parley.preference.SyntheticScenarios;
import org.parley.util.SizeLimitException;

/**
 * The Pareto frontier alone ({@code OutcomeSpaceAnalysis.frontier}), issue 13's large cases: the 5^40 space of
 * {@link AnalysisBenchmark}; two random profiles over 200 issues of 10 values (12,670 frontier vectors, millions of
 * merged candidates); three random profiles over 40 two-valued issues and four over 20 three-valued ones (thousands
 * of frontier vectors in three and four dimensions); a zero-sum space of 18 two-valued issues whose weights add up to
 * 1 (all 262,144 outcomes on the frontier); zero-sum spaces whose weights add up to far more than 1 (GENIUS's cap
 * binds): 24 issues, answered exactly, and 1,000 issues, refused by the merges' bound (the time measured is the time
 * to refuse).
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar FrontierBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
public class FrontierBenchmark {

    @Param({"fortyIssues", "random200x10", "threeParties40x2", "fourParties20x3", "zeroSum18", "cappedZeroSum24",
        "cappedZeroSum1000"})
    public String scenario;

    private List<Profile> profiles;

    @Setup
    public void build() {
        profiles = switch (scenario) {
            case "fortyIssues" -> BenchScenarios.fortyIssues(40);
            case "random200x10" -> SyntheticScenarios.randomAdditive(200, 10, 2, 0.0, 200).profiles();
            case "threeParties40x2" -> SyntheticScenarios.randomAdditive(40, 2, 3, 0.0, 40).profiles();
            case "fourParties20x3" -> SyntheticScenarios.randomAdditive(20, 3, 4, 0.0, 20).profiles();
            case "zeroSum18" -> SyntheticScenarios.zeroSum(18, 0.01, true, 1).profiles();
            case "cappedZeroSum24" -> SyntheticScenarios.zeroSum(24, 0.01, false, 1).profiles();
            case "cappedZeroSum1000" -> SyntheticScenarios.zeroSum(1000, 0.01, false, 1).profiles();
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    @Benchmark
    public Object frontier() {
        try {
            return OutcomeSpaceAnalysis.frontier(profiles, 0);
        } catch (SizeLimitException refused) {
            return refused;
        }
    }
}
