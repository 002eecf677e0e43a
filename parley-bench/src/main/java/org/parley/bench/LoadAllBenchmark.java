package org.parley.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.formats.genius.GeniusCorpus;

/**
 * Reads and validates all 964 GENIUS XML files under {@code scenarios/anac} (domains and profiles, every profile
 * against its domain). {@code java -jar parley-bench/target/benchmarks.jar LoadAllBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class LoadAllBenchmark {

    @Benchmark
    public GeniusCorpus.Result loadAllAnacFiles() {
        GeniusCorpus.Result r = GeniusCorpus.load(BenchScenarios.root().resolve("anac"));
        if (r.files() != 964 || !r.failed().isEmpty()) {
            throw new IllegalStateException("expected 964 files and no failures, got " + r.files() + " and "
                    + r.failed());
        }
        return r;
    }

    /** Cold start: the first load in a fresh JVM, as a user running one command sees it. */
    @Benchmark
    @Warmup(iterations = 0)
    @Fork(value = 5, jvmArgs = {"-Xmx256m"})
    @Measurement(iterations = 1)
    public GeniusCorpus.Result loadAllAnacFilesCold() {
        return loadAllAnacFiles();
    }
}
