package org.parley.tournament;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.agent.AgentRegistry;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.analysis.ParetoFrontier;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.AgentBatch;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.InternalFault;
import org.parley.protocol.RunContext;
import org.parley.protocol.Session;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;
import org.parley.protocol.SteppedSession;
import org.parley.measures.OpponentModelProbe;
import org.parley.protocol.Watchdog;

/**
 * Runs a {@link TournamentPlan} on N threads, in process. Scenarios are shared read-only; each scenario's exact
 * frontier and Nash point are computed once per profile ordering; every session is built by one
 * {@link SessionFactory} with fresh agents from the entrants' {@link AgentFactory}s and its own seed, so results per
 * session id do not depend on the thread count or the schedule (for round deadlines). All timing (the run's
 * seconds, the agents' call budgets, creation included) reads the factory's clock.
 *
 * <p>Fault isolation: an agent that throws, acts illegally, overruns its call budget or cannot be created ends its
 * session with an error naming it. An agent that never returns from a call is given up by the {@link Watchdog}
 * (the thread calling {@link #run}): its session is recorded as abandoned, the stuck worker thread is interrupted
 * and left behind (never stopped by force; it is a daemon) and a fresh worker takes its place. An entrant that has
 * hung in {@link #MAX_HANGS} sessions is quarantined: its remaining sessions are recorded as errors without running,
 * so a spinning agent cannot eat every core. A failure of parley's own code in a session (building or running it,
 * building or analysing its record) is recorded as an internal error ({@code endedBy = internal_error}, no agent at
 * fault) and counted apart from the agents' errors.
 *
 * <p>Agent processes that serve several sessions at once (protocol 2 of {@code docs/agent-protocol.md}): when an
 * entrant's agents are {@link org.parley.protocol.BatchedAgent}s, the deadline is in rounds and the protocol can step
 * its sessions, each worker is a {@link SteppingWorker}: it holds up to {@value #SESSIONS_PER_WORKER} sessions at once
 * and writes the requests of all of them to an agent process in one go, instead of one session and one round trip at
 * a time. Results are the same, session for session. (With a time deadline a session's time would include the other
 * sessions' turns in the same process, so such runs keep one session per worker.)
 */
public final class TournamentRunner {

    /**
     * Where a run notes each session before it starts, and which agent was in a call when the process was ended by
     * {@code System.exit}: a resume can then tell the session (and the agent) that ended the process.
     */
    public interface Journal {
        /** Called before session {@code id} starts, in the thread that will run it. */
        void started(int id);

        /** Called from a shutdown hook when {@code System.exit} was called while {@code party} was in a call. */
        void exited(int id, int party);

        /** A journal that notes nothing. */
        Journal NONE = new Journal() {
            @Override
            public void started(int id) {
            }

            @Override
            public void exited(int id, int party) {
            }
        };
    }

    /** Sessions an entrant may hang in (never return from a call) before its remaining sessions are skipped. */
    public static final int MAX_HANGS = 3;

    /** Sessions a worker steps at once when the run's agent processes serve several sessions each. */
    public static final int SESSIONS_PER_WORKER = 32;

    private final TournamentPlan plan;
    private final List<Scenario> scenarios;
    private final List<AgentFactory> factories = new ArrayList<>();
    /** Whether workers step several sessions at once ({@link SteppingWorker}). */
    private final boolean stepping;
    private final List<String> names = new ArrayList<>();
    private final long budgetNanos;
    private final SessionFactory sessions;
    /** What this runner's sessions share (agents' sorted outcome spaces); lives as long as the runner. */
    private final RunContext context = new RunContext();
    private final Map<String, ParetoFrontier> subsetFrontiers = new ConcurrentHashMap<>();
    private final List<Map<Integer, SeatedScenario>> seated = new ArrayList<>();
    private final AtomicInteger workerCount = new AtomicInteger();
    /** Runs going on now (several when distributed tasks share this runner). */
    private final AtomicInteger activeRuns = new AtomicInteger();

    /**
     * How a run went.
     *
     * @param sessions       sessions run
     * @param agreements     sessions that ended in an agreement
     * @param errors         sessions an agent's fault ended (abandoned and skipped ones included)
     * @param internalErrors sessions parley's own fault ended (counted apart from {@code errors})
     * @param abandoned      sessions given up because an agent never returned
     * @param seconds        the run's duration on the session factory's clock
     */
    public record Stats(int sessions, int agreements, int errors, int internalErrors, int abandoned, double seconds) {
    }

