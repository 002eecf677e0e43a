package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Start-up: {@code parley} builds picocli's model of the command that runs only, and answers {@code --version} without
 * a model. Everything a user sees must be what the whole model prints: help, usage errors, results.
 */
class MainTest {

    /** Runs {@code args} against the whole model, the way parley ran every command before. */
    private static CliRunner.Run whole(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Main.commandLine(), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner.Run(exit, out.toString(), err.toString());
    }

    private static List<String[]> everyCommand() {
        List<String[]> commands = new ArrayList<>();
        for (CommandLine c : Main.commandLine().getSubcommands().values()) {
            if (c.getCommandSpec().userObject() instanceof HelpCommand || commands.stream().anyMatch(
                    a -> a[0].equals(c.getCommandName()))) {
                continue;
            }
            commands.add(new String[] {c.getCommandName()});
            for (String sub : c.getSubcommands().keySet()) {
                commands.add(new String[] {c.getCommandName(), sub});
            }
        }
        return commands;
    }

    @Test
    void onlyTheCommandThatRunsIsBuilt() {
        assertEquals(Set.of("analyze", "analyse"), Main.commandLine(new String[] {"analyze", "x.yaml", "--json"})
                .getSubcommands().keySet());
        assertEquals(Set.of("analyze", "analyse"), Main.commandLine(new String[] {"analyse", "x.yaml"})
                .getSubcommands().keySet(), "the British spelling runs the same command, lazily");
        assertEquals(Set.of("case"), Main.commandLine(new String[] {"--stacktrace", "case", "compare", "c.yaml"})
                .getSubcommands().keySet());
        assertEquals(6, Main.commandLine(new String[] {"case", "compare"}).getSubcommands().get("case")
                .getSubcommands().size(), "a command keeps its own subcommands");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "analyze"}, {"analize"}, {"-h"}, {"--version"},
            {"--stacktrace"}, {"@args.txt"}}) {
            assertEquals(Main.NAMES.size() + 1,
                    new HashSet<>(Main.commandLine(args).getSubcommands().values()).size(),
                    String.join(" ", args) + " gets every command and help");
        }
    }

    @Test
    void eachNameIsItsCommandsOwnName() {
        for (String name : Main.NAMES) {
            assertEquals(name, new CommandLine(Main.commandClass(name)).getCommandName());
        }
    }

    @Test
    void theWholeCommandHasEveryCommandInHelpOrder() {
        assertEquals(List.of("analyze", "analyse", "negotiate", "tournament", "report", "case", "convert", "agents",
                "serve", "help"),
                new ArrayList<>(Main.commandLine().getSubcommands().keySet()));
        CliRunner.Run help = CliRunner.run("--help");
        assertEquals(0, help.exit());
        for (CommandLine c : Main.commandLine().getSubcommands().values()) {
            String name = c.getCommandName();
            String aliases = String.join("", java.util.Arrays.stream(c.getCommandSpec().aliases())
                    .map(a -> ", " + a).toList());
            assertTrue(help.out().contains("\n  " + name + aliases + " "), name + " is listed:\n" + help.out());
        }
    }

    @Test
    void versionWithoutTheModelPrintsWhatPicocliPrints() {
        for (String flag : new String[] {"--version", "-V"}) {
            CliRunner.Run fast = CliRunner.run(flag);
            assertEquals(whole(flag), fast, flag);
            assertEquals(0, fast.exit());
            assertTrue(fast.out().startsWith("parley "), fast.out());
        }
    }

    @Test
    void helpOfEveryCommandIsTheSameAsFromTheWholeModel() {
        for (String[] command : everyCommand()) {
            String[] args = new String[command.length + 1];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--help";
            CliRunner.Run lazy = CliRunner.run(args);
            assertEquals(0, lazy.exit(), String.join(" ", args));
            assertTrue(lazy.out().startsWith("Usage: parley " + String.join(" ", command)), lazy.out());
            assertEquals(whole(args), lazy, String.join(" ", args));
            String[] helpArgs = new String[command.length + 1];
            helpArgs[0] = "help";
            System.arraycopy(command, 0, helpArgs, 1, command.length);
            if (command.length == 1) {
                assertEquals(lazy.out(), CliRunner.run(helpArgs).out(), "parley help " + command[0]);
            }
        }
    }

    @Test
    void usageErrorsAreTheSameAsFromTheWholeModel() {
        String[][] cases = {
            {}, {"--help"}, {"-h"}, {"help"}, {"help", "case"}, {"help", "nope"}, {"analyse", "x"}, {"--bogus"},
            {"--stacktrace"}, {"analyze"}, {"analyze", "--bogus", "x.yaml"}, {"analyze", "no-such.yaml"},
            {"--stacktrace", "analyze", "no-such.yaml"}, {"analyze", "--max-outcomes", "many", "x.yaml"},
            {"analyze", "x.yaml", "--plot", "out.gif"},
            {"analyze", "--version"}, {"analyze", "-V"}, {"analyze", "help"}, {"analyze", "convert"},
            {"negotiate"}, {"negotiate", "--agents"}, {"tournament"}, {"report"}, {"convert"}, {"case"},
            {"case", "compar", "x"}, {"case", "compare"}, {"case", "compare", "no-such-case.yaml", "--json"},
            {"agents"}, {"agents", "--bogus"}, {"--version", "analyze"}, {"-V", "-h"}, {"--stacktrace", "--version"}};
        for (String[] args : cases) {
            CliRunner.Run lazy = CliRunner.run(args);
            assertEquals(whole(args), lazy, String.join(" ", args));
        }
    }
}
