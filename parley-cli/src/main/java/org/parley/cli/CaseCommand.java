package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code parley case}: real talks from a case file (docs/cases.md). */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Real talks from a case file: the gap between the memoranda, mediator packages, the "
            + "commitments ledger, recording tranches, and simulation.", "The case format: docs/cases.md."},
        subcommands = {CaseCompareCommand.class, CaseProposeCommand.class, CaseLedgerCommand.class,
            CaseRecordCommand.class, CaseSimulateCommand.class},
        footer = {"", "Examples:", "  parley case compare examples/peace-talks-2025/case.yaml",
            "  parley case propose examples/labour-2026/case.yaml --html report.html",
            "  parley case ledger examples/peace-talks-2025/case.yaml --json",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseCommand {

    /** Prints Markdown, JSON, and writes the HTML report when asked. */
    static void emit(PrintWriter out, boolean json, Path html, String jsonText, String markdown, String title,
            List<CaseCharts.Chart> charts) throws IOException {
        out.print(json ? jsonText + "\n" : markdown);
        out.flush();
        if (html != null) {
            Files.writeString(html, CaseHtml.render(title, markdown, charts));
        }
    }

    /** Refuses an HTML target without the .html extension or in a missing folder. */
    static void checkHtml(Path html) {
        if (html == null) {
            return;
        }
        String name = html.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("--html " + html + ": the file name must end in .html");
        }
        Path dir = html.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--html " + html + ": folder " + dir + " does not exist");
        }
    }
}
