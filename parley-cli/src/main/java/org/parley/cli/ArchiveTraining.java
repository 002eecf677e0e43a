package org.parley.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data sharing archive: {@code bin/parley} runs this once per jar under
 * {@code -XX:DumpLoadedClassList} and archives the classes it loaded ({@code -Xshare:dump}), so that later cold
 * commands map those classes instead of reading, parsing and verifying them from the jar. It runs a few typical
 * short commands in one process, output discarded: help (every command's model), analyses of a GENIUS, a GeniusWeb
 * and a YAML scenario, a negotiation and a case comparison, on the files of the repository.
 *
 * <p>The archive only makes start-up faster: a class it lacks is loaded from the jar as usual, so a command missing
 * here (or an input missing from the checkout, skipped) costs speed, never correctness.
 */
public final class ArchiveTraining {

    /** Marks an argument that names a file of the repository. */
    private static final String FILE = "file:";

    private ArchiveTraining() {
    }

    /**
     * Runs the training commands on the files under {@code args[0]} (the repository); prints nothing and exits 0, or
     * exits 1 with a line naming each command that failed (the archive is still made from what ran).
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int failed = 0;
        for (String[] command : commands(root)) {
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            int exit = Main.run(command, none, none);
            if (exit != 0) {
                System.err.println("parley: archive training: exit " + exit + " from " + String.join(" ", command));
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The training command lines whose input files exist under {@code root}. */
    static List<String[]> commands(Path root) {
        String itex = "scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_";
        String itexA = "scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-";
        String party = "scenarios/geniusweb/Party/party";
        String[][] all = {
            {"--help"},
            {"analyze", "--help"},
            {"analyze", FILE + itex + "domain.xml", FILE + itex + "Itex.xml", FILE + itex + "Cypress.xml", "--json"},
            {"analyze", FILE + itex + "domain.xml", FILE + itex + "Itex.xml", FILE + itex + "Cypress.xml"},
            {"analyze", FILE + "examples/coffee.yaml", "--json"},
            {"analyze", FILE + party + ".json", FILE + party + "1.json", FILE + party + "2.json", "--json"},
            {"negotiate", FILE + itexA + "domain.xml", FILE + itexA + "prof1.xml", FILE + itexA + "prof2.xml",
                "--agents", "boulware-party", "conceder-party", "--rounds", "180", "--json"},
            {"case", "compare", FILE + "examples/labour-2026/case.yaml", "--json"},
        };
        List<String[]> commands = new ArrayList<>();
        for (String[] command : all) {
            String[] resolved = new String[command.length];
            boolean present = true;
            for (int i = 0; i < command.length; i++) {
                if (command[i].startsWith(FILE)) {
                    Path file = root.resolve(command[i].substring(FILE.length()));
                    present &= Files.isRegularFile(file);
                    resolved[i] = file.toString();
                } else {
                    resolved[i] = command[i];
                }
            }
            if (present) {
                commands.add(resolved);
            }
        }
        return commands;
    }
}
