package org.parley.formats.tournament;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one tournament scenario comes from.
 *
 * @param name  the scenario's unique name in the tournament
 * @param files one parley YAML file, or a domain file followed by one profile file per party (GENIUS XML or
 *              GeniusWeb JSON), as {@link org.parley.formats.Scenarios#load(List)} takes them
 */
public record ScenarioSource(String name, List<Path> files) {

    public ScenarioSource {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + name + "' has no files");
        }
    }
}
