package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case ledger}: pledged against delivered per commitment. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Per commitment: pledged against delivered per side, the balance, overdue, unverified and "
            + "disputed tranches, and flags where reported practice contradicts the text."})
final class CaseLedgerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.yaml")
    Path file;

    @Option(names = "--at", paramLabel = "DATE", description = "The ledger as of DATE (default: the later of the "
            + "case date and the last tranche).")
    LocalDate at;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write a self-contained HTML report "
            + "with charts.")
    Path html;

    @Override
    public Integer call() throws Exception {
        CaseCommand.checkHtml(html);
        Case c = CaseYaml.read(file);
        LocalDate date = at == null ? CaseLedger.defaultDate(c) : at;
        List<CaseLedger.Entry> entries = CaseLedger.of(c, date);
        List<CaseCharts.Chart> charts = html == null ? List.of() : CaseCharts.ledger(entries);
        CaseCommand.emit(spec.commandLine().getOut(), json, html, CaseJson.ledger(c, date, entries),
                CaseMarkdown.ledger(c, date, entries), c.title() + ": ledger", charts);
        return 0;
    }
}
