package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
import org.parley.protocol.AgentBatch;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.BatchedAgent;
import org.parley.protocol.Deadline;
import org.parley.protocol.ExternalAgent;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SteppedSession;
import org.parley.protocol.Timeline;
import org.parley.tournament.TournamentRunner;

/**
 * Agent processes (docs/agent-protocol.md): whole 180-round SAOP sessions on ItexvsCypress-A with the Python kit's
 * {@code boulware} against Java's {@code conceder} ({@code py-java}), the kit against itself ({@code py-py}) and,
 * for reference, Java against Java ({@code java-java}); run with {@code -t 1} and {@code -t 2} for 1 and 2 tournament
 * threads (each thread takes its own processes from the run's pool and keeps them, as a tournament worker does).
 *
 * <ul>
 *   <li>{@code session}: protocol 1 ({@code --sessions 1}), one session at a time per thread, each call a round
 *       trip to the process.</li>
 *   <li>{@code stepped}: protocol 2, as a tournament worker runs it: each thread steps 32 sessions at
 *       once and writes the requests of all of them to a process in one go ({@link SteppedSession},
 *       {@link AgentBatch}).</li>
 * </ul>
 *
 * <p>Both print, when a trial ends, the CPU time per session of the JVM and of the agent processes (from
 * {@code /proc}, warm-up included): a measure that does not depend on the machine's load.
 *
 * <p>{@code roundTrip} is one {@code act} request answered by the kit's agent ({@code agent=kit}), sampled (median,
 * p99); {@code agent=echo} is the floor under it: the same request answered by the leanest Python loop there is
 * (read a line, write a fixed reply: no JSON, no agent), so the difference is what the kit and its agent cost.
 * {@code batchRoundTrip} is the same under protocol 2: {@code act} to 32 sessions of one process at once, the time
 * per action.
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

    /** The kit's time-dependent agent {@code preset}, serving {@code sessions} at once (1: protocol 1). */
    static String kit(String preset, int sessions) {
        Path python = Path.of("python").toAbsolutePath();
        return "process(cmd='PYTHONPATH=" + python + " exec python3 -m parley_agent.examples.time_dependent " + preset
                + " --sessions " + sessions + "', name=" + preset + "-py)";
    }

    /** Sessions a thread of {@code stepped} holds at once, as a tournament worker. */
    static final int WINDOW = TournamentRunner.SESSIONS_PER_WORKER;

    /** CPU time (ns) of this JVM and of all its descendant processes alive now, read from /proc. */
    static long[] cpuNanos() {
        long tick = 10_000_000L; // USER_HZ = 100 on Linux
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        long agents = 0;
        for (ProcessHandle h : ProcessHandle.current().descendants().toList()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the name
                agents += (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                        + Long.parseLong(f[14])) * tick;
            } catch (IOException | RuntimeException e) {
                // gone meanwhile
            }
        }
        return new long[] {jvm, agents};
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
        long[] cpuAtStart;
        RunContext run;
        SessionSpec.Builder template;
        List<AgentFactory> factories;
        List<Profile> profiles;

        @Setup
        public void setUp() {
            profiles = itex();
            AgentRegistry r = AgentRegistry.builtIns();
            int sessions = multiplexed() ? 64 : 1;
            List<String> specs = switch (pairing) {
                case "py-java" -> List.of(kit("boulware", sessions), "conceder");
                case "py-py" -> List.of(kit("boulware", sessions), kit("conceder", sessions));
                case "java-java" -> List.of("boulware", "conceder");
                default -> throw new IllegalArgumentException(pairing);
            };
            factories = List.of(r.factory(specs.get(0)), r.factory(specs.get(1)));
            run = new RunContext();
            cpuAtStart = cpuNanos();
        }

        @TearDown
        public void tearDown() {
            long[] cpu = cpuNanos();
            long n = seed.get();
            System.out.printf(java.util.Locale.ROOT, "%n%s, %s: %d sessions, CPU per session: JVM %.0f us, agent "
                    + "processes %.0f us, together %.0f us%n", pairing,
                    multiplexed() ? "protocol 2, stepped" : "protocol 1",
                    n, (cpu[0] - cpuAtStart[0]) / 1e3 / n, (cpu[1] - cpuAtStart[1]) / 1e3 / n,
                    (cpu[0] - cpuAtStart[0] + cpu[1] - cpuAtStart[1]) / 1e3 / n);
            run.close();
        }

        private SessionSpec spec() {
            return sessions.spec().profiles(profiles).agents(factories).deadline(Deadline.rounds(180))
                    .seed(seed.incrementAndGet()).context(run).build();
        }

        SessionResult next() {
            return sessions.create(spec()).run();
        }

        /** Whether the kit serves several sessions at once, stepped (protocol 2), or one (protocol 1). */
        boolean multiplexed() {
            return false;
        }

        SteppedSession nextStepped(AgentBatch batch) {
            return sessions.createStepped(spec(), batch);
        }
    }

    /** The protocol-2 sessions of a run: as {@link Sessions}, the kit serving several sessions at once. */
    @State(Scope.Benchmark)
    public static class SteppedSessions extends Sessions {
        @Override
        boolean multiplexed() {
            return true;
        }
    }

    /** One thread's sessions in progress, stepped as a tournament worker steps them. */
    @State(Scope.Thread)
    public static class Stepper {
        final AgentBatch batch = new AgentBatch();
        final List<SteppedSession> flights = new ArrayList<>();
        final ArrayDeque<SessionResult> done = new ArrayDeque<>();

        /** The next session to end: starts sessions up to the window, completes the batch, steps them all. */
        SessionResult next(SteppedSessions s) {
            while (done.isEmpty()) {
                // a session of agents in the JVM only (java-java) ends in its first step: hand it out at once
                while (flights.size() < WINDOW && done.isEmpty()) {
                    SteppedSession f = s.nextStepped(batch);
                    if (f.step()) {
                        done.add(f.result());
                    } else {
                        flights.add(f);
                    }
                }
                batch.complete();
                for (Iterator<SteppedSession> it = flights.iterator(); it.hasNext();) {
                    SteppedSession f = it.next();
                    if (f.step()) {
                        done.add(f.result());
                        it.remove();
                    }
                }
            }
            return done.poll();
        }

        @TearDown
        public void tearDown() {
            for (SteppedSession f : flights) {
                f.close();
            }
            batch.close();
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

    @Benchmark
    public SessionResult stepped(SteppedSessions s, Stepper stepper) {
        SessionResult r = stepper.next(s);
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
            String spec = kit("boulware", 1);
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

    /** Sessions of one protocol-2 process in a batch, each at its turn forever: an invocation asks all for an act. */
    @State(Scope.Thread)
    public static class OneBatch {
        /** Sessions in the batch, all in one process of the kit's boulware. */
        static final int SIZE = 32;

        RunContext run;
        AgentBatch batch;
        List<BatchedAgent> agents = new ArrayList<>();
        Timeline timeline;

        @Setup(Level.Trial)
        public void setUp() {
            List<Profile> profiles = itex();
            run = new RunContext();
            batch = new AgentBatch();
            Deadline d = Deadline.rounds(180);
            AgentFactory f = AgentRegistry.builtIns().factory(kit("boulware", 64));
            for (int i = 0; i < SIZE; i++) {
                BatchedAgent a = (BatchedAgent) f.create();
                a.callBudget(10_000_000_000L);
                if (!a.requestInit(new AgentSettings(0, 2, profiles.get(0), d, "SAOP", i, run), batch)) {
                    throw new IllegalStateException("the kit does not serve several sessions at once");
                }
                agents.add(a);
            }
            batch.complete();
            for (BatchedAgent a : agents) {
                a.completeInit();
            }
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
        public void tearDown() {
            for (BatchedAgent a : agents) {
                a.close();
            }
            batch.close();
            run.close();
        }
    }

    /** An act to each of the batch's sessions, written in one go, and their answers: the time per action. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(OneBatch.SIZE)
    public Action batchRoundTrip(OneBatch b) {
        for (BatchedAgent a : b.agents) {
            a.requestAction(b.timeline);
        }
        b.batch.complete();
        Action last = null;
        for (BatchedAgent a : b.agents) {
            last = a.completeAction();
        }
        return last;
    }
}
