package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code parley help [COMMAND [SUBCOMMAND]]}: the help of the command named by the whole path, e.g.
 * {@code parley help case compare} prints the help of {@code case compare} (picocli's own help command stops at the
 * first name). An unknown name is refused with the closest command's name.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Print the help of a command: parley help COMMAND [SUBCOMMAND], e.g. parley help case compare.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommand) to describe.")
    List<String> path;

    private CommandLine self;
    private PrintWriter out;
    private CommandLine.Help.Ansi ansi;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
            PrintWriter err) {
        this.self = helpCommandLine;
        this.out = out;
        this.ansi = colorScheme.ansi();
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        if (path != null) {
            for (String name : path) {
                CommandLine next = target.getSubcommands().get(name);
                if (next == null) {
                    throw new CommandLine.ParameterException(self, Suggest.unknownCommand(target, name));
                }
                target = next;
            }
        }
        target.usage(out, ansi);
    }
}
