package org.parley.tournament;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import org.parley.agent.AgentFactory;
import org.parley.agent.Agents;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.Agent;
import org.parley.protocol.SaopSession;
import org.parley.protocol.SessionResult;

/**
 * Runs a {@link TournamentPlan} on N threads, in process. Scenarios are shared read-only; each scenario's exact
 * frontier and Nash point are computed once per profile ordering; every session gets fresh agents from the
 * entrants' {@link AgentFactory}s and its own seed, so results per session id do not depend on the thread count or
 * the schedule (for round deadlines).
 *
 * <p>Fault isolation: an agent that throws, acts illegally or overruns its call budget ends its session with an
 * error ({@link SaopSession}); so does one that cannot be created. An agent that never returns from a call is
 * given up by the watchdog (the thread calling {@link #run}, polling every 20 ms with
 * {@link SaopSession#overrunningCall()}): its session is recorded as abandoned, the stuck worker thread is
 * interrupted and left behind (never stopped by force; it is a daemon) and a fresh worker takes its place. An entrant
 * that has hung in {@link #MAX_HANGS} sessions is quarantined: its remaining sessions are recorded as errors
 * without running, so a spinning agent cannot eat every core.
 */
public final class TournamentRunner {

    /** Sessions an entrant may hang in (never return from a call) before its remaining sessions are skipped. */
    public static final int MAX_HANGS = 3;

    private static final long POLL_MILLIS = 20;

    private final TournamentPlan plan;
    private final List<Scenario> scenarios;
    private final List<AgentFactory> factories = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final long budgetNanos;
    private final Map<String, ParetoFrontier> subsetFrontiers = new ConcurrentHashMap<>();
    private final List<Map<Integer, SeatedScenario>> seated = new ArrayList<>();

    /** How a run went. */
    public record Stats(int sessions, int agreements, int errors, int abandoned, double seconds) {
    }

    /**
     * @throws IllegalArgumentException for an unknown agent spec or an invalid plan (see {@link TournamentPlan#of})
     */
    public TournamentRunner(TournamentSettings settings, List<Scenario> scenarios) {
        this.plan = TournamentPlan.of(settings, scenarios);
        this.scenarios = List.copyOf(scenarios);
        for (Entrant e : settings.agents()) {
            try {
                factories.add(Agents.factory(e.spec()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("agent '" + e.name() + "': " + ex.getMessage(), ex);
            }
            names.add(e.name());
        }
        this.budgetNanos = (long) (settings.callBudgetSeconds() * 1e9);
        for (int s = 0; s < scenarios.size(); s++) {
            seated.add(new ConcurrentHashMap<>());
        }
    }

    public TournamentPlan plan() {
        return plan;
    }

    /** Computes every scenario's frontier and Nash point for every ordering now, rather than on first use. */
    public void prepare() {
        for (int s = 0; s < scenarios.size(); s++) {
            for (int o = 0; o < plan.orderings(s).size(); o++) {
                seated(s, o, plan.orderings(s).get(o));
            }
        }
    }

    /** Runs session {@code id} in the calling thread, without a watchdog (an agent that never returns hangs it). */
    public SessionRecord runOne(int id) {
        Attempt a = new Attempt(plan.session(id), null);
        return a.seat.record(a.planned, a.agentNames, plan.settings().deadline(), a.execute());
    }

    /**
     * Runs every session whose id is not in {@code done}, on {@code threads} worker threads, and hands each record to
     * {@code sink} as soon as it is finished. The sink is called from several threads at once and must be
     * thread-safe; if it throws, no further session starts, the sink is not called again, and the exception is
     * rethrown at once (sessions still running are not recorded; their daemon threads end on their own).
     */
    public Stats run(int threads, BitSet done, Consumer<SessionRecord> sink) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (done.length() > plan.size()) {
            throw new IllegalArgumentException("session " + (done.length() - 1) + " is marked done, but the plan has "
                    + plan.size() + " sessions");
        }
        return new Run(done, sink).execute(threads);
    }

    private SeatedScenario seated(int s, int ordering, int[] profiles) {
        return seated.get(s).computeIfAbsent(ordering, o -> {
            int[] sorted = profiles.clone();
            Arrays.sort(sorted);
            ParetoFrontier f = subsetFrontiers.computeIfAbsent(s + ":" + Arrays.toString(sorted), key -> {
                List<Profile> subset = new ArrayList<>();
                for (int p : sorted) {
                    subset.add(scenarios.get(s).profiles().get(p));
                }
                return OutcomeSpaceAnalysis.frontier(subset, OutcomeSpaceAnalysis.DEFAULT_MAX_ENUMERATION);
            });
            return new SeatedScenario(scenarios.get(s), profiles, sorted, f);
        });
    }

    /** One attempt at one session; the worker and the watchdog race to claim its result. */
    private final class Attempt {
        final PlannedSession planned;
        final SeatedScenario seat;
        final List<String> agentNames = new ArrayList<>();
        final AtomicIntegerArray hangs;
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile SaopSession session;
        volatile long creatingSince;
        volatile int creatingParty = -1;

        Attempt(PlannedSession planned, AtomicIntegerArray hangs) {
            this.planned = planned;
            this.hangs = hangs;
            this.seat = seated(planned.scenario(), planned.ordering(), planned.profiles());
            for (int j = 0; j < planned.parties(); j++) {
                agentNames.add(names.get(planned.agent(j)));
            }
        }

        SessionResult execute() {
            int k = planned.parties();
            for (int j = 0; j < k && hangs != null; j++) {
                if (hangs.get(planned.agent(j)) >= MAX_HANGS) {
                    return seat.failed("skipped: agent " + agentNames.get(j) + " (party " + (j + 1) + ") never "
                            + "returned from a call in " + MAX_HANGS + " earlier sessions", j, agentNames);
                }
            }
            List<Agent> agents = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                creatingParty = j;
                creatingSince = System.nanoTime();
                try {
                    agents.add(factories.get(planned.agent(j)).create());
                } catch (RuntimeException | Error e) {
                    return seat.failed("agent " + agentNames.get(j) + " (party " + (j + 1) + ") could not be "
                            + "created: " + e, j, agentNames);
                } finally {
                    creatingSince = 0;
                }
            }
            try {
                SaopSession s = SaopSession.builder().profiles(seat.profiles).agents(agents)
                        .deadline(plan.settings().deadline()).seed(planned.seed()).callBudgetNanos(budgetNanos)
                        .build();
                session = s;
                return s.run();
            } catch (RuntimeException | Error e) {
                return seat.failed("the session failed: " + e, -1, agentNames);
            }
        }

        /** The error to record if this attempt has overrun its budget, else null. */
        String overrun() {
            SaopSession s = session;
            if (s != null) {
                return s.overrunningCall();
            }
            long since = creatingSince;
            if (since != 0 && System.nanoTime() - since > budgetNanos) {
                int j = creatingParty;
                return "agent " + agentNames.get(j) + " (party " + (j + 1) + ") took longer than the call budget of "
                        + budgetNanos / 1e9 + " s to be created";
            }
            return null;
        }

        int partyAtFault() {
            SaopSession s = session;
            return s != null ? s.partyInCall() : creatingParty;
        }
    }

