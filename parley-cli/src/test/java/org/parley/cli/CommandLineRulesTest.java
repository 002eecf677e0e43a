package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.protocol.Deadline;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The rules every command follows (README, "Command line"): one rule for list options, help that can be copied (no
 * line broken inside a word or path), {@code help} for every command path, the closest command for a typo, the
 * British spelling, the version with its commit, and one default deadline and call budget.
 */
class CommandLineRulesTest {

    /** Every command and subcommand of the whole model, help included. */
    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!into.contains(sub)) {
                collect(sub, into);
            }
        }
    }

    private static String qualified(CommandLine c) {
        return c.getCommandSpec().qualifiedName();
    }

    @Test
    void everyListOptionTakesOneValuePerOccurrenceOrFollowsTheListRule() {
        int lists = 0;
        for (CommandLine c : everyCommand()) {
            for (ArgSpec a : c.getCommandSpec().args()) {
                if (!a.isMultiValue()) {
                    continue;
                }
                String name = qualified(c) + " " + (a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel());
                if (a.isOption() && a.parameterConsumer() instanceof ListValues) {
                    lists++;
                    assertTrue(String.join(" ", a.description()).contains(ListValues.RULE), name + " states the rule");
                } else if (a.isOption()) {
                    assertEquals(1, a.arity().max(), name + ": a multi-value option takes one value per occurrence "
                            + "or follows ListValues (a list that swallows the arguments after it is the bug)");
                }
            }
        }
        assertTrue(lists >= 4, "--agents (negotiate, case simulate), --parties, --delivered: " + lists);
    }

    @Test
    void aListSplitsAtCommasOutsideParenthesesAndEndsAtAnOptionOrAFile() {
        assertEquals(List.of("boulware", "conceder"), ListValues.split("boulware,conceder"));
        assertEquals(List.of("boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98))", "micro"),
                ListValues.split("boa(offer=td(e=0.1),model=hardheaded,accept=combi(t=0.98)),micro"));
        assertEquals(List.of("a"), ListValues.split(" a ,, "));
        for (String end : new String[] {"--seconds", "-h", "examples/coffee.yaml", "case.yaml", "d.XML", "p.json",
            "scenarios\\x", "pom.xml", "runs/seed=3/scenario.yaml"}) {
            assertTrue(ListValues.endsList(end), end);
        }
        for (String value : new String[] {"boulware", "boa(offer=td(e=0.1))", "russia=1200", "ukraine=~", "-",
            "union", "ukraine=/root", "process(cmd='PYTHONPATH=../parley/python python3 my_agent.py', name=x)",
            "process(cmd=agents/run.sh)"}) {
            assertFalse(ListValues.endsList(value), value);
        }
    }

    @Test
    void helpNeverBreaksALineInsideAWordSoEveryExampleAndPathCanBeCopied() {
        List<String> broken = new ArrayList<>();
        for (CommandLine c : everyCommand()) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> texts = new ArrayList<>();
            CommandSpec spec = c.getCommandSpec();
            texts.addAll(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            texts.addAll(List.of(spec.usageMessage().header()));
            for (ArgSpec a : spec.args()) {
                texts.addAll(List.of(a.description()));
            }
            for (String text : texts) {
                for (String word : text.split("\\s+")) {
                    if (word.isEmpty() || word.contains("${") || word.contains("%")) {
                        continue;
                    }
                    if (!help.contains(word)) {
                        broken.add(qualified(c) + ": '" + word + "'");
                    }
                }
            }
            for (String line : spec.usageMessage().footer()) {
                if (line.length() > spec.usageMessage().width()) {
                    broken.add(qualified(c) + ": footer line longer than the help's width: " + line);
                }
            }
        }
        assertEquals(List.of(), broken, "help lines broken inside a word (not copyable)");
    }

    @Test
    void helpOfACommandPathIsThatCommandsHelp() {
        for (CommandLine c : everyCommand()) {
            if (c.getParent() == null || c.getCommandSpec().userObject() instanceof HelpCommand) {
                continue;
            }
            String[] path = qualified(c).substring("parley ".length()).split(" ");
            String[] help = new String[path.length + 1];
            help[0] = "help";
            System.arraycopy(path, 0, help, 1, path.length);
            String[] dashHelp = new String[path.length + 1];
            System.arraycopy(path, 0, dashHelp, 0, path.length);
            dashHelp[path.length] = "--help";
            CliRunner.Run viaHelp = CliRunner.run(help);
            assertEquals(0, viaHelp.exit(), String.join(" ", help) + viaHelp.err());
            assertEquals(CliRunner.run(dashHelp).out(), viaHelp.out(), String.join(" ", help));
            assertTrue(viaHelp.out().startsWith("Usage: " + qualified(c) + " "), viaHelp.out());
        }
        CliRunner.Run unknown = CliRunner.run("help", "case", "comapre");
        assertEquals(Main.BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("did you mean 'parley case compare'?"), unknown.err());
    }

    @Test
    void aMistypedCommandGetsTheClosestOneAndTheBritishSpellingIsAccepted() {
        String[][] typos = {{"analize", "parley analyze"}, {"negociate", "parley negotiate"},
            {"tournement", "parley tournament"}, {"agent", "parley agents"}, {"conv", "parley convert"}};
        for (String[] t : typos) {
            CliRunner.Run r = CliRunner.run(t[0], "x");
            assertEquals(Main.BAD_INPUT, r.exit(), t[0]);
            assertTrue(r.err().startsWith("parley: unknown command '" + t[0] + "'; did you mean '" + t[1] + "'?"),
                    r.err());
        }
        CliRunner.Run sub = CliRunner.run("case", "ledgr", "x.yaml");
        assertTrue(sub.err().contains("did you mean 'parley case ledger'?"), sub.err());
        CliRunner.Run british = CliRunner.run("analyse", "--help");
        assertEquals(0, british.exit());
        assertEquals(CliRunner.run("analyze", "--help").out(), british.out());
        assertEquals(Main.BAD_INPUT, CliRunner.run("analyse", "no-such-file.yaml").exit());
        assertTrue(CliRunner.run("analyse", "no-such-file.yaml").err().contains("no-such-file.yaml"));
    }

    @Test
    void versionNamesTheVersionAndTheCommitTheBuildRecorded() {
        CliRunner.Run v = CliRunner.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().matches("parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(git commit ([0-9a-f]{7,40}|unknown)\\)"
                + "\\R"), v.out());
    }

    @Test
    void negotiateAndCaseSimulateStateTheOneDefaultDeadlineAndCallBudget() {
        for (String[] command : new String[][] {{"negotiate", "--help"}, {"case", "simulate", "--help"}}) {
            String help = CliRunner.run(command).out().replaceAll("\\s+", " ");
            assertTrue(help.contains("(default: " + Deadline.DEFAULT_ROUNDS + ", as in tournaments)"), help);
            assertTrue(help.contains("(default: " + (int) Deadline.DEFAULT_ROUND_CALL_BUDGET_SECONDS
                    + " under a round deadline, the deadline itself under --seconds; as in tournaments)"), help);
        }
    }
}
