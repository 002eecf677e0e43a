package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The training run of bin/parley's class-data sharing archive: every command it runs must exist in the repository and
 * succeed, otherwise the archive quietly covers less than a typical command loads.
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
    void aMissingInputSkipsItsCommandOnly() {
        assertEquals(List.of("--help"), ArchiveTraining.commands(Path.of("no-such-folder")).stream()
                .map(c -> String.join(" ", c)).filter(c -> !c.startsWith("analyze --help")).toList());
    }
}