    /** The state of one {@link #run}. */
    private final class Run {
        final BitSet done;
        final Consumer<SessionRecord> sink;
        final AtomicInteger cursor = new AtomicInteger();
        final AtomicIntegerArray hangs = new AtomicIntegerArray(names.size());
        final AtomicInteger agreements = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final CountDownLatch remaining;
        final int pending;
        final List<Worker> workers = new ArrayList<>();
        volatile Throwable fatal;
        int abandoned;

        Run(BitSet done, Consumer<SessionRecord> sink) {
            this.done = (BitSet) done.clone();
            this.sink = sink;
            this.pending = plan.size() - this.done.cardinality();
            this.remaining = new CountDownLatch(pending);
        }

        Stats execute(int threads) throws InterruptedException {
            long start = System.nanoTime();
            for (int i = 0; i < Math.min(threads, Math.max(1, pending)); i++) {
                workers.add(new Worker(this));
            }
            try {
                while (!remaining.await(POLL_MILLIS, TimeUnit.MILLISECONDS) && fatal == null) {
                    watch();
                }
            } finally {
                cursor.set(plan.size());
            }
            Throwable f = fatal;
            if (f instanceof RuntimeException r) {
                throw r;
            } else if (f instanceof Error e) {
                throw e;
            }
            return new Stats(pending, agreements.get(), errors.get(), abandoned, (System.nanoTime() - start) / 1e9);
        }

        /** Gives up the sessions whose agent has overrun its budget inside a call, replacing their workers. */
        private void watch() {
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                Attempt a = w.current;
                String overrun = a == null ? null : a.overrun();
                if (overrun != null && a.claimed.compareAndSet(false, true)) {
                    int party = a.partyAtFault();
                    SaopSession s = a.session;
                    SessionResult r = s != null ? s.abandoned(overrun, party) : a.seat.failed(overrun, party,
                            a.agentNames);
                    if (party >= 0) {
                        hangs.incrementAndGet(a.planned.agent(party));
                    }
                    abandoned++;
                    w.thread.interrupt();
                    workers.set(i, new Worker(this));
                    deliver(a, r);
                }
            }
        }

        int nextId() {
            while (fatal == null) {
                int id = cursor.getAndIncrement();
                if (id >= plan.size() || id < 0) {
                    cursor.set(plan.size());
                    return -1;
                }
                if (!done.get(id)) {
                    return id;
                }
            }
            return -1;
        }

        void deliver(Attempt a, SessionResult r) {
            try {
                SessionRecord rec = a.seat.record(a.planned, a.agentNames, plan.settings().deadline(), r);
                if (rec.hasAgreement()) {
                    agreements.incrementAndGet();
                }
                if (rec.error() != null) {
                    errors.incrementAndGet();
                }
                if (fatal == null) {
                    sink.accept(rec);
                }
            } catch (RuntimeException | Error e) {
                fatal = e;
            } finally {
                remaining.countDown();
            }
        }
    }

    /** A worker thread: takes the next pending id, runs it, delivers it; exits when given up by the watchdog. */
    private final class Worker implements Runnable {
        private static final AtomicInteger COUNT = new AtomicInteger();
        final Run run;
        final Thread thread;
        volatile Attempt current;

        Worker(Run run) {
            this.run = run;
            this.thread = new Thread(this, "parley-tournament-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            for (int id = run.nextId(); id >= 0; id = run.nextId()) {
                Attempt a;
                SessionResult r;
                try {
                    a = new Attempt(plan.session(id), run.hangs);
                } catch (RuntimeException | Error e) {
                    run.fatal = e;
                    run.remaining.countDown();
                    return;
                }
                current = a;
                r = a.execute();
                current = null;
                if (!a.claimed.compareAndSet(false, true)) {
                    return;
                }
                run.deliver(a, r);
            }
        }
    }
}
