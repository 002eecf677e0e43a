package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The training runs of bin/parley's class-data sharing archives: every command they run must exist in the repository
 * and succeed, otherwise an archive quietly covers less than a typical command loads.
 */
class ArchiveTrainingIT {

    @Test
    void everyTrainingCommandIsFoundAndSucceeds() {
        List<String[]> commands = ArchiveTraining.commands(Path.of(".."));
        assertEquals(8, commands.size(), "every training input is in the repository");
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            int exit = Main.run(command, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, exit, String.join(" ", command) + ": " + err);
        }
    }

    @Test
    void eachCommandsArchiveTrainsOnThatCommandAloneAndTheGeneralOneOnAllOfThem() {
        List<String> all = ArchiveTraining.commands(Path.of("..")).stream().map(c -> String.join(" ", c)).toList();
        for (String group : ArchiveTraining.GROUPS) {
            List<String[]> commands = ArchiveTraining.commands(Path.of(".."), group);
            assertTrue(!commands.isEmpty(), group);
            for (String[] command : commands) {
                String line = String.join(" ", command);
                assertEquals(group.equals("version") ? "--version" : group, command[0], line);
                if (!group.equals("version")) {
                    assertTrue(all.contains(line), "the general archive trains on " + line + " too");
                }
                StringWriter err = new StringWriter();
                int exit = Main.run(command, new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertEquals(0, exit, line + ": " + err);
            }
        }
        assertEquals(List.of(), ArchiveTraining.commands(Path.of(".."), "no-such-archive"));
    }

    @Test
    void aMissingInputSkipsItsCommandOnly() {
        assertEquals(List.of("--help"), ArchiveTraining.commands(Path.of("no-such-folder")).stream()
                .map(c -> String.join(" ", c)).filter(c -> !c.startsWith("analyze --help")).toList());
    }
}
