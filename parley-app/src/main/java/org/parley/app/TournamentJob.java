package org.parley.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.parley.agent.AgentRegistry;
import org.parley.formats.tournament.Manifest;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.StartJournal;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.preference.Scenario;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionFactory;
import org.parley.tournament.ResultRepository;
import org.parley.tournament.SessionRecord;
import org.parley.tournament.Shard;
import org.parley.tournament.TournamentRunner;

/**
 * {@code tournament}: every session of a tournament (every agent against every other, on every scenario, in every
 * role ordering, repeated) on worker threads, each finished session recorded at once, skipping the sessions already
 * recorded. Prepared once ({@link #prepare}: the plan and each scenario's frontier and Nash point), then run into a
 * results store opened with {@link #manifest()} and {@link #sessions()}. Documents: the store's
 * {@code results.jsonl} lines ({@link org.parley.formats.tournament.ResultsJson}) and {@code tournament.json}
 * ({@link Manifest}); the summary is {@link ReportJob}'s. A run may play one {@link Shard} of the sessions only; the
 * shards' folders merge into the whole tournament's summary ({@link ReportJob#summarize(List)}).
 */
public final class TournamentJob {

    /** Most worker threads a run may use. */
    public static final int MAX_THREADS = 1024;

    /** Hears about a run's progress; called from worker threads, so implementations must be thread-safe. */
    @FunctionalInterface
    public interface Listener {

        /** Session {@code r} was recorded. */
        void recorded(SessionRecord r);
    }

    /**
     * What a run did.
     *
     * @param sessions       the sessions of the run's shard (of the whole plan without one)
     * @param recordedBefore the shard's sessions already recorded when the run started
     * @param threads        the worker threads used
     * @param stats          the sessions this run played: count, agreements, errors, abandoned, wall time
     * @param shard          the part of the plan the run played ({@link Shard#WHOLE} for all of it)
     */
    public record Result(int sessions, int recordedBefore, int threads, TournamentRunner.Stats stats, Shard shard) {

        public Result {
            Objects.requireNonNull(shard, "shard");
        }

        /** The result of a run of the whole plan. */
        public Result(int sessions, int recordedBefore, int threads, TournamentRunner.Stats stats) {
            this(sessions, recordedBefore, threads, stats, Shard.WHOLE);
        }
    }

    private final TournamentDefinition definition;
    private final TournamentRunner runner;

    private TournamentJob(TournamentDefinition definition, TournamentRunner runner) {
        this.definition = definition;
        this.runner = runner;
    }

    /**
     * Plans the tournament {@code definition} on {@code scenarios} (its scenario sources, loaded, in order) and
     * computes every scenario's frontier and Nash point.
     *
     * @throws IllegalArgumentException for an unknown agent or an invalid plan
     */
    public static TournamentJob prepare(TournamentDefinition definition, List<Scenario> scenarios) {
        return prepare(definition, scenarios, AgentRegistry.builtIns());
    }

    /**
     * As {@link #prepare(TournamentDefinition, List)}, with the entrants' agents found in {@code agents} and in the
     * jars of the definition's own agent path.
     *
     * @throws IllegalArgumentException for an unknown agent, a bad agent path or an invalid plan
     */
    public static TournamentJob prepare(TournamentDefinition definition, List<Scenario> scenarios,
            AgentRegistry agents) {
        Objects.requireNonNull(definition, "definition");
        if (scenarios.size() != definition.scenarios().size()) {
            throw new IllegalArgumentException("tournament " + definition.name() + " lists "
                    + definition.scenarios().size() + " scenarios, but " + scenarios.size() + " were given");
        }
        AgentRegistry registry = agents.withAgentPath(definition.agentPath());
        Path folder = fileFolder(definition.source());
        if (folder != null) {
            // process(cmd=..., dir=...) in a tournament file: relative folders are the file's, like its other paths
            registry = registry.withBaseDirectory(folder);
        }
        TournamentRunner runner = new TournamentRunner(definition.settings(), scenarios, registry,
                new SessionFactory(Protocols.parse(definition.protocol()), System::nanoTime));
        runner.prepare();
        return new TournamentJob(definition, runner);
    }

