package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.formats.Scenarios;
import org.parley.preference.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley analyze}: exact outcome-space analysis of a scenario. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a scenario exactly: Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and "
                + "max-welfare points, opposition, and the agreement zone.",
            "Give a GENIUS XML or GeniusWeb JSON domain followed by one profile per party, or one parley YAML "
                + "scenario. Disagreement utilities are the reservation values; utilities are undiscounted."},
        footer = {"", "Examples:",
            "  parley analyze scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_domain.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Itex.xml \\",
            "      scenarios/anac/anac__y2010__ItexvsCypress/ItexvsCypress_Cypress.xml",
            "  parley analyze examples/coffee.yaml --json --plot coffee.png",
            "", "Exit codes: 0 ok, 2 bad input."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DOMAIN PROFILE... or SCENARIO.yaml")
    List<Path> files;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Also draw the outcome space, frontier, solution points and reservation lines.")
    Path plot;

    @Option(names = "--max-outcomes", paramLabel = "N", defaultValue = "50000000",
            description = "Largest outcome space enumerated for non-linear profiles (default: ${DEFAULT-VALUE}). "
                    + "Linear additive profiles are never enumerated.")
    long maxOutcomes;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = Scenarios.load(files);
        if (scenario.profiles().isEmpty()) {
            throw new IllegalArgumentException("the scenario has no parties to analyse");
        }
        if (plot != null) {
            AnalysisPlot.checkTarget(plot);
        }
        long start = System.nanoTime();
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(scenario.profiles(), maxOutcomes).analyze();
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AnalysisJson.toJson(scenario, result, seconds));
        } else {
            out.print(AnalysisReport.render(scenario, result, seconds));
        }
        if (plot != null) {
            AnalysisPlot.write(scenario, result, plot);
            if (!json) {
                out.println("Plot written to " + plot);
            }
        }
        out.flush();
        return 0;
    }
}
