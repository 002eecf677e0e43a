package org.parley.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.analysis.OutcomeSpaceTooLargeException;
import org.parley.app.AnalyzeJob;
import org.parley.app.json.AnalysisJson;
import org.parley.app.report.AnalysisPlot;
import org.parley.app.report.AnalysisReport;
import org.parley.app.report.PlotFormat;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley analyze}: exact outcome-space analysis of a scenario. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Analyse a scenario exactly: Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and "
                + "max-welfare points, opposition, and the agreement zone.",
            "Give a GENIUS XML or GeniusWeb JSON domain followed by one profile per party, or one parley YAML "
                + "scenario. Disagreement utilities are the reservation values; utilities are undiscounted."},
        footer = {"", "Examples:",
            "  parley analyze \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_domain.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Itex.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Cypress.xml",
            "  mkdir -p /tmp/parley",
            "  parley analyze examples/coffee.yaml --json --plot /tmp/parley/coffee.png",
            "", "A case file (docs/cases.md) is read by 'parley case'; to analyse a case, turn",
            "it into a scenario with 'parley case export-scenario CASE.yaml SCENARIO.yaml'.",
            "", "Exit codes: 0 ok, 2 bad input."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DOMAIN PROFILE..., SCENARIO.yaml or a NegMAS "
            + "scenario FOLDER")
    List<Path> files;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Also draw the outcome space, frontier, solution points and reservation lines.")
    Path plot;

    @Option(names = "--max-outcomes", paramLabel = "N", defaultValue = "" + AnalyzeJob.DEFAULT_MAX_OUTCOMES,
            description = "Largest outcome space enumerated for non-linear profiles (default: ${DEFAULT-VALUE}). "
                    + "Linear additive profiles are never enumerated.")
    long maxOutcomes;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = Scenarios.load(files, note -> spec.commandLine().getErr().println("parley: note: " + note));
        AnalyzeJob.checkScenario(scenario);
        PlotFormat format = plot == null ? null : PlotOption.format(plot);
        AnalyzeJob.Result result;
        try {
            result = AnalyzeJob.run(scenario, maxOutcomes);
        } catch (OutcomeSpaceTooLargeException e) {
            throw new IllegalArgumentException(e.getMessage() + " (raise it with --max-outcomes)", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AnalysisJson.toJson(result));
        } else {
            out.print(AnalysisReport.render(result, " (use --json for all)"));
        }
        if (plot != null) {
            try (OutputStream o = Files.newOutputStream(plot)) {
                AnalysisPlot.write(result, format, o);
            }
            if (!json) {
                out.println("Plot written to " + plot);
            }
        }
        out.flush();
        return 0;
    }
}