    /**
     * A runner for the built-in agents on the standard session factory (SAOP, system clock).
     *
     * @throws IllegalArgumentException for an unknown agent spec or an invalid plan (see {@link TournamentPlan#of})
     */
    public TournamentRunner(TournamentSettings settings, List<Scenario> scenarios) {
        this(settings, scenarios, AgentRegistry.builtIns(), SessionFactory.standard());
    }

    /**
     * A runner whose entrants' specs are resolved in {@code agents} and whose sessions come from {@code sessions}
     * (their protocol and clock).
     *
     * @throws IllegalArgumentException for an unknown agent spec or an invalid plan (see {@link TournamentPlan#of})
     */
    public TournamentRunner(TournamentSettings settings, List<Scenario> scenarios, AgentRegistry agents,
            SessionFactory sessions) {
        this.plan = TournamentPlan.of(settings, scenarios);
        this.scenarios = List.copyOf(scenarios);
        this.sessions = sessions;
        for (Entrant e : settings.agents()) {
            try {
                factories.add(agents.factory(e.spec()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("agent '" + e.name() + "': " + ex.getMessage(), ex);
            }
            names.add(e.name());
        }
        this.budgetNanos = (long) (settings.callBudgetSeconds() * 1e9);
        this.stepping = settings.deadline().isRounds() && sessions.steps()
                && factories.stream().anyMatch(AgentFactory::batched);
        for (int s = 0; s < scenarios.size(); s++) {
            seated.add(new ConcurrentHashMap<>());
        }
    }

    public TournamentPlan plan() {
        return plan;
    }

    /** True when this runner's workers step several sessions at once (see the class comment). */
    public boolean stepping() {
        return stepping;
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
        Attempt a = new Attempt(plan.session(id));
        SessionResult r;
        try {
            r = a.session().run();
        } catch (RuntimeException | Error e) {
            r = a.internalError(e);
        }
        return a.record(r);
    }

    /**
     * Runs every session whose id is not in {@code done}, on {@code threads} worker threads, and hands each record to
     * {@code sink} as soon as it is finished. The sink is called from several threads at once and must be
     * thread-safe; if it throws, no further session starts, the sink is not called again, and the exception is
     * rethrown at once (sessions still running are not recorded; their daemon threads end on their own).
     */
    public Stats run(int threads, BitSet done, Consumer<SessionRecord> sink) throws InterruptedException {
        return run(threads, done, Journal.NONE, sink);
    }

    /**
     * As {@link #run(int, BitSet, Consumer)}, noting each session in {@code journal} before it starts; while the run
     * lasts a shutdown hook notes, for a session whose thread called {@code System.exit}, which party was in a call.
     */
    public Stats run(int threads, BitSet done, Journal journal, Consumer<SessionRecord> sink)
            throws InterruptedException {
        return run(threads, done, journal, Map.of(), sink);
    }

    /**
     * As {@link #run(int, BitSet, Journal, Consumer)}, recording every session of an entrant in {@code banned} (by
     * entrant index, with the reason) as an error without running it, as for an entrant that hung too often.
     */
    public Stats run(int threads, BitSet done, Journal journal, Map<Integer, String> banned,
            Consumer<SessionRecord> sink) throws InterruptedException {
        return run(threads, done, journal, banned, sink, stepping);
    }

    /**
     * As {@link #run(int, BitSet, Journal, Map, Consumer)} on one thread, one session at a time even when this
     * runner's workers step several at once: for sessions that were running when an earlier run ended the process,
     * so that if one ends it again, it was the only one running.
     */
    public Stats runAlone(BitSet done, Journal journal, Map<Integer, String> banned, Consumer<SessionRecord> sink)
            throws InterruptedException {
        return run(1, done, journal, banned, sink, false);
    }

    private Stats run(int threads, BitSet done, Journal journal, Map<Integer, String> banned,
            Consumer<SessionRecord> sink, boolean step) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (done.length() > plan.size()) {
            throw new IllegalArgumentException("session " + (done.length() - 1) + " is marked done, but the plan has "
                    + plan.size() + " sessions");
        }
        Run r = new Run(done, sink, journal, Map.copyOf(banned), 0, plan.size(), step);
        Thread hook = new Thread(r::noteExit, "parley-tournament-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return r.execute(threads);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is already ending; the hook runs
            }
        }
    }

