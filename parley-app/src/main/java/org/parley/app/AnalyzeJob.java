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

    /**
     * Refuses a scenario with fewer than two profiles: a frontier, a bargaining point or an agreement zone is about
     * what parties can agree on, and one party alone agrees with itself (every outcome would be "its" frontier).
     */
    public static void checkScenario(Scenario scenario) {
        int n = scenario.profiles().size();
        if (n < 2) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has " + (n == 0 ? "no parties"
                    : "one party ('" + scenario.profiles().get(0).name() + "')") + "; the analysis needs at least two "
                    + "profiles on the domain");
        }
    }

    /**
     * Analyses {@code scenario}, enumerating at most {@code maxOutcomes} outcomes when a profile is not linear
     * additive (linear additive profiles are never enumerated).
     *
     * @throws IllegalArgumentException when the scenario has fewer than two profiles, or a non-linear scenario's outcome space is
     *         larger than {@code maxOutcomes} ({@link org.parley.analysis.OutcomeSpaceTooLargeException})
     */
    public static Result run(Scenario scenario, long maxOutcomes) {
        checkScenario(scenario);
        long start = System.nanoTime();
        OutcomeSpaceAnalysis.Result result = new OutcomeSpaceAnalysis(scenario.profiles(), maxOutcomes).analyze();
        return new Result(scenario, result, (System.nanoTime() - start) / 1e9);
    }
}
