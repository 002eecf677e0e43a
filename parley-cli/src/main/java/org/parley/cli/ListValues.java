package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one rule for every option that takes a list ({@code --agents}, {@code --parties}, {@code --delivered}): the
 * option takes the arguments that follow it up to the next option or the first argument that names a file or folder
 * (one containing a {@code /}, ending in {@code .yaml}, {@code .yml}, {@code .xml} or {@code .json}, or existing), and
 * each value may itself be a comma-separated list (commas inside parentheses, as in a BOA spec, do not separate). So
 * {@code --agents boulware conceder scenario.yaml}, {@code scenario.yaml --agents boulware conceder --rounds 50} and
 * {@code --agents boulware,conceder} all mean the same, and a list never swallows the files or options after it.
 * Repeating the option adds to the list. Commands then check the count (one agent per party, two parties, ...).
 *
 * <p>MainTest checks that every multi-value option of every command either takes one value per occurrence or follows
 * this rule.
 */
final class ListValues implements CommandLine.IParameterConsumer {

    /** What help says about every list option. */
    static final String RULE = "Values follow the option up to the next option or file, or as one comma list.";

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        List<String> values = new ArrayList<>();
        while (!args.isEmpty() && !endsList(args.peek())) {
            values.addAll(split(args.pop()));
        }
        String option = argSpec.isOption() ? ((CommandLine.Model.OptionSpec) argSpec).longestName()
                : argSpec.paramLabel();
        if (values.isEmpty()) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), "Missing value for " + option + " ("
                    + argSpec.paramLabel() + "...): give the values after it, e.g. " + option + " A B or " + option
                    + " A,B", argSpec, null);
        }
        List<String> all = new ArrayList<>();
        List<String> before = argSpec.getValue();
        if (before != null) {
            all.addAll(before);
        }
        all.addAll(values);
        argSpec.setValue(all);
    }

    /** Whether {@code arg} ends a list: an option, or an argument naming a file or folder. */
    static boolean endsList(String arg) {
        if (arg.length() > 1 && arg.startsWith("-")) {
            return true;
        }
        return namesFile(arg);
    }

    /**
     * Whether {@code arg} names a file or folder: a path separator, a scenario file's extension, or it exists. A
     * value in which a {@code (} or {@code =} comes before any path separator is not a file, whatever follows: an
     * agent spec such as {@code process(cmd='python3 agents/mine.py')} or a pair such as {@code ukraine=/root} (an
     * unquoted {@code ~} the shell expanded, which the command then explains).
     */
    static boolean namesFile(String arg) {
        int separator = firstSeparator(arg);
        int value = firstOf(arg, '(', '=');
        if (value >= 0 && (separator < 0 || value < separator)) {
            return false;
        }
        if (separator >= 0) {
            return true;
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".xml") || lower.endsWith(".json")) {
            return true;
        }
        try {
            return !arg.isEmpty() && Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static int firstSeparator(String arg) {
        return firstOf(arg, '/', '\\');
    }

    /** The first index of {@code a} or {@code b} in {@code s}, or -1. */
    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Splits {@code value} at the commas outside parentheses; empty parts are dropped. */
    static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                add(parts, value.substring(start, i));
                start = i + 1;
            }
        }
        add(parts, value.substring(start));
        return parts;
    }

    private static void add(List<String> parts, String part) {
        String p = part.trim();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
