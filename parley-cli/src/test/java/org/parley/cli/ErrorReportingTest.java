package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Exit codes and messages: bad input is one line and exit 2 with or without {@code --stacktrace}; an internal error
 * is one line and exit 1, and with {@code --stacktrace} (on any command) its stack trace follows.
 */
class ErrorReportingTest {

    /** A command with a bug. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the invariant broke");
        }
    }

    /** A command that runs out of memory. */
    @Command(name = "oom")
    static final class OutOfMemory implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static CliRunner.Run runWithBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.addSubcommand("boom", new Boom());
        cli.addSubcommand("oom", new OutOfMemory());
        int exit = Main.run(cli, args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner.Run(exit, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorIsOneLineWithExitCodeOne() {
        CliRunner.Run r = runWithBoom("boom");
        assertEquals(1, r.exit());
        assertEquals("parley: internal error: IllegalStateException: the invariant broke (run again with "
                + "--stacktrace for the trace)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void stacktracePrintsWhereAnInternalErrorHappened() {
        for (String[] args : new String[][] {{"boom", "--stacktrace"}, {"--stacktrace", "boom"}}) {
            CliRunner.Run r = runWithBoom(args);
            assertEquals(1, r.exit(), String.join(" ", args));
            String[] lines = r.err().split("\n");
            assertEquals("parley: internal error: IllegalStateException: the invariant broke", lines[0]);
            assertEquals("java.lang.IllegalStateException: the invariant broke", lines[1]);
            assertTrue(lines[2].contains("at org.parley.cli.ErrorReportingTest$Boom.call("), lines[2]);
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineWithExitCodeOneAndSaysHowToGiveJavaMore() {
        CliRunner.Run r = runWithBoom("oom");
        assertEquals(1, r.exit());
        assertEquals("parley: " + Main.outOfMemory(Runtime.getRuntime().maxMemory()) + "\n", r.err());
        assertEquals("out of memory: the Java heap (at most 64 MB) is full; give Java more, e.g. "
                + "PARLEY_JAVA_OPTS=-Xmx1024m bin/parley ..., or lower the limit that lets this input in "
                + "(docs/analysis.md, Limits)", Main.outOfMemory(64L << 20));
        assertTrue(Main.outOfMemory(2048L << 20).contains("-Xmx4096m"));
        String[] traced = runWithBoom("oom", "--stacktrace").err().split("\n");
        assertEquals("java.lang.OutOfMemoryError: Java heap space", traced[1]);
    }

    @Test
    void badInputStaysOneLineWithStacktrace() {
        CliRunner.Run r = CliRunner.run("analyze", "--stacktrace", "no-such-scenario.yaml");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertEquals("parley: no-such-scenario.yaml: no such file\n", r.err());
        CliRunner.Run c = CliRunner.run("case", "compare", "--stacktrace", "no-such-case.yaml");
        assertEquals(Main.BAD_INPUT, c.exit());
        assertEquals(1, c.err().split("\n").length, c.err());
    }

    @Test
    void everyCommandTakesStacktrace() {
        CommandLine cli = Main.commandLine();
        int commands = 0;
        for (CommandLine c : new java.util.LinkedHashSet<>(all(cli))) { // an alias lists its command twice
            if (c.getCommandSpec().userObject() instanceof HelpCommand) {
                continue;
            }
            assertTrue(c.getCommandSpec().findOption("--stacktrace") != null, c.getCommandSpec().qualifiedName());
            commands++;
        }
        assertEquals(15, commands, "parley, its 8 commands and the 6 case subcommands");
    }

    private static java.util.List<CommandLine> all(CommandLine c) {
        java.util.List<CommandLine> out = new java.util.ArrayList<>();
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            out.addAll(all(sub));
        }
        return out;
    }

    @Test
    void theSparkEngineIsOnlyFoundWhenItsJarsAreOnTheClassPath() {
        CliRunner.Run missing = CliRunner.run("tournament", "no-such.yaml", "--out", "no-such-out", "--engine",
                "spark");
        assertEquals(2, missing.exit());
        assertEquals("parley: " + SparkEngineCommand.MISSING + "\n", missing.err());
        CliRunner.Run unknown = CliRunner.run("tournament", "no-such.yaml", "--out", "no-such-out", "--engine",
                "flink");
        assertEquals(2, unknown.exit());
        assertEquals("parley: unknown --engine 'flink'; use in-process or spark\n", unknown.err());
        CliRunner.Run master = CliRunner.run("tournament", "no-such.yaml", "--out", "no-such-out", "--master",
                "local[2]");
        assertEquals(2, master.exit());
        assertEquals("parley: --master goes with --engine spark\n", master.err());
        CliRunner.Run both = CliRunner.run("tournament", "no-such.yaml", "--out", "no-such-out", "--engine", "spark",
                "--shard", "1/2");
        assertEquals(2, both.exit());
        assertEquals("parley: --engine spark schedules the sessions itself; leave out --shard\n", both.err());
    }
}
