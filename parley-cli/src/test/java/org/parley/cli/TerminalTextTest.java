package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Issue 13: names from scenario, tournament and case files were printed raw, so a file could set the terminal's
 * title or clear it. Everything a command prints goes through {@link TerminalText}; no control character but newline
 * and tab reaches the terminal.
 */
class TerminalTextTest {

    static final String HOSTILE = "title\u001b]0;PWNED\u0007 clear\u001b[2J csi\u009b2J cr\rover bidi\u202eevil tab\tok";

    /** A command that prints a hostile name on both streams, as a command printing a file's names would. */
    @Command(name = "echo-hostile")
    static final class EchoHostile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("name: " + HOSTILE);
            spec.commandLine().getErr().println("parley: note: " + HOSTILE);
            return 0;
        }
    }

    private static void assertNoControl(String s) {
        for (char c : s.toCharArray()) {
            assertFalse(Character.isISOControl(c) && c != '\n' && c != '\t', "raw U+" + Integer.toHexString(c)
                    + " in: " + s);
            assertFalse(c == '\u202e', "raw bidi override in: " + s);
        }
    }

    @Test
    void everyCharacterThatDrivesATerminalIsPrintedAsAnEscape() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("echo-hostile", new EchoHostile());
        assertEquals(0, Main.run(cli, new String[] {"echo-hostile"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        String expected = "title\\x1b]0;PWNED\\x07 clear\\x1b[2J csi\\u009b2J cr\\x0dover bidi\\u202eevil tab\tok"
                + System.lineSeparator();
        assertEquals("name: " + expected, out.toString());
        assertEquals("parley: note: " + expected, err.toString());
    }

    @Test
    void aHostileFileNameInAnErrorIsEscapedToo() {
        CliRunner.Run r = CliRunner.run("analyze", "no\u001b[2Jsuch.yaml");
        assertEquals(2, r.exit());
        assertNoControl(r.err());
        assertTrue(r.err().contains("no\\x1b[2Jsuch.yaml"), r.err());
    }

    @Test
    void escapeLeavesOrdinaryTextAlone() {
        assertEquals("Pareto frontier: 18 points, é, ü, 中文", TerminalText.escape("Pareto frontier: 18 points, é, ü, 中文"));
        assertEquals("a\\x1b[31mb", TerminalText.escape("a\u001b[31mb"));
    }
}
