package org.parley.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training runs of the class-data sharing archives: {@code bin/parley} runs this under
 * {@code -XX:DumpLoadedClassList} and archives the classes it loaded ({@code -Xshare:dump}), so that later cold
 * commands map those classes instead of reading, parsing and verifying them from the jar. Each archive serves some
 * commands and is trained on typical runs of them, output discarded: {@code analyze}, {@code negotiate},
 * {@code case} and {@code --version} have archives of their own ({@link #GROUPS}), trained on that command alone,
 * because a smaller archive costs less to map (the JVM relocates every pointer in it at start-up); every other command
 * uses the archive trained on all of them: help (every command's model), analyses of a GENIUS, a GeniusWeb and a YAML
 * scenario, a negotiation and a case comparison, on the files of the repository.
 *
 * <p>An archive only makes start-up faster: a class it lacks is loaded from the jar as usual, so a command missing
 * here (or an input missing from the checkout, skipped) costs speed, never correctness.
 */
public final class ArchiveTraining {

    /** Marks an argument that names a file of the repository. */
    private static final String FILE = "file:";

    private ArchiveTraining() {
    }

    /**
     * The archives other than the general one, each named by the command it serves (bin/parley picks the archive by
     * the command's name, {@code version} for {@code --version}); a list of what each trains on is in
     * {@link #commands(Path, String)}.
     */
    static final List<String> GROUPS = List.of("version", "analyze", "negotiate", "case");

    /** The general archive's training: every group's commands and help. */
    static final String ALL = "all";

    /**
     * Runs the training commands of the archive named {@code args[1]} (one of {@link #GROUPS}, or {@value #ALL}, the
     * default) on the files under {@code args[0]} (the repository); prints nothing and exits 0, or exits 1 with a line
     * naming each command that failed (the archive is still made from what ran).
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String group = args.length > 1 ? args[1] : ALL;
        int failed = 0;
        for (String[] command : commands(root, group)) {
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            int exit = Main.run(command, none, none);
            if (exit != 0) {
                System.err.println("parley: archive training: exit " + exit + " from " + String.join(" ", command));
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The general archive's training command lines whose input files exist under {@code root}. */
    static List<String[]> commands(Path root) {
        return commands(root, ALL);
    }

    /**
     * The training command lines of the archive named {@code group} whose input files exist under {@code root}; an
     * unknown name has none.
     */
    static List<String[]> commands(Path root, String group) {
        String itex = "scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_";
        String itexA = "scenarios/anac/anac__y2012__ItexvsCypress/ItexvsCypress-A-";
        String party = "scenarios/geniusweb/Party/party";
        String[][] version = {{"--version"}};
        String[][] analyze = {
            {"analyze", "--help"},
            {"analyze", FILE + itex + "domain.xml", FILE + itex + "Itex.xml", FILE + itex + "Cypress.xml", "--json"},
            {"analyze", FILE + itex + "domain.xml", FILE + itex + "Itex.xml", FILE + itex + "Cypress.xml"},
            {"analyze", FILE + "examples/coffee.yaml", "--json"},
            {"analyze", FILE + party + ".json", FILE + party + "1.json", FILE + party + "2.json", "--json"},
        };
        String[][] negotiate = {
            {"negotiate", FILE + itexA + "domain.xml", FILE + itexA + "prof1.xml", FILE + itexA + "prof2.xml",
                "--agents", "boulware-party", "conceder-party", "--rounds", "180", "--json"},
        };
        String[][] caseCompare = {{"case", "compare", FILE + "examples/labour-2026/case.yaml", "--json"}};
        List<String[]> all = new ArrayList<>();
        switch (group) {
            case "version" -> all.addAll(List.of(version));
            case "analyze" -> all.addAll(List.of(analyze));
            case "negotiate" -> all.addAll(List.of(negotiate));
            case "case" -> all.addAll(List.of(caseCompare));
            case ALL -> {
                all.add(new String[] {"--help"});
                all.addAll(List.of(analyze));
                all.addAll(List.of(negotiate));
                all.addAll(List.of(caseCompare));
            }
            default -> {
                // an unknown archive trains on nothing
            }
        }
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
