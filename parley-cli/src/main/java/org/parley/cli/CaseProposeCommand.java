package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.app.CaseProposeJob;
import org.parley.app.json.CaseJson;
import org.parley.app.report.CaseHtml;
import org.parley.app.report.CaseMarkdown;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.CasePackages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case propose}: mediator packages and what it would take to open a zone. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = {"Mediator packages with each party's utility and why: Nash, Kalai-Smorodinsky, egalitarian, "
            + "max welfare, logrolling along the priority ratios, Adjusted Winner, improvements over the current "
            + "partial agreement (post-settlement settlement), and per party the smallest relaxation of its "
            + "reservation level or of one red line that opens an agreement zone."},
        footer = {"", CaseOptions.CASE_1, CaseOptions.CASE_2, CaseOptions.CASE_3, CaseOptions.CASE_4,
            "", "Examples:",
            "  parley case propose examples/labour-2026/case.yaml",
            "  parley case propose examples/peace-talks-2025/case.yaml --json",
            "", "Exit codes: 0 ok, 2 bad input (one line: file:line:col: problem)."})
final class CaseProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOptions.CaseFile caseFile;

    @Mixin
    CaseOptions.Json json;

    @Mixin
    CaseOptions.Html html;

    @Override
    public Integer call() throws Exception {
        html.check();
        CasePackages.Proposal p = CaseProposeJob.run(CaseYaml.read(caseFile.file));
        CaseCommand.emit(spec.commandLine().getOut(), json.json, html.html, () -> CaseJson.propose(p),
                () -> CaseMarkdown.propose(p), () -> CaseHtml.propose(p));
        return 0;
    }
}
