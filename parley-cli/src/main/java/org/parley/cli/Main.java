package org.parley.cli;

import java.io.PrintWriter;
import org.parley.formats.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Bad input (unreadable files, invalid scenarios, bad options) prints one line on stderr
 * and exits with code 2; never a stack trace.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A negotiation workbench: model, analyse, compare and simulate negotiations.",
        subcommands = {AnalyzeCommand.class, NegotiateCommand.class, TournamentCommand.class, ReportCommand.class,
            CaseCommand.class, ConvertCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("parley: " + message(ex));
            commandLine.getErr().flush();
            return isBadInput(ex) ? BAD_INPUT : 1;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("parley: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static boolean isBadInput(Throwable ex) {
        return ex instanceof FormatException || ex instanceof IllegalArgumentException
                || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException;
    }

    private static String message(Throwable ex) {
        if (ex instanceof FormatException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        if (ex instanceof IllegalArgumentException && m != null) {
            return m.replace('\n', ' ');
        }
        return (isBadInput(ex) ? "" : "internal error: ") + ex.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.replace('\n', ' '));
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (v == null ? "development build" : v)};
        }
    }
}
