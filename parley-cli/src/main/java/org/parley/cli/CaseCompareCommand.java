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
            + "reservation levels; and a verdict naming the issues that block it."})
final class CaseCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Option(names = "--at", paramLabel = "DATE", converter = CaseOptions.DateConverter.class,
            description = "Compare the documents dated on or before DATE "
            + "(YYYY-MM-DD) with the reservation levels eroded by the cost of delay from the case date to DATE.")
    LocalDate at;

    @Option(names = "--parties", arity = "2", paramLabel = "PARTY", description = "The two parties to compare "
            + "(default: the first two).")
    List<String> parties;

    @Mixin
    CaseOptions.Json json;

    @Mixin
    CaseOptions.Html html;

    @Override
    public Integer call() throws Exception {
        html.check();
        Case c = CaseYaml.read(caseFile.file);
        CaseComparison.Result r = CaseCompareJob.run(c, parties == null ? null : parties.get(0),
                parties == null ? null : parties.get(1), at);
        CaseCommand.emit(spec.commandLine().getOut(), json.json, html.html, () -> CaseJson.compare(r),
                () -> CaseMarkdown.compare(r), () -> CaseHtml.compare(r));
        return 0;
    }
}
