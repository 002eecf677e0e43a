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
import org.parley.formats.cases.TrancheRecorder;
import org.parley.mediation.Tranche;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case record}: appends one tranche to the case file, never rewriting the rest. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Append one tranche (what was delivered under a commitment on a date) to the case file's "
            + "tranches list. The rest of the file is kept byte for byte; the result is validated before it is "
            + "written, and nothing is written when it is not valid."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Example (on a copy, as record changes the file):",
            "  cp examples/peace-talks-2025/case.yaml /tmp/peace.yaml",
            "  parley case record /tmp/peace.yaml --commitment C3 --date 2025-06-16 \\",
            "      --delivered russia=1200 'ukraine=~' --source 'news reports' --by analyst"})
final class CaseRecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--commitment", required = true, paramLabel = "ID", description = "The commitment, e.g. C3.")
    String commitment;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "When it happened (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--delivered", required = true, paramLabel = "PARTY=COUNT", parameterConsumer = ListValues.class,
            description = {"How many each side handed over; ~ for a count not reported.", ListValues.RULE})
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

    @Option(names = "--recorded-at", hidden = true, paramLabel = "INSTANT")
    String recordedAt;

    @Override
    public Integer call() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String d : delivered) {
            int eq = d.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--delivered " + d + ": write PARTY=COUNT, e.g. russia=1212");
            }
            String v = d.substring(eq + 1).trim();
            try {
                counts.put(d.substring(0, eq).trim(), v.equals("~") ? null : Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--delivered " + d + ": the count must be a whole number or ~");
            }
        }
        Tranche.Status s;
        try {
            s = Tranche.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status " + status + ": expected reported, verified or disputed");
        }
        String when = recordedAt != null ? recordedAt : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Tranche t = CaseRecordJob.record(caseFile.file, new TrancheRecorder.Entry(id, commitment, date, counts, s,
                source, approximate, by, when, note));
        spec.commandLine().getOut().println("recorded tranche " + t.id() + " for " + t.commitment() + " on "
                + t.date() + " in " + caseFile.file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
