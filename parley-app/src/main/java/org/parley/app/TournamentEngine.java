package org.parley.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.parley.tournament.TournamentSummary;

/**
 * A scheduler for a tournament's sessions other than {@link TournamentJob}'s worker threads, such as Apache Spark
 * ({@code parley-spark}). Engines are found by name with {@link ServiceLoader} only when one is asked for, so the
 * command line neither needs an engine's libraries on its class path nor loads them otherwise.
 *
 * <p>An engine plays the same plan with the same session seeds, so it records the same sessions as
 * {@link TournamentJob} (all but the wall times, for round deadlines), keyed by session id.
 */
public interface TournamentEngine {

    /**
     * What to run.
     *
     * @param file      the tournament file (read where the engine's driver runs)
     * @param out       where the results go: a folder or a URI the engine understands
     * @param resume    whether to finish the results already in {@code out} (play only the sessions missing there)
     * @param report    whether to write the summary files ({@code summary.md}, {@code summary.csv}, box plots)
     * @param master    where the engine runs (for Spark its master URL), or null for the engine's default
     * @param agentPath jars of agents of the user's own, in addition to the file's {@code agentPath:}
     */
    record Request(Path file, String out, boolean resume, boolean report, String master, List<Path> agentPath) {

        public Request {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(out, "out");
            agentPath = List.copyOf(agentPath);
        }
    }

    /**
     * What a run did.
     *
     * @param name           the tournament's name
     * @param agents         number of agents
     * @param scenarios      number of scenarios
     * @param sessions       the sessions of the plan
     * @param recordedBefore the sessions found in {@code out} when the run started
     * @param ran            the sessions this run played
     * @param seconds        wall time of the run, from planning to the last record written
     * @param summary        the summary of every session in {@code out}
     * @param files          what was written, in order
     */
    record Outcome(String name, int agents, int scenarios, int sessions, int recordedBefore, int ran, double seconds,
            TournamentSummary summary, List<String> files) {

        public Outcome {
            Objects.requireNonNull(summary, "summary");
            files = List.copyOf(files);
        }
    }

    /** The engine's name ({@code spark}). */
    String name();

    /**
     * Runs {@code request}; what the engine wants the user to know on the way goes to {@code notes}, one sentence
     * each.
     *
     * @throws IllegalArgumentException for bad input (the file, an output that holds another tournament, ...)
     */
    Outcome run(Request request, Consumer<String> notes) throws Exception;

    /** The engine named {@code name} on the class path of {@code loader}, if there is one. */
    static Optional<TournamentEngine> find(String name, ClassLoader loader) {
        return ServiceLoader.load(TournamentEngine.class, loader).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals(name)).findFirst();
    }
}