    /** The folder of the tournament file {@code source} names, or null when it names bytes rather than a file. */
    private static Path fileFolder(String source) {
        try {
            Path f = Path.of(source).toAbsolutePath();
            return Files.isRegularFile(f) ? f.getParent() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The tournament's definition. */
    public TournamentDefinition definition() {
        return definition;
    }

    /** The number of sessions in the plan. */
    public int sessions() {
        return runner.plan().size();
    }

    /** The manifest ({@code tournament.json}) a results store for this tournament is opened with. */
    public String manifest() {
        return Manifest.of(definition, sessions());
    }

    /** The manifest of a results store that holds shard {@code shard} of this tournament. */
    public String manifest(Shard shard) {
        return Manifest.of(definition, sessions(), shard);
    }

    /** Refuses a thread count outside 1..{@value #MAX_THREADS}. */
    public static void checkThreads(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("the number of threads must lie in 1.." + MAX_THREADS + ", got "
                    + threads);
        }
    }

    /**
     * Runs every session not yet recorded in {@code results} on {@code threads} worker threads, appending each to it
     * the moment it ends; the caller opens and closes the repository (a {@link ResultStore} folder, or any other
     * {@link ResultRepository}).
     *
     * <p>In a results folder ({@link ResultStore}) each session is noted in its {@link StartJournal} before it starts.
     * On resume, a session that was running when an earlier run ended (started, never recorded) is dealt with first:
     * recorded as an error without running it when the journal says its agent called {@code System.exit}, or when it
     * already ended a run in which it ran alone; otherwise run again alone, on one thread and one session at a time
     * (also when the workers step several sessions at once), so that if it ends the process again it is the only
     * suspect. Then the rest run on {@code threads} threads. An agent that ends the process therefore costs at most
     * two restarts and never blocks the tournament from finishing.
     */
    public Result run(ResultRepository results, int threads, Listener listener) throws InterruptedException {
        return run(results, threads, Shard.WHOLE, listener);
    }

    /**
     * As {@link #run(ResultRepository, int, Listener)}, playing only the sessions of {@code shard}.
     *
     * @throws IllegalArgumentException when {@code results} holds a session of another shard
     */
    public Result run(ResultRepository results, int threads, Shard shard, Listener listener)
            throws InterruptedException {
        checkThreads(threads);
        Objects.requireNonNull(listener, "listener");
        BitSet recorded = results.done();
        BitSet outside = shard.outside(sessions());
        if (recorded.intersects(outside)) {
            BitSet foreign = (BitSet) recorded.clone();
            foreign.and(outside);
            throw new IllegalArgumentException("the results hold session " + foreign.nextSetBit(0)
                    + ", which is not in shard " + shard);
        }
        int before = recorded.cardinality();
        Consumer<SessionRecord> sink = r -> {
            results.append(r);
            synchronized (recorded) {
                recorded.set(r.id());
            }
            listener.recorded(r);
        };
        if (!(results instanceof ResultStore store)) {
            BitSet skip = (BitSet) recorded.clone();
            skip.or(outside);
            return new Result(shard.size(sessions()), before, threads, runner.run(threads, skip, sink), shard);
        }
        try (StartJournal journal = StartJournal.open(store.dir())) {
            Map<Integer, StartJournal.Interrupted> interrupted = journal.interrupted(results.done());
            int quarantined = 0;
            int errors = 0;
            BitSet alone = new BitSet();
            Map<Integer, String> banned = new TreeMap<>();
            journal.exits().forEach((id, party) -> {
                if (id < sessions() && party < definition.settings().parties()) {
                    banned.putIfAbsent(runner.entrant(id, party), "ended the process with System.exit in session "
                            + id + "; its sessions are not run");
                }
            });
            for (Map.Entry<Integer, StartJournal.Interrupted> e : interrupted.entrySet()) {
                StartJournal.Interrupted i = e.getValue();
                if (e.getKey() >= sessions() || !shard.contains(e.getKey())) {
                    continue; // not this plan's or shard's (a damaged journal); the plan's sessions are what counts
                }
                if (i.exitParty() >= 0 && i.exitParty() < definition.settings().parties() || i.starts() >= 2) {
                    SessionRecord r = runner.interrupted(e.getKey(), i.exitParty(), i.starts());
                    sink.accept(r);
                    quarantined++;
                    errors++;
                } else {
                    alone.set(e.getKey());
                }
            }
            TournamentRunner.Stats first = new TournamentRunner.Stats(quarantined, 0, errors, 0, 0, 0);
            if (!alone.isEmpty()) {
                BitSet skip = new BitSet();
                skip.set(0, sessions());
                skip.andNot(alone);
                first = add(first, runner.runAlone(skip, journal, banned, sink));
            }
            BitSet done;
            synchronized (recorded) {
                done = (BitSet) recorded.clone();
            }
            done.or(outside);
            TournamentRunner.Stats rest = runner.run(threads, done, journal, banned, sink);
            return new Result(shard.size(sessions()), before, threads, add(first, rest), shard);
        }
    }

    private static TournamentRunner.Stats add(TournamentRunner.Stats a, TournamentRunner.Stats b) {
        return new TournamentRunner.Stats(a.sessions() + b.sessions(), a.agreements() + b.agreements(),
                a.errors() + b.errors(), a.internalErrors() + b.internalErrors(), a.abandoned() + b.abandoned(),
                a.seconds() + b.seconds());
    }
}
