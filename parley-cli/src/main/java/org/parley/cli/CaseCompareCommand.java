package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.CaseCompareJob;
import org.parley.app.json.CaseJson;
import org.parley.app.report.CaseHtml;
import org.parley.app.report.CaseMarkdown;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CaseComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case compare}: the gap matrix, utilities of the other's text, the zone and a verdict. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two parties' memoranda issue by issue: congruent, compatible, conflicting or "
            + "addressed by one side only, with a normalised distance and what each side would concede in its own "
            + "utility; each party's utility for the other's memorandum; the agreement zone under red lines and "
            + "reservation levels; and a verdict naming the issues that block it."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Examples:",
            "  parley case compare examples/peace-talks-2025/case.yaml",
            "  parley case compare examples/peace-talks-2025/case.yaml --at 2025-12-20 --json",
            "  parley case compare examples/labour-2026/case.yaml --html /tmp/labour.html",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--at", paramLabel = "DATE", converter = CaseOptions.DateConverter.class,
            description = "Compare the documents dated on or before DATE "
            + "(YYYY-MM-DD) with the reservation levels eroded by the cost of delay from the case date to DATE.")
    LocalDate at;

    @Option(names = "--parties", paramLabel = "PARTY", parameterConsumer = ListValues.class,
            description = "The two parties to compare (default: the first two). " + ListValues.RULE)
    List<String> parties;

    @Mixin
    CaseOptions.Json json;

    @Mixin
    CaseOptions.Html html;

    @Override
    public Integer call() throws Exception {
        html.check();
        if (parties != null && parties.size() != 2) {
            throw new IllegalArgumentException("--parties names " + parties.size() + " parties ("
                    + String.join(", ", parties) + "); give exactly two");
        }
        Case c = CaseYaml.read(caseFile.file);
        CaseComparison.Result r = CaseCompareJob.run(c, parties == null ? null : parties.get(0),
                parties == null ? null : parties.get(1), at);
        CaseCommand.emit(spec.commandLine().getOut(), json.json, html.html, () -> CaseJson.compare(r),
                () -> CaseMarkdown.compare(r), () -> CaseHtml.compare(r));
        return 0;
    }
}
