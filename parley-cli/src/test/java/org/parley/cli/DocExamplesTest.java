package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every example command a user may paste (README, DEVELOPERS, BENCHMARKS, docs/, the example files' comments and every
 * command's help) writes into a temporary or named output folder, never into the clone: an output option
 * ({@code --trace}, {@code --plot}, {@code --html}, {@code --genius-csv}, {@code --out}), {@code convert}'s and
 * {@code case export-scenario}'s OUT and the file {@code case record} changes must be under {@code /tmp/}, a script's
 * variable or a placeholder in capitals (FILE.png, DIR, OUT), not a relative path into the repository.
 */
class DocExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Set<String> OUTPUT_OPTIONS = Set.of("--trace", "--plot", "--html", "--genius-csv", "--out");

    /** A parley command in a line: {@code bin/parley ...} or {@code parley ...}, up to a backtick or a comment. */
    private static final Pattern COMMAND = Pattern.compile("(?<![\\w./-])((?:\\.\\./parley/)?(?:bin/)?parley) "
            + "([a-z][a-z-]*(?: [a-z][a-z-]*(?=\\s|$))?)((?: [^`#|]*)?)");

    /** Options that take one value, which is not a positional argument. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--to", "--at", "--commitment", "--date", "--source",
            "--by", "--status", "--id", "--note", "--rounds", "--seconds", "--seed", "--threads", "--max-outcomes",
            "--protocol", "--call-budget", "--agent-path", "--recorded-at");

    /** Options that take a list (ListValues). */
    private static final Set<String> LIST_OPTIONS = Set.of("--agents", "--parties", "--delivered");

    @Test
    void everyExampleWritesOutsideTheRepository() {
        List<String> problems = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (Path doc : documents()) {
            check(ROOT.relativize(doc).toString(), read(doc), problems, commands);
        }
        for (CommandLine c : allCommands(Main.commandLine(), new ArrayList<>())) {
            check("help of " + c.getCommandSpec().qualifiedName(),
                    String.join("\n", c.getCommandSpec().usageMessage().footer()), problems, commands);
        }
        assertEquals(List.of(), problems);
        assertTrue(commands.size() > 40, "the examples were found: " + commands.size());
        assertTrue(commands.stream().anyMatch(c -> c.contains("case record")), "record's examples were checked");
        assertTrue(commands.stream().anyMatch(c -> c.contains("--trace")), "negotiate's examples were checked");
    }

    private static List<CommandLine> allCommands(CommandLine c, List<CommandLine> into) {
        into.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!into.contains(sub)) {
                allCommands(sub, into);
            }
        }
        return into;
    }

    /** Checks every command in {@code text} (continuation lines joined). */
    static void check(String where, String text, List<String> problems, List<String> commands) {
        String joined = text.replaceAll("\\\\\\r?\\n\\s*", " ");
        int lineNo = 0;
        for (String line : joined.split("\n")) {
            lineNo++;
            Matcher m = COMMAND.matcher(line);
            while (m.find()) {
                if (m.group(1).startsWith("../")) {
                    continue; // run from the user's own project folder, outside the clone (docs/agent-api.md)
                }
                String command = m.group(2).split(" ")[0];
                List<String> args = new ArrayList<>(Arrays.asList(m.group(3).trim().split("\\s+")));
                args.removeIf(String::isEmpty);
                String sub = m.group(2).contains(" ") ? m.group(2).split(" ")[1] : "";
                if (command.equals("case") && !sub.isEmpty()) {
                    args.add(0, sub);
                }
                commands.add(m.group(0));
                for (String target : targets(command, args)) {
                    if (!outside(target)) {
                        problems.add(where + ":" + lineNo + ": '" + m.group(0).trim() + "' writes " + target
                                + " into the repository; write to /tmp/... or a named output folder");
                    }
                }
            }
        }
    }

    /** What a command writes or changes. */
    static List<String> targets(String command, List<String> args) {
        List<String> targets = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String option = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            if (OUTPUT_OPTIONS.contains(option)) {
                if (a.contains("=")) {
                    targets.add(a.substring(a.indexOf('=') + 1));
                } else if (i + 1 < args.size()) {
                    targets.add(args.get(++i));
                }
            } else if (VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (LIST_OPTIONS.contains(a)) {
                while (i + 1 < args.size() && !ListValues.endsList(args.get(i + 1))) {
                    i++;
                }
            } else if (!a.startsWith("-") && !a.startsWith("[")) {
                positional.add(a);
            }
        }
        boolean record = command.equals("case") && !positional.isEmpty() && positional.get(0).equals("record");
        boolean export = command.equals("case") && !positional.isEmpty() && positional.get(0).equals("export-scenario");
        if (record && positional.size() > 1) {
            targets.add(positional.get(1));
        }
        if ((command.equals("convert") || export) && positional.size() > (export ? 2 : 1)) {
            targets.add(positional.get(positional.size() - 1));
        }
        return targets;
    }

    /** Whether a written path is outside the clone: under /tmp, a variable, or a placeholder. */
    static boolean outside(String target) {
        String t = target.replaceAll("^[\"']|[\"'.,;)]+$", "");
        return t.startsWith("/tmp/") || t.startsWith("$") || t.startsWith("\"$") || t.matches(".*[A-Z]{2,}.*")
                || t.equals("...");
    }

    private static List<Path> documents() {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("DEVELOPERS.md"),
                ROOT.resolve("BENCHMARKS.md")));
        for (String dir : new String[] {"docs", "examples"}) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")
                        || p.toString().endsWith(".sh")).sorted().forEach(docs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        List<String> problems = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        check("t", "bin/parley negotiate x.yaml --agents a b --trace trace.csv --plot /tmp/d.png\n"
                + "parley case record examples/peace-talks-2025/case.yaml --commitment C3 \\\n  --by me\n"
                + "parley convert a.yaml --to genius out/\n"
                + "parley case export-scenario c.yaml /tmp/x.yaml\n"
                + "parley analyze x.yaml --plot=FILE.png", problems, commands);
        assertEquals(5, commands.size(), commands.toString());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("writes trace.csv"), problems.get(0));
        assertTrue(problems.get(1).contains("writes examples/peace-talks-2025/case.yaml"), problems.get(1));
        assertTrue(problems.get(2).contains("writes out/"), problems.get(2));
    }
}
