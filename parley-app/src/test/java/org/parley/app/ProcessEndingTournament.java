package org.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.agent.AgentProvider;
import org.parley.agent.AgentRegistry;
import org.parley.agent.AgentSpec;
import org.parley.formats.tournament.ResultStore;
import org.parley.formats.tournament.TournamentDefinition;
import org.parley.formats.tournament.TournamentScenarios;
import org.parley.formats.yaml.TournamentYaml;
import org.parley.preference.Scenario;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;

/**
 * A child process for {@link AgentEndsTheProcessIT}: runs (or resumes) the tournament file {@code args[0]} into
 * {@code args[1]} on two threads, with two extra agents: {@code test-exit} calls {@code System.exit(42)} on its first
 * turn and {@code test-halt} calls {@code Runtime.halt(43)}.
 */
public final class ProcessEndingTournament {

    private ProcessEndingTournament() {
    }

    static final AgentRegistry AGENTS = AgentRegistry.builtIns().with(List.of(new AgentProvider() {
        @Override
        public List<String> names() {
            return List.of("test-exit", "test-halt");
        }

        @Override
        public String description(String name) {
            return "ends the process on its first turn";
        }

        @Override
        public AgentFactory factory(AgentSpec spec) {
            spec.requireNoOptions();
            boolean halt = spec.name().equals("test-halt");
            return () -> new Agent() {
                @Override
                public void init(AgentSettings settings) {
                }

                @Override
                public void receive(Action action, Timeline timeline) {
                }

                @Override
                public Action chooseAction(Timeline timeline) {
                    if (halt) {
                        Runtime.getRuntime().halt(43);
                    }
                    System.exit(42);
                    return null;
                }

                @Override
                public String name() {
                    return spec.name();
                }
            };
        }
    }));

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        TournamentDefinition def = TournamentYaml.read(file, AGENTS);
        List<Scenario> scenarios = TournamentScenarios.load(def.scenarios());
        TournamentJob job = TournamentJob.prepare(def, scenarios, AGENTS);
        boolean resume = Files.isDirectory(out);
        try (ResultStore store = ResultStore.open(out, job.manifest(), def.settings().parties(), job.sessions(),
                resume)) {
            job.run(store, 2, r -> {
            });
        }
    }
}
