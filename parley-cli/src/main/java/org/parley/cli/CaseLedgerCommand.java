package org.parley.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parley.app.CaseLedgerJob;
import org.parley.app.json.CaseJson;
import org.parley.app.report.CaseHtml;
import org.parley.app.report.CaseMarkdown;
import org.parley.formats.cases.CaseYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case ledger}: pledged against delivered per commitment. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Per commitment: pledged against delivered per side, the balance, overdue, unverified and "
            + "disputed tranches, and flags where reported practice contradicts the text."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Examples:",
            "  parley case ledger examples/peace-talks-2025/case.yaml",
            "  parley case ledger examples/peace-talks-2025/case.yaml --at 2025-07-01 --json",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseLedgerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--at", paramLabel = "DATE", converter = CaseOptions.DateConverter.class,
            description = "The ledger as of DATE (default: the later of the "
            + "case date and the last tranche).")
    LocalDate at;

    @Mixin
    CaseOptions.Json json;

    @Mixin
    CaseOptions.Html html;

    @Override
    public Integer call() throws Exception {
        html.check();
        CaseLedgerJob.Result ledger = CaseLedgerJob.run(CaseYaml.read(caseFile.file), at);
        CaseCommand.emit(spec.commandLine().getOut(), json.json, html.html, () -> CaseJson.ledger(ledger),
                () -> CaseMarkdown.ledger(ledger), () -> CaseHtml.ledger(ledger));
        return 0;
    }
}
