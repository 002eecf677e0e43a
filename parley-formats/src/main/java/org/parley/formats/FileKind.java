package org.parley.formats;

import java.util.Collection;

/**
 * The three kinds of YAML file parley reads, each known by the format-version key it starts with, and the commands
 * that read it. A reader given a file of another kind says which kind it is and which command reads it, instead of
 * refusing its first key as unknown.
 */
public enum FileKind {
    /** A scenario ({@code docs/yaml-format.md}). */
    SCENARIO("parley", "a parley scenario", "read by 'parley analyze', 'parley negotiate', 'parley convert' and "
            + "tournament files"),
    /** A case file ({@code docs/cases.md}). */
    CASE("parley-case", "a case file", "read by the 'parley case' commands (compare, propose, ledger, record, "
            + "simulate, export-scenario)"),
    /** A tournament file ({@code docs/tournament.md}). */
    TOURNAMENT("parley-tournament", "a tournament file", "read by 'parley tournament'");

    private final String key;
    private final String what;
    private final String readBy;

    FileKind(String key, String what, String readBy) {
        this.key = key;
        this.what = what;
        this.readBy = readBy;
    }

    /** The format-version key the file starts with, e.g. {@code parley-case}. */
    public String key() {
        return key;
    }

    /**
     * When a file with these top-level keys is of another kind than {@code expected}: a message naming its kind and
     * the command that reads it (and how to get what {@code expected} needs from it); otherwise null.
     */
    public static String wrongKind(Collection<String> topKeys, FileKind expected) {
        if (topKeys.contains(expected.key)) {
            return null;
        }
        for (FileKind k : values()) {
            if (k != expected && topKeys.contains(k.key)) {
                return "this is " + k.what + " ('" + k.key + "'), " + k.readBy + ", not " + expected.what
                        + advice(k, expected);
            }
        }
        return null;
    }

    private static String advice(FileKind found, FileKind expected) {
        if (found == CASE && expected == SCENARIO) {
            return "; turn a case into a scenario with 'parley case export-scenario CASE.yaml SCENARIO.yaml'";
        }
        if (found == SCENARIO && expected == CASE) {
            return "; a case file starts with 'parley-case: 1' (docs/cases.md)";
        }
        return "";
    }
}
