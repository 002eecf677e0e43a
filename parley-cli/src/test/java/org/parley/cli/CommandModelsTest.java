package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@link CommandModels} (generated) against the models picocli builds from the commands' annotations: the file is
 * current, and both give the same help, the same options with the same attributes, and the same results and errors
 * for the same command lines. A change to a command's annotations fails here until the file is generated again.
 */
class CommandModelsTest {

    @Test
    void theGeneratedFileIsCurrent() throws Exception {
        String now = CommandModelGenerator.generate();
        String inTree = Files.readString(CommandModelGenerator.SOURCE, StandardCharsets.UTF_8);
        if (!now.equals(inTree)) {
            if (Boolean.getBoolean("parley.regenerate")) {
                Files.writeString(CommandModelGenerator.SOURCE, now, StandardCharsets.UTF_8);
                fail("CommandModels.java was out of date and has been written again: build and run the tests again");
            }
            fail("parley-cli/src/main/java/org/parley/cli/CommandModels.java does not match the commands' annotations; "
                    + "generate it again from the repository root with: mvn -B -q -o test -pl parley-cli -am "
                    + "-Dtest=CommandModelsTest -Dparley.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false");
        }
    }

    @Test
    void everyCommandHasTheSameHelpAndAttributes() {
        Map<String, CommandLine> annotated = byPath(CommandModelGenerator.annotated());
        Map<String, CommandLine> generated = byPath(Main.commandLine());
        assertEquals(annotated.keySet(), generated.keySet());
        assertTrue(annotated.size() >= Main.NAMES.size() + 7, "the case subcommands are there too: " + annotated);
        for (String path : annotated.keySet()) {
            CommandLine a = annotated.get(path);
            CommandLine g = generated.get(path);
            assertEquals(a.getUsageMessage(CommandLine.Help.Ansi.OFF), g.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    path + " --help");
            assertEquals(describe(a.getCommandSpec()), describe(g.getCommandSpec()), path);
        }
    }

    @Test
    void theSameCommandLinesGiveTheSameResults() {
        String itex = "../scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_";
        String[][] cases = {
            {}, {"--help"}, {"-V"}, {"help", "case", "compare"}, {"help", "nope"}, {"--bogus"},
            {"analyze", itex + "domain.xml", itex + "Itex.xml", itex + "Cypress.xml", "--json"},
            {"analyze", itex + "domain.xml", itex + "Itex.xml", itex + "Cypress.xml", "--max-outcomes", "7"},
            {"analyze"}, {"analyze", "--max-outcomes", "many", "x.yaml"}, {"analyze", "x.yaml", "--plot", "out.gif"},
            {"negotiate", itex + "domain.xml", itex + "Itex.xml", itex + "Cypress.xml", "--agents", "boulware",
                "conceder", "--rounds", "30", "--json"},
            {"negotiate", "x.yaml", "--agents", "boulware", "conceder", "--rounds", "3", "--seconds", "2"},
            {"negotiate", "x.yaml", "--agents", "boulware", "conceder", "--rounds", "0"},
            {"negotiate", "x.yaml", "--agents"}, {"negotiate", "x.yaml", "--agents", "a", "--agent-path"},
            {"tournament", "t.yaml"}, {"case", "compare", "../examples/labour-2026/case.yaml", "--json"},
            {"case", "ledger", "../examples/peace-talks-2025/case.yaml", "--at", "2025-13-01"},
            {"case", "record", "c.yaml", "--commitment", "C1"}, {"case", "simulate", "x.yaml", "--rounds", "a"},
            {"--stacktrace", "convert", "x.xml"}, {"report"}, {"agents", "--bogus"}};
        for (String[] args : cases) {
            assertEquals(run(CommandModelGenerator.annotated(), args), run(Main.commandLine(), args),
                    String.join(" ", args));
        }
    }

    private static String run(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(cli, args, new PrintWriter(out, true), new PrintWriter(err, true));
        // the analysis's own timing differs from run to run
        return exit + "\n" + out.toString().replaceAll("\"analysisSeconds\":[0-9.Ee-]+", "")
                .replaceAll("Analysis time: [0-9.]+ s", "") + "\n" + err;
    }

    /** Every command of the tree by its qualified name. */
    private static Map<String, CommandLine> byPath(CommandLine root) {
        Map<String, CommandLine> all = new TreeMap<>();
        add(root, all);
        return all;
    }

    private static void add(CommandLine c, Map<String, CommandLine> all) {
        all.put(c.getCommandSpec().qualifiedName(), c);
        Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
        for (CommandLine sub : c.getSubcommands().values()) {
            if (seen.put(sub, Boolean.TRUE) == null) {
                add(sub, all);
            }
        }
    }

