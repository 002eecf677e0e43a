package org.parley.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.app.CaseRecordJob;
import org.parley.formats.cases.DuplicateTrancheException;
import org.parley.formats.cases.TrancheRecorder;
import org.parley.mediation.Counts;
import org.parley.mediation.Tranche;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case record}: appends one tranche to the case file, never rewriting the rest. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Append one tranche (what was delivered under a commitment on a date) to the case file's "
            + "tranches list. The rest of the file is kept byte for byte; the tranche is checked against the case "
            + "and the result validated before it is written, and nothing is written when it is not valid. The "
            + "file is locked while it is read and written, so records made at the same time all land; it keeps its "
            + "mode, a symbolic link is followed and hard links are kept; a read-only file is refused. A tranche "
            + "that repeats one already recorded (same commitment, date and counts) is refused unless --force."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Example (on a copy, as record changes the file):",
            "  cp examples/peace-talks-2025/case.yaml /tmp/case.yaml",
            "  parley case record /tmp/case.yaml --commitment C3 --date 2025-06-16 \\",
            "      --delivered russia=1200 'ukraine=unreported' \\",
            "      --source 'news reports' --by analyst"})
final class CaseRecordCommand implements Callable<Integer> {

    /** The word for a count not reported; {@code ~} (quoted, or the shell turns it into a folder) works too. */
    static final String UNREPORTED = "unreported";

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--commitment", required = true, paramLabel = "ID", description = "The commitment, e.g. C3.")
    String commitment;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = CaseOptions.DateConverter.class,
            description = "When it happened (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--delivered", required = true, paramLabel = "PARTY=COUNT", parameterConsumer = ListValues.class,
            description = {"How many each side handed over, once per side: a whole number from 0 to 10^12, or "
                + "'unreported' when no count was reported (not the same as 0; '~' works too when quoted).",
                ListValues.RULE})
    List<String> delivered;

    @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Where the figures come from.")
    String source;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who records it.")
    String by;

    @Option(names = "--status", defaultValue = "reported", paramLabel = "STATUS",
            description = "reported, verified or disputed (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--id", paramLabel = "ID", description = "The tranche id (default: the next T<n>).")
    String id;

    @Option(names = "--approximate", description = "The figures are approximate.")
    boolean approximate;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;

    @Option(names = "--force", description = "Record the tranche even when one with the same commitment, date and "
            + "counts is already recorded (two deliveries that happen to match).")
    boolean force;

    @Option(names = "--recorded-at", hidden = true, paramLabel = "INSTANT")
    String recordedAt;

    /** The counts of {@code --delivered}: each side once, a count or "not reported" (null). */
    static Map<String, Long> counts(List<String> delivered) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String d : delivered) {
            int eq = d.indexOf('=');
            String side = eq < 0 ? "" : d.substring(0, eq).strip();
            if (side.isEmpty()) {
                throw new IllegalArgumentException("--delivered " + d + ": write PARTY=COUNT, e.g. russia=1212, or "
                        + "PARTY=" + UNREPORTED);
            }
            if (counts.containsKey(side)) {
                throw new IllegalArgumentException("--delivered names " + side + " twice; give each side once");
            }
            counts.put(side, count(d, d.substring(eq + 1).strip()));
        }
        return counts;
    }

    private static Long count(String arg, String v) {
        if (v.equalsIgnoreCase(UNREPORTED) || v.equals("~")) {
            return null;
        }
        if (!v.matches("[0-9]+")) {
            throw new IllegalArgumentException("--delivered " + arg + ": the count must be a whole number from 0 to "
                    + Counts.fmt(Counts.MAX) + ", or " + UNREPORTED + (v.contains("/") ? " (an unquoted ~ was "
                    + "turned into a folder by the shell: write " + UNREPORTED + ")" : ""));
        }
        if (new java.math.BigInteger(v).compareTo(java.math.BigInteger.valueOf(Counts.MAX)) > 0) {
            throw new IllegalArgumentException("--delivered " + arg + ": " + v + " is more than the largest count, "
                    + Counts.fmt(Counts.MAX));
        }
        return Long.parseLong(v);
    }

    @Override
    public Integer call() {
        Map<String, Long> counts = counts(delivered);
        if (source.isBlank()) {
            throw new IllegalArgumentException("--source is empty; say where the figures come from");
        }
        if (by.isBlank()) {
            throw new IllegalArgumentException("--by is empty; say who records the tranche");
        }
        Tranche.Status s;
        try {
            s = Tranche.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status " + status + ": expected reported, verified or disputed");
        }
        String when = recordedAt != null ? recordedAt : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Tranche t;
        try {
            t = CaseRecordJob.record(caseFile.file, new TrancheRecorder.Entry(id, commitment, date, counts, s,
                    source, approximate, by, when, note), force);
        } catch (DuplicateTrancheException e) {
            throw new IllegalArgumentException(e.getMessage() + "; give --force to record it again", e);
        }
        spec.commandLine().getOut().println("recorded tranche " + t.id() + " for " + t.commitment() + " on "
                + t.date() + " in " + caseFile.file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
