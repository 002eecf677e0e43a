package org.parley.formats.tournament;

import java.nio.file.Path;
import java.util.List;
import org.parley.tournament.TournamentSettings;

/**
 * A tournament file, read: its settings and where its scenarios come from (paths resolved against the file's
 * folder, globs expanded).
 *
 * @param file      the tournament file
 * @param name      the tournament's name (default: the file's base name)
 * @param settings  seed, deadline, repetitions, roles, parties, self-play, call budget, agents
 * @param scenarios the scenarios, in file order (a glob's matches sorted by path)
 */
public record TournamentDefinition(Path file, String name, TournamentSettings settings,
        List<ScenarioSource> scenarios) {

    public TournamentDefinition {
        scenarios = List.copyOf(scenarios);
    }
}
