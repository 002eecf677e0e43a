package org.parley.app;

import org.parley.analysis.OutcomeSpaceAnalysis;
import org.parley.preference.Scenario;

/**
 * {@code analyze}: the exact outcome-space analysis of a scenario (Pareto frontier, bargaining solutions,
 * opposition, agreement zone). Documents: {@link org.parley.app.json.AnalysisJson},
 * {@link org.parley.app.report.AnalysisReport}, {@link org.parley.app.report.AnalysisPlot}.
 */
public final class AnalyzeJob {

    /** The default largest outcome space enumerated for non-linear profiles. */
    public static final long DEFAULT_MAX_OUTCOMES = 50_000_000L;

    /**
     * What the analysis found.
     *
     * @param scenario the scenario analysed
     * @param analysis frontier, solutions, opposition, zone
     * @param seconds  wall time of the analysis alone (not of loading), in seconds
     */
    public record Result(Scenario scenario, OutcomeSpaceAnalysis.Result analysis, double seconds) {
    }

    private AnalyzeJob() {
    }

    /** Refuses a scenario without profiles. */
    public static void checkScenario(Scenario scenario) {
        if (scenario.profiles().isEmpty()) {
            throw new IllegalArgumentException("the scenario has no parties to analyse");
        }
    }

    /**
     * Analyses {@code scenario}, enumerating at most {@code maxOutcomes} outcomes when a profile is not linear
     * additive (linear additive profiles are never enumerated).
     *
     * @throws IllegalArgumentException when the scenario has no profiles, or a non-linear scenario's outcome space is
     *         larger than {@code maxOutcomes} ({@link org.parley.analysis.OutcomeSpaceTooLargeException})
     */
    public static Result run(Scenario scenario, long maxOutcomes) {
        checkScenario(scenario);
        long start = System.nanoTime();
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(scenario.profiles(), maxOutcomes).analyze();
        return new Result(scenario, result, (System.nanoTime() - start) / 1e9);
    }
}
