package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.app.report.PlotFormat;

/**
 * The one rule for {@code --plot FILE} on every command that draws: a {@code .png} or {@code .svg} name in a folder
 * that exists.
 */
final class PlotOption {

    private PlotOption() {
    }

    /** The plot's format from its name; refuses another extension or a missing folder before any work. */
    static PlotFormat format(Path file) {
        PlotFormat f = PlotFormat.of(file.getFileName().toString());
        if (f == null) {
            throw new IllegalArgumentException("--plot " + file + ": the file name must end in "
                    + PlotFormat.extensions());
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--plot " + file + ": folder " + dir + " does not exist");
        }
        return f;
    }
}
