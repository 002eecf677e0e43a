package org.parley.formats.tournament;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one tournament scenario comes from.
 *
 * @param name  the scenario's unique name in the tournament
 * @param files one parley YAML file, or a domain file followed by one profile file per party (GENIUS XML or
 *              GeniusWeb JSON), as {@link org.parley.formats.Scenarios#load(List)} takes them
 * @param found whether the profiles were found next to the domain by their names (docs/tournament.md), rather than
 *              listed in the file or held by a YAML scenario or NegMAS folder
 */
public record ScenarioSource(String name, List<Path> files, boolean found) {

    public ScenarioSource {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + name + "' has no files");
        }
    }

    /** A source whose files were given (not found by name). */
    public ScenarioSource(String name, List<Path> files) {
        this(name, files, false);
    }
}