    /**
     * As {@link #run(int, BitSet, Consumer)} for the ids {@code from .. to − 1} only (one task of a distributed run;
     * {@code done} need not reach beyond {@code to}). No journal and no shutdown hook: a distributed task that dies
     * is retried by its scheduler, which replaces the task's output.
     */
    public Stats run(int threads, int from, int to, BitSet done, Consumer<SessionRecord> sink)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (from < 0 || from > to || to > plan.size()) {
            throw new IllegalArgumentException("ids " + from + ".." + to + " are not within the plan of " + plan.size()
                    + " sessions");
        }
        return new Run(done, sink, Journal.NONE, Map.of(), from, to, stepping).execute(threads);
    }

    /** The entrant (index into the settings' agents) that plays {@code party} in session {@code id}. */
    public int entrant(int id, int party) {
        return plan.session(id).agent(party);
    }

    /** The name of entrant {@code index}. */
    public String entrantName(int index) {
        return names.get(index);
    }

    /**
     * The record of session {@code id} when it was running while the process ended, in {@code runs} earlier runs,
     * and is not run again: an error naming the agent at {@code party} when the journal knows it (it called
     * {@code System.exit}), else naming every agent of the session.
     */
    public SessionRecord interrupted(int id, int party, int runs) {
        Attempt a = new Attempt(plan.session(id));
        String error;
        if (party >= 0 && party < a.agentNames.size()) {
            error = "the process ended during this session (agent " + a.agentNames.get(party) + ", party "
                    + (party + 1) + ", called System.exit in a call); recorded as an error instead of running it "
                    + "again";
        } else {
            List<String> who = new ArrayList<>();
            for (int j = 0; j < a.agentNames.size(); j++) {
                who.add(a.agentNames.get(j) + " (party " + (j + 1) + ")");
            }
            error = "the process ended during this session in " + runs + " runs, the last time with no other session "
                    + "running (an agent called Runtime.halt or System.exit, or the process was killed): agents "
                    + String.join(", ", who) + "; recorded as an error instead of running it again";
            party = -1;
        }
        return a.record(a.seat.failed(error, party, a.agentNames));
    }

    /**
     * Runs every session {@code results} has not recorded yet ({@link ResultRepository#done}), appending each record
     * to it as soon as it is finished and then handing it to {@code each} (e.g. to count progress; called from
     * several threads at once). Failures of the repository or of {@code each} stop the run as described for
     * {@link #run(int, BitSet, Consumer)}.
     */
    public Stats run(int threads, ResultRepository results, Consumer<SessionRecord> each) throws InterruptedException {
        return run(threads, results.done(), r -> {
            results.append(r);
            each.accept(r);
        });
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

    /** One session of the plan: its seating, its entrants' names and the session that plays it. */
    private final class Attempt implements SteppingWorker.Job {
        final PlannedSession planned;
        final SeatedScenario seat;
        final List<String> agentNames = new ArrayList<>();
        final OpponentModelProbe probe;

        Attempt(PlannedSession planned) {
            this.planned = planned;
            this.seat = seated(planned.scenario(), planned.ordering(), planned.profiles());
            for (int j = 0; j < planned.parties(); j++) {
                agentNames.add(names.get(planned.agent(j)));
            }
            this.probe = new OpponentModelProbe(seat::truth);
        }

        Session session() {
            return sessions.create(spec());
        }

        @Override
        public SteppedSession stepped(AgentBatch batch) {
            return sessions.createStepped(spec(), batch);
        }

        @Override
        public int id() {
            return planned.id();
        }

        private SessionSpec spec() {
            List<AgentFactory> fs = new ArrayList<>(planned.parties());
            for (int j = 0; j < planned.parties(); j++) {
                fs.add(factories.get(planned.agent(j)));
            }
            return sessions.spec().profiles(seat.profiles).agents(probe.wrap(fs)).labels(agentNames)
                    .deadline(plan.settings().deadline()).seed(planned.seed()).callBudgetNanos(budgetNanos)
                    .keepTrace(true).context(context).build();
        }

        /** The skip record if one of this session's entrants is quarantined, else null. */
        SessionResult quarantined(AtomicIntegerArray hangs, Map<Integer, String> banned) {
            for (int j = 0; j < planned.parties(); j++) {
                String reason = banned.get(planned.agent(j));
                if (reason != null) {
                    return seat.failed("skipped: agent " + agentNames.get(j) + " (party " + (j + 1) + ") " + reason,
                            j, agentNames);
                }
                if (hangs.get(planned.agent(j)) >= MAX_HANGS) {
                    return seat.failed("skipped: agent " + agentNames.get(j) + " (party " + (j + 1) + ") never "
                            + "returned from a call in " + MAX_HANGS + " earlier sessions", j, agentNames);
                }
            }
            return null;
        }

        @Override
        public SessionResult internalError(Throwable e) {
            return SessionResult.internalError(InternalFault.describe(e), seat.reservation.clone(), agentNames);
        }

        /** The record of {@code r}; if building it fails, the record of an internal error. */
        SessionRecord record(SessionResult r) {
            try {
                return seat.record(planned, agentNames, plan.settings().deadline(), r, probe.tracks());
            } catch (RuntimeException | Error e) {
                return seat.unanalysed(planned, agentNames, plan.settings().deadline(), internalError(e));
            }
        }
    }

    /** The state of one {@link #run}. */
    private final class Run implements SteppingWorker.Jobs {
        final BitSet done;
        final Consumer<SessionRecord> sink;
        final AtomicInteger cursor;
        final int end;
        final AtomicIntegerArray hangs = new AtomicIntegerArray(names.size());
        final AtomicInteger agreements = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger internalErrors = new AtomicInteger();
        final CountDownLatch remaining;
        final int pending;
        /** The worker threads; a stepping worker's object by its thread. */
        final List<Thread> workers = new ArrayList<>();
        final Map<Thread, SteppingWorker> steppers = new ConcurrentHashMap<>();
        final Watchdog<SteppingWorker.Job> watchdog = new Watchdog<>();
        /** Sessions a given-up stepping worker left unfinished, to play again. */
        final Queue<Integer> retry = new ConcurrentLinkedQueue<>();
        volatile Throwable fatal;
        int abandoned;
        /** The first id of the run's range: {@link #done} holds bit {@code id − base}. */
        final int base;

        final Journal journal;
        final Map<Integer, String> banned;
        /** What each worker thread is running now (its session's id and session), for the exit hook. */
        final Map<Thread, Supplier<Map.Entry<Integer, Session>>> running = new ConcurrentHashMap<>();

        /** Whether this run's workers step several sessions at once. */
        final boolean step;

        Run(BitSet done, Consumer<SessionRecord> sink, Journal journal, Map<Integer, String> banned, int from,
                int to, boolean step) {
            this.step = step;
            this.done = done.get(from, to);
            this.sink = sink;
            this.journal = journal;
            this.banned = banned;
            this.cursor = new AtomicInteger(from);
            this.end = to;
            this.base = from;
            this.pending = to - from - this.done.cardinality();
            this.remaining = new CountDownLatch(pending);
        }

        Stats execute(int threads) throws InterruptedException {
            long start = sessions.clock().getAsLong();
            activeRuns.incrementAndGet();
            try {
                for (int i = 0; i < Math.min(threads, Math.max(1, pending)); i++) {
                    workers.add(newWorker());
                }
                watchdog.watch(remaining, () -> fatal != null, this::givenUp);
            } finally {
                cursor.set(end);
                // the run's resources (its agent processes) end with the last of the runs going on at once (tasks
                // of a distributed run share a runner); a later run makes them afresh
                if (activeRuns.decrementAndGet() == 0) {
                    context.close();
                }
            }
            Throwable f = fatal;
            if (f instanceof RuntimeException r) {
                throw r;
            } else if (f instanceof Error e) {
                throw e;
            }
            return new Stats(pending, agreements.get(), errors.get(), internalErrors.get(), abandoned,
                    (sessions.clock().getAsLong() - start) / 1e9);
        }

        /** Shutdown hook: for each session whose thread is inside {@code System.exit}, notes the party in a call. */
        void noteExit() {
            running.forEach((thread, now) -> {
                Map.Entry<Integer, Session> s = now.get();
                if (s == null) {
                    return;
                }
                for (StackTraceElement e : thread.getStackTrace()) {
                    if ((e.getClassName().equals("java.lang.Runtime") || e.getClassName().equals("java.lang.Shutdown"))
                            && e.getMethodName().equals("exit")) {
                        journal.exited(s.getKey(), s.getValue().partyInCall());
                        return;
                    }
                }
            });
        }

        /**
         * A session whose agent never returned: counted against the agent; a fresh worker replaces the stuck one (a
         * stepping worker's other sessions are played again from the start).
         */
        private void givenUp(Watchdog.GivenUp<SteppingWorker.Job> g) {
            Attempt a = (Attempt) g.tag();
            if (g.party() >= 0) {
                hangs.incrementAndGet(a.planned.agent(g.party()));
            }
            abandoned++;
            SteppingWorker stuck = steppers.remove(g.worker());
            if (stuck != null) {
                stuck.giveUp();
                for (SteppingWorker.Job other : watchdog.claimAll(g.worker())) {
                    retry.add(other.id());
                }
            }
            running.remove(g.worker());
            for (int i = 0; i < workers.size(); i++) {
                if (workers.get(i) == g.worker()) {
                    workers.set(i, newWorker());
                }
            }
            deliver(a, g.result());
        }

        /** A worker of the run's kind, started. */
        private Thread newWorker() {
            String name = "parley-tournament-" + workerCount.incrementAndGet();
            if (!step) {
                return new Worker(this, name).thread;
            }
            SteppingWorker w = new SteppingWorker(this, SESSIONS_PER_WORKER, name);
            steppers.put(w.thread, w);
            running.put(w.thread, w::current);
            return w.start().thread;
        }

        @Override
        public SteppingWorker.Job next() {
            while (true) {
                int id = nextId();
                if (id < 0) {
                    return null;
                }
                Attempt a;
                try {
                    a = new Attempt(plan.session(id));
                } catch (RuntimeException | Error e) {
                    fatal = e;
                    remaining.countDown();
                    return null;
                }
                SessionResult skipped = a.quarantined(hangs, banned);
                if (skipped == null) {
                    return a;
                }
                deliver(a, skipped);
            }
        }

        @Override
        public void finished(SteppingWorker.Job job, SessionResult result) {
            deliver((Attempt) job, result);
        }

        @Override
        public void retry(SteppingWorker.Job job) {
            retry.add(job.id());
        }

        @Override
        public void started(SteppingWorker.Job job) {
            journal.started(job.id());
        }

        @Override
        public boolean stopping() {
            return fatal != null;
        }

        @Override
        public Watchdog<SteppingWorker.Job> watchdog() {
            return watchdog;
        }

        int nextId() {
            Integer again = retry.poll();
            if (again != null && fatal == null) {
                return again;
            }
            while (fatal == null) {
                int id = cursor.getAndIncrement();
                if (id >= end || id < 0) {
                    cursor.set(end);
                    return -1;
                }
                if (!done.get(id - base)) {
                    return id;
                }
            }
            return -1;
        }

        void deliver(Attempt a, SessionResult r) {
            try {
                SessionRecord rec = a.record(r);
                if (rec.hasAgreement()) {
                    agreements.incrementAndGet();
                }
                if (rec.isInternalError()) {
                    internalErrors.incrementAndGet();
                } else if (rec.error() != null) {
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
        final Run run;
        final Thread thread;

        Worker(Run run, String name) {
            this.run = run;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            for (int id = run.nextId(); id >= 0; id = run.nextId()) {
                Attempt a;
                try {
                    a = new Attempt(plan.session(id));
                } catch (RuntimeException | Error e) {
                    run.fatal = e;
                    run.remaining.countDown();
                    return;
                }
                SessionResult r = a.quarantined(run.hangs, run.banned);
                if (r == null) {
                    try {
                        Session session = a.session();
                        run.journal.started(id);
                        Map.Entry<Integer, Session> now = Map.entry(id, session);
                        run.running.put(thread, () -> now);
                        try {
                            r = run.watchdog.run(session, a);
                        } finally {
                            run.running.remove(thread);
                        }
                    } catch (RuntimeException | Error e) {
                        r = a.internalError(e);
                    }
                    if (r == null) {
                        return; // given up: the watchdog delivered the session and started a fresh worker
                    }
                }
                run.deliver(a, r);
            }
        }
    }
}
