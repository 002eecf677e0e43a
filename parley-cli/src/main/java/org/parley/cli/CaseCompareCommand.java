package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case compare}: the gap matrix, utilities of the other's text, the zone and a verdict. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two parties' memoranda issue by issue: congruent, compatible, conflicting or "
            + "addressed by one side only, with a normalised distance and what each side would concede in its own "
            + "utility; each party's utility for the other's memorandum; the agreement zone under red lines and "
            + "reservation levels; and a verdict naming the issues that block it."})
final class CaseCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.yaml")
    Path file;

    @Option(names = "--at", paramLabel = "DATE", description = "Compare the documents dated on or before DATE "
            + "(YYYY-MM-DD) with the reservation levels eroded by the cost of delay from the case date to DATE.")
    LocalDate at;

    @Option(names = "--parties", arity = "2", paramLabel = "PARTY", description = "The two parties to compare "
            + "(default: the first two).")
    List<String> parties;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write a self-contained HTML report "
            + "with charts.")
    Path html;

    @Override
    public Integer call() throws Exception {
        CaseCommand.checkHtml(html);
        Case c = CaseYaml.read(file);
        String a = parties == null ? c.parties().get(0).id() : parties.get(0);
        String b = parties == null ? c.parties().get(1).id() : parties.get(1);
        CaseComparison.Result r = CaseComparison.compare(c, a, b, at);
        List<CaseCharts.Chart> charts = html == null ? List.of()
                : List.of(CaseCharts.gaps(r), CaseCharts.plane(c, r.zone(), r.documentA(), r.documentB(), List.of()));
        CaseCommand.emit(spec.commandLine().getOut(), json, html, CaseJson.compare(r), CaseMarkdown.compare(r),
                c.title() + ": compare", charts);
        return 0;
    }
}
