package org.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.domain.Issue;
import org.parley.formats.NamedBytes;
import org.parley.formats.Scenarios;
import org.parley.formats.negmas.NegmasFolder;
import org.parley.formats.tournament.ScenarioSource;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.preference.Scenario;
import org.parley.protocol.Deadline;
import org.parley.protocol.Protocols;
import org.parley.protocol.SessionFactory;
import org.parley.tournament.Entrant;
import org.parley.tournament.TournamentRunner;
import org.parley.tournament.TournamentSettings;

/**
 * Everything an executor needs to play a tournament's sessions, shipped once per executor in a Spark broadcast: the
 * settings as plain values and every scenario file as bytes (executors need not see the driver's files). On an
 * executor it is turned, once, into the scenarios and a {@link TournamentRunner} whose agents are the built-ins and
 * those of every {@link AgentProvider} on the task's class path (user jars given to {@code spark-submit --jars}).
 * Spark keeps one deserialized broadcast value per executor, so all tasks of an executor share that runner (and the
 * scenarios' frontiers it computes); the runner is thread-safe.
 */
final class TournamentPayload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest scenario file shipped, as the readers accept. */
    private static final long MAX_FILE = 256L << 20;

    /** One file of a scenario: its name (the path as the driver saw it) and content. */
    private record FileBytes(String name, byte[] bytes) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One scenario: its name in the tournament, whether it is a NegMAS folder, and its files in order. */
    private record Source(String name, boolean negmas, List<FileBytes> files) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final long seed;
    private final boolean rounds;
    private final int deadlineRounds;
    private final double deadlineSeconds;
    private final int repetitions;
    private final String roles;
    private final int parties;
    private final boolean selfPlay;
    private final double callBudget;
    private final List<String> agentNames;
    private final List<String> agentSpecs;
    private final List<Source> sources;
    private final String protocol;

    private transient volatile Prepared prepared;

    /** What an executor builds from the payload, once. */
    private record Prepared(List<Scenario> scenarios, TournamentRunner runner, Map<String, List<String>> issues) {
    }

    private TournamentPayload(TournamentSettings s, List<Source> sources, String protocol) {
        this.protocol = protocol;
        this.seed = s.seed();
        this.rounds = s.deadline().isRounds();
        this.deadlineRounds = s.deadline().rounds();
        this.deadlineSeconds = s.deadline().seconds();
        this.repetitions = s.repetitions();
        this.roles = s.roles().name();
        this.parties = s.parties();
        this.selfPlay = s.selfPlay();
        this.callBudget = s.callBudgetSeconds();
        this.agentNames = new ArrayList<>(s.agents().stream().map(Entrant::name).toList());
        this.agentSpecs = new ArrayList<>(s.agents().stream().map(Entrant::spec).toList());
        this.sources = sources;
    }

    /** The payload of {@code def}: its settings, and its scenarios' files read from the driver's file system. */
    static TournamentPayload of(TournamentDefinition def) {
        List<Source> sources = new ArrayList<>();
        for (ScenarioSource src : def.scenarios()) {
            List<FileBytes> files = new ArrayList<>();
            boolean negmas = Files.isDirectory(src.files().get(0));
            try {
                List<Path> paths = negmas ? NegmasFolder.yamlFiles(src.files().get(0)) : src.files();
                for (Path p : paths) {
                    NamedBytes b = NamedBytes.of(p, MAX_FILE);
                    files.add(new FileBytes(negmas ? p.getFileName().toString() : p.toString(), b.bytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scenario '" + src.name() + "': " + e.getMessage(), e);
            }
            sources.add(new Source(src.name(), negmas, List.copyOf(files)));
        }
        return new TournamentPayload(def.settings(), List.copyOf(sources), def.protocol());
    }

    /** The settings, as the driver read them. */
    TournamentSettings settings() {
        List<Entrant> entrants = new ArrayList<>();
        for (int i = 0; i < agentNames.size(); i++) {
            entrants.add(new Entrant(agentNames.get(i), agentSpecs.get(i)));
        }
        return new TournamentSettings(seed, rounds ? Deadline.rounds(deadlineRounds) : Deadline.seconds(
                deadlineSeconds), repetitions, TournamentSettings.Roles.valueOf(roles), parties, selfPlay, callBudget,
                entrants);
    }

    /** Total bytes of the scenario files (what every executor receives once). */
    long bytes() {
        return sources.stream().flatMap(s -> s.files().stream()).mapToLong(f -> f.bytes().length).sum();
    }

    /** This executor's runner (built on first use from the shipped bytes; shared by the executor's tasks). */
    TournamentRunner runner() {
        return prepared().runner();
    }

    /** The issue names of scenario {@code name}, in the domain's order (agreements are written in that order). */
    List<String> issues(String name) {
        List<String> issues = prepared().issues().get(name);
        if (issues == null) {
            throw new IllegalArgumentException("the results name scenario '" + name + "', which the tournament "
                    + "does not have");
        }
        return issues;
    }

    private Prepared prepared() {
        Prepared p = prepared;
        if (p == null) {
            synchronized (this) {
                p = prepared;
                if (p == null) {
                    p = prepare();
                    prepared = p;
                }
            }
        }
        return p;
    }

    private Prepared prepare() {
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, List<String>> issues = new HashMap<>();
        for (Source src : sources) {
            Scenario s;
            if (src.negmas()) {
                s = NegmasFolder.read(src.name(), src.files().stream().map(f -> new NegmasFolder.Source(f.name(),
                        f.bytes())).toList()).scenario();
            } else {
                s = Scenarios.read(src.files().stream().map(f -> new NamedBytes(f.name(), f.bytes())).toList());
            }
            Scenario named = new Scenario(src.name(), s.domain(), s.profiles());
            scenarios.add(named);
            issues.put(src.name(), named.domain().issues().stream().map(Issue::name).toList());
        }
        TournamentRunner runner = new TournamentRunner(settings(), scenarios, executorAgents(), sessions(protocol));
        return new Prepared(List.copyOf(scenarios), runner, Map.copyOf(issues));
    }

    /** The session factory of the tournament's protocol ({@code saop}, {@code snt(...)}), on the system clock. */
    static SessionFactory sessions(String protocol) {
        return new SessionFactory(Protocols.parse(protocol), System::nanoTime);
    }

    /**
     * The agents an executor knows: the built-ins and every {@link AgentProvider} registered on the task's class
     * path (jars added with {@code spark-submit --jars} or {@code SparkContext.addJar}).
     */
    static AgentRegistry executorAgents() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<AgentProvider> providers = new ArrayList<>();
        for (ServiceLoader.Provider<AgentProvider> p : ServiceLoader.load(AgentProvider.class, loader).stream()
                .toList()) {
            providers.add(p.get());
        }
        return AgentRegistry.builtIns().with(providers);
    }
}
