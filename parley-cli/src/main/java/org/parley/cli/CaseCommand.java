package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code parley case}: real talks from a case file (docs/cases.md). */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Real talks from a case file: the gap between the memoranda, mediator packages, the "
            + "commitments ledger, recording tranches, and simulation.", "The case format: docs/cases.md."},
        subcommands = {CaseCompareCommand.class, CaseProposeCommand.class, CaseLedgerCommand.class,
            CaseRecordCommand.class, CaseSimulateCommand.class, CaseExportScenarioCommand.class},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Examples:", "  parley case compare examples/peace-talks-2025/case.yaml",
            "  parley case propose examples/labour-2026/case.yaml --html /tmp/labour.html",
            "  parley case ledger examples/peace-talks-2025/case.yaml --json",
            "  parley case export-scenario examples/labour-2026/case.yaml /tmp/labour.yaml",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseCommand {

    /** Prints the JSON document or the Markdown report, then writes the HTML report when asked. */
    static void emit(PrintWriter out, boolean json, Path html, Supplier<String> jsonText, Supplier<String> markdown,
            Supplier<String> htmlText) throws IOException {
        out.print(json ? jsonText.get() + "\n" : markdown.get());
        out.flush();
        if (html != null) {
            Files.writeString(html, htmlText.get());
        }
    }
}
