package org.parley.cli;

import java.io.PrintWriter;
import org.parley.agent.UnknownAgentException;
import org.parley.formats.FormatException;
import org.parley.protocol.InternalFault;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code parley} command: parses the flags, calls the command's job ({@code org.parley.app}) and prints what it
 * returned. Bad input (unreadable files, invalid scenarios, bad options) prints one line on stderr and exits with
 * code 2, never a stack trace; an internal error (a bug) prints one line and exits with code 1, and with
 * {@code --stacktrace} (an option of every command) its stack trace too.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A negotiation workbench: model, analyse, compare and simulate negotiations.",
        subcommands = {AnalyzeCommand.class, NegotiateCommand.class, TournamentCommand.class, ReportCommand.class,
            CaseCommand.class, ConvertCommand.class, AgentsCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    static final String STACKTRACE = "--stacktrace";

    @Option(names = STACKTRACE, scope = ScopeType.INHERIT,
            description = "On an internal error (a bug), print its stack trace too.")
    boolean stacktrace;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** Runs {@code cli} (the {@code parley} command, possibly with extra subcommands in tests) with its handlers. */
    static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (isBadInput(ex)) {
                e.println("parley: " + message(ex) + advice(ex));
                e.flush();
                return BAD_INPUT;
            }
            boolean trace = stacktraceAsked(parseResult);
            e.println("parley: " + message(ex) + (trace ? "" : " (run again with " + STACKTRACE + " for the trace)"));
            if (trace) {
                ex.printStackTrace(e);
            }
            e.flush();
            return INTERNAL_ERROR;
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

    /** Whether {@code --stacktrace} was given on the command or any of its parents. */
    private static boolean stacktraceAsked(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(STACKTRACE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBadInput(Throwable ex) {
        return ex instanceof FormatException || ex instanceof IllegalArgumentException
                || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException;
    }

    /** What the command line adds to an error from below it, e.g. the flag that adds an agent; empty if nothing. */
    private static String advice(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UnknownAgentException) {
                return "; " + AgentPathOption.ADVICE;
            }
        }
        return "";
    }

    private static String message(Throwable ex) {
        if (ex instanceof FormatException || ex instanceof InternalFault) {
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
