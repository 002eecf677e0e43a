package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.formats.tournament.Manifest;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.tournament.ResultRepository;
import org.parley.tournament.TournamentRunner;

/**
 * The whole example tournament ({@code examples/anac2012-tournament.yaml}: every agent against every other on the 72
 * ANAC 2012 scenarios, both role orderings, 10 repetitions, 180 rounds) in a warm JVM, results written to a
 * {@link ResultStore} ({@code store}) or discarded ({@code none}). Score: seconds per tournament; sessions/s is the
 * plan size (printed at setup) divided by it. Scenarios, frontiers and the agents' sorted outcome spaces are built
 * before the first iteration, so this is the steady state, without the cold start a command-line run pays.
 * {@code -p file=quick-tournament.yaml} runs the 900-session quick tournament instead.
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar TournamentBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class TournamentBenchmark {

    /** The tournament file in {@code examples/}; {@code quick-tournament.yaml} (900 sessions) is a quick check. */
    @Param({"anac2012-tournament.yaml"})
    public String file;

    @Param({"1", "2"})
    public int threads;

    @Param({"store", "none"})
    public String sink;

    private TournamentRunner runner;
    private String manifest;
    private int parties;
    private Path dir;
    private ResultStore store;

    @Setup
    public void load() throws IOException {
        Path path = BenchScenarios.root().toAbsolutePath().getParent().resolve("examples").resolve(file);
        TournamentDefinition def = TournamentYaml.read(path);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios());
        runner = new TournamentRunner(def.settings(), scenarios);
        runner.prepare();
        parties = def.settings().parties();
        manifest = Manifest.of(def, runner.plan().size());
        System.out.println("\n" + runner.plan().size() + " sessions per tournament");
        dir = Files.createTempDirectory("parley-tournament-bench");
    }

    @Setup(Level.Iteration)
    public void openStore() throws IOException {
        if (sink.equals("store")) {
            delete(dir.resolve("out"));
            store = ResultStore.open(dir.resolve("out"), manifest, parties, runner.plan().size(), false);
        }
    }

    @TearDown(Level.Iteration)
    public void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @TearDown
    public void cleanUp() throws IOException {
        delete(dir);
    }

    @Benchmark
    public TournamentRunner.Stats tournament() throws InterruptedException {
        ResultRepository s = store;
        return s == null ? runner.run(threads, new BitSet(), r -> { }) : runner.run(threads, s, r -> { });
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
