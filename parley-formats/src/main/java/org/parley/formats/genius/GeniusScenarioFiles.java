package org.parley.formats.genius;

import java.nio.file.Path;
import java.util.List;

/**
 * The files {@link GeniusXml#writeScenario} wrote.
 *
 * @param domainFile   the domain file
 * @param profileFiles one profile file per profile, in the scenario's party order
 */
public record GeniusScenarioFiles(Path domainFile, List<Path> profileFiles) {

    public GeniusScenarioFiles {
        profileFiles = List.copyOf(profileFiles);
    }
}
