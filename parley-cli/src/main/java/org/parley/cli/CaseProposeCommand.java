package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.formats.cases.CaseYaml;
import org.parley.mediation.Case;
import org.parley.mediation.CasePackage;
import org.parley.mediation.CasePackages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley case propose}: mediator packages and what it would take to open a zone. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = {"Mediator packages with each party's utility and why: Nash, Kalai-Smorodinsky, egalitarian, "
            + "max welfare, logrolling along the priority ratios, Adjusted Winner, improvements over the current "
            + "partial agreement (post-settlement settlement), and per party the smallest relaxation of its "
            + "reservation level or of one red line that opens an agreement zone."})
final class CaseProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.yaml")
    Path file;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write a self-contained HTML report "
            + "with charts.")
    Path html;

    @Override
    public Integer call() throws Exception {
        CaseCommand.checkHtml(html);
        Case c = CaseYaml.read(file);
        CasePackages.Proposal p = CasePackages.propose(c);
        List<CaseCharts.Chart> charts = new ArrayList<>();
        if (html != null) {
            List<CasePackage> all = new ArrayList<>(p.solutions());
            if (p.adjustedWinner() != null) {
                all.add(p.adjustedWinner().pkg());
            }
            all.addAll(p.improvements());
            charts.add(CaseCharts.plane(c, p.zone(), c.latestDocument(c.parties().get(0).id(), null),
                    c.latestDocument(c.parties().get(1).id(), null), all));
        }
        CaseCommand.emit(spec.commandLine().getOut(), json, html, CaseJson.propose(p), CaseMarkdown.propose(p),
                c.title() + ": packages", charts);
        return 0;
    }
}
