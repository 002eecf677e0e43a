package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.parley.agent.AgentRegistry;
import org.parley.preference.Profile;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.ExternalAgent;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.Timeline;

/**
 * Agent processes (docs/agent-protocol.md): whole 180-round SAOP sessions on ItexvsCypress-A with the Python kit's
 * {@code boulware} against Java's {@code conceder} ({@code py-java}), the kit against itself ({@code py-py}) and,
 * for reference, Java against Java ({@code java-java}); run with {@code -t 1} and {@code -t 2} for 1 and 2 tournament
 * threads (each thread takes its own processes from the run's pool and keeps them, as a tournament worker does).
 * {@code roundTrip} is one {@code act} request answered by the kit's agent ({@code agent=kit}), sampled (median,
 * p99); {@code agent=echo} is the floor under it: the same request answered by the leanest Python loop there is
 * (read a line, write a fixed reply: no JSON, no agent), so the difference is what the kit and its agent cost.
 *
 * <p>{@code java -jar parley-bench/target/benchmarks.jar AgentProcessBenchmark -t 2} from the repository root
 * (python3 on the PATH).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AgentProcessBenchmark {

    static String kit(String preset) {
        Path python = Path.of("python").toAbsolutePath();
        return "process(cmd='PYTHONPATH=" + python + " exec python3 -m parley_agent.examples.time_dependent " + preset
                + "', name=" + preset + "-py)";
    }

    static List<Profile> itex() {
        return BenchScenarios.load("anac__y2012__ItexvsCypress", "ItexvsCypress-A-domain.xml",
                "ItexvsCypress-A-prof1.xml", "ItexvsCypress-A-prof2.xml");
    }

    /** The sessions of a run: one context (so one process pool) shared by the benchmark's threads. */
    @State(Scope.Benchmark)
    public static class Sessions {
        @Param({"py-java", "py-py", "java-java"})
        public String pairing;

        final SessionFactory sessions = SessionFactory.standard();
        final AtomicLong seed = new AtomicLong();
        RunContext run;
        SessionSpec.Builder template;
        List<AgentFactory> factories;
        List<Profile> profiles;

        @Setup
        public void setUp() {
            profiles = itex();
            AgentRegistry r = AgentRegistry.builtIns();
            List<String> specs = switch (pairing) {
                case "py-java" -> List.of(kit("boulware"), "conceder");
                case "py-py" -> List.of(kit("boulware"), kit("conceder"));
                case "java-java" -> List.of("boulware", "conceder");
                default -> throw new IllegalArgumentException(pairing);
            };
            factories = List.of(r.factory(specs.get(0)), r.factory(specs.get(1)));
            run = new RunContext();
        }

        @TearDown
        public void tearDown() {
            run.close();
        }

        SessionResult next() {
            SessionSpec spec = sessions.spec().profiles(profiles).agents(factories).deadline(Deadline.rounds(180))
                    .seed(seed.incrementAndGet()).context(run).build();
            return sessions.create(spec).run();
        }
    }

    @Benchmark
    public SessionResult session(Sessions s) {
        SessionResult r = s.next();
        if (r.error() != null) {
            throw new IllegalStateException(r.error());
        }
        return r;
    }

    /** The floor agent: answers hello, start and act with fixed lines, and reads everything else unparsed. */
    static final String ECHO = String.join("\n",
            "import os, sys",
            "out = os.dup(1)",
            "os.dup2(2, 1)",
            "for line in iter(sys.stdin.buffer.readline, b''):",
            "    if line.startswith(b'{\"type\":\"act\"'):",
            "        os.write(out, b'{\"type\":\"offer\",\"outcome\":[0,0,0,0]}\\n')",
            "    elif line.startswith(b'{\"type\":\"start\"'):",
            "        os.write(out, b'{\"type\":\"ready\"}\\n')",
            "    elif line.startswith(b'{\"type\":\"hello\"'):",
            "        os.write(out, b'{\"type\":\"hello\",\"version\":1}\\n')",
            "");

    /** One agent in a session that never ends: each invocation is one act request and its answer. */
    @State(Scope.Thread)
    public static class OneAgent {
        /** {@code kit}: the kit's boulware; {@code echo}: the floor ({@link #ECHO}). */
        @Param({"kit", "echo"})
        public String agentKind;

        RunContext run;
        Agent agent;
        Timeline timeline;
        Path script;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            List<Profile> profiles = itex();
            run = new RunContext();
            String spec = kit("boulware");
            if (agentKind.equals("echo")) {
                script = Files.createTempFile("parley-echo-agent", ".py");
                Files.writeString(script, ECHO);
                spec = "process(cmd='exec python3 " + script + "', name=echo-py)";
            }
            agent = AgentRegistry.builtIns().factory(spec).create();
            ((ExternalAgent) agent).callBudget(10_000_000_000L);
            Deadline d = Deadline.rounds(180);
            agent.init(new AgentSettings(0, 2, profiles.get(0), d, "SAOP", 1, run));
            timeline = new Timeline() {
                @Override
                public double time() {
                    return 0.5;
                }

                @Override
                public int round() {
                    return 90;
                }

                @Override
                public Deadline deadline() {
                    return d;
                }
            };
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            agent.negotiationEnded(null);
            ((ExternalAgent) agent).close();
            run.close();
            if (script != null) {
                Files.deleteIfExists(script);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Action roundTrip(OneAgent a) {
        return a.agent.chooseAction(a.timeline);
    }
}