    /** What picocli knows about a command, except how values reach its object (tested by running it). */
    static String describe(CommandSpec s) {
        StringBuilder b = new StringBuilder();
        b.append("name=").append(s.name()).append(" aliases=").append(Arrays.toString(s.aliases()))
            .append(" helpCommand=").append(s.helpCommand())
            .append(" version=").append(Arrays.toString(s.version()))
            .append(" versionProvider=").append(className(s.versionProvider()))
            .append(" interpolate=").append(s.interpolateVariables())
            .append(" scope=").append(s.scopeType())
            .append(" exitCodes=").append(s.exitCodeOnSuccess()).append(s.exitCodeOnUsageHelp())
            .append(s.exitCodeOnVersionHelp()).append(s.exitCodeOnInvalidInput()).append(s.exitCodeOnExecutionException())
            .append(" subcommands=").append(s.subcommands().keySet())
            .append(" userObject=").append(className(s.userObject())).append('\n');
        var p = s.parser();
        b.append("parser: separator=").append(p.separator()).append(" unmatchedAllowed=")
            .append(p.unmatchedArgumentsAllowed()).append(" stopAtPositional=").append(p.stopAtPositional())
            .append(" stopAtUnmatched=").append(p.stopAtUnmatched()).append(" atFiles=").append(p.expandAtFiles())
            .append(" posix=").append(p.posixClusteredShortOptionsAllowed()).append(" toggle=")
            .append(p.toggleBooleanFlags()).append(" overwritten=").append(p.overwrittenOptionsAllowed())
            .append(" abbreviated=").append(p.abbreviatedOptionsAllowed()).append(p.abbreviatedSubcommandsAllowed())
            .append(" endOfOptions=").append(p.endOfOptionsDelimiter()).append('\n');
        UsageMessageSpec u = s.usageMessage();
        b.append("usage: description=").append(Arrays.toString(u.description())).append(" footer=")
            .append(Arrays.toString(u.footer())).append(" header=").append(Arrays.toString(u.header()))
            .append(" headings=").append(List.of(u.headerHeading(), u.synopsisHeading(), u.descriptionHeading(),
                    u.parameterListHeading(), u.optionListHeading(), u.commandListHeading(), u.footerHeading()))
            .append(" sort=").append(u.sortOptions()).append(" showDefaults=").append(u.showDefaultValues())
            .append(" hidden=").append(u.hidden()).append(" abbreviate=").append(u.abbreviateSynopsis())
            .append(" width=").append(u.width()).append('\n');
        for (ArgSpec a : s.args()) {
            b.append(describe(a)).append('\n');
        }
        for (ArgGroupSpec g : s.argGroups()) {
            b.append("group exclusive=").append(g.exclusive()).append(" multiplicity=").append(g.multiplicity())
                .append(" validate=").append(g.validate()).append(" order=").append(g.order()).append(" heading=")
                .append(g.heading()).append(" synopsis=").append(g.synopsis()).append(" args=");
            List<String> names = new ArrayList<>();
            for (ArgSpec a : g.args()) {
                names.add(a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel());
            }
            b.append(names).append('\n');
        }
        return b.toString();
    }

    private static String describe(ArgSpec a) {
        StringBuilder b = new StringBuilder();
        if (a instanceof OptionSpec o) {
            b.append("option ").append(Arrays.toString(o.names())).append(" usageHelp=").append(o.usageHelp()).append(" versionHelp=").append(o.versionHelp())
                .append(" negatable=").append(o.negatable()).append(" fallback=").append(o.fallbackValue())
                .append(" order=").append(o.order());
        } else {
            PositionalParamSpec p = (PositionalParamSpec) a;
            b.append("positional index=").append(p.index()).append(" unspecified=").append(p.index().isUnspecified());
        }
        b.append(" type=").append(a.type().getName()).append(" aux=").append(Arrays.toString(a.auxiliaryTypes()))
            .append(" typeInfo=").append(a.typeInfo().getClassName()).append(a.typeInfo().isMultiValue())
            .append(a.typeInfo().isCollection()).append(a.typeInfo().isBoolean()).append(a.typeInfo().isArray())
            .append(a.typeInfo().isOptional()) // not its generic type's names: picocli reads them for @Unmatched only
            .append(" arity=").append(a.arity()).append('/').append(a.arity().isUnspecified())
            .append(" label=").append(a.paramLabel()).append(" hideSyntax=").append(a.hideParamSyntax())
            .append(" description=").append(Arrays.toString(a.description()))
            .append(" descriptionKey=").append(a.descriptionKey())
            .append(" required=").append(a.required()).append(" hidden=").append(a.hidden())
            .append(" inherited=").append(a.inherited()).append(" scope=").append(a.scopeType())
            .append(" default=").append(a.defaultValue()).append(" defaultString=").append(a.defaultValueString())
            .append(" initial=").append(a.initialValue()).append('/').append(a.hasInitialValue())
            .append(" mapFallback=").append(a.mapFallbackValue()).append(" split=").append(a.splitRegex())
            .append('/').append(a.splitRegexSynopsisLabel()).append(" showDefault=").append(a.showDefaultValue())
            .append(" converters=");
        for (CommandLine.ITypeConverter<?> c : a.converters()) {
            b.append(className(c)).append(',');
        }
        b.append(" consumer=").append(className(a.parameterConsumer()))
            .append(" preprocessor=").append(className(a.preprocessor()))
            .append(" candidates=").append(a.completionCandidates())
            .append(" interactive=").append(a.interactive()).append(a.echo()).append(a.prompt())
            .append(" group=").append(a.group() == null ? null : a.group().synopsis())
            .append(" multiValue=").append(a.isMultiValue());
        return b.toString();
    }

    private static String className(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
