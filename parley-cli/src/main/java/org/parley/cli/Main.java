package org.parley.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>Start-up: the commands are declared with picocli's annotations, but picocli's models of them are built by
 * {@link CommandModels}, code generated from those annotations that uses picocli's programmatic API: reading the
 * annotations at run time cost more CPU than a small command's work. Only the command that runs is built
 * ({@link #commandLine(String[])}); {@code parley --version} needs no model at all. {@code parley},
 * {@code parley --help}, {@code parley help ...} and anything that is not a command name get the whole model
 * ({@link #commandLine()}), so help lists every command and a typo gets picocli's suggestions.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A negotiation workbench: model, analyse, compare and simulate negotiations.")
public final class Main {

    /**
     * The commands' names, in the order help lists them ({@code help} follows them); {@link #commandClass} maps each
     * to its class. A new command goes into both (MainTest checks that they agree), and {@link CommandModels} is
     * generated again (CommandModelsTest says how).
     */
    static final List<String> NAMES = List.of("analyze", "negotiate", "tournament", "report", "case", "convert",
            "agents", "serve");

    /**
     * The class of the command named {@code name} (one of {@link #NAMES}), whose annotations declare it. A switch
     * rather than a list of class literals: a class literal loads its class when it is evaluated.
     */
    static Class<?> commandClass(String name) {
        switch (name) {
            case "analyze":
                return AnalyzeCommand.class;
            case "negotiate":
                return NegotiateCommand.class;
            case "tournament":
                return TournamentCommand.class;
            case "report":
                return ReportCommand.class;
            case "case":
                return CaseCommand.class;
            case "convert":
                return ConvertCommand.class;
            case "agents":
                return AgentsCommand.class;
            case "serve":
                return ServeCommand.class;
            default:
                throw new IllegalArgumentException("not a parley command: " + name);
        }
    }

    /** The other names a command answers to (British spellings), each with the command's own name. */
    static String canonical(String name) {
        return "analyse".equals(name) ? "analyze" : name;
    }

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

    private static final String NO_CLOSURES = "picocli.disable.closures";

    /**
     * The built-in converters picocli does not register: those for java.sql and java.time types, which it finds by
     * reflection on each of those classes for every command line it makes. No parley option needs them (a date option
     * has its own converter; CommandModelGenerator refuses an option of such a type without one).
     */
    static final String CONVERTERS_EXCLUDED = "java\\.sql\\..*,java\\.time\\..*";

    private static final String EXCLUDES = "picocli.converters.excludes";

    static {
        // picocli's default factory looks for Groovy's closure class when it is first used; the class is not there,
        // and looking for it opens the jar's whole directory (12,000 entries read by interpreted code, more CPU than a
        // small analysis) where every class parley needs comes from the class-data archive. parley has no Groovy.
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        if (System.getProperty(EXCLUDES) == null) {
            System.setProperty(EXCLUDES, CONVERTERS_EXCLUDED);
        }
    }


    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // what picocli prints for the version, without building its model
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        return run(commandLine(args), args, out, err);
    }

    /** The whole {@code parley} command: every command, the case subcommands and {@code help}. */
    static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The {@code parley} command with only the command named {@code name} (one of {@link #NAMES}). */
    private static CommandLine commandLine(String name) {
        CommandLine cli = new CommandLine(CommandModels.spec(new Main(), null));
        return verbatimFooters(cli.addSubcommand(new CommandLine(CommandModels.command(name, null))));
    }

    /**
     * The whole {@code parley} command with the commands made by {@code factory} (tests give a command its
     * collaborators that way). {@code new CommandLine(new Main())} alone has no commands: they are added here.
     */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(CommandModels.spec(new Main(), factory), factory);
        for (String name : NAMES) {
            cli.addSubcommand(new CommandLine(CommandModels.command(name, factory), factory));
        }
        cli.addSubcommand(new CommandLine(CommandModels.command("help", factory), factory));
        return verbatimFooters(cli);
    }

    /**
     * Prints every command's footer (its examples) line by line as written, instead of re-wrapping it: picocli wraps
     * text at the places a line-break iterator allows, which include the inside of a path ({@code /}), a spec
     * ({@code (}) or a hyphenated name, so an example copied from help would break. Footer lines are kept within the
     * help's width by hand (CommandLineRulesTest checks that).
     */
    static CommandLine verbatimFooters(CommandLine c) {
        c.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, new VerbatimFooter());
        for (CommandLine sub : c.getSubcommands().values()) {
            verbatimFooters(sub);
        }
        return c;
    }

    /** A footer printed line by line, unwrapped. A class, not a lambda: see {@link ErrorHandler}. */
    private static final class VerbatimFooter implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            StringBuilder sb = new StringBuilder();
            for (String line : help.commandSpec().usageMessage().footer()) {
                sb.append(line).append(System.lineSeparator());
            }
            return sb.toString();
        }
    }

    /**
     * The {@code parley} command with only the command that {@code args} run, when the first argument other than
     * {@code --stacktrace} is a command's name; otherwise the whole command ({@link #commandLine()}).
     */
    static CommandLine commandLine(String[] args) {
        int i = 0;
        while (i < args.length && STACKTRACE.equals(args[i])) {
            i++;
        }
        if (i < args.length) {
            String name = canonical(args[i]);
            if (NAMES.contains(name)) {
                return commandLine(name);
            }
        }
        return commandLine();
    }

    /** Runs {@code cli} (the {@code parley} command, possibly with extra subcommands in tests) with its handlers. */
    static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        cli.setOut(TerminalText.wrap(out));
        cli.setErr(TerminalText.wrap(err));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new ErrorHandler());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // not bad input (the limits bound every input's work) and not a bug: the heap is smaller than that work
            PrintWriter w = cli.getErr();
            w.println("parley: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            if (Arrays.asList(args).contains(STACKTRACE)) {
                e.printStackTrace(w);
            }
            w.flush();
            return INTERNAL_ERROR;
        }
    }

    /** What running out of a heap of {@code maxHeap} bytes is, and how to give Java more. */
    static String outOfMemory(long maxHeap) {
        long mb = maxHeap / (1024 * 1024);
        long more = Math.max(1024, 2 * mb);
        return "out of memory: the Java heap (at most " + mb + " MB) is full; give Java more, e.g. PARLEY_JAVA_OPTS=-Xmx"
                + more + "m bin/parley ..., or lower the limit that lets this input in (docs/analysis.md, Limits)";
    }

    /**
     * Turns exceptions into one line and an exit code. A class rather than two lambdas: picocli's handler interfaces
     * are Java 5 class files, so a lambda for them is spun at run time and cannot be kept in the class-data archive.
     */
    private static final class ErrorHandler
            implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
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
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("parley: " + (unknownCommand(ex) ? Suggest.unknownCommand(c,
                    ((CommandLine.UnmatchedArgumentException) ex).getUnmatched().get(0)) : ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return BAD_INPUT;
        }
    }

    /** Whether {@code ex} is about a word where a command with subcommands expects a subcommand's name. */
    private static boolean unknownCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return false;
        }
        CommandLine c = ex.getCommandLine();
        String first = u.getUnmatched().get(0);
        return !c.getSubcommands().isEmpty() && c.getCommandSpec().positionalParameters().isEmpty()
                && !first.startsWith("-");
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
            if (t instanceof org.parley.util.SizeLimitException s) {
                return "; e.g. PARLEY_JAVA_OPTS=-D" + s.limit().property() + "=" + 2 * s.value() + " bin/parley ...";
            }
        }
        return "";
    }

    private static String message(Throwable ex) {
        if (ex instanceof FormatException || ex instanceof InternalFault) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            return org.parley.util.IoErrors.describe(ex);
        }
        String m = ex.getMessage();
        if (ex instanceof IllegalArgumentException && m != null) {
            return m.replace('\n', ' ');
        }
        return (isBadInput(ex) ? "" : "internal error: ") + ex.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.replace('\n', ' '));
    }

    /**
     * The version and the git commit the build was made from, as the build recorded them in {@link BuildInfo}
     * (Maven filtering; the commit comes from the buildnumber-maven-plugin and is "unknown" outside a git checkout).
     * The jar's manifest carries the same two values as {@code Implementation-Version} and {@code Git-Commit}.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = recorded(BuildInfo.VERSION);
            String commit = recorded(BuildInfo.COMMIT);
            return new String[] {"parley " + (version == null ? "(version not recorded: not built by Maven)" : version)
                + " (git commit " + (commit == null ? "unknown" : commit) + ")"};
        }

        /** A value the build filled in, or null (missing, or a placeholder Maven did not replace). */
        private static String recorded(String value) {
            return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
        }
    }
}
